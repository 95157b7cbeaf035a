#pragma once

#include "model/UnitState.h"
#include "model/UnitTree.h"

#include <vector>

namespace dr {

// The statuses of a generated environment at `nowMs`: each root jobnet whose first scheduled
// start has passed started then, and its jobs ran as the simulated manager would have run them
// without agent contention (the same durations, outcomes and exit codes, "Not executed + Ended"
// after an abnormal predecessor); roots whose start is still ahead wait for it. Jobnet statuses
// follow from their children (Aggregation), so a generated region looks like a busy day.
class BusyDay
{
public:
    static std::vector<UnitState> states(const UnitTree &tree, qint64 nowMs, qint64 firstSerial,
                                         quint32 simSeed, qint64 &lastSerial);
};

} // namespace dr
