#include "UnitActionRules.h"

namespace dr {

namespace {

bool isJobLike(UnitType type)
{
    switch (unitKind(type)) {
    case UnitKind::Job:
    case UnitKind::EventJob:
    case UnitKind::OrJob:
    case UnitKind::JudgmentJob:
    case UnitKind::Connector:
        return true;
    default:
        return false;
    }
}

Error refused(const char *code, const QString &message)
{
    return Error::refused(QString::fromLatin1(code), message);
}

QString quoted(const RegionData &region, UnitIndex index)
{
    return QStringLiteral("\"%1\"").arg(region.tree->path(index));
}

} // namespace

QString rerunFromCode(RerunFrom from)
{
    switch (from) {
    case RerunFrom::Top: return QStringLiteral("top");
    case RerunFrom::Abnormal: return QStringLiteral("abnormal");
    case RerunFrom::AfterAbnormal: return QStringLiteral("after-abnormal");
    case RerunFrom::WarningOnly: return QStringLiteral("warning-only");
    case RerunFrom::This: return QStringLiteral("this");
    case RerunFrom::ThisOnly: return QStringLiteral("this-only");
    }
    return {};
}

std::optional<RerunFrom> parseRerunFrom(const QString &code)
{
    for (auto f : {RerunFrom::Top, RerunFrom::Abnormal, RerunFrom::AfterAbnormal,
                   RerunFrom::WarningOnly, RerunFrom::This, RerunFrom::ThisOnly}) {
        if (code == rerunFromCode(f))
            return f;
    }
    return std::nullopt;
}

QList<UnitStatus> UnitActionRules::changeTargets()
{
    return {UnitStatus::Normal, UnitStatus::Warning, UnitStatus::Abnormal, UnitStatus::Failed,
            UnitStatus::Bypass};
}

Status UnitActionRules::canChangeStatus(const RegionData &region, UnitIndex index, UnitStatus target)
{
    const Unit &u = region.tree->unit(index);
    const UnitState &s = region.states[std::size_t(index)];
    if (!changeTargets().contains(target)) {
        return refused("change-target",
                       tr("A status can only be changed to Ended normally, Ended with warning, "
                          "Ended abnormally, Failed to start or Bypassed, not to %1.")
                           .arg(statusName(target)));
    }
    if (!isJobLike(u.type)) {
        return refused("change-not-job",
                       tr("%1 is a %2; change status applies to jobs. Rerun or kill the jobnet "
                          "instead.")
                           .arg(quoted(region, index), unitTypeName(u.type)));
    }
    if (unitKind(u.type) == UnitKind::JudgmentJob) {
        return refused("change-judgment",
                       tr("%1 is a judgment job, whose status cannot be changed; rerun it "
                          "instead.")
                           .arg(quoted(region, index)));
    }
    if (unitKind(u.type) == UnitKind::Connector &&
        (target == UnitStatus::Bypass || target == UnitStatus::Failed)) {
        return refused("change-connector",
                       tr("%1 is a jobnet connector; it cannot be set to %2.")
                           .arg(quoted(region, index), statusName(target)));
    }
    const bool allowedSource = s.status == UnitStatus::Queuing || isRunningStatus(s.status) ||
                               isEndStatus(s.status);
    if (!allowedSource) {
        return refused("change-source",
                       tr("%1 is \"%2\"; its status can be changed once it is queuing, running or "
                          "ended.")
                           .arg(quoted(region, index), statusName(s.status)));
    }
    if (s.status == target) {
        return refused("change-same",
                       tr("%1 is already \"%2\".").arg(quoted(region, index), statusName(target)));
    }
    return {};
}

QList<UnitStatus> UnitActionRules::allowedTargets(const RegionData &region, UnitIndex index)
{
    QList<UnitStatus> allowed;
    for (UnitStatus t : changeTargets()) {
        if (canChangeStatus(region, index, t))
            allowed << t;
    }
    return allowed;
}

std::vector<UnitIndex> UnitActionRules::rerunTargets(const RegionData &region, UnitIndex root,
                                                      RerunFrom from)
{
    std::vector<UnitIndex> targets;
    for (UnitIndex i : region.tree->subtree(root)) {
        const Unit &u = region.tree->unit(i);
        if (!isJobLike(u.type))
            continue;
        const UnitState &s = region.states[std::size_t(i)];
        const StatusClass cls = statusClass(s.status);
        if ((from == RerunFrom::WarningOnly && s.status == UnitStatus::Warning) ||
            ((from == RerunFrom::Abnormal || from == RerunFrom::AfterAbnormal) &&
             cls == StatusClass::Abnormal && s.status != UnitStatus::ExecDeffer &&
             !s.has(FlagSatisfied)))
            targets.push_back(i);
    }
    return targets;
}

Status UnitActionRules::canRerun(const RegionData &region, UnitIndex index, RerunFrom from)
{
    const Unit &u = region.tree->unit(index);
    const UnitState &s = region.states[std::size_t(index)];
    const bool rootVariant = from == RerunFrom::Top || from == RerunFrom::Abnormal ||
                             from == RerunFrom::AfterAbnormal || from == RerunFrom::WarningOnly;
    if (rootVariant && !region.tree->isRootJobnet(index)) {
        return refused("rerun-not-root",
                       tr("%1 is not a root jobnet; this rerun applies to root jobnets. Rerun "
                          "the root jobnet, or rerun a job with \"this job\".")
                           .arg(quoted(region, index)));
    }
    if (!rootVariant && !isJobLike(u.type)) {
        return refused("rerun-not-job",
                       tr("%1 is a %2; \"rerun this job\" applies to jobs. Rerun the root jobnet "
                          "instead.")
                           .arg(quoted(region, index), unitTypeName(u.type)));
    }
    if (s.execSerial == 0) {
        return refused("rerun-no-generation",
                       tr("%1 has not run yet; there is nothing to rerun.").arg(quoted(region, index)));
    }
    if (!isEndStatus(s.status)) {
        return refused("rerun-not-ended",
                       tr("%1 is \"%2\"; it can be rerun once it has ended (kill it first to stop "
                          "it).")
                           .arg(quoted(region, index), statusName(s.status)));
    }
    if ((from == RerunFrom::Abnormal || from == RerunFrom::AfterAbnormal) &&
        rerunTargets(region, index, from).empty()) {
        return refused("rerun-no-abnormal",
                       tr("No job in %1 ended abnormally; rerun it from the top instead.")
                           .arg(quoted(region, index)));
    }
    if (from == RerunFrom::WarningOnly && rerunTargets(region, index, from).empty()) {
        return refused("rerun-no-warning",
                       tr("No job in %1 ended with a warning.").arg(quoted(region, index)));
    }
    return {};
}

Status UnitActionRules::canHold(const RegionData &region, UnitIndex index)
{
    const Unit &u = region.tree->unit(index);
    const UnitState &s = region.states[std::size_t(index)];
    if (!isExecutable(u.type)) {
        return refused("hold-not-executable",
                       tr("%1 is a %2, which does not run; it cannot be held.")
                           .arg(quoted(region, index), unitTypeName(u.type)));
    }
    if (s.has(FlagHold) || s.status == UnitStatus::Holding)
        return refused("hold-already", tr("%1 is already held.").arg(quoted(region, index)));
    switch (s.status) {
    case UnitStatus::NoPlan:
    case UnitStatus::TimeWait:
    case UnitStatus::TermWait:
    case UnitStatus::CondWait:
    case UnitStatus::ExecWait:
        return {};
    default:
        break;
    }
    if (region.tree->isRootJobnet(index) && isEndStatus(s.status) && s.scheduledMs > 0)
        return {}; // holds the next generation
    return refused("hold-state",
                   tr("%1 is \"%2\"; only units that have not started yet can be held.")
                       .arg(quoted(region, index), statusName(s.status)));
}

Status UnitActionRules::canReleaseHold(const RegionData &region, UnitIndex index)
{
    const UnitState &s = region.states[std::size_t(index)];
    if (!s.has(FlagHold) && s.status != UnitStatus::Holding)
        return refused("release-not-held", tr("%1 is not held.").arg(quoted(region, index)));
    return {};
}

Status UnitActionRules::canKill(const RegionData &region, UnitIndex index)
{
    const Unit &u = region.tree->unit(index);
    const UnitState &s = region.states[std::size_t(index)];
    if (!isExecutable(u.type)) {
        return refused("kill-not-executable",
                       tr("%1 is a %2, which does not run.").arg(quoted(region, index), unitTypeName(u.type)));
    }
    if (!isRunningStatus(s.status)) {
        return refused("kill-not-running",
                       tr("%1 is \"%2\"; only running units can be killed.")
                           .arg(quoted(region, index), statusName(s.status)));
    }
    return {};
}

} // namespace dr
