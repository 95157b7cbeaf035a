// The facade's mutating operations (declared in Console.h). Each one checks the role and the
// rules, then runs through perform() so that the change and its audit entry are one transaction.
#include "Console.h"

#include "engine/JapanTime.h"
#include "engine/Simulation.h"
#include "engine/UnitOperations.h"
#include "rules/AgentRegistry.h"
#include "runbook/OverdueJobnets.h"
#include "runbook/ProviderAdmin.h"

#include <QElapsedTimer>

namespace dr {

// ---- simulation --------------------------------------------------------------------------------

Status Console::advanceClock(const Operator &op, qint64 durationMs)
{
    if (durationMs < 0) {
        return Error::badInput(QStringLiteral("duration"),
                               tr("The clock only moves forward; give a positive duration."));
    }
    return perform(op, [&](EngineContext &ctx) -> Status {
        const qint64 from = ctx.state.clockMs;
        if (auto s = Simulation::advance(ctx, from + durationMs); !s)
            return s;
        if (op.role != Role::System) {
            ctx.mutation.audited(
                QStringLiteral("clock.advance"),
                QStringLiteral("Clock advanced by %1 to %2")
                    .arg(jst::formatDurationRecord(durationMs), jst::isoUtc(ctx.state.clockMs)));
        }
        return {};
    });
}

bool Console::advanceCopiesDefinitions(qint64 durationMs) const
{
    return durationMs >= 0 && Simulation::copiesDefinitions(view(), view().clockMs + durationMs);
}

Status Console::setClock(const Operator &op, qint64 utcMs)
{
    return perform(op, [&](EngineContext &ctx) -> Status {
        if (auto s = Simulation::setClock(ctx, utcMs); !s)
            return s;
        ctx.mutation.audited(QStringLiteral("clock.set"),
                             QStringLiteral("Clock set to %1").arg(jst::isoUtc(utcMs)));
        return {};
    });
}

Status Console::syncNow(const Operator &op)
{
    return perform(op, [](EngineContext &ctx) { return Simulation::syncNow(ctx); });
}

Status Console::declareOutage(const Operator &op, RegionId region)
{
    return perform(op,
                   [region](EngineContext &ctx) { return Simulation::declareOutage(ctx, region); });
}

Status Console::restoreRegion(const Operator &op, RegionId region)
{
    return perform(op, [region](EngineContext &ctx) { return Simulation::restore(ctx, region); });
}

Status Console::setSyncInterval(const Operator &op, qint64 intervalMs)
{
    if (intervalMs < 1000 || intervalMs > 24 * 3600 * 1000LL) {
        return Error::badInput(QStringLiteral("sync-interval"),
                               tr("The sync interval must be between 1 second and 24 hours."));
    }
    return perform(op, [intervalMs](EngineContext &ctx) -> Status {
        ctx.state.syncIntervalMs = intervalMs;
        ctx.mutation.settings = true;
        ctx.mutation.audited(
            QStringLiteral("sync.interval"),
            QStringLiteral("Sync interval set to %1").arg(jst::formatDurationRecord(intervalMs)));
        return {};
    });
}

// ---- units -------------------------------------------------------------------------------------

Status Console::unitAction(const Operator &op, RegionId region, UnitIndex unit,
                           const std::function<Status(EngineContext &)> &apply)
{
    if (auto s = checkUnitAction(op, region); !s)
        return s;
    if (unit < 0 || unit >= m_state.region(region).tree->size()) {
        return Error::badInput(
            QStringLiteral("unit"),
            tr("There is no such unit in the %1.").arg(RegionNames::displayName(region)));
    }
    return perform(op, [&](EngineContext &ctx) -> Status {
        if (auto s = apply(ctx); !s)
            return s;
        ctx.collect(region);
        return {};
    });
}

Status Console::changeStatus(const Operator &op, RegionId region, UnitIndex unit, UnitStatus target)
{
    return changeStatuses(op, region, {unit}, target);
}

Status Console::changeStatuses(const Operator &op, RegionId region, const QList<UnitIndex> &units,
                               UnitStatus target)
{
    if (units.isEmpty())
        return Error::usage(tr("Select at least one job."));
    if (auto s = checkUnitAction(op, region); !s)
        return s;
    const RegionData &r = m_state.region(region);
    for (UnitIndex u : units) {
        if (u < 0 || u >= r.tree->size())
            return Error::badInput(QStringLiteral("unit"), tr("There is no such unit."));
        if (auto s = UnitActionRules::canChangeStatus(r, u, target); !s)
            return s;
    }
    return unitAction(op, region, units.first(), [&](EngineContext &ctx) -> Status {
        UnitOperations ops(ctx.scheduler(region));
        const qint64 runId = ctx.state.currentRun() ? ctx.state.currentRun()->id : 0;
        for (UnitIndex u : units) {
            const UnitStatus before = ctx.state.region(region).states[std::size_t(u)].status;
            ops.changeStatus(u, target, ctx.state.clockMs);
            ctx.mutation.audited(QStringLiteral("unit.change-status"),
                                 QStringLiteral("%1 (%2): %3 -> %4")
                                     .arg(r.tree->path(u), regionCode(region), statusCode(before),
                                          statusCode(target)),
                                 runId);
        }
        return {};
    });
}

Status Console::rerun(const Operator &op, RegionId region, UnitIndex unit, RerunFrom from,
                      bool hold)
{
    if (auto s = checkUnitAction(op, region); !s)
        return s;
    if (unit < 0 || unit >= m_state.region(region).tree->size())
        return Error::badInput(QStringLiteral("unit"), tr("There is no such unit."));
    if (auto s = UnitActionRules::canRerun(m_state.region(region), unit, from); !s)
        return s;
    return unitAction(op, region, unit, [&](EngineContext &ctx) -> Status {
        UnitOperations(ctx.scheduler(region)).rerun(unit, from, hold, ctx.state.clockMs);
        ctx.mutation.audited(QStringLiteral("unit.rerun"),
                             QStringLiteral("%1 (%2): rerun from %3%4")
                                 .arg(ctx.state.region(region).tree->path(unit), regionCode(region),
                                      rerunFromCode(from),
                                      hold ? QStringLiteral(", held") : QString()),
                             ctx.state.currentRun() ? ctx.state.currentRun()->id : 0);
        return {};
    });
}

Status Console::hold(const Operator &op, RegionId region, UnitIndex unit)
{
    if (auto s = checkUnitAction(op, region); !s)
        return s;
    if (unit < 0 || unit >= m_state.region(region).tree->size())
        return Error::badInput(QStringLiteral("unit"), tr("There is no such unit."));
    if (auto s = UnitActionRules::canHold(m_state.region(region), unit); !s)
        return s;
    return unitAction(op, region, unit, [&](EngineContext &ctx) -> Status {
        UnitOperations(ctx.scheduler(region)).hold(unit, ctx.state.clockMs);
        ctx.mutation.audited(
            QStringLiteral("unit.hold"),
            QStringLiteral("%1 (%2): held")
                .arg(ctx.state.region(region).tree->path(unit), regionCode(region)),
            ctx.state.currentRun() ? ctx.state.currentRun()->id : 0);
        return {};
    });
}

Status Console::releaseHold(const Operator &op, RegionId region, UnitIndex unit)
{
    if (auto s = checkUnitAction(op, region); !s)
        return s;
    if (unit < 0 || unit >= m_state.region(region).tree->size())
        return Error::badInput(QStringLiteral("unit"), tr("There is no such unit."));
    if (auto s = UnitActionRules::canReleaseHold(m_state.region(region), unit); !s)
        return s;
    return unitAction(op, region, unit, [&](EngineContext &ctx) -> Status {
        UnitOperations(ctx.scheduler(region)).releaseHold(unit, ctx.state.clockMs);
        ctx.mutation.audited(
            QStringLiteral("unit.release-hold"),
            QStringLiteral("%1 (%2): hold released")
                .arg(ctx.state.region(region).tree->path(unit), regionCode(region)),
            ctx.state.currentRun() ? ctx.state.currentRun()->id : 0);
        return {};
    });
}

Status Console::kill(const Operator &op, RegionId region, UnitIndex unit)
{
    if (auto s = checkUnitAction(op, region); !s)
        return s;
    if (unit < 0 || unit >= m_state.region(region).tree->size())
        return Error::badInput(QStringLiteral("unit"), tr("There is no such unit."));
    if (auto s = UnitActionRules::canKill(m_state.region(region), unit); !s)
        return s;
    return unitAction(op, region, unit, [&](EngineContext &ctx) -> Status {
        UnitOperations(ctx.scheduler(region)).kill(unit, ctx.state.clockMs);
        ctx.mutation.audited(
            QStringLiteral("unit.kill"),
            QStringLiteral("%1 (%2): killed")
                .arg(ctx.state.region(region).tree->path(unit), regionCode(region)),
            ctx.state.currentRun() ? ctx.state.currentRun()->id : 0);
        return {};
    });
}

} // namespace dr

