#include "StartModeRules.h"

#include "Aggregation.h"

#include <array>

namespace dr {

namespace {

using R = StartRule;
using S = UnitStatus;
using T = StartModeRules::Target;

constexpr quint32 statusBits(std::initializer_list<UnitStatus> list)
{
    quint32 bits = 0;
    for (UnitStatus s : list)
        bits |= quint32(1) << int(s);
    return bits;
}

constexpr quint8 classBits(std::initializer_list<StatusClass> list)
{
    quint8 bits = 0;
    for (StatusClass c : list)
        bits = quint8(bits | (1 << int(c)));
    return bits;
}

constexpr quint8 targetBits(std::initializer_list<T> list)
{
    quint8 bits = 0;
    for (T t : list)
        bits = quint8(bits | (1 << int(t)));
    return bits;
}

constexpr quint32 kAnyStatus = (quint32(1) << kStatusCount) - 1;
constexpr quint8 kJobs = targetBits({T::Job, T::EventJob});
constexpr quint8 kJobnets = targetBits({T::Jobnet});
constexpr quint8 kAnyTarget = targetBits({T::Job, T::EventJob, T::Jobnet});
// End statuses by class: kept, and under the disaster rule the abnormal ones need review.
constexpr quint8 kEndedFine = classBits({StatusClass::Normal, StatusClass::Warning});
constexpr quint8 kEndedAbnormal = classBits({StatusClass::Abnormal});
// Not yet handed to the manager's queue: nothing was lost.
constexpr quint32 kNotQueued =
    statusBits({S::Unregistered, S::NoPlan, S::TimeWait, S::TermWait, S::CondWait, S::Holding});
// Handed to the manager, not yet to an agent.
constexpr quint32 kQueued = statusBits({S::ExecWait, S::Queuing});
// On an agent: the outcome is unknowable from the copied data.
constexpr quint32 kOnAgent = statusBits({S::Running, S::WarningRunning, S::AbendRunning});
constexpr quint32 kMonitoring = statusBits({S::Monitoring});

// domain.md §5. Cold, warm and hot are policy where the scheduler's exact table was not
// available; disaster is the disaster-recovery start of the DR option.
constexpr StartRuleRow kTable[] = {
    {StartMode::Cold, kAnyStatus, 0, kAnyTarget, R::Dropped, S::Unregistered},

    {StartMode::Warm, kAnyStatus, 0, kJobnets, R::JobnetRecomputed, std::nullopt},
    {StartMode::Warm, 0, kEndedFine, kJobs, R::EndUnchanged, std::nullopt},
    {StartMode::Warm, 0, kEndedAbnormal, kJobs, R::EndUnchanged, std::nullopt},
    {StartMode::Warm, kNotQueued, 0, kJobs, R::WaitUnchanged, std::nullopt},
    {StartMode::Warm, kQueued, 0, kJobs, R::QueuedFailed, S::Failed},
    {StartMode::Warm, kOnAgent | kMonitoring, 0, kJobs, R::RunningKilled, S::Killed},

    {StartMode::Hot, kAnyStatus, 0, kJobnets, R::JobnetRecomputed, std::nullopt},
    {StartMode::Hot, 0, kEndedFine, kJobs, R::EndUnchanged, std::nullopt},
    {StartMode::Hot, 0, kEndedAbnormal, kJobs, R::EndUnchanged, std::nullopt},
    {StartMode::Hot, kNotQueued, 0, kJobs, R::WaitUnchanged, std::nullopt},
    {StartMode::Hot, kQueued, 0, kJobs, R::QueuedResubmit, S::TermWait, false, R::QueuedUnexec,
     S::Unexec},
    {StartMode::Hot, kOnAgent | kMonitoring, 0, kJobs, R::RunningKept, std::nullopt},

    {StartMode::Disaster, kAnyStatus, 0, kJobnets, R::JobnetRecomputed, std::nullopt},
    {StartMode::Disaster, 0, kEndedFine, kJobs, R::EndUnchanged, std::nullopt},
    {StartMode::Disaster, 0, kEndedAbnormal, kJobs, R::EndUnchanged, std::nullopt, true},
    {StartMode::Disaster, kNotQueued, 0, kJobs, R::WaitUnchanged, std::nullopt},
    {StartMode::Disaster, kQueued, 0, kJobs, R::QueuedResubmit, S::TermWait, false, R::QueuedUnexec,
     S::Unexec},
    {StartMode::Disaster, kOnAgent, 0, kJobs, R::RunningUnknown, S::Unknown, true},
    {StartMode::Disaster, kMonitoring, 0, kJobs, R::MonitoringUnknown, S::Unknown, true},
};

constexpr int kModeCount = 4;

// The table laid out by (mode, status, target) for the million-unit pass of apply(): built once
// from kTable, so it says nothing of its own.
struct Lookup
{
    std::array<const StartRuleRow *, kModeCount * kStatusCount * StartModeRules::kTargetCount>
        rows{};

