#include "EnvironmentGenerator.h"

#include "BusyDay.h"
#include "JapanTime.h"
#include "Simulation.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>

namespace dr {

namespace {

// splitmix64: the same sequence on every platform and Qt version, so a seed always gives the
// same environment.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [low, high].
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); }
    bool chance(int percent) { return int(next() % 100) < percent; }

private:
    quint64 m_state;
};

constexpr std::array kDomains{"SALES", "ORDER", "STOCK", "SHIP", "FIN", "HR", "EDI", "DWH",
                              "CRM",   "BILL",  "PAY",   "INV",  "MFG", "QA", "OPS", "BKUP"};
constexpr std::array kJobnetKinds{"DAILY", "NIGHTLY", "MORNING", "BATCH",
                                  "SYNC",  "REPORT",  "CLOSE"};
constexpr std::array kVerbs{"EXTRACT", "LOAD",   "CHECK",   "SORT",   "MERGE",
                            "SEND",    "RECV",   "ARCHIVE", "REPORT", "CLEAN",
                            "CALC",    "EXPORT", "IMPORT",  "AGGR",   "NOTIFY"};
constexpr std::array kRoles{"APP", "DB", "BAT", "ETL", "WEB", "FS", "GW", "RPT"};

QString twoDigits(int n)
{
    return QString::number(n).rightJustified(2, QLatin1Char('0'));
}

// Builds units in index order (parents first) and the relations between siblings.
class Builder
{
public:
    Builder(const GenerateOptions &options, qint64 nowMs)
        : m_rng(quint64(options.seed) * 0x2545f4914f6cdd1dULL + 7), m_nowMs(nowMs)
    {}

    void agents(int count, int domains, GeneratedEnvironment &env);
    void units(qint64 total, int domains);

    std::vector<Unit> m_units;
    std::vector<Relation> m_relations;
    std::vector<std::vector<int>> m_domainAgents; // agent numbers per domain
    QStringList m_agentNames;
    GenerateSummary m_summary;

private:
    UnitIndex add(UnitIndex parent, QString name, UnitType type);
    void jobnet(UnitIndex group, int domain, int jobs, bool nested);
    // Jobs (and one nested jobnet) under `jobnet`, chained with some fan-out and fan-in.
    void children(UnitIndex jobnet, int domain, int jobs, int nestedJobs, const QList<int> &agents);
    void relate(const std::vector<UnitIndex> &siblings);
    ScheduleRule schedule();

    Rng m_rng;
    qint64 m_nowMs;
    int m_jobnetNumber = 0;
};

UnitIndex Builder::add(UnitIndex parent, QString name, UnitType type)
{
    Unit u;
    u.parent = parent;
    u.name = std::move(name);
    u.type = type;
    m_units.push_back(std::move(u));
    return UnitIndex(m_units.size() - 1);
}

void Builder::agents(int count, int domains, GeneratedEnvironment &env)
{
    m_domainAgents.assign(std::size_t(domains), {});
    std::vector<int> perDomain(std::size_t(domains), 0);
    for (int k = 0; k < count; ++k) {
        const int d = k % domains;
        const int n = ++perDomain[std::size_t(d)];
        const char *role = kRoles[std::size_t(m_rng.between(0, int(kRoles.size()) - 1))];
        ExecutionAgent a;
        a.name = QStringLiteral("%1-%2%3").arg(QLatin1String(kDomains[std::size_t(d)]),
                                               QLatin1String(role), twoDigits(n));
        a.host = a.name.toLower();
        a.windows = {ConcurrencyWindow{0, 0, quint32(m_rng.between(20, 60))}};
        a.description = QStringLiteral("%1 %2 server")
                            .arg(QLatin1String(kDomains[std::size_t(d)]), QLatin1String(role));
        const QString third = QString::number(k / 250), fourth = QString::number(k % 250 + 1);
        env.primaryHosts.entries.append(
            {a.host, {QStringLiteral("10.10.%1.%2").arg(third, fourth)}, QString()});
        env.drHosts.entries.append(
            {a.host, {QStringLiteral("10.20.%1.%2").arg(third, fourth)}, QString()});
        env.primaryAgents.append(a);
        // Most agents are pre-registered in DR (recommended); the rest are step 3's work.
        if (!m_rng.chance(8)) {
            ExecutionAgent dr = a;
            dr.description += QStringLiteral(" (DR standby)");
            env.drAgents.append(dr);
        }
        m_agentNames << a.name;
        m_domainAgents[std::size_t(d)].push_back(k);
    }
}

