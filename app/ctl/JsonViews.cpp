#include "JsonViews.h"

#include "engine/JapanTime.h"

#include <QFileInfo>
#include <QJsonArray>

namespace dr::ctl {

QJsonValue JsonViews::time(qint64 utcMs)
{
    return utcMs == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(jst::isoUtc(utcMs));
}

QJsonValue JsonViews::textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject JsonViews::region(const Console &console, RegionId id)
{
    const RegionData &r = console.region(id);
    const RegionRuntime &rt = r.runtime;
    // The DR region is configured like the Standard tier whatever the primary's tier is.
    const ServiceTier tier =
        id == RegionId::Dr ? ServiceTier::Standard : console.state().contract.primaryTier;
    QJsonValue lag(QJsonValue::Null);
    if (id == RegionId::Dr && rt.syncAtMs > 0)
        lag = double((console.clockMs() - rt.syncAtMs) / 1000);
    return QJsonObject{
        {QStringLiteral("id"), regionCode(id)},
        {QStringLiteral("awsRegion"), awsRegionCode(id)},
        {QStringLiteral("managerHost"), rt.managerHost},
        {QStringLiteral("manager"),
         rt.managerRunning ? QStringLiteral("running") : QStringLiteral("stopped")},
        {QStringLiteral("suppressed"), rt.suppressed},
        {QStringLiteral("available"), rt.available},
        {QStringLiteral("active"), rt.active},
        {QStringLiteral("tier"), tierCode(tier)},
        {QStringLiteral("startMode"),
         rt.startMode ? QJsonValue(startModeCode(*rt.startMode)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("downSince"),
         rt.available ? QJsonValue(QJsonValue::Null) : time(rt.downSinceMs)},
        {QStringLiteral("lastSyncPoint"), time(rt.syncAtMs)},
        {QStringLiteral("syncLagSeconds"), lag},
        {QStringLiteral("units"), double(r.tree->size())},
        {QStringLiteral("agents"), double(r.agents.size())},
    };
}

QJsonValue JsonViews::switchover(const SwitchoverRun *run)
{
    if (!run)
        return QJsonValue::Null;
    const int next = run->nextStep();
    return QJsonObject{
        {QStringLiteral("id"), double(run->id)},
        {QStringLiteral("kind"), phaseCode(run->reachedPhase())},
        {QStringLiteral("failoverCompleted"), run->failoverCompleted()},
        {QStringLiteral("failbackRequested"), run->reachedPhase() == Phase::Failback},
        {QStringLiteral("mode"), switchModeCode(run->mode)},
        {QStringLiteral("completed"), run->completed},
        {QStringLiteral("startedAt"), time(run->startedAtMs)},
        {QStringLiteral("finishedAt"), time(run->finishedAtMs)},
        {QStringLiteral("lastCompletedStep"), run->lastCompletedStep()},
        {QStringLiteral("nextStep"), next ? QJsonValue(next) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("nextRole"),
         next ? QJsonValue(roleCode(stepInfo(next).role)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject JsonViews::status(const Console &console)
{
    QJsonArray regions;
    for (RegionId id : kAllRegions)
        regions.append(region(console, id));
    return QJsonObject{
        {QStringLiteral("database"), QFileInfo(console.databasePath()).absoluteFilePath()},
        {QStringLiteral("clock"), time(console.clockMs())},
        {QStringLiteral("customer"), console.state().contract.customerName},
        {QStringLiteral("activeRegion"), regionCode(console.activeRegion())},
        {QStringLiteral("syncIntervalSeconds"), double(console.state().syncIntervalMs / 1000)},
        {QStringLiteral("regions"), regions},
        {QStringLiteral("switchover"), switchover(console.currentRun())},
    };
}

const SwitchoverRun *JsonViews::shownRun(const ConsoleState &state)
{
    if (const SwitchoverRun *run = state.currentRun())
        return run;
    return state.runs.isEmpty() ? nullptr : &state.runs.constLast();
}

QJsonObject JsonViews::switchShow(const ConsoleState &state)
{
    const SwitchoverRun *run = shownRun(state);
    QJsonArray steps;
    for (const StepInfo &info : allSteps()) {
        const StepRecord *done = run ? run->step(info.number) : nullptr;
        QJsonObject step{
            {QStringLiteral("step"), info.number},
            {QStringLiteral("phase"), phaseCode(info.phase)},
            {QStringLiteral("title"), SwitchoverNames::stepTitle(info.number)},
            {QStringLiteral("role"), roleCode(info.role)},
            {QStringLiteral("state"), done ? QStringLiteral("done") : QStringLiteral("pending")},
            {QStringLiteral("by"),
             done ? QJsonValue(done->operatorName) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("at"), done ? time(done->atMs) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("note"), done ? textOrNull(done->note) : QJsonValue(QJsonValue::Null)},
        };
        if (done && !done->details.isEmpty())
            step.insert(QStringLiteral("details"), done->details);
        steps.append(step);
    }
    QJsonValue shown = switchover(run);
    if (run) {
        QJsonObject o = shown.toObject();
        o.insert(QStringLiteral("current"), run == state.currentRun());
        o.insert(QStringLiteral("facts"), run->facts);
        shown = o;
    }
    return QJsonObject{{QStringLiteral("run"), shown}, {QStringLiteral("steps"), steps}};
}

QString JsonViews::unitAgent(const Unit &unit)
{
    if (unit.agent.isEmpty() && usesAgent(unit.type))
        return kSystemAgent;
    return unit.agent;
}

QJsonObject JsonViews::unit(const RegionData &region, UnitIndex index)
{
    const UnitTree &tree = *region.tree;
    const Unit &u = tree.unit(index);
    const UnitState &s = region.states[std::size_t(index)];
    return QJsonObject{
        {QStringLiteral("path"), tree.path(index)},
        {QStringLiteral("type"), u.typeCode()},
        {QStringLiteral("status"), statusCode(s.status)},
        {QStringLiteral("agent"), unitAgent(u)},
        {QStringLiteral("execId"),
         s.execSerial > 0 ? QJsonValue(formatExecId(s.execSerial)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("start"), time(s.startMs)},
        {QStringLiteral("end"), time(s.endMs)},
        {QStringLiteral("attention"), s.has(FlagNeedsReview)},
        {QStringLiteral("held"), s.has(FlagHold)},
        {QStringLiteral("overdue"), s.has(FlagOverdue)},
    };
}

QJsonObject JsonViews::agent(const ExecutionAgent &agent)
{
    return QJsonObject{
        {QStringLiteral("name"), agent.name},
        {QStringLiteral("host"), agent.host},
        {QStringLiteral("limits"), formatWindows(agent.windows)},
        {QStringLiteral("restriction"), restrictionCode(agent.restriction)},
        {QStringLiteral("description"), agent.description},
    };
}

QJsonObject JsonViews::host(const HostEntry &host)
{
    return QJsonObject{
        {QStringLiteral("name"), host.name},
        {QStringLiteral("addresses"), QJsonArray::fromStringList(host.addresses)},
        {QStringLiteral("comment"), host.comment},
    };
}

QJsonObject JsonViews::auditEntry(const AuditEntry &e)
{
    return QJsonObject{
        {QStringLiteral("seq"), double(e.seq)},
        {QStringLiteral("at"), time(e.atMs)},
        {QStringLiteral("operator"), e.operatorName},
        {QStringLiteral("role"), roleCode(e.role)},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("details"), e.details},
        {QStringLiteral("runId"),
         e.runId ? QJsonValue(double(e.runId)) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace dr::ctl