    static int key(StartMode mode, UnitStatus status, T target)
    {
        return (int(mode) * kStatusCount + int(status)) * StartModeRules::kTargetCount +
               int(target);
    }
    Lookup()
    {
        for (const StartRuleRow &r : kTable) {
            for (int m = 0; m < kModeCount; ++m) {
                for (int s = 0; s < kStatusCount; ++s) {
                    for (int t = 0; t < StartModeRules::kTargetCount; ++t) {
                        const int k = key(StartMode(m), UnitStatus(s), T(t));
                        if (!rows[std::size_t(k)] &&
                            StartModeRules::covers(r, StartMode(m), UnitStatus(s), T(t)))
                            rows[std::size_t(k)] = &r;
                    }
                }
            }
        }
    }
};

const Lookup &lookup()
{
    static const Lookup table;
    return table;
}

// A predecessor ended in class abnormal in the copied data: a resubmitted job would never
// start, so it ends "Not executed + Ended" instead. `before` holds the statuses as copied, so a
// predecessor this start turns into "unknown" does not count.
bool predecessorAbnormal(const UnitTree &tree, const std::vector<UnitState> &states,
                         const std::vector<UnitStatus> &before, UnitIndex i)
{
    for (UnitIndex p : tree.predecessors(i)) {
        if (statusClass(before[std::size_t(p)]) == StatusClass::Abnormal &&
            !states[std::size_t(p)].has(FlagSatisfied))
            return true;
    }
    return false;
}

} // namespace

StartModeRules::Target StartModeRules::targetOf(UnitType type)
{
    switch (unitKind(type)) {
    case UnitKind::Jobnet:
        return Target::Jobnet;
    case UnitKind::EventJob:
        return Target::EventJob;
    default:
        return Target::Job;
    }
}

std::span<const StartRuleRow> StartModeRules::table()
{
    return kTable;
}

bool StartModeRules::covers(const StartRuleRow &row, StartMode mode, UnitStatus status,
                            Target target)
{
    if (row.mode != mode || (row.targets & (1 << int(target))) == 0)
        return false;
    return (row.statuses & (quint32(1) << int(status))) != 0 ||
           (row.classes & (1 << int(statusClass(status)))) != 0;
}

const StartRuleRow &StartModeRules::row(StartMode mode, UnitStatus status, Target target)
{
    // Every combination is covered (the exhaustive test checks it); the first row is the fallback
    // that keeps a lookup total even so.
    const StartRuleRow *r = lookup().rows[std::size_t(Lookup::key(mode, status, target))];
    return r ? *r : kTable[0];
}

StartRuleOutcome StartModeRules::outcome(StartMode mode, UnitStatus status, Target target)
{
    const StartRuleRow &r = row(mode, status, target);
    return {r.rule, r.next, r.review};
}

StartModeResult StartModeRules::apply(StartMode mode, const UnitTree &tree, std::vector<UnitState> &states)
{
    StartModeResult result;
    std::vector<UnitStatus> copied(states.size());
    for (std::size_t i = 0; i < states.size(); ++i)
        copied[i] = states[i].status;
    std::vector<quint8> touched(std::size_t(tree.size()), 0);
    auto touch = [&](UnitIndex i) {
        if (!touched[std::size_t(i)]) {
            touched[std::size_t(i)] = 1;
            result.touched.push_back(i);
        }
    };
    for (UnitIndex i = 0; i < tree.size(); ++i) {
        const Unit &u = tree.unit(i);
        if (!isExecutable(u.type))
            continue;
        UnitState &s = states[std::size_t(i)];
        const StartRuleRow &o = row(mode, s.status, targetOf(u.type));
        const UnitStatus before = s.status;
        const quint8 flagsBefore = s.flags;
        if (mode == StartMode::Cold) {
            s = UnitState{};
        } else if (o.next) {
            StartRule rule = o.rule;
            UnitStatus next = *o.next;
            if (o.afterAbnormalRule && predecessorAbnormal(tree, states, copied, i)) {
                rule = *o.afterAbnormalRule;
                next = o.afterAbnormalNext.value_or(next);
            }
            s.status = next;
            if (rule == StartRule::QueuedResubmit)
                s.set(FlagResubmit);
            if (rule == StartRule::QueuedUnexec || rule == StartRule::QueuedFailed ||
                rule == StartRule::RunningKilled)
                s.endMs = s.endMs ? s.endMs : s.startMs;
            if (s.status != before) {
                result.changedByRule[rule] += 1;
                result.changes.push_back({i, before, s.status, rule});
            }
        }
        if (o.review) {
            s.set(FlagNeedsReview);
            ++result.reviewCount;
        }
        if (mode == StartMode::Cold && before != s.status) {
            result.changedByRule[StartRule::Dropped] += 1;
            result.changes.push_back({i, before, s.status, StartRule::Dropped});
        }
        if (s.status != before || s.flags != flagsBefore)
            touch(i);
    }
    if (mode != StartMode::Cold) {
        std::vector<UnitStatus> before(states.size());
        for (std::size_t i = 0; i < states.size(); ++i)
            before[i] = states[i].status;
        for (UnitIndex j : Aggregation::recomputeAll(tree, states)) {
            result.changedByRule[StartRule::JobnetRecomputed] += 1;
            result.changes.push_back({j, before[std::size_t(j)], states[std::size_t(j)].status,
                                      StartRule::JobnetRecomputed});
            touch(j);
        }
    }
    return result;
}

QString StartModeRules::ruleCode(StartRule rule)
{
    switch (rule) {
    case StartRule::EndUnchanged: return QStringLiteral("end-unchanged");
    case StartRule::WaitUnchanged: return QStringLiteral("wait-unchanged");
    case StartRule::QueuedResubmit: return QStringLiteral("queued-resubmit");
    case StartRule::QueuedUnexec: return QStringLiteral("queued-unexec");
    case StartRule::RunningUnknown: return QStringLiteral("running-unknown");
    case StartRule::MonitoringUnknown: return QStringLiteral("monitoring-unknown");
    case StartRule::RunningKept: return QStringLiteral("running-kept");
    case StartRule::RunningKilled: return QStringLiteral("running-killed");
    case StartRule::QueuedFailed: return QStringLiteral("queued-failed");
    case StartRule::Dropped: return QStringLiteral("dropped");
    case StartRule::JobnetRecomputed: return QStringLiteral("jobnet-recomputed");
    }
    return {};
}

QString StartModeRules::ruleText(StartRule rule)
{
    switch (rule) {
    case StartRule::EndUnchanged:
        return tr("Ended units keep their status (abnormal ones need review)");
    case StartRule::WaitUnchanged:
        return tr("Waiting units keep their status; nothing starts until release");
    case StartRule::QueuedResubmit:
        return tr("Queued jobs go back to \"Wait for prev. to end\" and are resubmitted after release");
    case StartRule::QueuedUnexec:
        return tr("Queued jobs after an abnormal predecessor end as \"Not executed + Ended\"");
    case StartRule::RunningUnknown:
        return tr("Jobs that were running become \"Unknown end status\" and need review");
    case StartRule::MonitoringUnknown:
        return tr("Event jobs that were monitoring become \"Unknown end status\" and need review");
    case StartRule::RunningKept:
        return tr("Running jobs keep running");
    case StartRule::RunningKilled:
        return tr("Running jobs are killed");
    case StartRule::QueuedFailed:
        return tr("Queued jobs fail to start");
    case StartRule::Dropped:
        return tr("Every generation is dropped; units become \"Not registered\"");
    case StartRule::JobnetRecomputed:
        return tr("Jobnet statuses are recomputed from their children");
    }
    return {};
}

} // namespace dr