ScheduleRule Builder::schedule()
{
    // A busy day: about three in four root jobnets started in the last 16 hours, the rest start
    // within the next 8 hours. Start times fall on 5-minute marks, many on the hour.
    const qint64 step = 5 * jst::kMinuteMs;
    const qint64 base = m_nowMs / step * step;
    qint64 at = 0;
    if (m_rng.chance(72)) {
        at = base - qint64(m_rng.between(0, 16 * 12 - 1)) * step;
    } else {
        at = base + qint64(m_rng.between(1, 8 * 12)) * step;
    }
    if (m_rng.chance(20))
        at = at / (12 * step) * (12 * step); // on the hour
    ScheduleRule rule;
    rule.number = 1;
    rule.startDate = jst::date(at);
    rule.startMinute = jst::minuteOfDay(at);
    rule.cycleCount = 1;
    rule.cycleUnit = CycleUnit::Day;
    return rule;
}

void Builder::relate(const std::vector<UnitIndex> &siblings)
{
    const int n = int(siblings.size());
    for (int i = 1; i < n; ++i) {
        if (m_rng.chance(5))
            continue; // starts with the jobnet, in parallel
        const int first = m_rng.chance(75) ? i - 1 : m_rng.between(std::max(0, i - 4), i - 1);
        m_relations.push_back(
            {siblings[std::size_t(first)], siblings[std::size_t(i)], RelationKind::Sequence});
        if (i >= 2 && m_rng.chance(12)) {
            const int second = m_rng.between(std::max(0, i - 5), i - 1);
            if (second != first)
                m_relations.push_back({siblings[std::size_t(second)], siblings[std::size_t(i)],
                                       RelationKind::Sequence});
        }
    }
}

void Builder::children(UnitIndex jobnet, int domain, int jobs, int nestedJobs,
                       const QList<int> &agents)
{
    const int direct = jobs - nestedJobs + (nestedJobs > 0 ? 1 : 0);
    const int nestedAt = nestedJobs > 0 ? m_rng.between(1, direct - 1) : -1;
    std::vector<UnitIndex> siblings;
    siblings.reserve(std::size_t(direct));
    for (int i = 0; i < direct; ++i) {
        if (i == nestedAt) {
            const UnitIndex sub =
                add(jobnet, QStringLiteral("SUB_") + twoDigits(i + 1), UnitType::Jobnet);
            ++m_summary.jobnets;
            siblings.push_back(sub);
            children(sub, domain, nestedJobs, 0, agents);
            continue;
        }
        UnitType type = m_rng.chance(58) ? UnitType::UnixJob : UnitType::PcJob;
        if (i == 0 && m_rng.chance(15))
            type = UnitType::FileWaitJob; // waits for the input file before the chain starts
        const char *verb = kVerbs[std::size_t(m_rng.between(0, int(kVerbs.size()) - 1))];
        const UnitIndex job =
            add(jobnet, QLatin1String(verb) + QLatin1Char('_') + twoDigits(i + 1), type);
        ++m_summary.jobs;
        if (!m_rng.chance(2)) // a few run on the manager host (@SYSTEM)
            m_units[std::size_t(job)].agent =
                m_agentNames[agents[m_rng.between(0, int(agents.size()) - 1)]];
        if (m_rng.chance(3)) {
            auto details = std::make_shared<UnitDetails>();
            details->comment =
                QStringLiteral("Step %1 of %2").arg(i + 1).arg(m_units[std::size_t(jobnet)].name);
            m_units[std::size_t(job)].details = std::move(details);
        }
        siblings.push_back(job);
    }
    Q_UNUSED(domain)
    relate(siblings);
}

