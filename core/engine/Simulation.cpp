#include "Simulation.h"

#include "JapanTime.h"
#include "rules/StartModeRules.h"

#include <QJsonObject>

namespace dr {

void EngineContext::collect(RegionId id)
{
    const std::vector<UnitIndex> changed = scheduler(id).takeChanged();
    if (changed.empty())
        return;
    mutation.states(id, changed);
    if (id == RegionId::Primary)
        state.notePrimaryChanged(changed);
}

QString Simulation::syncBlocker(const ConsoleState &state)
{
    const RegionRuntime &p = state.region(RegionId::Primary).runtime;
    const RegionRuntime &d = state.region(RegionId::Dr).runtime;
    if (!p.active)
        return tr("the DR environment is the active region; synchronisation runs from the primary "
                  "environment only");
    if (!p.available)
        return tr("the primary environment is unavailable (regional outage)");
    if (!d.available)
        return tr("the DR environment is unavailable (regional outage)");
    if (!p.managerRunning)
        return tr("the primary manager is stopped");
    return {};
}

Status Simulation::advance(EngineContext &ctx, qint64 targetMs)
{
    ConsoleState &st = ctx.state;
    if (targetMs < st.clockMs) {
        return Error::refused(QStringLiteral("clock-backwards"),
                              tr("The simulated clock cannot go back (it is %1; %2 is earlier).")
                                  .arg(jst::format(st.clockMs), jst::format(targetMs)));
    }
    // Every simulated minute is worked through (schedules, sync points), so one move is bounded.
    if (targetMs - st.clockMs > kMaxAdvanceMs) {
        return Error::badInput(
            QStringLiteral("clock-too-far"),
            tr("The simulated clock moves at most %1 days at a time (it is %2; %3 is further). "
               "Move it in several steps.")
                .arg(kMaxAdvanceMs / jst::kDayMs)
                .arg(jst::format(st.clockMs), jst::format(targetMs)));
    }
    while (true) {
        qint64 step = targetMs;
        const bool canSync = syncBlocker(st).isEmpty();
        qint64 nextSync = 0;
        if (canSync) {
            nextSync = Simulation::nextSync(st);
            step = std::min(step, nextSync);
        }
        for (RegionId r : kAllRegions) {
            ctx.scheduler(r).advanceTo(step);
            ctx.collect(r);
        }
        st.clockMs = step;
        if (canSync && step == nextSync)
            sync(ctx, step);
        if (step >= targetMs)
            break;
    }
    ctx.mutation.settings = true;
    ctx.mutation.clockMoved = true;
    for (RegionId r : kAllRegions)
        ctx.mutation.region(r).runtime = true; // changed-since-sync counters
    st.region(RegionId::Primary).runtime.changedSinceSync = qint64(st.pendingSync.size());
    return {};
}

qint64 Simulation::nextSync(const ConsoleState &state)
{
    const qint64 interval = std::max<qint64>(state.syncIntervalMs, 1000);
    const qint64 last = std::max(state.clockMs, state.region(RegionId::Dr).runtime.syncAtMs);
    return (last / interval + 1) * interval;
}

bool Simulation::definitionsDiffer(const ConsoleState &state)
{
    return state.definitionsPending ||
           state.region(RegionId::Dr).tree != state.region(RegionId::Primary).tree;
}

bool Simulation::copiesDefinitions(const ConsoleState &state, qint64 targetMs)
{
    return definitionsDiffer(state) && syncBlocker(state).isEmpty() && nextSync(state) <= targetMs;
}

Status Simulation::setClock(EngineContext &ctx, qint64 targetMs)
{
    return advance(ctx, targetMs);
}

void Simulation::sync(EngineContext &ctx, qint64 atMs)
{
    ConsoleState &st = ctx.state;
    RegionData &primary = st.region(RegionId::Primary);
    RegionData &dr = st.region(RegionId::Dr);
    qint64 copied = 0;
    const bool definitions = definitionsDiffer(st);
    if (definitions) {
        dr.tree = primary.tree;
        dr.states = primary.states;
        dr.runtime.definitionsRevision = primary.runtime.definitionsRevision;
        copied = qint64(primary.states.size());
        Mutation::PerRegion &m = ctx.mutation.region(RegionId::Dr);
        m.copyFrom = RegionId::Primary;
        m.copyDefinitions = true;
        m.states.clear();
        m.allStates = false;
        m.tree = false;
    } else {
        for (UnitIndex i : st.pendingSync)
            dr.states[std::size_t(i)] = primary.states[std::size_t(i)];
        copied = qint64(st.pendingSync.size());
        Mutation::PerRegion &m = ctx.mutation.region(RegionId::Dr);
        if (!m.copyFrom)
            m.states.insert(m.states.end(), st.pendingSync.begin(), st.pendingSync.end());
    }
    st.resetPendingSync();
    st.syncSeq += 1;
    dr.runtime.syncAtMs = atMs;
    dr.runtime.syncSeq = st.syncSeq;
    primary.runtime.changedSinceSync = 0;
    ctx.mutation.region(RegionId::Dr).runtime = true;
    ctx.mutation.region(RegionId::Primary).runtime = true;
    ctx.mutation.settings = true;
    ctx.mutation.addSyncPoint({st.syncSeq, atMs, copied, definitions});
    // A stopped manager schedules nothing, and every start of it rebuilds its scheduler
    // (startManager): rebuilding a million-unit copy at every sync would be wasted.
    if (dr.runtime.managerRunning)
        ctx.scheduler(RegionId::Dr).rebuild(atMs);
}

Status Simulation::syncNow(EngineContext &ctx)
{
    const QString blocker = syncBlocker(ctx.state);
    if (!blocker.isEmpty()) {
        return Error::refused(QStringLiteral("sync-unavailable"),
                              tr("Cannot synchronise now: %1.").arg(blocker));
    }
    sync(ctx, ctx.state.clockMs);
    ctx.mutation.audited(QStringLiteral("sync.now"), QStringLiteral("Sync point %1 at %2")
                                                         .arg(ctx.state.syncSeq)
                                                         .arg(jst::isoUtc(ctx.state.clockMs)));
    return {};
}

Status Simulation::declareOutage(EngineContext &ctx, RegionId region)
{
    ConsoleState &st = ctx.state;
    RegionData &r = st.region(region);
    if (!r.runtime.available) {
        return Error::refused(
            QStringLiteral("already-down"),
            tr("The %1 is already unavailable (since %2).")
                .arg(RegionNames::displayName(region), jst::format(r.runtime.downSinceMs)));
    }
    r.runtime.available = false;
    r.runtime.downSinceMs = st.clockMs;
    if (r.runtime.managerRunning) {
        r.runtime.managerRunning = false;
        r.runtime.stoppedAtMs = st.clockMs;
    }
    if (region == RegionId::Primary)
        r.runtime.lostUnits = qint64(st.pendingSync.size());
    ctx.mutation.region(region).runtime = true;
    ctx.mutation.audited(QStringLiteral("region.outage"),
                         QStringLiteral("Regional outage of %1 at %2; last sync point %3; %4 units "
                                        "changed since")
                             .arg(regionCode(region), jst::isoUtc(st.clockMs),
                                  jst::isoUtc(st.region(RegionId::Dr).runtime.syncAtMs))
                             .arg(region == RegionId::Primary ? r.runtime.lostUnits : 0));
    return {};
}

Status Simulation::restore(EngineContext &ctx, RegionId region)
{
    ConsoleState &st = ctx.state;
    RegionData &r = st.region(region);
    if (r.runtime.available) {
        return Error::refused(QStringLiteral("not-down"),
                              tr("The %1 is available; there is nothing to restore.")
                                  .arg(RegionNames::displayName(region)));
    }
    r.runtime.available = true;
    ctx.mutation.region(region).runtime = true;
    QString restart;
    // The active region comes back with its manager (warm start), unless a switch away from it
    // has been requested: then the runbook decides which manager starts. A suppressed manager
    // comes back suppressed: only the provider's release (step 5/11, or the admin action outside
    // a switchover) lets its jobs start.
    const SwitchoverRun *run = st.currentRun();
    const int last = run ? run->lastCompletedStep() : 0;
    const bool switchPending = run && (last == 1 || last == 7);
    if (r.runtime.active && !switchPending) {
        QJsonObject summary;
        const bool suppressed = r.runtime.suppressed;
        startManager(ctx, region, StartMode::Warm, suppressed, &summary);
        restart = suppressed ? QStringLiteral("; manager restarted (warm start), still suppressed")
                             : QStringLiteral("; manager restarted (warm start)");
    }
    ctx.mutation.audited(QStringLiteral("region.restore"),
                         QStringLiteral("%1 available again at %2%3")
                             .arg(regionCode(region), jst::isoUtc(st.clockMs), restart));
    return {};
}

void Simulation::startManager(EngineContext &ctx, RegionId region, StartMode mode, bool suppressed,
                              QJsonObject *summary)
{
    ConsoleState &st = ctx.state;
    RegionData &r = st.region(region);
    // Only what the start changes is saved: at a million units most statuses stay as copied.
    const std::vector<UnitState> before = r.states;
    const StartModeResult result = StartModeRules::apply(mode, *r.tree, r.states);
    r.runtime.managerRunning = true;
    r.runtime.suppressed = suppressed;
    r.runtime.startMode = mode;
    r.runtime.startedAtMs = st.clockMs;
    r.runtime.skipOverdue = false; // a new start: no choice made yet
    Scheduler &scheduler = ctx.scheduler(region);
    scheduler.rebuild(st.clockMs);
    // Root jobnets whose start time passed while no manager ran wait for the operator's choice
    // (run after release, the default, or skip).
    const qint64 overdue = scheduler.markOverdueRoots(st.clockMs);
    (void)scheduler.takeChanged(); // the comparison below finds them
    std::vector<UnitIndex> changed;
    for (std::size_t i = 0; i < r.states.size(); ++i) {
        if (!(r.states[i] == before[i]))
            changed.push_back(UnitIndex(i));
    }
    ctx.mutation.states(region, changed);
    ctx.mutation.region(region).statesReset = true;
    ctx.mutation.region(region).runtime = true;
    if (!suppressed) {
        scheduler.release(st.clockMs);
        ctx.collect(region);
    }
    if (region == RegionId::Primary) {
        st.definitionsPending = true; // the DR copy is no longer comparable: next sync copies all
    }
    if (summary) {
        QJsonObject byRule;
        for (auto it = result.changedByRule.cbegin(); it != result.changedByRule.cend(); ++it)
            byRule.insert(StartModeRules::ruleCode(it.key()), it.value());
        summary->insert(QStringLiteral("mode"), startModeCode(mode));
        summary->insert(QStringLiteral("changedByRule"), byRule);
        summary->insert(QStringLiteral("review"), result.reviewCount);
        summary->insert(QStringLiteral("overdue"), overdue);
        summary->insert(QStringLiteral("suppressed"), suppressed);
    }
}

} // namespace dr
