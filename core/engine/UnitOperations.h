#pragma once

#include "Scheduler.h"
#include "rules/UnitActionRules.h"

namespace dr {

// Carries out the operator actions of domain.md §6 on a region's statuses through its
// scheduler, so that successors, parent jobnets and agent queues follow. Callers check the
// action with UnitActionRules first.
class UnitOperations
{
public:
    explicit UnitOperations(Scheduler &scheduler) : m_scheduler(scheduler) {}

    void changeStatus(UnitIndex job, UnitStatus target, qint64 nowMs);
    void rerun(UnitIndex unit, RerunFrom from, bool hold, qint64 nowMs);
    void hold(UnitIndex unit, qint64 nowMs);
    void releaseHold(UnitIndex unit, qint64 nowMs);
    void kill(UnitIndex unit, qint64 nowMs);

private:
    const UnitTree &tree() const { return *m_scheduler.region().tree; }
    UnitState &state(UnitIndex i) { return m_scheduler.region().states[std::size_t(i)]; }
    // Units to reset for a rerun starting at `starts`: the starts themselves (unless only their
    // successors run), everything after them, and everything after their enclosing jobnets.
    std::vector<UnitIndex> rerunSet(const std::vector<UnitIndex> &starts, UnitIndex root,
                                    bool includeStarts, bool withSuccessors) const;
    void startReset(const std::vector<UnitIndex> &reset, bool hold, qint64 nowMs);

    Scheduler &m_scheduler;
};

} // namespace dr