void Builder::jobnet(UnitIndex group, int domain, int jobs, bool nested)
{
    ++m_jobnetNumber;
    const char *kind = kJobnetKinds[std::size_t(m_rng.between(0, int(kJobnetKinds.size()) - 1))];
    const QString name =
        QStringLiteral("%1_%2_%3")
            .arg(QLatin1String(kDomains[std::size_t(domain)]), QLatin1String(kind),
                 QString::number(m_jobnetNumber).rightJustified(5, QLatin1Char('0')));
    const UnitIndex root = add(group, name, UnitType::Jobnet);
    auto details = std::make_shared<UnitDetails>();
    details->comment =
        QStringLiteral("%1 batch %2")
            .arg(QLatin1String(kDomains[std::size_t(domain)]), QString::fromLatin1(kind).toLower());
    details->schedule = {schedule()};
    m_units[std::size_t(root)].details = std::move(details);
    ++m_summary.rootJobnets;
    ++m_summary.jobnets;
    // One to three agents of the jobnet's business domain run its jobs.
    const std::vector<int> &pool = m_domainAgents[std::size_t(domain)];
    QList<int> agents;
    const int wanted = std::min(int(pool.size()), m_rng.between(1, 3));
    const int first = m_rng.between(0, int(pool.size()) - 1);
    for (int k = 0; k < wanted; ++k)
        agents << pool[std::size_t((first + k) % int(pool.size()))];
    const int nestedJobs = nested ? std::min(jobs - 2, m_rng.between(3, 10)) : 0;
    children(root, domain, jobs, nestedJobs, agents);
}

void Builder::units(qint64 total, int domains)
{
    m_units.reserve(std::size_t(total));
    m_relations.reserve(std::size_t(total + total / 8));
    for (int d = 0; d < domains; ++d)
        add(kNoUnit, QLatin1String(kDomains[std::size_t(d)]), UnitType::JobGroup);
    m_summary.groups = domains;
    std::vector<int> groupsPerDomain(std::size_t(domains), 0);
    qint64 remaining = total - domains;
    int groupNumber = 0;
    // Every remainder is either 0 or enough for a group with one jobnet of 5 jobs (7 units):
    // a jobnet absorbs a smaller tail, so the total is exact.
    while (remaining > 0) {
        const int domain = groupNumber++ % domains;
        const int number = ++groupsPerDomain[std::size_t(domain)];
        const UnitIndex group = add(UnitIndex(domain),
                                    QStringLiteral("%1_G%2")
                                        .arg(QLatin1String(kDomains[std::size_t(domain)]))
                                        .arg(number, 3, 10, QLatin1Char('0')),
                                    UnitType::JobGroup);
        ++m_summary.groups;
        --remaining;
        const int jobnets = m_rng.between(20, 80);
        for (int j = 0; j < jobnets && remaining > 0; ++j) {
            int jobs = m_rng.between(5, 50);
            bool nested = jobs >= 8 && m_rng.chance(25);
            qint64 size = 1 + jobs + (nested ? 1 : 0);
            if (remaining - size < 7) {
                size = remaining;
                jobs = int(size - 1 - (nested ? 1 : 0));
                if (nested && jobs < 8) {
                    nested = false;
                    jobs = int(size - 1);
                }
            }
            jobnet(group, domain, jobs, nested);
            remaining -= size;
        }
    }
}

} // namespace

Status EnvironmentGenerator::validate(const GenerateOptions &options)
{
    if (options.units < GenerateOptions::kMinUnits || options.units > GenerateOptions::kMaxUnits) {
        return Error::badInput(QStringLiteral("units"),
                               tr("The number of units must be between %1 and %2.")
                                   .arg(GenerateOptions::kMinUnits)
                                   .arg(GenerateOptions::kMaxUnits));
    }
    return {};
}

GeneratedEnvironment EnvironmentGenerator::build(const GenerateOptions &options, qint64 nowMs,
                                                 qint64 firstSerial, quint32 simSeed)
{
    GeneratedEnvironment env;
    const int domains = int(std::clamp<qint64>(options.units / 5000, 1, qint64(kDomains.size())));
    const int agentCount = int(std::clamp<qint64>(options.units / 2000, 50, 500));
    Builder builder(options, nowMs);
    builder.agents(agentCount, domains, env);
    builder.units(options.units, domains);
    env.summary = builder.m_summary;
    env.summary.units = qint64(builder.m_units.size());
    env.summary.relations = qint64(builder.m_relations.size());
    env.summary.agents = env.primaryAgents.size();
    env.summary.drAgents = env.drAgents.size();
    env.tree = std::make_shared<const UnitTree>(std::move(builder.m_units),
                                                std::move(builder.m_relations));
    env.states = BusyDay::states(*env.tree, nowMs, firstSerial, simSeed, env.lastSerial);
    return env;
}

