#include "UnitOperations.h"

#include <algorithm>

namespace dr {

void UnitOperations::changeStatus(UnitIndex job, UnitStatus target, qint64 nowMs)
{
    m_scheduler.advanceTo(nowMs);
    UnitState &s = state(job);
    m_scheduler.leaveAgent(job);
    s.set(FlagNeedsReview, false);
    s.set(FlagSatisfied, false);
    const int exitCode = target == UnitStatus::Failed ? -1 : s.exitCode;
    m_scheduler.endUnit(job, target, isEndStatus(s.status) && s.endMs ? s.endMs : nowMs, exitCode);
    m_scheduler.dispatchAll();
}

std::vector<UnitIndex> UnitOperations::rerunSet(const std::vector<UnitIndex> &starts, UnitIndex root,
                                                bool includeStarts, bool withSuccessors) const
{
    std::vector<quint8> seen(std::size_t(tree().size()), 0);
    std::vector<UnitIndex> result;
    std::vector<UnitIndex> work;
    auto add = [&](UnitIndex i) {
        if (!seen[std::size_t(i)]) {
            seen[std::size_t(i)] = 1;
            result.push_back(i);
            work.push_back(i);
        }
    };
    for (UnitIndex start : starts) {
        if (includeStarts)
            add(start);
        if (!withSuccessors)
            continue;
        for (UnitIndex next : tree().successors(start))
            add(next);
        // Enclosing jobnets below the root ended early too: their successors run again.
        for (UnitIndex p = tree().unit(start).parent; p != kNoUnit && p != root; p = tree().unit(p).parent) {
            for (UnitIndex next : tree().successors(p))
                add(next);
        }
    }
    if (withSuccessors) {
        while (!work.empty()) {
            const UnitIndex u = work.back();
            work.pop_back();
            for (UnitIndex next : tree().successors(u))
                add(next);
        }
    }
    // A jobnet that runs again runs whole.
    const std::size_t direct = result.size();
    for (std::size_t k = 0; k < direct; ++k) {
        if (unitKind(tree().unit(result[k]).type) == UnitKind::Jobnet) {
            for (UnitIndex d : tree().subtree(result[k])) {
                if (!seen[std::size_t(d)]) {
                    seen[std::size_t(d)] = 1;
                    result.push_back(d);
                }
            }
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

void UnitOperations::startReset(const std::vector<UnitIndex> &reset, bool hold, qint64 nowMs)
{
    for (UnitIndex i : reset) {
        if (isExecutable(tree().unit(i).type))
            m_scheduler.resetUnit(i);
    }
    for (UnitIndex i : reset)
        m_scheduler.markRunningAncestors(i, nowMs);
    if (hold) {
        // The first units of the rerun (nothing before them is reset) wait on hold.
        for (UnitIndex i : reset) {
            bool first = true;
            for (UnitIndex p : tree().predecessors(i))
                first = first && !std::binary_search(reset.begin(), reset.end(), p);
            const UnitIndex parent = tree().unit(i).parent;
            if (first && !std::binary_search(reset.begin(), reset.end(), parent)) {
                state(i).set(FlagHold);
                state(i).status = UnitStatus::Holding;
                m_scheduler.mark(i);
            }
        }
    }
    for (UnitIndex i : reset) {
        const UnitIndex parent = tree().unit(i).parent;
        if (state(i).status == UnitStatus::TermWait && parent != kNoUnit &&
            isRunningStatus(state(parent).status))
            m_scheduler.evaluate(i, nowMs);
    }
    m_scheduler.dispatchAll();
    // The enclosing jobnets show what is left of them now (e.g. "Running + Warning").
    std::vector<UnitIndex> jobnets;
    for (UnitIndex i : reset) {
        for (UnitIndex p = tree().unit(i).parent; p != kNoUnit; p = tree().unit(p).parent) {
            if (unitKind(tree().unit(p).type) == UnitKind::Jobnet)
                jobnets.push_back(p);
        }
    }
    std::sort(jobnets.begin(), jobnets.end());
    jobnets.erase(std::unique(jobnets.begin(), jobnets.end()), jobnets.end());
    for (auto it = jobnets.rbegin(); it != jobnets.rend(); ++it) // children first
        m_scheduler.recomputeJobnet(*it, nowMs);
}

void UnitOperations::rerun(UnitIndex unit, RerunFrom from, bool hold, qint64 nowMs)
{
    m_scheduler.advanceTo(nowMs);
    state(unit).set(FlagNeedsReview, false);
    switch (from) {
    case RerunFrom::Top: {
        std::vector<UnitIndex> reset = tree().subtree(unit);
        reset.erase(reset.begin()); // the root itself restarts below
        for (UnitIndex i : reset) {
            if (isExecutable(tree().unit(i).type))
                m_scheduler.resetUnit(i);
        }
        UnitState &r = state(unit);
        r.status = hold ? UnitStatus::Holding : UnitStatus::Running;
        r.set(FlagHold, hold);
        r.startMs = nowMs;
        r.endMs = 0;
        r.exitCode = 0;
        m_scheduler.mark(unit);
        if (!hold) {
            for (UnitIndex child : tree().children(unit)) {
                if (state(child).status == UnitStatus::TermWait)
                    m_scheduler.evaluate(child, nowMs);
            }
            m_scheduler.recomputeJobnet(unit, nowMs);
        }
        m_scheduler.dispatchAll();
        return;
    }
    case RerunFrom::Abnormal:
    case RerunFrom::AfterAbnormal:
    case RerunFrom::WarningOnly: {
        const std::vector<UnitIndex> starts = UnitActionRules::rerunTargets(m_scheduler.region(), unit, from);
        if (from == RerunFrom::AfterAbnormal) {
            for (UnitIndex i : starts) {
                state(i).set(FlagSatisfied);
                state(i).set(FlagNeedsReview, false);
                m_scheduler.mark(i);
            }
        }
        startReset(rerunSet(starts, unit, from != RerunFrom::AfterAbnormal,
                            from != RerunFrom::WarningOnly),
                   hold, nowMs);
        return;
    }
    case RerunFrom::This:
    case RerunFrom::ThisOnly:
        startReset(rerunSet({unit}, tree().rootJobnetOf(unit), true, from == RerunFrom::This), hold,
                   nowMs);
        return;
    }
}

void UnitOperations::hold(UnitIndex unit, qint64 nowMs)
{
    m_scheduler.advanceTo(nowMs);
    UnitState &s = state(unit);
    s.set(FlagHold);
    if (!isEndStatus(s.status))
        s.status = UnitStatus::Holding; // an ended root keeps its result; its next generation waits
    m_scheduler.mark(unit);
}

void UnitOperations::releaseHold(UnitIndex unit, qint64 nowMs)
{
    m_scheduler.advanceTo(nowMs);
    UnitState &s = state(unit);
    s.set(FlagHold, false);
    m_scheduler.mark(unit);
    if (s.status != UnitStatus::Holding)
        return;
    if (tree().isRootJobnet(unit)) {
        if (s.scheduledMs > 0 && s.scheduledMs <= nowMs && !m_scheduler.region().runtime.suppressed &&
            m_scheduler.region().runtime.managerRunning) {
            m_scheduler.startGeneration(unit, nowMs);
        } else {
            s.status = s.execSerial > 0 && s.startMs > 0 ? UnitStatus::Running : UnitStatus::TimeWait;
            // Due while suppressed: overdue, like every jobnet that comes due then.
            m_scheduler.markOverdue(unit, nowMs);
            if (s.status == UnitStatus::Running) {
                for (UnitIndex child : tree().children(unit)) {
                    if (state(child).status == UnitStatus::TermWait)
                        m_scheduler.evaluate(child, nowMs);
                }
                m_scheduler.recomputeJobnet(unit, nowMs);
            }
        }
        m_scheduler.dispatchAll();
        return;
    }
    s.status = UnitStatus::TermWait;
    const UnitIndex parent = tree().unit(unit).parent;
    if (parent != kNoUnit && isRunningStatus(state(parent).status))
        m_scheduler.evaluate(unit, nowMs);
    m_scheduler.dispatchAll();
}

void UnitOperations::kill(UnitIndex unit, qint64 nowMs)
{
    m_scheduler.advanceTo(nowMs);
    state(unit).set(FlagNeedsReview, false);
    if (unitKind(tree().unit(unit).type) != UnitKind::Jobnet) {
        m_scheduler.leaveAgent(unit);
        m_scheduler.endUnit(unit, UnitStatus::Killed, nowMs, -1);
        m_scheduler.dispatchAll();
        return;
    }
    // Killing a jobnet kills what runs inside it; what has not started ends not executed.
    const std::vector<UnitIndex> below = tree().subtree(unit);
    for (auto it = below.rbegin(); it != below.rend(); ++it) {
        const UnitIndex i = *it;
        if (i == unit || !isExecutable(tree().unit(i).type))
            continue;
        UnitState &s = state(i);
        if (isRunningStatus(s.status)) {
            m_scheduler.leaveAgent(i);
            s.status = UnitStatus::Killed;
            s.exitCode = -1;
            s.endMs = nowMs;
            m_scheduler.mark(i);
        } else if (!isEndStatus(s.status)) {
            s.status = UnitStatus::Unexec;
            s.set(FlagHold, false);
            s.endMs = nowMs;
            m_scheduler.mark(i);
        }
    }
    m_scheduler.endUnit(unit, UnitStatus::Killed, nowMs, -1);
    m_scheduler.dispatchAll();
}

} // namespace dr
