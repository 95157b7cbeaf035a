#include "DrillLoss.h"

#include "model/ListText.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace dr {

namespace {

const QString kSerial = QStringLiteral("execSerial");
const QString kAgents = QStringLiteral("agents");
const QString kHosts = QStringLiteral("hosts");

// A short digest of everything that defines an agent or a host entry: equal digests, same entry.
QString digest(const QStringList &fields)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16));
}

QString agentDigest(const ExecutionAgent &a)
{
    return digest(
        {a.name, a.host, formatWindows(a.windows), restrictionCode(a.restriction), a.description});
}

QString hostDigest(const HostEntry &h)
{
    return digest({h.name, h.addresses.join(QLatin1Char(' ')), h.comment});
}

// Names are compared case-insensitively, as the registry does.
void compare(const QJsonObject &before, const QJsonObject &now, QStringList &added,
             QStringList &changed, QStringList &removed)
{
    QHash<QString, QString> lowered;
    for (auto it = before.begin(); it != before.end(); ++it)
        lowered.insert(it.key().toLower(), it.key());
    for (auto it = now.begin(); it != now.end(); ++it) {
        const auto old = lowered.constFind(it.key().toLower());
        if (old == lowered.cend())
            added << it.key();
        else if (before.value(*old).toString() != it.value().toString())
            changed << it.key();
        lowered.remove(it.key().toLower());
    }
    for (const QString &name : std::as_const(lowered))
        removed << name;
    removed.sort(Qt::CaseInsensitive);
}

QJsonObject agentMap(const RegionData &region)
{
    QJsonObject map;
    for (const ExecutionAgent &a : region.agents)
        map.insert(a.name, agentDigest(a));
    return map;
}

QJsonObject hostMap(const RegionData &region)
{
    QJsonObject map;
    for (const HostEntry &h : region.hosts.entries)
        map.insert(h.name, hostDigest(h));
    return map;
}

} // namespace

QJsonObject DrillLoss::baseline(const ConsoleState &state)
{
    const RegionData &dr = state.region(RegionId::Dr);
    return {{kSerial, state.execSerial}, {kAgents, agentMap(dr)}, {kHosts, hostMap(dr)}};
}

DrillLoss DrillLoss::compute(const ConsoleState &state, const SwitchoverRun &run,
                             const QList<AuditEntry> &runAudit)
{
    DrillLoss loss;
    const StepRecord *takeover = run.step(2);
    loss.applies = run.mode == SwitchMode::Drill && takeover && !run.step(8);
    if (!loss.applies)
        return loss;
    loss.sinceMs = takeover->atMs;
    const RegionData &dr = state.region(RegionId::Dr);
    for (UnitIndex i = 0; i < dr.tree->size(); ++i) {
        if (usesAgent(dr.tree->unit(i).type) && dr.states[std::size_t(i)].startMs >= loss.sinceMs)
            ++loss.jobsRun;
    }
    // Unit operations name their region: "<path> (dr): ...". Unit paths cannot contain
    // spaces or parentheses, so the marker is unambiguous.
    const QString inDr = QStringLiteral(" (%1): ").arg(regionCode(RegionId::Dr));
    for (const AuditEntry &e : runAudit) {
        if (e.runId != run.id || !e.details.contains(inDr))
            continue;
        if (e.action == QLatin1String("unit.change-status"))
            ++loss.statusChanges;
        else if (e.action == QLatin1String("unit.rerun"))
            ++loss.reruns;
        else if (e.action == QLatin1String("unit.hold") ||
                 e.action == QLatin1String("unit.release-hold") ||
                 e.action == QLatin1String("unit.kill"))
            ++loss.otherActions;
    }
    const QJsonObject base = run.facts.value(QStringLiteral("drillBaseline")).toObject();
    loss.configurationKnown = !base.isEmpty();
    if (loss.configurationKnown) {
        // The primary is stopped from step 2 to step 8 of a drill: every new execution ID
        // went to the DR region.
        loss.generations = std::max<qint64>(0, state.execSerial - base.value(kSerial).toInteger());
        compare(base.value(kAgents).toObject(), agentMap(dr), loss.agentsAdded, loss.agentsChanged,
                loss.agentsRemoved);
        compare(base.value(kHosts).toObject(), hostMap(dr), loss.hostsAdded, loss.hostsChanged,
                loss.hostsRemoved);
    }
    return loss;
}

bool DrillLoss::nothingDone() const
{
    return generations == 0 && jobsRun == 0 && statusChanges == 0 && reruns == 0 &&
           otherActions == 0 && agentsAdded.isEmpty() && agentsChanged.isEmpty() &&
           agentsRemoved.isEmpty() && hostsAdded.isEmpty() && hostsChanged.isEmpty() &&
           hostsRemoved.isEmpty();
}

QJsonObject DrillLoss::toJson() const
{
    auto list = [](const QStringList &names) {
        return QJsonArray::fromStringList(names);
    };
    return {{QStringLiteral("applies"), applies},
            {QStringLiteral("since"), sinceMs},
            {QStringLiteral("generations"), generations},
            {QStringLiteral("jobsRun"), jobsRun},
            {QStringLiteral("statusChanges"), statusChanges},
            {QStringLiteral("reruns"), reruns},
            {QStringLiteral("otherActions"), otherActions},
            {QStringLiteral("configurationKnown"), configurationKnown},
            {QStringLiteral("agentsAdded"), list(agentsAdded)},
            {QStringLiteral("agentsChanged"), list(agentsChanged)},
            {QStringLiteral("agentsRemoved"), list(agentsRemoved)},
            {QStringLiteral("hostsAdded"), list(hostsAdded)},
            {QStringLiteral("hostsChanged"), list(hostsChanged)},
            {QStringLiteral("hostsRemoved"), list(hostsRemoved)}};
}

QString DrillLoss::nameList(const QStringList &names, int shown)
{
    return ListText::joinSome(names, shown);
}

QStringList DrillLoss::lines() const
{
    QStringList out;
    if (!applies)
        return out;
    // One plural form per count: tr() takes a single %n, so each count is its own phrase.
    out << tr("Executions in the DR environment: %1, %2", "jobnet generations started, jobs run")
               .arg(tr("%n jobnet generation(s) started", nullptr, int(generations)),
                    tr("%n job(s) ran", nullptr, int(jobsRun)));
    out << tr("Operator actions in the DR environment: %1, %2, %3",
              "status changes, reruns, other actions")
               .arg(tr("%n status change(s)", nullptr, int(statusChanges)),
                    tr("%n rerun(s)", nullptr, int(reruns)),
                    tr("%n hold, release or kill action(s)", nullptr, int(otherActions)));
    if (!configurationKnown) {
        out << tr("Execution agent and host information changes in the DR environment were not "
                  "recorded for this run.");
        return out;
    }
    const auto names = [this](const QString &label, const QStringList &added,
                              const QStringList &changed, const QStringList &removed) {
        QStringList parts;
        if (!added.isEmpty())
            parts << tr("added: %1").arg(nameList(added));
        if (!changed.isEmpty())
            parts << tr("changed: %1").arg(nameList(changed));
        if (!removed.isEmpty())
            parts << tr("removed: %1").arg(nameList(removed));
        return parts.isEmpty()
                   ? tr("%1: no change").arg(label)
                   : tr("%1: %2").arg(label, parts.join(tr("; ", "between parts of one line")));
    };
    out << names(tr("Execution agents in the DR environment"), agentsAdded, agentsChanged,
                 agentsRemoved);
    out << names(tr("Host information in the DR environment"), hostsAdded, hostsChanged,
                 hostsRemoved);
    return out;
}

} // namespace dr
