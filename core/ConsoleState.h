#pragma once

#include "model/Contract.h"
#include "model/RegionState.h"
#include "model/Switchover.h"

#include <array>
#include <vector>

namespace dr {

// Everything the console holds in memory; the database is its persistent copy.
struct ConsoleState
{
    ConsoleState() { regions[1].id = RegionId::Dr; }

    Contract contract;
    std::array<RegionData, 2> regions;
    QList<SwitchoverRun> runs; // oldest first
    qint64 clockMs = 0;
    qint64 syncIntervalMs = 60 * 1000;
    qint64 execSerial = 0;
    qint64 syncSeq = 0;
    quint32 seed = 20261125;
    // Commits the file had seen when this state was read or last written by it. Another program
    // writing the same file (a second console, drctl) moves the number in the file; a commit
    // from stale memory is then refused instead of overwriting that program's work.
    qint64 writeSerial = 0;

    // Primary units whose status changed since the last sync point (rebuilt on load by
    // comparing the regions), and whether the definitions differ.
    std::vector<UnitIndex> pendingSync;
    std::vector<quint8> pendingSyncMark;
    bool definitionsPending = false;

    RegionData &region(RegionId id) { return regions[std::size_t(regionIndex(id))]; }
    const RegionData &region(RegionId id) const { return regions[std::size_t(regionIndex(id))]; }
    RegionId activeRegion() const
    {
        return region(RegionId::Dr).runtime.active ? RegionId::Dr : RegionId::Primary;
    }
    // The run not yet completed, or nullptr.
    SwitchoverRun *currentRun();
    const SwitchoverRun *currentRun() const;
    SwitchoverRun *run(qint64 id);

    void notePrimaryChanged(const std::vector<UnitIndex> &units);
    void resetPendingSync();
};

} // namespace dr
