#include "DemoEnvironment.h"

#include "AgentFile.h"
#include "AjsprintDocument.h"
#include "HostsFile.h"
#include "engine/Scheduler.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dr {

Result<QString> DemoEnvironment::readResource(const QString &name)
{
    QFile file(QStringLiteral(":/demo/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::database(tr("The demo file %1 is missing from this build.").arg(name));
    }
    return QString::fromUtf8(file.readAll());
}

std::vector<UnitState> DemoEnvironment::initialStates(const UnitTree &tree, qint64 clockMs)
{
    std::vector<UnitState> states(static_cast<std::size_t>(tree.size()));
    for (UnitIndex root : tree.rootJobnets()) {
        const qint64 next = Scheduler::nextOccurrence(tree.unit(root), clockMs - 1);
        const UnitStatus below = next > 0 ? UnitStatus::NoPlan : UnitStatus::Unregistered;
        for (UnitIndex i : tree.subtree(root))
            states[std::size_t(i)].status = below;
        UnitState &r = states[std::size_t(root)];
        r.status = next > 0 ? UnitStatus::TimeWait : UnitStatus::Unregistered;
        r.scheduledMs = next;
    }
    return states;
}

Status DemoEnvironment::applySimulation(std::vector<Unit> &units, const QString &tsv,
                                        const std::function<QString(UnitIndex)> &pathOf)
{
    QHash<QString, UnitIndex> byPath;
    for (UnitIndex i = 0; i < UnitIndex(units.size()); ++i)
        byPath.insert(pathOf(i), i);
    const QStringList lines = tsv.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines[n].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        const UnitIndex i = byPath.value(f.value(0), kNoUnit);
        if (f.size() != 4 || i == kNoUnit) {
            return Error::badInput(QStringLiteral("simulation-row"),
                                   tr("Line %1 of the simulation table names no unit or does not "
                                      "have 4 fields.")
                                       .arg(n + 1));
        }
        Unit &u = units[std::size_t(i)];
        u.simDurationSec = f[1].toInt();
        const QString outcome = f[2];
        u.simOutcome = outcome == QLatin1String("normal")     ? SimOutcome::Normal
                       : outcome == QLatin1String("warning")  ? SimOutcome::Warning
                       : outcome == QLatin1String("abnormal") ? SimOutcome::Abnormal
                       : outcome == QLatin1String("false")    ? SimOutcome::False
                                                              : SimOutcome::Default;
        u.simExitCode = qint16(f[3].toInt());
    }
    return {};
}

ConsoleState DemoEnvironment::empty(qint64 clockMs)
{
    ConsoleState st;
    st.clockMs = clockMs;
    st.contract.customerName = QStringLiteral("");
    const QString hosts[] = {QStringLiteral("ajsm-primary.local"), QStringLiteral("ajsm-dr.local")};
    for (RegionId id : kAllRegions) {
        RegionData &r = st.region(id);
        r.runtime.managerHost = hosts[regionIndex(id)];
        r.runtime.available = true;
        r.runtime.active = id == RegionId::Primary;
        r.runtime.managerRunning = id == RegionId::Primary;
        r.runtime.startMode = id == RegionId::Primary ? std::optional(StartMode::Cold) : std::nullopt;
        r.runtime.startedAtMs = id == RegionId::Primary ? clockMs : 0;
        r.agents = {ExecutionAgent::systemAgent(r.runtime.managerHost)};
    }
    return st;
}