namespace dr {

// ---- agents, hosts, connections ----------------------------------------------------------------

Status Console::addAgent(const Operator &op, RegionId region, const ExecutionAgent &agent)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(op,
                   [&](EngineContext &ctx) { return AgentRegistry::addAgent(ctx, region, agent); });
}

Status Console::updateAgent(const Operator &op, RegionId region, const QString &name,
                            const ExecutionAgent &agent)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) {
        return AgentRegistry::updateAgent(ctx, region, name, agent);
    });
}

Status Console::removeAgent(const Operator &op, RegionId region, const QString &name)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(
        op, [&](EngineContext &ctx) { return AgentRegistry::removeAgent(ctx, region, name); });
}

Status Console::copyAgents(const Operator &op, RegionId from, RegionId to, bool onlyMissing,
                           const QStringList &names)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) {
        return AgentRegistry::copyAgents(ctx, from, to, onlyMissing, names);
    });
}

Status Console::addHost(const Operator &op, RegionId region, const HostEntry &entry)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(op,
                   [&](EngineContext &ctx) { return AgentRegistry::addHost(ctx, region, entry); });
}

Status Console::updateHost(const Operator &op, RegionId region, const QString &name,
                           const HostEntry &entry)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) {
        return AgentRegistry::updateHost(ctx, region, name, entry);
    });
}

