#pragma once

#include "CommandSpec.h"

#include "model/Unit.h"

#include <QCoreApplication>

namespace dr::ctl {

// Jobnets and jobs: listing with filters, and the operator actions of domain.md §6 (change
// status, rerun, hold, release hold, kill), always on the active region.
class UnitCommands
{
    Q_DECLARE_TR_FUNCTIONS(UnitCommands)
public:
    static QList<CommandSpec> commands();

private:
    static Status list(Session &session);
    static Status setStatus(Session &session);
    static Status rerun(Session &session);
    static Status hold(Session &session);
    static Status releaseHold(Session &session);
    static Status kill(Session &session);

    static void printList(Session &session, RegionId region, const std::vector<UnitIndex> &units);
    // The unit's status after an action, as one line (or its JSON).
    static void printUnit(Session &session, RegionId region, UnitIndex unit, const QString &what);
};

} // namespace dr::ctl