Result<ConsoleState> DemoEnvironment::demo(qint64 clockMs)
{
    auto envText = readResource(QStringLiteral("environment.json"));
    if (!envText)
        return envText.error();
    const QJsonObject env = QJsonDocument::fromJson(envText->toUtf8()).object();
    ConsoleState st = empty(clockMs);
    Contract &c = st.contract;
    c.customerName = env.value(QStringLiteral("customer")).toString();
    c.primaryTier = tierFromCode(env.value(QStringLiteral("primaryTier")).toString()).value_or(ServiceTier::Enterprise);
    c.drEdition = editionFromCode(env.value(QStringLiteral("drEdition")).toString()).value_or(DrEdition::Standard);
    c.authLinkage = env.value(QStringLiteral("authLinkage")).toBool();
    c.accessPath = accessPathFromCode(env.value(QStringLiteral("accessPath")).toString())
                       .value_or(AccessPath::ClosedNetwork);
    c.maintenanceDate = QDate::fromString(env.value(QStringLiteral("maintenanceDate")).toString(), Qt::ISODate);

    const QJsonObject regions = env.value(QStringLiteral("regions")).toObject();
    for (RegionId id : kAllRegions) {
        RegionData &r = st.region(id);
        r.runtime.managerHost = regions.value(regionCode(id)).toObject().value(QStringLiteral("managerHost")).toString();
        r.agents = {ExecutionAgent::systemAgent(r.runtime.managerHost)};
        auto hostsText = readResource(QStringLiteral("hosts-%1.conf").arg(regionCode(id)));
        if (!hostsText)
            return hostsText.error();
        const HostsFile::Parsed hosts = HostsFile::parse(*hostsText);
        if (!hosts.ok())
            return Error::badInput(QStringLiteral("demo"), formatIssues(hosts.errors));
        r.hosts = hosts.table;
        auto agentsText = readResource(QStringLiteral("agents-%1.csv").arg(regionCode(id)));
        if (!agentsText)
            return agentsText.error();
        const AgentFile::Parsed agents = AgentFile::parseCsv(*agentsText, r.hosts);
        if (!agents.ok())
            return Error::badInput(QStringLiteral("demo"), formatIssues(agents.errors));
        r.agents.append(agents.agents);
        for (const QJsonValue &v : env.value(QStringLiteral("items")).toObject().value(regionCode(id)).toArray()) {
            const QJsonObject o = v.toObject();
            r.items.append({0, regionItemKindFromCode(o.value(QStringLiteral("kind")).toString())
                                   .value_or(RegionItemKind::PortalLog),
                            clockMs, o.value(QStringLiteral("text")).toString()});
        }
    }
    for (const QJsonValue &v : env.value(QStringLiteral("connections")).toArray()) {
        const QJsonObject o = v.toObject();
        NetworkConnection nc;
        nc.region = regionFromCode(o.value(QStringLiteral("region")).toString()).value_or(RegionId::Primary);
        nc.kind = connectionKindFromCode(o.value(QStringLiteral("kind")).toString())
                      .value_or(ConnectionKind::AwsTransitGateway);
        nc.label = o.value(QStringLiteral("label")).toString();
        nc.awsAccountId = o.value(QStringLiteral("awsAccountId")).toString();
        nc.vpcId = o.value(QStringLiteral("vpcId")).toString();
        nc.tgwAttachmentId = o.value(QStringLiteral("tgwAttachmentId")).toString();
        for (const QJsonValue &b : o.value(QStringLiteral("cidrBlocks")).toArray())
            nc.cidrBlocks << b.toString();
        st.region(nc.region).connections.append(nc);
    }

    auto definitions = readResource(QStringLiteral("definitions.ajs"));
    if (!definitions)
        return definitions.error();
    AjsprintDocument doc = Ajsprint::parse(*definitions);
    if (!doc.ok())
        return Error::badInput(QStringLiteral("demo"), formatIssues(doc.errors));
    auto simulation = readResource(QStringLiteral("simulation.tsv"));
    if (!simulation)
        return simulation.error();
    if (auto s = applySimulation(doc.units, *simulation, [&doc](UnitIndex i) { return doc.path(i); }); !s)
        return s.error();
    auto tree = std::make_shared<const UnitTree>(std::move(doc.units), std::move(doc.relations));
    RegionData &primary = st.region(RegionId::Primary);
    primary.tree = tree;
    primary.states = initialStates(*tree, clockMs);
    primary.runtime.definitionsRevision = 1;
    st.definitionsPending = true;
    return st;
}

} // namespace dr
