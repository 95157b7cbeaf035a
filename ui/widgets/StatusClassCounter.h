#pragma once

#include "model/RegionState.h"

#include <array>
#include <vector>

namespace dr::ui {

// Units of a region by status class, kept up to date from the changed units a tick reports
// instead of recounting a million units on every refresh. Remembers each unit's class so a
// change can be moved from the old class to the new one; a reset recounts.
class StatusClassCounter
{
public:
    // Recounts everything (a new tree, a start mode, a reload).
    void reset(const RegionData &region);
    // Moves the given units to their current class.
    void update(const RegionData &region, const std::vector<UnitIndex> &units);
    bool isStale() const { return m_stale; }
    void markStale() { m_stale = true; }

    qint64 count(StatusClass statusClass) const { return m_counts[std::size_t(statusClass)]; }

private:
    static constexpr quint8 kNotCounted = 0xff; // groups and other units without a status

    std::array<qint64, kStatusClassCount> m_counts{};
    std::vector<quint8> m_class;
    const UnitTree *m_tree = nullptr;
    bool m_stale = true;
};

} // namespace dr::ui
