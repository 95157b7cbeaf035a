#pragma once

#include "engine/Simulation.h"
#include "model/Validation.h"

#include <QCoreApplication>

namespace dr {

// Changes to a region's execution agents, host information and network connections, checked
// with the field rules of domain.md §8 (the GUI's inline checks are repeated here on save).
class AgentRegistry
{
    Q_DECLARE_TR_FUNCTIONS(AgentRegistry)
public:
    static Status addAgent(EngineContext &ctx, RegionId region, const ExecutionAgent &agent);
    static Status updateAgent(EngineContext &ctx, RegionId region, const QString &name,
                              const ExecutionAgent &agent);
    static Status removeAgent(EngineContext &ctx, RegionId region, const QString &name);
    // Whether an agent may be removed (it exists and is not the built-in @SYSTEM).
    static Status canRemoveAgent(const RegionData &region, const QString &name);
    static Status copyAgents(EngineContext &ctx, RegionId from, RegionId to, bool onlyMissing,
                             const QStringList &names);

    static Status addHost(EngineContext &ctx, RegionId region, const HostEntry &entry);
    static Status updateHost(EngineContext &ctx, RegionId region, const QString &name,
                             const HostEntry &entry);
    static Status removeHost(EngineContext &ctx, RegionId region, const QString &name);
    static Status setIpv6Enabled(EngineContext &ctx, RegionId region, bool enabled);

    static Result<NetworkConnection> saveConnection(EngineContext &ctx, const NetworkConnection &connection);
    static Status removeConnection(EngineContext &ctx, RegionId region, qint64 id);

    // After a change to a region's agents or host information: jobs queued for an agent are
    // sent at once (an agent released from Hold takes them now, a removed one fails them now),
    // not at the next event. The resulting status changes join the same mutation.
    static void dispatchQueued(EngineContext &ctx, RegionId region);

    // All field errors as one message ("Name: ...\nHost: ...").
    static Error fieldErrors(const QList<Validation::FieldError> &errors);
};

} // namespace dr
