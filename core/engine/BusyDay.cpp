#include "BusyDay.h"

#include "JapanTime.h"
#include "Scheduler.h"
#include "SimDefaults.h"
#include "rules/Aggregation.h"

#include <algorithm>
#include <limits>

namespace dr {

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::max();

// A predecessor whose end keeps its successors from running (as the scheduler decides it).
bool blocks(UnitStatus s)
{
    return statusClass(s) == StatusClass::Abnormal || s == UnitStatus::Unexec;
}

// Start, end and end status of every unit of one generation, as if every agent were free.
class Timeline
{
public:
    Timeline(const UnitTree &tree, quint32 seed)
        : m_tree(tree), m_seed(seed), m_start(std::size_t(tree.size()), kNever),
          m_end(std::size_t(tree.size()), kNever),
          m_result(std::size_t(tree.size()), UnitStatus::Normal),
          m_exit(std::size_t(tree.size()), 0)
    {}

    // Runs the children of `jobnet` from `at`; returns when the last one ends. Siblings'
    // predecessors come first in index order (generated relations point forward).
    qint64 run(UnitIndex jobnet, qint64 at)
    {
        qint64 last = at;
        bool anyAbnormal = false, anyWarning = false;
        for (UnitIndex c : m_tree.children(jobnet)) {
            const Unit &u = m_tree.unit(c);
            if (!isExecutable(u.type))
                continue;
            qint64 start = at;
            bool blocked = false;
            for (UnitIndex p : m_tree.predecessors(c)) {
                start = std::max(start, m_end[std::size_t(p)]);
                blocked = blocked || blocks(m_result[std::size_t(p)]);
            }
            const auto i = std::size_t(c);
            m_start[i] = start;
            if (blocked) {
                m_end[i] = start;
                m_result[i] = UnitStatus::Unexec;
            } else if (unitKind(u.type) == UnitKind::Jobnet) {
                m_end[i] = run(c, start);
                m_result[i] = m_lastAggregate;
            } else {
                m_end[i] = start + sim::durationMs(m_tree, c, m_seed);
                const SimOutcome o = sim::outcome(m_tree, c, start, m_seed);
                m_result[i] = o == SimOutcome::Abnormal  ? UnitStatus::Abnormal
                              : o == SimOutcome::Warning ? UnitStatus::Warning
                                                         : UnitStatus::Normal;
                m_exit[i] = sim::exitCode(u, o);
            }
            last = std::max(last, m_end[i]);
            const StatusClass cls = statusClass(m_result[i]);
            anyAbnormal = anyAbnormal || cls == StatusClass::Abnormal;
            anyWarning = anyWarning || cls == StatusClass::Warning;
        }
        m_lastAggregate = anyAbnormal  ? UnitStatus::Abnormal
                          : anyWarning ? UnitStatus::Warning
                                       : UnitStatus::Normal;
        return last;
    }

    // The state of unit `i` of a generation started at `rootStart`, seen at `now`.
    UnitState stateAt(UnitIndex i, qint64 now, qint32 serial) const
    {
        const auto k = std::size_t(i);
        UnitState s;
        s.execSerial = serial;
        if (m_start[k] == kNever || m_start[k] > now) {
            s.status = UnitStatus::TermWait;
            return s;
        }
        if (m_result[k] == UnitStatus::Unexec) {
            s.status = UnitStatus::Unexec;
            s.endMs = m_start[k];
            return s;
        }
        s.startMs = m_start[k];
        const UnitKind kind = unitKind(m_tree.unit(i).type);
        if (m_end[k] > now) {
            s.status = kind == UnitKind::EventJob ? UnitStatus::Monitoring : UnitStatus::Running;
            return s;
        }
        s.status = m_result[k];
        s.endMs = m_end[k];
        s.exitCode = m_exit[k];
        return s;
    }

    void startRoot(UnitIndex root, qint64 at)
    {
        m_start[std::size_t(root)] = at;
        m_end[std::size_t(root)] = run(root, at);
        m_result[std::size_t(root)] = m_lastAggregate;
    }

private:
    const UnitTree &m_tree;
    quint32 m_seed;
    std::vector<qint64> m_start;
    std::vector<qint64> m_end;
    std::vector<UnitStatus> m_result;
    std::vector<qint32> m_exit;
    UnitStatus m_lastAggregate = UnitStatus::Normal;
};

qint64 firstStart(const Unit &root)
{
    if (!root.details || root.details->schedule.isEmpty())
        return 0;
    const ScheduleRule &rule = root.details->schedule.first();
    return rule.startDate.isValid() ? jst::toUtcMs(rule.startDate, rule.startMinute) : 0;
}

} // namespace

std::vector<UnitState> BusyDay::states(const UnitTree &tree, qint64 nowMs, qint64 firstSerial,
                                       quint32 simSeed, qint64 &lastSerial)
{
    std::vector<UnitState> states(std::size_t(tree.size()));
    Timeline timeline(tree, simSeed);
    // Execution IDs are handed out in the order generations started.
    std::vector<std::pair<qint64, UnitIndex>> started;
    for (UnitIndex root : tree.rootJobnets()) {
        const qint64 at = firstStart(tree.unit(root));
        if (at > 0 && at <= nowMs) {
            started.emplace_back(at, root);
            continue;
        }
        // Not started yet: the root waits for its start time, its units are not planned.
        for (UnitIndex i : tree.subtree(root))
            states[std::size_t(i)].status = UnitStatus::NoPlan;
        UnitState &r = states[std::size_t(root)];
        r.status = at > 0 ? UnitStatus::TimeWait : UnitStatus::Unregistered;
        r.scheduledMs = at;
    }
    std::sort(started.begin(), started.end());
    qint64 serial = firstSerial;
    for (const auto &[at, root] : started) {
        ++serial;
        timeline.startRoot(root, at);
        for (UnitIndex i : tree.subtree(root)) {
            if (isExecutable(tree.unit(i).type))
                states[std::size_t(i)] = timeline.stateAt(i, nowMs, qint32(serial));
        }
        states[std::size_t(root)].scheduledMs = Scheduler::nextOccurrence(tree.unit(root), at);
    }
    lastSerial = serial;
    // Running jobnets show whether a child already ended abnormally or with a warning (bottom-up:
    // children have larger indexes). Only running ones: a nested jobnet that ended "Not executed"
    // keeps that status although its children never started.
    for (UnitIndex i = UnitIndex(tree.size()) - 1; i >= 0; --i) {
        UnitState &s = states[std::size_t(i)];
        if (unitKind(tree.unit(i).type) == UnitKind::Jobnet && s.status == UnitStatus::Running)
            s.status = Aggregation::statusFor(Aggregation::count(tree, states, i), s.status);
    }
    return states;
}

} // namespace dr
