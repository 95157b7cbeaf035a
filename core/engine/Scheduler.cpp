#include "Scheduler.h"

#include "JapanTime.h"
#include "ReleasePreview.h"
#include "SimDefaults.h"
#include "rules/Aggregation.h"

#include <algorithm>
#include <limits>

namespace dr {

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::max();
constexpr qint64 kWindowStepMs = 30 * jst::kMinuteMs;

// A predecessor that lets its successors run: ended normally or with warning (Not executed +
// Ended excepted), or an abnormal one that a rerun "from the job after it" treats as normal.
bool satisfies(const UnitState &s)
{
    if (s.has(FlagSatisfied))
        return true;
    const StatusClass cls = statusClass(s.status);
    return (cls == StatusClass::Normal || cls == StatusClass::Warning) && s.status != UnitStatus::Unexec;
}

// A predecessor whose end means its normal successors will not run.
bool blocks(const UnitState &s)
{
    if (s.has(FlagSatisfied))
        return false;
    return statusClass(s.status) == StatusClass::Abnormal || s.status == UnitStatus::Unexec;
}

// A registered root jobnet with no generation running or held.
bool idleRoot(const UnitState &s)
{
    return s.status != UnitStatus::Unregistered && !isRunningStatus(s.status) &&
           s.status != UnitStatus::Holding;
}

// A root jobnet whose next generation would start at once: idle and not on hold.
bool canStartGeneration(const UnitState &s)
{
    return idleRoot(s) && !s.has(FlagHold);
}

bool isDue(const UnitState &s, qint64 nowMs)
{
    return s.scheduledMs > 0 && s.scheduledMs <= nowMs;
}

} // namespace

bool Scheduler::startsAtRelease(const UnitState &root, qint64 nowMs)
{
    if (!canStartGeneration(root))
        return false;
    if (root.has(FlagOverdue))
        return !root.has(FlagSkipOverdue);
    return isDue(root, nowMs);
}

bool Scheduler::comesDue(const UnitState &root, qint64 nowMs)
{
    return !root.has(FlagOverdue) && root.status != UnitStatus::Unregistered &&
           root.status != UnitStatus::Holding && !root.has(FlagHold) && isDue(root, nowMs);
}

bool Scheduler::markOverdue(UnitIndex root, qint64 nowMs)
{
    UnitState &s = state(root);
    if (!comesDue(s, nowMs))
        return false;
    s.set(FlagOverdue);
    s.set(FlagSkipOverdue, m_region.runtime.skipOverdue);
    mark(root);
    return true;
}

qint64 Scheduler::markOverdueRoots(qint64 nowMs)
{
    qint64 marked = 0;
    for (UnitIndex root : tree().rootJobnets())
        marked += markOverdue(root, nowMs) ? 1 : 0;
    return marked;
}

Scheduler::Scheduler(RegionData &region, Context context) : m_region(region), m_context(context)
{
}

void Scheduler::mark(UnitIndex index)
{
    if (m_changedMark.size() != std::size_t(tree().size()))
        m_changedMark.assign(std::size_t(tree().size()), 0);
    if (!m_changedMark[std::size_t(index)]) {
        m_changedMark[std::size_t(index)] = 1;
        m_changed.push_back(index);
    }
}

std::vector<UnitIndex> Scheduler::takeChanged()
{
    for (UnitIndex i : m_changed)
        m_changedMark[std::size_t(i)] = 0;
    return std::exchange(m_changed, {});
}

qint64 Scheduler::plannedEnd(UnitIndex job) const
{
    return state(job).startMs + sim::durationMs(tree(), job, m_context.seed);
}

