#include "ConsoleState.h"

namespace dr {

SwitchoverRun *ConsoleState::currentRun()
{
    return runs.isEmpty() || runs.last().completed ? nullptr : &runs.last();
}

const SwitchoverRun *ConsoleState::currentRun() const
{
    return runs.isEmpty() || runs.last().completed ? nullptr : &runs.last();
}

SwitchoverRun *ConsoleState::run(qint64 id)
{
    for (SwitchoverRun &r : runs) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

void ConsoleState::notePrimaryChanged(const std::vector<UnitIndex> &units)
{
    const std::size_t n = region(RegionId::Primary).states.size();
    if (pendingSyncMark.size() != n)
        pendingSyncMark.assign(n, 0);
    for (UnitIndex i : units) {
        if (!pendingSyncMark[std::size_t(i)]) {
            pendingSyncMark[std::size_t(i)] = 1;
            pendingSync.push_back(i);
        }
    }
}

void ConsoleState::resetPendingSync()
{
    for (UnitIndex i : pendingSync)
        pendingSyncMark[std::size_t(i)] = 0;
    pendingSync.clear();
    definitionsPending = false;
}

} // namespace dr