Status Console::removeHost(const Operator &op, RegionId region, const QString &name)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(
        op, [&](EngineContext &ctx) { return AgentRegistry::removeHost(ctx, region, name); });
}

Status Console::setIpv6Enabled(const Operator &op, RegionId region, bool enabled)
{
    if (auto s = Permissions::check(op, Action::AgentChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) {
        return AgentRegistry::setIpv6Enabled(ctx, region, enabled);
    });
}

Result<NetworkConnection> Console::saveConnection(const Operator &op,
                                                  const NetworkConnection &connection)
{
    if (auto s = Permissions::check(op, Action::ConnectionChange); !s)
        return s.error();
    const bool isNew = connection.id == 0;
    auto s = perform(op, [&](EngineContext &ctx) -> Status {
        auto saved = AgentRegistry::saveConnection(ctx, connection);
        return saved ? Status() : Status(saved.error());
    });
    if (!s)
        return s.error();
    const QList<NetworkConnection> &list = m_state.region(connection.region).connections;
    if (isNew)
        return list.last();
    for (const NetworkConnection &c : list) {
        if (c.id == connection.id)
            return c;
    }
    return connection;
}

Status Console::removeConnection(const Operator &op, RegionId region, qint64 id)
{
    if (auto s = Permissions::check(op, Action::ConnectionChange); !s)
        return s;
    return perform(
        op, [&](EngineContext &ctx) { return AgentRegistry::removeConnection(ctx, region, id); });
}

// ---- contract and provider administration ------------------------------------------------------

Status Console::updateContract(const Operator &op, const Contract &contract)
{
    if (auto s = Permissions::check(op, Action::ContractChange); !s)
        return s;
    return perform(
        op, [&](EngineContext &ctx) { return ProviderAdmin::updateContract(ctx, contract); });
}

Status Console::changeMaintenanceDate(const Operator &op, const QDate &date)
{
    if (auto s = Permissions::check(op, Action::MaintenanceChange); !s)
        return s;
    return perform(
        op, [&](EngineContext &ctx) { return ProviderAdmin::changeMaintenanceDate(ctx, date); });
}

Status Console::suppress(const Operator &op, RegionId region)
{
    if (auto s = Permissions::check(op, Action::SuppressionChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) { return ProviderAdmin::suppress(ctx, region); });
}

Status Console::release(const Operator &op, RegionId region)
{
    if (auto s = Permissions::check(op, Action::SuppressionChange); !s)
        return s;
    return perform(op, [&](EngineContext &ctx) { return ProviderAdmin::release(ctx, op, region); });
}

// ---- switchover --------------------------------------------------------------------------------

Status Console::startSwitch(const Operator &op, Phase phase, SwitchMode mode, const QString &note)
{
    return perform(op, [&](EngineContext &ctx) {
        return SwitchoverService::start(ctx, op, phase, mode, note);
    });
}

Status Console::completeStep(const Operator &op, int step, const StepOptions &options)
{
    return perform(op, [&](EngineContext &ctx) {
        return SwitchoverService::complete(ctx, op, step, options);
    });
}

Status Console::setOverdueChoice(const Operator &op, UnitIndex root, bool skip)
{
    return perform(op,
                   [&](EngineContext &ctx) { return OverdueJobnets::choose(ctx, op, root, skip); });
}

} // namespace dr

namespace dr {

// ---- scale -------------------------------------------------------------------------------------

Result<GenerateSummary> Console::generateEnvironment(const Operator &op,
                                                     const GenerateOptions &options)
{
    if (auto s = Permissions::check(op, Action::GenerateEnvironment); !s)
        return s.error();
    if (auto s = refuseWhileBusy(); !s)
        return s.error();
    if (auto s = EnvironmentGenerator::validate(options); !s)
        return s.error();
    if (m_state.currentRun()) {
        return Error::refused(QStringLiteral("switchover-active"),
                              tr("A switchover is in progress; the environment cannot be replaced "
                                 "until it is completed."));
    }
    QElapsedTimer timer;
    timer.start();
    GenerateSummary summary;
    if (auto s = perform(
            op,
            [&](EngineContext &ctx) { return EnvironmentGenerator::apply(ctx, options, summary); });
        !s)
        return s.error();
    summary.saveMs = timer.elapsed() - summary.buildMs;
    return summary;
}

} // namespace dr