void Scheduler::rebuild(qint64 nowMs)
{
    m_now = nowMs;
    m_ends = {};
    m_starts = {};
    m_queues.clear();
    m_running.clear();
    m_changed.clear();
    m_changedMark.assign(std::size_t(tree().size()), 0);
    // A sync rebuilds the DR manager every interval: look at the status first (a linear scan of
    // the statuses), at the definition only for the few units that run or queue.
    const std::vector<UnitState> &states = m_region.states;
    for (std::size_t k = 0; k < states.size(); ++k) {
        const UnitStatus status = states[k].status;
        const bool queued = status == UnitStatus::Queuing;
        if (!queued && !isRunningStatus(status))
            continue;
        const auto i = UnitIndex(k);
        if (!usesAgent(tree().unit(i).type))
            continue;
        if (queued) {
            m_queues[agentKey(tree().effectiveAgent(i))].push_back(i);
        } else {
            m_ends.push({plannedEnd(i), i});
            m_running[agentKey(tree().effectiveAgent(i))] += 1;
        }
    }
    for (UnitIndex root : tree().rootJobnets()) {
        if (state(root).scheduledMs > 0)
            m_starts.push({state(root).scheduledMs, root});
    }
    for (auto it = m_queues.begin(); it != m_queues.end(); ++it) {
        std::sort(it->begin(), it->end(), [this](UnitIndex a, UnitIndex b) {
            return std::pair(state(a).scheduledMs, a) < std::pair(state(b).scheduledMs, b);
        });
    }
}

qint64 Scheduler::nextEventMs() const
{
    qint64 next = kNever;
    if (!m_ends.empty())
        next = std::min(next, m_ends.top().first);
    if (!m_starts.empty()) // while suppressed, a start that comes due makes the jobnet overdue
        next = std::min(next, m_starts.top().first);
    for (auto it = m_queues.cbegin(); it != m_queues.cend(); ++it) {
        if (!it->empty()) {
            next = std::min(next, (m_now / kWindowStepMs + 1) * kWindowStepMs);
            break;
        }
    }
    return next == kNever ? 0 : next;
}

void Scheduler::advanceTo(qint64 targetMs)
{
    if (!m_region.runtime.managerRunning) {
        m_now = std::max(m_now, targetMs);
        return;
    }
    while (true) {
        const qint64 next = nextEventMs();
        if (next == 0 || next > targetMs)
            break;
        m_now = std::max(m_now, next);
        while (!m_ends.empty() && m_ends.top().first <= next) {
            const auto [at, job] = m_ends.top();
            m_ends.pop();
            if (isRunningStatus(state(job).status) && plannedEnd(job) == at)
                finishJob(job, at);
        }
        while (!m_starts.empty() && m_starts.top().first <= next) {
            const auto [at, root] = m_starts.top();
            m_starts.pop();
            if (state(root).scheduledMs != at)
                continue; // stale: rescheduled meanwhile
            if (suppressed()) {
                markOverdue(root, at); // it starts (or is skipped) at release
                continue;
            }
            const UnitState &s = state(root);
            if (isRunningStatus(s.status) || s.status == UnitStatus::Holding)
                continue; // starts when the running generation ends or the hold is released
            startGeneration(root, at);
        }
        dispatchAll();
    }
    m_now = std::max(m_now, targetMs);
}

void Scheduler::startGeneration(UnitIndex root, qint64 atMs)
{
    UnitState &r = state(root);
    if (r.has(FlagHold)) {
        r.status = UnitStatus::Holding;
        mark(root);
        return;
    }
    const qint32 serial = qint32(++*m_context.execSerial);
    for (UnitIndex i : tree().subtree(root)) {
        if (i == root || !isExecutable(tree().unit(i).type))
            continue;
        UnitState &s = state(i);
        if (usesAgent(tree().unit(i).type))
            leaveAgent(i);
        s = UnitState{};
        s.status = UnitStatus::TermWait;
        s.execSerial = serial;
        mark(i);
    }
    r.status = UnitStatus::Running;
    r.startMs = atMs;
    r.endMs = 0;
    r.exitCode = 0;
    r.execSerial = serial;
    r.flags = 0;
    r.scheduledMs = nextOccurrence(tree().unit(root), atMs);
    if (r.scheduledMs > 0)
        m_starts.push({r.scheduledMs, root});
    mark(root);
    for (UnitIndex child : tree().children(root)) {
        if (isExecutable(tree().unit(child).type) && state(child).status == UnitStatus::TermWait)
            evaluate(child, atMs);
    }
    recomputeJobnet(root, atMs);
}

