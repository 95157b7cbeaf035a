#pragma once

#include "model/AuditEntry.h"
#include "model/Region.h"
#include "model/Switchover.h"
#include "model/Unit.h"

#include <QList>
#include <QSet>

#include <array>
#include <optional>
#include <vector>

namespace dr {

// What one action changed in memory: the facade saves exactly this in one transaction together
// with the audit entries, then signals it.
struct Mutation
{
    struct PerRegion
    {
        std::vector<UnitIndex> states; // changed unit statuses (may repeat)
        bool allStates = false;        // rewrite every status
        bool statesReset = false;      // signal unitsReset: `states` changed all over the region
                                       // (a start mode), although only they are saved
        bool tree = false;             // rewrite definitions
        bool runtime = false;
        bool agents = false;
        bool hosts = false;
        bool connections = false;
        bool items = false;
        // Copy statuses (and definitions when asked) from another region inside SQLite, after
        // that region's own changes and before this region's.
        std::optional<RegionId> copyFrom;
        bool copyDefinitions = false;
    };
    struct SyncPoint
    {
        qint64 seq;
        qint64 atMs;
        qint64 units;
        bool definitions;
    };

    std::array<PerRegion, 2> regions;
    bool contract = false;
    bool settings = false; // clock, counters, intervals
    QSet<qint64> runs;     // switchover runs to save (created ones have their id already)
    QList<std::pair<qint64, StepRecord>> newSteps;
    QList<SyncPoint> syncPoints; // the newest ones only: see addSyncPoint
    QList<AuditEntry> audit;
    bool clockMoved = false;

    PerRegion &region(RegionId id) { return regions[std::size_t(regionIndex(id))]; }

    // The store keeps only the newest sync points (StateStore::kSyncPointHistory); a long advance
    // of the clock must not collect a point per interval in memory first (a year at 60 s is half
    // a million). Trimmed in halves so that adding stays cheap.
    static constexpr qsizetype kSyncPointsKept = 1440;
    void addSyncPoint(const SyncPoint &point)
    {
        syncPoints.append(point);
        if (syncPoints.size() >= 2 * kSyncPointsKept)
            syncPoints.remove(0, syncPoints.size() - kSyncPointsKept);
    }
    // True when the action recorded no change at all (memory still equals the file).
    bool isEmpty() const
    {
        for (const PerRegion &r : regions) {
            if (!r.states.empty() || r.allStates || r.statesReset || r.tree || r.runtime ||
                r.agents || r.hosts || r.connections || r.items || r.copyFrom || r.copyDefinitions)
                return false;
        }
        return !contract && !settings && runs.isEmpty() && newSteps.isEmpty() &&
               syncPoints.isEmpty() && audit.isEmpty() && !clockMoved;
    }
    void states(RegionId id, const std::vector<UnitIndex> &units)
    {
        auto &s = region(id).states;
        s.insert(s.end(), units.begin(), units.end());
    }
    void audited(const QString &action, const QString &details, qint64 runId = 0)
    {
        AuditEntry e;
        e.action = action;
        e.details = details;
        e.runId = runId;
        audit.append(e);
    }
};

} // namespace dr
