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
            list.append(
                QJsonObject{{QStringLiteral("code"), f.code},
                            {QStringLiteral("message"), f.message},
                            {QStringLiteral("subject"), f.subject},
                            {QStringLiteral("count"), f.count},
                            {QStringLiteral("samples"), QJsonArray::fromStringList(f.samples)},
                            {QStringLiteral("args"), QJsonArray::fromStringList(f.args)}});
        }
        // The documented keys: "errors", "warnings", "info" (not "infos").
        o.insert(sev == Severity::Info ? QStringLiteral("info") : severityCode(sev) + QLatin1Char('s'),
                 list);
    }
    return o;
}

void Preflight::add(PreflightResult &result, Severity severity, const QString &code,
                    const QString &subject, qint64 count, const QStringList &samples,
                    const QStringList &args)
{
    result.findings.append(
        {severity, code, message(code, args, count), subject, count, samples, args});
}

QStringList Preflight::countTexts(const PreflightResult &result)
{
    return {tr("%n error(s)", nullptr, result.count(Severity::Error)),
            tr("%n warning(s)", nullptr, result.count(Severity::Warning)),
            tr("%n note(s)", nullptr, result.count(Severity::Info))};
}

QString Preflight::message(const QString &code, const QStringList &args, qint64 count)
{
    const auto arg = [&args](int i) {
        return i < args.size() ? args.at(i) : QString();
    };
    const auto region = [&arg](int i) {
        const auto id = regionFromCode(arg(i));
        return id ? RegionNames::displayName(*id) : arg(i);
    };
    // Times are ISO-8601 UTC (what --json shows); runs saved before that hold milliseconds.
    const auto timeMs = [&arg](int i) {
        bool isNumber = false;
        qint64 ms = arg(i).toLongLong(&isNumber);
        if (!isNumber && !jst::parseIso(arg(i), ms))
            ms = 0;
        return ms;
    };
    const auto time = [&timeMs](int i) { return jst::format(timeMs(i)); };
    const int n = int(count);
    if (code == QLatin1String("no-connection")) {
        return tr("The %1 has no configured network connection to the customer network; jobs could "
                  "not reach any agent. Configure the region's network connection first.")
            .arg(region(0));
    }
    if (code == QLatin1String("internet-only")) {
        return tr(
            "The customer reaches the service over the internet only, but the DR environment "
            "accepts closed-network access only (Transit Gateway, Direct Connect or VPN). Set "
            "up a closed-network path first.");
    }
    if (code == QLatin1String("agent-missing")) {
        return tr("Execution agent \"%1\" is used by %n unit(s) but is not registered in the %2; "
                  "those jobs would fail to start. Register it (or copy it from the other region).",
                  nullptr, n)
            .arg(arg(0), region(1));
    }
    if (code == QLatin1String("agent-restricted")) {
        const auto restriction = restrictionFromCode(arg(1));
        return tr("Execution agent \"%1\" is set to %2 but %n unit(s) use it; their jobs will wait "
                  "or fail to start.",
                  nullptr, n)
            .arg(arg(0), restriction ? AgentNames::restrictionName(*restriction) : arg(1));
    }
    if (code == QLatin1String("host-unresolved") && args.size() >= 3) {
        return tr("The execution host \"%1\" of agent \"%2\" is not in the host information of "
                  "the %3. Add the host with its address in this region, or change the agent's "
                  "host.")
            .arg(arg(0), arg(2), region(1));
    }
    if (code == QLatin1String("host-unresolved")) {
        return tr("The remote manager host \"%1\" of %n remote jobnet(s) is not in the host "
                  "information of the %2. Add it.",
                  nullptr, n)
            .arg(arg(0), region(1));
    }
    if (code == QLatin1String("unknown-units")) {
        return tr(
            "%n unit(s) still have \"Unknown end status\": check the real result on the agent, "
            "then set their status or rerun them.",
            nullptr, n);
    }
    if (code == QLatin1String("overdue")) {
        return tr(
            "%n overdue jobnet(s) will start immediately when suppression is released. Choose "
            "\"skip\" for those that must not run late.",
            nullptr, n);
    }
    if (code == QLatin1String("data-loss")) {
        return tr("Data between the last sync point (%1) and the outage (%2) is lost: %3; %n "
                  "unit(s) "
                  "had changed in that span.",
                  nullptr, n)
            .arg(time(0), time(1), jst::formatDuration(timeMs(1) - timeMs(0)));
    }
    return {};
}

QString Preflight::message(const QJsonObject &stored)
{
    const QString recorded = stored.value(QStringLiteral("message")).toString();
    if (!stored.contains(QStringLiteral("args")))
        return recorded;
    QStringList args;
    for (const QJsonValue &v : stored.value(QStringLiteral("args")).toArray())
        args << v.toString();
    const QString text = message(stored.value(QStringLiteral("code")).toString(), args,
                                 stored.value(QStringLiteral("count")).toInteger());
    return text.isEmpty() ? recorded : text;
}

PreflightResult Preflight::run(const RegionData &target, const Contract &contract,
                               const DataLoss &loss,
                               const std::vector<UnitIndex> &startingAtRelease)
{
    PreflightResult result;
    result.region = target.id;
    const UnitTree &tree = *target.tree;

    if (!target.hasConfiguredConnection()) {
        add(result, Severity::Error, QStringLiteral("no-connection"), regionCode(target.id), 0, {},
            {regionCode(target.id)});
    }
    if (target.id == RegionId::Dr && contract.accessPath == AccessPath::InternetOnly) {
        add(result, Severity::Error, QStringLiteral("internet-only"), regionCode(target.id), 0, {},
            {});
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
            add(result, Severity::Error, QStringLiteral("agent-missing"), use.name, use.count,
                use.samples, {use.name, regionCode(target.id)});
        } else if (use.restriction != TransferRestriction::Effective) {
            add(result, Severity::Warning, QStringLiteral("agent-restricted"), use.name, use.count,
                use.samples, {use.name, restrictionCode(use.restriction)});
        }
    }
    for (const ExecutionAgent &a : target.agents) {
        if (a.isSystem() || target.hosts.resolves(a.host))
            continue;
        add(result, Severity::Error, QStringLiteral("host-unresolved"), a.name, 0, {},
            {a.host, regionCode(target.id), a.name});
    }
    for (auto it = remoteHosts.cbegin(); it != remoteHosts.cend(); ++it) {
        // Two arguments (no agent): the remote manager host of remote jobnets.
        add(result, Severity::Error, QStringLiteral("host-unresolved"), it.key(), it.value(), {},
            {it.key(), regionCode(target.id)});
    }
    if (unknown > 0) {
        add(result, Severity::Warning, QStringLiteral("unknown-units"), QString(), unknown,
            unknownSamples, {});
    }
    if (overdue > 0) {
        add(result, Severity::Warning, QStringLiteral("overdue"), QString(), overdue,
            overdueSamples, {});
    }
    if (loss.syncPointMs > 0 && loss.outageMs > loss.syncPointMs) {
        add(result, Severity::Info, QStringLiteral("data-loss"), QString(), loss.unitsAffected, {},
            {jst::isoUtc(loss.syncPointMs), jst::isoUtc(loss.outageMs)});
    }
    return result;
}

} // namespace dr