void Scheduler::evaluate(UnitIndex index, qint64 atMs)
{
    if (suppressed() || state(index).status != UnitStatus::TermWait)
        return;
    const Unit &u = tree().unit(index);
    const UnitKind kind = unitKind(u.type);
    const auto preds = tree().predecessors(index);
    bool allEnded = true, anySatisfied = false, anyBlocking = false, anyAbnormal = false;
    bool judgedFalse = false;
    for (UnitIndex p : preds) {
        const UnitState &ps = state(p);
        if (!isEndStatus(ps.status)) {
            allEnded = false;
            continue;
        }
        anySatisfied = anySatisfied || satisfies(ps);
        anyBlocking = anyBlocking || blocks(ps);
        anyAbnormal = anyAbnormal || (statusClass(ps.status) == StatusClass::Abnormal && !ps.has(FlagSatisfied));
        if (ps.status == UnitStatus::NormalFalse && unitKind(tree().unit(p).type) == UnitKind::JudgmentJob &&
            tree().relationKind(p, index) == RelationKind::Conditional)
            judgedFalse = true;
    }
    if (kind == UnitKind::OrJob) {
        if (anySatisfied)
            startUnit(index, atMs);
        else if (allEnded)
            endUnit(index, UnitStatus::Unexec, atMs);
        return;
    }
    if (!allEnded)
        return;
    if (isRecoveryType(u.type)) {
        if (anyAbnormal)
            startUnit(index, atMs);
        else
            endUnit(index, UnitStatus::Unexec, atMs);
        return;
    }
    if (anyBlocking)
        endUnit(index, UnitStatus::Unexec, atMs);
    else if (judgedFalse)
        endUnit(index, UnitStatus::Bypass, atMs);
    else
        startUnit(index, atMs);
}

void Scheduler::startUnit(UnitIndex index, qint64 atMs)
{
    UnitState &s = state(index);
    s.set(FlagResubmit, false);
    if (s.has(FlagHold)) {
        s.status = UnitStatus::Holding;
        mark(index);
        return;
    }
    const Unit &u = tree().unit(index);
    switch (unitKind(u.type)) {
    case UnitKind::Jobnet:
        s.status = UnitStatus::Running;
        s.startMs = atMs;
        s.endMs = 0;
        mark(index);
        for (UnitIndex child : tree().children(index)) {
            if (isExecutable(tree().unit(child).type) && state(child).status == UnitStatus::TermWait)
                evaluate(child, atMs);
        }
        recomputeJobnet(index, atMs);
        return;
    case UnitKind::Job:
    case UnitKind::EventJob:
        enqueue(index, atMs);
        return;
    case UnitKind::JudgmentJob: {
        s.startMs = atMs;
        const SimOutcome o = sim::outcome(tree(), index, atMs, m_context.seed);
        endUnit(index, o == SimOutcome::False ? UnitStatus::NormalFalse : UnitStatus::Normal, atMs);
        return;
    }
    case UnitKind::OrJob:
    case UnitKind::Connector:
        s.startMs = atMs;
        endUnit(index, UnitStatus::Normal, atMs);
        return;
    default:
        return;
    }
}

void Scheduler::enqueue(UnitIndex job, qint64 atMs)
{
    UnitState &s = state(job);
    const ExecutionAgent *agent = m_region.findAgent(tree().effectiveAgent(job));
    if (!agent || agent->restriction == TransferRestriction::Ineffective ||
        agent->restriction == TransferRestriction::Blockade) {
        s.startMs = atMs;
        endUnit(job, UnitStatus::Failed, atMs, -1);
        return;
    }
    s.status = UnitStatus::Queuing;
    s.scheduledMs = atMs;
    s.startMs = 0;
    s.endMs = 0;
    mark(job);
    const QString key = agentKey(agent->name);
    m_queues[key].push_back(job);
    dispatch(key);
}

void Scheduler::dispatchAll()
{
    const QStringList keys = m_queues.keys();
    for (const QString &key : keys)
        dispatch(key);
}

