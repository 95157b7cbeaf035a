#include "StatusClassCounter.h"

namespace dr::ui {

void StatusClassCounter::reset(const RegionData &region)
{
    const UnitTree &tree = *region.tree;
    m_tree = &tree;
    m_counts = {};
    m_class.assign(std::size_t(tree.size()), kNotCounted);
    for (UnitIndex i = 0; i < tree.size(); ++i) {
        if (!isExecutable(tree.unit(i).type))
            continue;
        const auto c = quint8(statusClass(region.states[std::size_t(i)].status));
        m_class[std::size_t(i)] = c;
        ++m_counts[c];
    }
    m_stale = false;
}

void StatusClassCounter::update(const RegionData &region, const std::vector<UnitIndex> &units)
{
    if (m_stale || m_tree != region.tree.get() || m_class.size() != region.states.size()) {
        m_stale = true; // a different tree: only a recount is right
        return;
    }
    for (UnitIndex i : units) {
        quint8 &old = m_class[std::size_t(i)];
        if (old == kNotCounted)
            continue;
        const auto now = quint8(statusClass(region.states[std::size_t(i)].status));
        --m_counts[old];
        ++m_counts[now];
        old = now;
    }
}

} // namespace dr::ui
