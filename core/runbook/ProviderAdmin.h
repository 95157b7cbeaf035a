#pragma once

#include "engine/Simulation.h"

#include <QCoreApplication>

namespace dr {

// Suppression outside a switchover, the contract, and the maintenance date (with the DR
// restriction of domain.md §4).
class ProviderAdmin
{
    Q_DECLARE_TR_FUNCTIONS(ProviderAdmin)
public:
    // The checks are the refusals of the mutating calls below, which start by calling them, so
    // that a menu enabled from a check and the change it triggers can never disagree.
    static Status checkSuppress(const ConsoleState &state, RegionId region);
    static Status checkRelease(const ConsoleState &state, const Operator &op, RegionId region);
    // Whether the maintenance date may be changed now, whatever the date.
    static Status checkMaintenanceChange(const ConsoleState &state);

    static Status suppress(EngineContext &ctx, RegionId region);
    // Outside a switchover: lifts suppression. During one: only as step 5/11.
    static Status release(EngineContext &ctx, const Operator &op, RegionId region);
    static Status updateContract(EngineContext &ctx, const Contract &contract);
    static Status changeMaintenanceDate(EngineContext &ctx, const QDate &date);
};

} // namespace dr