void Scheduler::dispatch(const QString &key)
{
    auto queue = m_queues.find(key);
    if (queue == m_queues.end() || queue->empty())
        return; // nothing waits for this agent (dispatchAll asks for every agent, every event)
    const ExecutionAgent *agent = agentByKey(key);
    if (!agent) {
        // The agent was removed while jobs waited for it: they cannot be sent anywhere.
        while (!queue->empty()) {
            const UnitIndex job = queue->front();
            queue->pop_front();
            if (state(job).status == UnitStatus::Queuing) {
                state(job).startMs = m_now;
                endUnit(job, UnitStatus::Failed, m_now, -1);
            }
        }
        return;
    }
    if (agent->restriction == TransferRestriction::Hold ||
        agent->restriction == TransferRestriction::Blockade)
        return; // jobs wait in "Now queuing"
    const quint32 limit = agent->limitAt(jst::minuteOfDay(m_now));
    int &running = m_running[key];
    while (!queue->empty() && quint32(running) < limit) {
        const UnitIndex job = queue->front();
        queue->pop_front();
        UnitState &s = state(job);
        if (s.status != UnitStatus::Queuing)
            continue; // changed by an operator meanwhile
        s.status = unitKind(tree().unit(job).type) == UnitKind::EventJob ? UnitStatus::Monitoring
                                                                         : UnitStatus::Running;
        s.startMs = m_now;
        ++running;
        m_ends.push({plannedEnd(job), job});
        mark(job);
    }
}

const ExecutionAgent *Scheduler::agentByKey(const QString &key) const
{
    // Keys are lower case, agent names usually not: remember the spelling so that the exact
    // (fast) comparison finds the agent next time; a renamed or removed agent falls through.
    const auto known = m_agentSpelling.constFind(key);
    if (known != m_agentSpelling.cend()) {
        const ExecutionAgent *a = m_region.findAgent(*known);
        if (a && a->name.compare(key, Qt::CaseInsensitive) == 0)
            return a;
    }
    const ExecutionAgent *a = m_region.findAgent(key);
    if (a)
        m_agentSpelling.insert(key, a->name);
    return a;
}

void Scheduler::leaveAgent(UnitIndex job)
{
    const UnitStatus status = state(job).status;
    if (isRunningStatus(status)) {
        int &running = m_running[agentKey(tree().effectiveAgent(job))];
        running = std::max(0, running - 1);
    }
    // Queue entries of a job that is no longer queuing are skipped when reached.
}

void Scheduler::finishJob(UnitIndex job, qint64 atMs)
{
    leaveAgent(job);
    const SimOutcome o = sim::outcome(tree(), job, state(job).startMs, m_context.seed);
    const UnitStatus status = o == SimOutcome::Abnormal  ? UnitStatus::Abnormal
                              : o == SimOutcome::Warning ? UnitStatus::Warning
                                                         : UnitStatus::Normal;
    endUnit(job, status, atMs, sim::exitCode(tree().unit(job), o));
    dispatch(agentKey(tree().effectiveAgent(job)));
}

void Scheduler::endUnit(UnitIndex index, UnitStatus status, qint64 atMs, int exitCode)
{
    UnitState &s = state(index);
    s.status = status;
    s.endMs = atMs;
    s.exitCode = exitCode;
    if (s.startMs == 0 && status != UnitStatus::Unexec && status != UnitStatus::Bypass &&
        status != UnitStatus::ExecDeffer)
        s.startMs = atMs;
    mark(index);
    const Unit &u = tree().unit(index);
    if (u.parent != kNoUnit && unitKind(tree().unit(u.parent).type) == UnitKind::Jobnet) {
        if (isRunningStatus(state(u.parent).status)) {
            for (UnitIndex next : tree().successors(index)) {
                if (state(next).status == UnitStatus::TermWait)
                    evaluate(next, atMs);
            }
        }
        recomputeJobnet(u.parent, atMs);
    }
    if (tree().isRootJobnet(index) && m_region.runtime.managerRunning) {
        // A generation that came due while this one ran starts now, or, while suppressed, is
        // overdue.
        if (suppressed())
            markOverdue(index, atMs);
        else if (isDue(state(index), atMs))
            startGeneration(index, atMs);
    }
}

