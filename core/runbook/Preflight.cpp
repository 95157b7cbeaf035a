#include "Preflight.h"

#include "engine/JapanTime.h"

#include <QHash>
#include <QJsonArray>

namespace dr {

namespace {
constexpr int kSamples = 5;
}

QString severityCode(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

int PreflightResult::count(Severity severity) const
{
    int n = 0;
    for (const PreflightFinding &f : findings)
        n += f.severity == severity ? 1 : 0;
    return n;
}

QList<PreflightFinding> PreflightResult::of(Severity severity) const
{
    QList<PreflightFinding> list;
    for (const PreflightFinding &f : findings) {
        if (f.severity == severity)
            list << f;
    }
    return list;
}

QJsonObject PreflightResult::toJson() const
{
    QJsonObject o{{QStringLiteral("region"), regionCode(region)}};
    for (Severity sev : {Severity::Error, Severity::Warning, Severity::Info}) {
        QJsonArray list;
        for (const PreflightFinding &f : of(sev)) {
            list.append(QJsonObject{{QStringLiteral("code"), f.code},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("subject"), f.subject},
                                    {QStringLiteral("count"), f.count},
                                    {QStringLiteral("samples"), QJsonArray::fromStringList(f.samples)}});
        }
        // The documented keys: "errors", "warnings", "info" (not "infos").
        o.insert(sev == Severity::Info ? QStringLiteral("info") : severityCode(sev) + QLatin1Char('s'),
                 list);
    }
    return o;
}

PreflightResult Preflight::run(const RegionData &target, const Contract &contract,
                               const DataLoss &loss,
                               const std::vector<UnitIndex> &startingAtRelease)
{
    PreflightResult result;
    result.region = target.id;
    const UnitTree &tree = *target.tree;
    const QString regionName = RegionNames::displayName(target.id);

    if (!target.hasConfiguredConnection()) {
        result.findings.append({Severity::Error,
                                QStringLiteral("no-connection"),
                                tr("The %1 has no configured network connection to the customer "
                                   "network; jobs could not reach any agent. Configure the "
                                   "region's network connection first.")
                                    .arg(regionName),
                                regionCode(target.id),
                                0,
                                {}});
    }
    if (target.id == RegionId::Dr && contract.accessPath == AccessPath::InternetOnly) {
        result.findings.append({Severity::Error, QStringLiteral("internet-only"),
                                tr("The customer reaches the service over the internet only, but "
                                   "the DR environment accepts closed-network access only "
                                   "(Transit Gateway, Direct Connect or VPN). Set up a "
                                   "closed-network path first."),
                                regionCode(target.id), 0, {}});
    }

    // One pass over the units: agents they need, review and overdue markers.
    struct AgentUse
    {
        bool exists = false;
        TransferRestriction restriction = TransferRestriction::Effective;
        QString name;
        qint64 count = 0;
        QStringList samples;
    };
    QList<AgentUse> uses;         // by name as written
    QHash<QString, int> useIndex; // name → position in `uses`
    // Agent names of loaded and generated units share their text: the same pointer as the
    // previous unit's is the same name, without hashing it (a million units, 500 agents).
    const QChar *lastName = nullptr;
    qsizetype lastSize = -1;
    int lastUse = -1;
    QHash<QString, int> remoteHosts;
    qint64 unknown = 0, overdue = 0;
    QStringList unknownSamples, overdueSamples;
    for (UnitIndex i = 0; i < tree.size(); ++i) {
        const Unit &u = tree.unit(i);
        const UnitIndex root = tree.rootJobnetOf(i);
        if (root == kNoUnit || target.states[std::size_t(root)].status == UnitStatus::Unregistered)
            continue;
        const UnitState &s = target.states[std::size_t(i)];
        if (s.status == UnitStatus::Unknown) {
            ++unknown;
            if (unknownSamples.size() < kSamples)
                unknownSamples << tree.path(i);
        }
        const UnitKind kind = unitKind(u.type);
        if (u.type == UnitType::RemoteJobnet || u.type == UnitType::RecoveryRemoteJobnet) {
            if (!u.agent.isEmpty() && !target.hosts.resolves(u.agent))
                remoteHosts[u.agent] += 1;
            continue;
        }
        if (!usesAgent(u.type) && !(kind == UnitKind::Jobnet && !u.agent.isEmpty()))
            continue;
        const QString &name = u.agent.isEmpty() ? kSystemAgent : u.agent;
        if (name.constData() != lastName || name.size() != lastSize) {
            auto it = useIndex.constFind(name);
            if (it == useIndex.cend()) {
                AgentUse use;
                use.name = name;
                if (const ExecutionAgent *a = target.findAgent(name)) {
                    use.exists = true;
                    use.restriction = a->restriction;
                    use.name = a->name;
                }
                uses.append(use);
                it = useIndex.insert(name, int(uses.size() - 1));
            }
            lastName = name.constData();
            lastSize = name.size();
            lastUse = *it;
        }
        AgentUse &use = uses[lastUse];
        use.count += 1;
        if (use.samples.size() < kSamples)
            use.samples << tree.path(i);
    }

    // Exactly the root jobnets the release will start: overdue, as their time has passed.
    for (UnitIndex i : startingAtRelease) {
        if (!tree.isRootJobnet(i))
            continue;
        ++overdue;
        if (overdueSamples.size() < kSamples)
            overdueSamples << tree.path(i);
    }

    // Spellings differing only in case are one agent.
    QMap<QString, AgentUse> byAgent;
    for (const AgentUse &use : std::as_const(uses)) {
        AgentUse &merged = byAgent[use.name.toLower()];
        if (merged.name.isEmpty()) {
            merged = use;
        } else {
            merged.count += use.count;
            for (const QString &s : use.samples) {
                if (merged.samples.size() < kSamples)
                    merged.samples << s;
            }
        }
    }
    for (const AgentUse &use : std::as_const(byAgent)) {
        if (!use.exists) {
            result.findings.append(
                {Severity::Error, QStringLiteral("agent-missing"),
                 tr("Execution agent \"%1\" is used by %n unit(s) but is not registered in the "
                    "%2; those jobs would fail to start. Register it (or copy it from the other "
                    "region).",
                    nullptr, int(use.count))
                     .arg(use.name, regionName),
                 use.name, use.count, use.samples});
        } else if (use.restriction != TransferRestriction::Effective) {
            result.findings.append(
                {Severity::Warning, QStringLiteral("agent-restricted"),
                 tr("Execution agent \"%1\" is set to %2 but %n unit(s) use it; their jobs will "
                    "wait or fail to start.",
                    nullptr, int(use.count))
                     .arg(use.name, AgentNames::restrictionName(use.restriction)),
                 use.name, use.count, use.samples});
        }
    }
    for (const ExecutionAgent &a : target.agents) {
        if (a.isSystem() || target.hosts.resolves(a.host))
            continue;
        result.findings.append({Severity::Error, QStringLiteral("host-unresolved"),
                                tr("The execution host \"%1\" of agent \"%2\" is not in the "
                                   "host information of the %3. Add the host with its address "
                                   "in this region, or change the agent's host.")
                                    .arg(a.host, a.name, regionName),
                                a.name, 0, {}});
    }
    for (auto it = remoteHosts.cbegin(); it != remoteHosts.cend(); ++it) {
        result.findings.append({Severity::Error, QStringLiteral("host-unresolved"),
                                tr("The remote manager host \"%1\" of %n remote jobnet(s) is not "
                                   "in the host information of the %2. Add it.",
                                   nullptr, it.value())
                                    .arg(it.key(), regionName),
                                it.key(), it.value(), {}});
    }
    if (unknown > 0) {
        result.findings.append({Severity::Warning, QStringLiteral("unknown-units"),
                                tr("%n unit(s) still have \"Unknown end status\": check the real "
                                   "result on the agent, then set their status or rerun them.",
                                   nullptr, int(unknown)),
                                QString(), unknown, unknownSamples});
    }
    if (overdue > 0) {
        result.findings.append({Severity::Warning, QStringLiteral("overdue"),
                                tr("%n overdue jobnet(s) will start immediately when suppression "
                                   "is released. Choose \"skip\" for those that must not run late.",
                                   nullptr, int(overdue)),
                                QString(), overdue, overdueSamples});
    }
    if (loss.syncPointMs > 0 && loss.outageMs > loss.syncPointMs) {
        result.findings.append({Severity::Info, QStringLiteral("data-loss"),
                                tr("Data between the last sync point (%1) and the outage (%2) is "
                                   "lost: %3; %n unit(s) had changed in that span.",
                                   nullptr, int(loss.unitsAffected))
                                    .arg(jst::format(loss.syncPointMs), jst::format(loss.outageMs),
                                         jst::formatDuration(loss.outageMs - loss.syncPointMs)),
                                QString(), loss.unitsAffected, {}});
    }
    return result;
}

} // namespace dr
