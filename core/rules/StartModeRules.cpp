#include "StartModeRules.h"

#include "Aggregation.h"

namespace dr {

namespace {

bool isQueued(UnitStatus s)
{
    return s == UnitStatus::ExecWait || s == UnitStatus::Queuing;
}

bool isOnAgent(UnitStatus s)
{
    return s == UnitStatus::Running || s == UnitStatus::WarningRunning ||
           s == UnitStatus::AbendRunning;
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

StartRuleOutcome StartModeRules::outcome(StartMode mode, UnitStatus status, Target target)
{
    using R = StartRule;
    if (mode == StartMode::Cold)
        return {R::Dropped, UnitStatus::Unregistered, false};
    if (target == Target::Jobnet)
        return {R::JobnetRecomputed, std::nullopt, false};
    const StatusClass cls = statusClass(status);
    if (isEndStatus(status))
        return {R::EndUnchanged, std::nullopt, mode == StartMode::Disaster && cls == StatusClass::Abnormal};
    if (isQueued(status)) {
        switch (mode) {
        case StartMode::Warm:
            return {R::QueuedFailed, UnitStatus::Failed, false};
        default: // hot and disaster resubmit (the table decides unexec per predecessor)
            return {R::QueuedResubmit, UnitStatus::TermWait, false};
        }
    }
    if (isOnAgent(status) || status == UnitStatus::Monitoring) {
        const R unknownRule = status == UnitStatus::Monitoring ? R::MonitoringUnknown : R::RunningUnknown;
        switch (mode) {
        case StartMode::Warm:
            return {R::RunningKilled, UnitStatus::Killed, false};
        case StartMode::Hot:
            return {R::RunningKept, std::nullopt, false};
        default:
            return {unknownRule, UnitStatus::Unknown, true};
        }
    }
    return {R::WaitUnchanged, std::nullopt, false};
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
        const StartRuleOutcome o = outcome(mode, s.status, targetOf(u.type));
        const UnitStatus before = s.status;
        const quint8 flagsBefore = s.flags;
        if (mode == StartMode::Cold) {
            s = UnitState{};
        } else if (o.next) {
            StartRule rule = o.rule;
            UnitStatus next = *o.next;
            if (rule == StartRule::QueuedResubmit && predecessorAbnormal(tree, states, copied, i)) {
                rule = StartRule::QueuedUnexec;
                next = UnitStatus::Unexec;
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