void Scheduler::recomputeJobnet(UnitIndex jobnet, qint64 atMs)
{
    UnitState &s = state(jobnet);
    const Aggregation::Counts counts = Aggregation::count(tree(), m_region.states, jobnet);
    const UnitStatus next = Aggregation::statusFor(counts, s.status);
    if (Aggregation::finished(counts) && counts.total > 0 && !isEndStatus(s.status) &&
        isRunningStatus(s.status)) {
        endUnit(jobnet, next, atMs);
        return;
    }
    if (counts.total == 0 && isRunningStatus(s.status)) {
        endUnit(jobnet, UnitStatus::Normal, atMs);
        return;
    }
    if (next == s.status)
        return;
    const bool wasEnded = isEndStatus(s.status);
    s.status = next;
    mark(jobnet);
    // An ended jobnet whose result changed (a child's status was changed): its parent follows.
    const UnitIndex parent = tree().unit(jobnet).parent;
    if (wasEnded && parent != kNoUnit && unitKind(tree().unit(parent).type) == UnitKind::Jobnet)
        recomputeJobnet(parent, atMs);
}

void Scheduler::resetUnit(UnitIndex index)
{
    UnitState &s = state(index);
    if (usesAgent(tree().unit(index).type))
        leaveAgent(index);
    const qint32 serial = s.execSerial;
    const qint64 scheduled = tree().isRootJobnet(index) ? s.scheduledMs : 0;
    s = UnitState{};
    s.status = UnitStatus::TermWait;
    s.execSerial = serial;
    s.scheduledMs = scheduled;
    mark(index);
}

void Scheduler::markRunningAncestors(UnitIndex index, qint64 atMs)
{
    for (UnitIndex p = tree().unit(index).parent; p != kNoUnit; p = tree().unit(p).parent) {
        if (unitKind(tree().unit(p).type) != UnitKind::Jobnet)
            break;
        UnitState &s = state(p);
        if (!isRunningStatus(s.status)) {
            s.status = UnitStatus::Running;
            s.endMs = 0;
            if (s.startMs == 0)
                s.startMs = atMs;
            mark(p);
        }
    }
}

std::vector<UnitIndex> Scheduler::pendingAtRelease(qint64 nowMs) const
{
    return ReleasePreview::units(m_region, nowMs, m_context);
}

std::vector<UnitIndex> Scheduler::release(qint64 nowMs)
{
    m_now = std::max(m_now, nowMs);
    m_region.runtime.skipOverdue = false; // the choice held until this release
    const std::size_t before = m_changed.size();
    for (UnitIndex root : tree().rootJobnets()) {
        UnitState &s = state(root);
        const bool overdue = s.has(FlagOverdue);
        const bool skip = overdue && s.has(FlagSkipOverdue);
        if (s.has(FlagOverdue) || s.has(FlagSkipOverdue)) {
            s.set(FlagOverdue, false);
            s.set(FlagSkipOverdue, false);
            mark(root);
        }
        if (isRunningStatus(s.status)) {
            // The overdue generation follows the running one when it ends (endUnit), unless it
            // is skipped: then the next one is planned.
            if (skip) {
                s.scheduledMs = nextOccurrence(tree().unit(root), m_now);
                if (s.scheduledMs > 0)
                    m_starts.push({s.scheduledMs, root});
            }
            continue;
        }
        if (!idleRoot(s))
            continue;
        if (skip && !s.has(FlagHold)) {
            // The overdue generation is skipped: "Skipped so not exe.", the next one is planned.
            const qint32 serial = qint32(++*m_context.execSerial);
            for (UnitIndex i : tree().subtree(root)) {
                if (i == root || !isExecutable(tree().unit(i).type))
                    continue;
                state(i) = UnitState{};
                state(i).status = UnitStatus::NoPlan;
                state(i).execSerial = serial;
                mark(i);
            }
            s.status = UnitStatus::ExecDeffer;
            s.execSerial = serial;
            s.startMs = 0;
            s.endMs = m_now;
            s.flags = 0;
            s.scheduledMs = nextOccurrence(tree().unit(root), m_now);
            if (s.scheduledMs > 0)
                m_starts.push({s.scheduledMs, root});
            mark(root);
            continue;
        }
        // A held root that is due enters "Being held" (startGeneration).
        if (overdue ? !skip : isDue(s, m_now))
            startGeneration(root, m_now);
    }
    for (UnitIndex i = 0; i < tree().size(); ++i) {
        const Unit &u = tree().unit(i);
        if (!isExecutable(u.type) || state(i).status != UnitStatus::TermWait || u.parent == kNoUnit)
            continue;
        if (unitKind(tree().unit(u.parent).type) == UnitKind::Jobnet &&
            isRunningStatus(state(u.parent).status))
            evaluate(i, m_now);
    }
    dispatchAll();
    std::vector<UnitIndex> started;
    for (std::size_t k = before; k < m_changed.size(); ++k) {
        if (startedAt(tree(), m_changed[k], state(m_changed[k]), m_now))
            started.push_back(m_changed[k]);
    }
    std::sort(started.begin(), started.end());
    return started;
}

