#include "OverdueJobnets.h"

#include "SwitchoverService.h"

namespace dr {

bool OverdueJobnets::choiceOpen(const ConsoleState &state)
{
    const SwitchoverRun *run = state.currentRun();
    if (!run)
        return false;
    const int next = run->nextStep();
    return (next >= 3 && next <= 5) || (next >= 9 && next <= 11);
}

void OverdueJobnets::note(EngineContext &ctx, RegionId target)
{
    const RegionRuntime &rt = ctx.state.region(target).runtime;
    if (rt.managerRunning && !rt.suppressed)
        return; // a running manager starts them itself
    ctx.scheduler(target).markOverdueRoots(ctx.state.clockMs);
    ctx.collect(target);
}

Status OverdueJobnets::choose(EngineContext &ctx, const Operator &op, UnitIndex root, bool skip)
{
    ConsoleState &st = ctx.state;
    if (op.role != Role::Customer) {
        return Error::refused(QStringLiteral("role"),
                              tr("The choice for overdue jobnets is made by the customer."));
    }
    if (!choiceOpen(st)) {
        return Error::refused(QStringLiteral("overdue-closed"),
                              tr("Overdue jobnets are chosen during the recovery work (steps 3 "
                                 "and 9), before suppression is released."));
    }
    const SwitchoverRun *run = st.currentRun();
    const RegionId target = SwitchoverService::targetOf(run->nextStep());
    RegionData &t = st.region(target);
    const Error notOverdue = Error::refused(QStringLiteral("not-overdue"),
                                            tr("That unit is not an overdue root jobnet."));
    if (root < 0 || root >= t.tree->size() || !t.tree->isRootJobnet(root))
        return notOverdue;
    // Checked before anything changes: a refused action leaves memory as the file has it.
    const UnitState &s = t.states[std::size_t(root)];
    const bool canStart = t.runtime.managerRunning && !t.runtime.suppressed;
    if (!s.has(FlagOverdue) && (canStart || !Scheduler::comesDue(s, st.clockMs)))
        return notOverdue;
    note(ctx, target); // one that came due at this very moment is overdue now
    t.states[std::size_t(root)].set(FlagSkipOverdue, skip);
    ctx.mutation.states(target, {root});
    ctx.mutation.audited(
        QStringLiteral("overdue.choice"),
        QStringLiteral("%1: %2 after release")
            .arg(t.tree->path(root), skip ? QStringLiteral("skip") : QStringLiteral("run")),
        run->id);
    return {};
}

void OverdueJobnets::chooseAll(EngineContext &ctx, RegionId target, bool skip, qint64 runId)
{
    note(ctx, target);
    RegionData &t = ctx.state.region(target);
    std::vector<UnitIndex> chosen;
    for (UnitIndex root : t.tree->rootJobnets()) {
        UnitState &s = t.states[std::size_t(root)];
        if (s.has(FlagOverdue)) {
            s.set(FlagSkipOverdue, skip);
            chosen.push_back(root);
        }
    }
    ctx.mutation.states(target, chosen);
    // Jobnets that come due before the release take the same choice (Scheduler::markOverdue).
    t.runtime.skipOverdue = skip;
    ctx.mutation.region(target).runtime = true;
    ctx.mutation.audited(
        QStringLiteral("overdue.choice"),
        QStringLiteral("All %1 overdue jobnets of %2: %3 after release; jobnets "
                       "that come due before the release follow the same choice")
            .arg(qint64(chosen.size()))
            .arg(regionCode(target), skip ? QStringLiteral("skip") : QStringLiteral("run")),
        runId);
}

} // namespace dr
