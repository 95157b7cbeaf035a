#pragma once

#include "model/RegionState.h"

#include <QHash>

#include <deque>
#include <queue>
#include <vector>

namespace dr {

// The simulated manager of one region: starts root jobnet generations on schedule, starts jobs
// when their predecessors end, runs them on their execution agents within concurrency windows
// and transfer restrictions, and ends them after their simulated duration. Event-driven and
// incremental: work is proportional to what happens, not to the number of units.
//
// The suppression gate lives here: while the manager is suppressed nothing starts (no root
// generation, no job leaves termwait/execwait); jobs already running finish.
class Scheduler
{
public:
    struct Context
    {
        qint64 *execSerial = nullptr; // manager-wide execution ID counter (@A1, @A2, ...)
        quint32 seed = 0;
    };

    Scheduler(RegionData &region, Context context);

    // Rebuilds the running set, agent queues and schedule from the region's statuses (after a
    // load, a start mode or any change made outside the scheduler).
    void rebuild(qint64 nowMs);
    // Processes every event up to `targetMs` (nothing happens while the manager is stopped).
    void advanceTo(qint64 targetMs);
    // The earliest event after now, or 0 when nothing is pending.
    qint64 nextEventMs() const;
    qint64 nowMs() const { return m_now; }

    // Suppression was lifted: skipped/overdue roots are settled, due roots start, every ready
    // job is submitted. Returns the units that started (startedAt), in index order.
    std::vector<UnitIndex> release(qint64 nowMs);
    // Whether a unit in state `s` started at `atMs`: a root jobnet's new generation, or a job
    // handed to its agent (queued, running, or failed to start).
    static bool startedAt(const UnitTree &tree, UnitIndex index, const UnitState &s, qint64 atMs);
    // What the release would start now (ReleasePreview): root jobnets that start a generation
    // and jobs that are submitted, for "what will start" and the pre-flight count.
    std::vector<UnitIndex> pendingAtRelease(qint64 nowMs) const;

    // Overdue root jobnets (domain.md §5): a generation whose start time passed while the
    // manager could not start it (stopped, or suppressed) is marked overdue, taking the region's
    // policy (RegionRuntime::skipOverdue) as its run/skip choice. At the release a skipped one
    // becomes "Skipped so not exe." (or, behind a running generation, is not started); one to
    // run starts, or follows its running generation.
    //
    // Whether an idle root's next generation starts the moment suppression is released.
    static bool startsAtRelease(const UnitState &root, qint64 nowMs);
    // Whether a root is overdue at `nowMs` if the manager cannot start it: registered, not held,
    // due and not marked yet (a running root's next generation can be overdue too).
    static bool comesDue(const UnitState &root, qint64 nowMs);
    // Marks one root (when comesDue) / every such root overdue; the caller knows the manager
    // cannot start them. Returns whether it / how many were marked.
    bool markOverdue(UnitIndex root, qint64 nowMs);
    qint64 markOverdueRoots(qint64 nowMs);

    // Building blocks for operator actions (rules have already allowed them).
    void startGeneration(UnitIndex root, qint64 atMs);
    void endUnit(UnitIndex index, UnitStatus status, qint64 atMs, int exitCode = 0);
    void evaluate(UnitIndex index, qint64 atMs);  // a waiting unit whose parent runs
    void resetUnit(UnitIndex index);              // back to "Wait for prev. to end"
    void recomputeJobnet(UnitIndex jobnet, qint64 atMs);
    void markRunningAncestors(UnitIndex index, qint64 atMs);
    void leaveAgent(UnitIndex job);               // a running or queued job stops using its agent
    void dispatchAll();

    // First scheduled start after `afterMs` (Japan time rules), 0 when none.
    static qint64 nextOccurrence(const Unit &root, qint64 afterMs);

    // Units whose state changed since the last take, each once.
    std::vector<UnitIndex> takeChanged();
    void mark(UnitIndex index);

    RegionData &region() { return m_region; }
    int runningOn(const QString &agent) const;
    int queuedOn(const QString &agent) const;

private:
    using Event = std::pair<qint64, UnitIndex>;
    using EventQueue = std::priority_queue<Event, std::vector<Event>, std::greater<Event>>;

    const UnitTree &tree() const { return *m_region.tree; }
    UnitState &state(UnitIndex i) { return m_region.states[std::size_t(i)]; }
    const UnitState &state(UnitIndex i) const { return m_region.states[std::size_t(i)]; }
    bool suppressed() const { return m_region.runtime.suppressed; }
    static QString agentKey(const QString &name) { return name.toLower(); }

    void startUnit(UnitIndex index, qint64 atMs);
    void enqueue(UnitIndex job, qint64 atMs);
    void dispatch(const QString &key);
    const ExecutionAgent *agentByKey(const QString &key) const;
    void finishJob(UnitIndex job, qint64 atMs);
    qint64 plannedEnd(UnitIndex job) const;

    RegionData &m_region;
    Context m_context;
    qint64 m_now = 0;
    EventQueue m_ends;
    EventQueue m_starts;
    QHash<QString, std::deque<UnitIndex>> m_queues;
    QHash<QString, int> m_running;
    mutable QHash<QString, QString> m_agentSpelling; // agent key → the name as registered
    std::vector<quint8> m_changedMark;
    std::vector<UnitIndex> m_changed;
};

} // namespace dr
