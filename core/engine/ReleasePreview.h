#pragma once

#include "Scheduler.h"

namespace dr {

// What releasing job execution suppression would start now, found without changing anything:
// the release is run on a copy of the region. So the wizard's list, the pre-flight count of
// overdue jobnets and the release itself agree by construction (an overdue jobnet whose running
// generation ends at the release, because its remaining jobs cannot run, starts then too).
class ReleasePreview
{
public:
    // Root jobnets that start a generation and jobs that are submitted (queued, running, or
    // failed to start). For a stopped manager: the root jobnets due now, which are overdue when
    // it starts.
    static std::vector<UnitIndex> units(const RegionData &region, qint64 nowMs,
                                        const Scheduler::Context &context);
};

} // namespace dr
