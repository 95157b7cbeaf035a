#pragma once

#include "model/UnitState.h"
#include "model/UnitTree.h"

#include <vector>

namespace dr {

// Jobnet status from its children (domain.md §7).
class Aggregation
{
public:
    struct Counts
    {
        int total = 0;    // executable children
        int ended = 0;
        int abnormal = 0; // ended in class abnormal
        int warning = 0;  // ended in class warning
        int started = 0;  // running class or ended
    };

    static Counts count(const UnitTree &tree, const std::vector<UnitState> &states, UnitIndex jobnet);
    // The status the jobnet should show now, given its own current status.
    static UnitStatus statusFor(const Counts &counts, UnitStatus current);
    // True when every executable child has ended.
    static bool finished(const Counts &counts) { return counts.ended == counts.total; }

    // Recomputes every jobnet bottom-up (after a start mode rewrote job statuses). Returns the
    // jobnets whose status changed.
    static std::vector<UnitIndex> recomputeAll(const UnitTree &tree, std::vector<UnitState> &states);
};

} // namespace dr
