#include "Aggregation.h"

namespace dr {

Aggregation::Counts Aggregation::count(const UnitTree &tree, const std::vector<UnitState> &states,
                                       UnitIndex jobnet)
{
    Counts c;
    for (UnitIndex child : tree.children(jobnet)) {
        if (!isExecutable(tree.unit(child).type))
            continue;
        ++c.total;
        const UnitState &s = states[std::size_t(child)];
        const StatusClass cls = statusClass(s.status);
        if (isEndStatus(s.status)) {
            ++c.ended;
            ++c.started;
            if (cls == StatusClass::Abnormal)
                ++c.abnormal;
            else if (cls == StatusClass::Warning)
                ++c.warning;
        } else if (cls == StatusClass::Running) {
            ++c.started;
        }
    }
    return c;
}

UnitStatus Aggregation::statusFor(const Counts &c, UnitStatus current)
{
    if (c.total > 0 && c.ended == c.total) {
        if (c.abnormal > 0)
            return UnitStatus::Abnormal;
        if (c.warning > 0)
            return UnitStatus::Warning;
        return UnitStatus::Normal;
    }
    // Not started yet (and nothing below it started): it keeps its own wait status.
    const StatusClass own = statusClass(current);
    if (c.started == 0 && (own == StatusClass::Wait || own == StatusClass::None))
        return current;
    if (c.total == 0)
        return isEndStatus(current) ? current : UnitStatus::Normal;
    if (c.abnormal > 0)
        return UnitStatus::AbendRunning;
    if (c.warning > 0)
        return UnitStatus::WarningRunning;
    return UnitStatus::Running;
}

std::vector<UnitIndex> Aggregation::recomputeAll(const UnitTree &tree, std::vector<UnitState> &states)
{
    std::vector<UnitIndex> changed;
    // Children have larger indexes than their parents: a backward pass is bottom-up.
    for (UnitIndex i = UnitIndex(tree.size()) - 1; i >= 0; --i) {
        if (unitKind(tree.unit(i).type) != UnitKind::Jobnet)
            continue;
        UnitState &s = states[std::size_t(i)];
        const Counts c = count(tree, states, i);
        if (c.total == 0)
            continue;
        const UnitStatus next = statusFor(c, s.status);
        if (next != s.status) {
            s.status = next;
            changed.push_back(i);
        }
    }
    return changed;
}

} // namespace dr
