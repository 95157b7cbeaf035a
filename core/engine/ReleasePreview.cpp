#include "ReleasePreview.h"

namespace dr {

std::vector<UnitIndex> ReleasePreview::units(const RegionData &region, qint64 nowMs,
                                             const Scheduler::Context &context)
{
    const UnitTree &tree = *region.tree;
    std::vector<UnitIndex> starting;
    if (!region.runtime.managerRunning) {
        for (UnitIndex root : tree.rootJobnets()) {
            if (Scheduler::startsAtRelease(region.states[std::size_t(root)], nowMs))
                starting.push_back(root);
        }
        return starting;
    }
    RegionData copy = region; // the definitions are shared; the statuses are copied
    copy.runtime.suppressed = false;
    qint64 serial = context.execSerial ? *context.execSerial : 0;
    Scheduler dry(copy, Scheduler::Context{&serial, context.seed});
    dry.rebuild(nowMs);
    (void)dry.release(nowMs);
    for (UnitIndex i = 0; i < tree.size(); ++i) {
        const UnitState &after = copy.states[std::size_t(i)];
        if (!(region.states[std::size_t(i)] == after) &&
            Scheduler::startedAt(tree, i, after, nowMs))
            starting.push_back(i);
    }
    return starting;
}

} // namespace dr