bool Scheduler::startedAt(const UnitTree &tree, UnitIndex index, const UnitState &s, qint64 atMs)
{
    if (tree.isRootJobnet(index)) // a new generation ("Skipped so not exe." has no start)
        return s.startMs == atMs && s.status != UnitStatus::ExecDeffer;
    if (!usesAgent(tree.unit(index).type))
        return false;
    switch (s.status) {
    case UnitStatus::Queuing:
        return s.scheduledMs == atMs;
    case UnitStatus::Failed:
        return s.endMs == atMs && s.startMs == atMs;
    default:
        return isRunningStatus(s.status) && s.startMs == atMs;
    }
}

qint64 Scheduler::nextOccurrence(const Unit &root, qint64 afterMs)
{
    if (!root.details)
        return 0;
    qint64 best = 0;
    const QDate afterDate = jst::date(afterMs);
    for (const ScheduleRule &rule : root.details->schedule) {
        const QDate base = rule.startDate.isValid() ? rule.startDate : QDate(2000, 1, 1);
        auto at = [&](qint64 k) -> qint64 {
            QDate d = base;
            switch (rule.cycleUnit) {
            case CycleUnit::Day: d = base.addDays(k * rule.cycleCount); break;
            case CycleUnit::Week: d = base.addDays(7 * k * rule.cycleCount); break;
            case CycleUnit::Month: d = base.addMonths(int(k * rule.cycleCount)); break;
            case CycleUnit::Year: d = base.addYears(int(k * rule.cycleCount)); break;
            case CycleUnit::None: break;
            }
            return jst::toUtcMs(d, rule.startMinute);
        };
        qint64 found = 0;
        if (rule.cycleUnit == CycleUnit::None || rule.cycleCount <= 0) {
            const qint64 t = at(0);
            found = t > afterMs ? t : 0;
        } else {
            // Estimate k from the day distance, then step to the first occurrence after.
            qint64 periodDays = rule.cycleCount;
            if (rule.cycleUnit == CycleUnit::Week)
                periodDays *= 7;
            else if (rule.cycleUnit == CycleUnit::Month)
                periodDays *= 28;
            else if (rule.cycleUnit == CycleUnit::Year)
                periodDays *= 365;
            qint64 k = std::max<qint64>(0, base.daysTo(afterDate) / periodDays - 2);
            while (at(k) <= afterMs)
                ++k;
            found = at(k);
        }
        if (found > 0 && (best == 0 || found < best))
            best = found;
    }
    return best;
}

int Scheduler::runningOn(const QString &agent) const
{
    return m_running.value(agentKey(agent));
}

int Scheduler::queuedOn(const QString &agent) const
{
    int n = 0;
    for (UnitIndex job : m_queues.value(agentKey(agent))) {
        if (state(job).status == UnitStatus::Queuing)
            ++n;
    }
    return n;
}

} // namespace dr
