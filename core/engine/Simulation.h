#pragma once

#include "ConsoleState.h"
#include "Mutation.h"
#include "Scheduler.h"
#include "model/Result.h"

#include <QCoreApplication>

#include <array>

namespace dr {

// The facade's view of the engine for one action: the state, both regions' schedulers and the
// mutation that records what changed.
struct EngineContext
{
    ConsoleState &state;
    std::array<Scheduler *, 2> schedulers;
    Mutation &mutation;

    Scheduler &scheduler(RegionId id) { return *schedulers[std::size_t(regionIndex(id))]; }
    // Moves a scheduler's changed units into the mutation (and the pending sync set).
    void collect(RegionId id);
};

// Simulated time, replication and regional outages (domain.md §9).
class Simulation
{
    Q_DECLARE_TR_FUNCTIONS(Simulation)
public:
    // The furthest one advance (or clock set) may move the clock: a year and a day.
    static constexpr qint64 kMaxAdvanceMs = 366LL * 24 * 3600 * 1000;

    // Runs the active manager up to `targetMs`, syncing primary → DR every sync interval.
    static Status advance(EngineContext &ctx, qint64 targetMs);
    static Status setClock(EngineContext &ctx, qint64 targetMs);
    // Why the primary cannot be synced to DR now, or an empty string.
    static QString syncBlocker(const ConsoleState &state);
    static Status syncNow(EngineContext &ctx);
    // Whether advancing to `targetMs` reaches a sync point that copies the definitions and
    // every status to DR (the first one after a definition change).
    static bool copiesDefinitions(const ConsoleState &state, qint64 targetMs);
    static Status declareOutage(EngineContext &ctx, RegionId region);
    static Status restore(EngineContext &ctx, RegionId region);

    // Copies the primary's changes since the last sync point to DR and records the sync point.
    static void sync(EngineContext &ctx, qint64 atMs);
    // Starts a region's manager in a start mode (used by restore and the runbook).
    static void startManager(EngineContext &ctx, RegionId region, StartMode mode, bool suppressed,
                             QJsonObject *summary);

private:
    // The next sync point after the clock and the DR copy's last one.
    static qint64 nextSync(const ConsoleState &state);
    static bool definitionsDiffer(const ConsoleState &state);
};

} // namespace dr