Status EnvironmentGenerator::apply(EngineContext &ctx, const GenerateOptions &options,
                                   GenerateSummary &summary)
{
    if (auto s = validate(options); !s)
        return s;
    QElapsedTimer timer;
    timer.start();
    ConsoleState &st = ctx.state;
    GeneratedEnvironment env = build(options, st.clockMs, st.execSerial, st.seed);
    RegionData &primary = st.region(RegionId::Primary);
    RegionData &dr = st.region(RegionId::Dr);
    // The old pending set indexes the old tree: settle it before the tree changes.
    st.resetPendingSync();
    primary.tree = env.tree;
    primary.states = std::move(env.states);
    primary.runtime.definitionsRevision =
        std::max(primary.runtime.definitionsRevision, dr.runtime.definitionsRevision) + 1;
    primary.runtime.changedSinceSync = 0;
    // DR's copy belonged to the replaced environment; the next sync copies the new one whole.
    dr.tree = std::make_shared<const UnitTree>();
    dr.states.clear();
    st.pendingSyncMark.assign(primary.states.size(), 0);
    st.definitionsPending = true;
    st.execSerial = std::max(st.execSerial, env.lastSerial);
    for (RegionId id : kAllRegions) {
        RegionData &r = st.region(id);
        const bool isDr = id == RegionId::Dr;
        r.agents = {ExecutionAgent::systemAgent(r.runtime.managerHost)};
        r.agents.append(isDr ? env.drAgents : env.primaryAgents);
        const bool ipv6 = r.hosts.ipv6Enabled;
        r.hosts = isDr ? env.drHosts : env.primaryHosts;
        r.hosts.ipv6Enabled = ipv6;
        Mutation::PerRegion &m = ctx.mutation.region(id);
        m.tree = m.agents = m.hosts = m.runtime = true;
        if (!r.hasConfiguredConnection()) {
            r.connections.append(connectionFor(id, options.seed));
            m.connections = true;
        }
        ctx.scheduler(id).rebuild(st.clockMs);
    }
    ctx.mutation.settings = true;
    summary = env.summary;
    summary.buildMs = timer.elapsed();
    ctx.mutation.audited(QStringLiteral("environment.generate"),
                         QStringLiteral("Synthetic environment generated (seed %1): %2 units, %3 "
                                        "groups, %4 jobnets (%5 root), %6 jobs, %7 relations, %8 "
                                        "agents (%9 pre-registered in DR)")
                             .arg(options.seed)
                             .arg(summary.units)
                             .arg(summary.groups)
                             .arg(summary.jobnets)
                             .arg(summary.rootJobnets)
                             .arg(summary.jobs)
                             .arg(summary.relations)
                             .arg(summary.agents)
                             .arg(summary.drAgents));
    return {};
}

NetworkConnection EnvironmentGenerator::connectionFor(RegionId region, quint32 seed)
{
    Rng rng(quint64(seed) ^ (region == RegionId::Dr ? 0xd1ULL : 0x71ULL));
    auto hex = [&rng](int digits) {
        QString s;
        for (int i = 0; i < digits; ++i)
            s += QLatin1Char("0123456789abcdef"[rng.next() % 16]);
        return s;
    };
    NetworkConnection c;
    c.region = region;
    c.kind = ConnectionKind::AwsTransitGateway;
    c.label = region == RegionId::Dr ? QStringLiteral("Customer VPC (Osaka)")
                                     : QStringLiteral("Customer VPC (Tokyo)");
    c.awsAccountId = QString::number(100000000000ULL + rng.next() % 800000000000ULL);
    c.vpcId = QStringLiteral("vpc-") + hex(17);
    c.tgwAttachmentId = QStringLiteral("tgw-attach-") + hex(17);
    c.cidrBlocks = {region == RegionId::Dr ? QStringLiteral("10.20.0.0/16")
                                           : QStringLiteral("10.10.0.0/16")};
    return c;
}

} // namespace dr
