// The demo environment (resources/demo): the definitions, agents, host information, connections
// and contract have the shape the walkthroughs rely on, counted from the data; and a disaster at
// any working hour of 2026-11-25 catches work in flight (jobs running and jobs waiting).
#include "TestSupport.h"

#include "interop/AjsprintDocument.h"
#include "interop/DemoEnvironment.h"
#include "model/Validation.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;

namespace {

QString readDemo(const QString &name)
{
    QFile f(QStringLiteral(":/demo/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QSet<QString> agentNames(const RegionData &r)
{
    QSet<QString> names;
    for (const ExecutionAgent &a : r.agents)
        names.insert(a.name);
    return names;
}

bool isJob(UnitType type)
{
    const UnitKind kind = unitKind(type);
    return kind != UnitKind::Group && kind != UnitKind::Jobnet && kind != UnitKind::StartCondition;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void definitionsParse();
    void units();
    void rootJobnets();
    void jobTypes();
    void agents();
    void hosts();
    void connectionsAndContract();
    void workInFlightAllDay();

private:
    ConsoleState m_demo; // as seeded, before any simulation
};

void TestDemo::initTestCase()
{
    auto demo = DemoEnvironment::demo(drtest::demoStartMs());
    QVERIFY2(demo, qPrintable(demo.error().message));
    m_demo = std::move(*demo);
}

void TestDemo::definitionsParse()
{
    const QString text = readDemo(QStringLiteral("definitions.ajs"));
    QVERIFY(!text.isEmpty());
    const AjsprintDocument doc = Ajsprint::parse(text);
    QVERIFY2(doc.ok(), qPrintable(formatIssues(doc.errors)));
    QVERIFY2(doc.warnings.isEmpty(), qPrintable(formatIssues(doc.warnings)));
    QCOMPARE(doc.encoding, TextEncoding::Utf8);
    const UnitTree &tree = *m_demo.region(RegionId::Primary).tree;
    QCOMPARE(qsizetype(doc.units.size()), tree.size());
    // One unit per unit= and one relation per ar= in the file.
    QCOMPARE(qsizetype(doc.units.size()), text.count(QStringLiteral("unit=")));
    QCOMPARE(qsizetype(doc.relations.size()), text.count(QStringLiteral("ar=(")));
    for (UnitIndex i = 0; i < tree.size(); ++i)
        QCOMPARE(doc.path(i), tree.path(i));
    // The simulation table names only units that exist (it is applied at seeding).
    const QStringList rows = readDemo(QStringLiteral("simulation.tsv")).split(QLatin1Char('\n'));
    int simulated = 0;
    for (const QString &row : rows) {
        if (row.isEmpty() || row.startsWith(QLatin1Char('#')))
            continue;
        const QString path = row.section(QLatin1Char('\t'), 0, 0);
        QVERIFY2(tree.find(path) != kNoUnit, qPrintable(path));
        QVERIFY2(tree.unit(tree.find(path)).simDurationSec > 0, qPrintable(path));
        ++simulated;
    }
    QVERIFY(simulated >= 130);
}

void TestDemo::units()
{
    const UnitTree &tree = *m_demo.region(RegionId::Primary).tree;
    int groups = 0, jobnets = 0, jobs = 0;
    for (UnitIndex i = 0; i < tree.size(); ++i) {
        const UnitType type = tree.unit(i).type;
        groups += type == UnitType::JobGroup;
        jobnets += unitKind(type) == UnitKind::Jobnet;
        jobs += isJob(type);
        QVERIFY2(type != UnitType::Other, qPrintable(tree.path(i)));
    }
    QCOMPARE(groups, 4);
    QCOMPARE(jobnets, 26);
    QCOMPARE(jobs, 139);
    QCOMPARE(tree.size(), qsizetype(4 + 26 + 139));
    QVERIFY(!tree.relations().empty());
    // Every job sits in a jobnet, every jobnet in a group or jobnet.
    for (UnitIndex i = 0; i < tree.size(); ++i) {
        const Unit &u = tree.unit(i);
        if (u.type == UnitType::JobGroup)
            continue;
        QVERIFY2(u.parent != kNoUnit, qPrintable(tree.path(i)));
        QVERIFY2(tree.rootJobnetOf(i) != kNoUnit, qPrintable(tree.path(i)));
    }
    // The DR region gets the definitions with the first sync, not at seeding.
    QCOMPARE(m_demo.region(RegionId::Dr).tree->size(), qsizetype(0));
    QVERIFY(m_demo.definitionsPending);
}

void TestDemo::rootJobnets()
{
    const RegionData &primary = m_demo.region(RegionId::Primary);
    const UnitTree &tree = *primary.tree;
    QStringList scheduled, unregistered, nested;
    for (UnitIndex root : tree.rootJobnets()) {
        QCOMPARE(unitKind(tree.unit(root).type), UnitKind::Jobnet);
        QCOMPARE(tree.unit(tree.unit(root).parent).type, UnitType::JobGroup);
        const UnitState &s = primary.states[std::size_t(root)];
        if (!tree.unit(root).detailsOrEmpty().schedule.isEmpty()) {
            scheduled << tree.path(root);
            QCOMPARE(s.status, UnitStatus::TimeWait);
            QVERIFY(s.scheduledMs > drtest::demoStartMs());
        } else {
            unregistered << tree.path(root);
            QCOMPARE(s.status, UnitStatus::Unregistered);
        }
    }
    for (UnitIndex i = 0; i < tree.size(); ++i) {
        if (unitKind(tree.unit(i).type) == UnitKind::Jobnet && !tree.isRootJobnet(i))
            nested << tree.path(i);
    }
    QCOMPARE(scheduled.size() + unregistered.size(), 25);
    QCOMPARE(scheduled.size(), 24);
    QCOMPARE(unregistered, QStringList{QStringLiteral("/SALES/ADHOC_REINDEX")});
    QCOMPARE(nested, QStringList{QStringLiteral("/LOGISTICS/WH_ALLOC/PREP")});
}

void TestDemo::jobTypes()
{
    const UnitTree &tree = *m_demo.region(RegionId::Primary).tree;
    QHash<UnitType, int> byType;
    for (UnitIndex i = 0; i < tree.size(); ++i)
        ++byType[tree.unit(i).type];
    const std::pair<const char *, UnitType> required[] = {
        {"Unix job (j)", UnitType::UnixJob},
        {"PC job (pj)", UnitType::PcJob},
        {"file monitoring (flwj)", UnitType::FileWaitJob},
        {"JP1 event reception (evwj)", UnitType::EventWaitJob},
        {"interval control (tmwj)", UnitType::IntervalWaitJob},
        {"OR job (orj)", UnitType::OrJob},
        {"judgment job (jdj)", UnitType::JudgmentJob},
        {"jobnet connector (nc)", UnitType::JobnetConnector},
        {"recovery Unix job (rj)", UnitType::RecoveryUnixJob},
        {"email sending (mlsj)", UnitType::MailSendJob},
    };
    for (const auto &[name, type] : required)
        QVERIFY2(byType.value(type) >= 1, name);
}

void TestDemo::agents()
{
    const RegionData &primary = m_demo.region(RegionId::Primary);
    const RegionData &dr = m_demo.region(RegionId::Dr);
    QCOMPARE(primary.agents.size(), qsizetype(11));
    QCOMPARE(dr.agents.size(), qsizetype(7));
    for (const RegionData *r : {&primary, &dr}) {
        QVERIFY(r->findAgent(kSystemAgent));
        QVERIFY(r->findAgent(kSystemAgent)->isSystem());
        QCOMPARE(r->findAgent(kSystemAgent)->host, r->runtime.managerHost);
        QCOMPARE(agentNames(*r).size(), r->agents.size()); // no duplicates
        for (const ExecutionAgent &a : r->agents)
            QVERIFY2(r->hosts.resolves(a.host) || a.isSystem(), qPrintable(a.name));
    }
    QSet<QString> missing = agentNames(primary) - agentNames(dr);
    QCOMPARE(missing, (QSet<QString>{QStringLiteral("WH-LABEL"), QStringLiteral("FIN-PRINT"),
                                     QStringLiteral("DWH-ETL"), QStringLiteral("CARRIER-IF")}));
    QVERIFY((agentNames(dr) - agentNames(primary)).isEmpty());

    // Every agent a job names exists in the primary; each one missing in DR is used by a job.
    const UnitTree &tree = *primary.tree;
    QSet<QString> used;
    for (UnitIndex i = 0; i < tree.size(); ++i) {
        if (!usesAgent(tree.unit(i).type))
            continue;
        const QString agent = tree.effectiveAgent(i);
        QVERIFY2(primary.findAgent(agent), qPrintable(tree.path(i) + QStringLiteral(": ") + agent));
        used.insert(agent);
    }
    for (const QString &name : std::as_const(missing))
        QVERIFY2(used.contains(name), qPrintable(name));

    // ORDERDB is smaller in DR.
    QVERIFY(primary.findAgent(QStringLiteral("ORDERDB")) &&
            dr.findAgent(QStringLiteral("ORDERDB")));
    for (int minute : {0, 10 * 60 + 30, 23 * 60 + 30}) {
        QCOMPARE(primary.findAgent(QStringLiteral("ORDERDB"))->limitAt(minute), 4u);
        QCOMPARE(dr.findAgent(QStringLiteral("ORDERDB"))->limitAt(minute), 2u);
    }
}

void TestDemo::hosts()
{
    const HostTable &primary = m_demo.region(RegionId::Primary).hosts;
    const HostTable &dr = m_demo.region(RegionId::Dr).hosts;
    QCOMPARE(primary.entries.size(), qsizetype(10));
    QVERIFY(!primary.ipv6Enabled && !dr.ipv6Enabled);
    for (const HostEntry &h : primary.entries) {
        QVERIFY(!h.addresses.isEmpty());
        for (const QString &a : h.addresses)
            QVERIFY2(a.startsWith(QLatin1String("10.10.")),
                     qPrintable(h.name + QLatin1Char(' ') + a));
        const HostEntry *d = dr.find(h.name);
        QVERIFY2(d, qPrintable(h.name));
        for (const QString &a : d->addresses)
            QVERIFY2(a.startsWith(QLatin1String("10.20.")),
                     qPrintable(d->name + QLatin1Char(' ') + a));
    }
    QStringList extra;
    for (const HostEntry &h : dr.entries) {
        if (!primary.find(h.name))
            extra << h.name;
    }
    QCOMPARE(extra, QStringList{QStringLiteral("dr-jump01")});
    QCOMPARE(dr.entries.size(), qsizetype(11));
}

void TestDemo::connectionsAndContract()
{
    for (RegionId id : kAllRegions) {
        const RegionData &r = m_demo.region(id);
        QCOMPARE(r.connections.size(), qsizetype(1));
        const NetworkConnection &c = r.connections.first();
        QCOMPARE(c.kind, ConnectionKind::AwsTransitGateway);
        QCOMPARE(c.region, id);
        QVERIFY(c.isConfigured());
        QVERIFY(r.hasConfiguredConnection());
        QVERIFY2(Validation::connection(c).isEmpty(), qPrintable(c.label));
        QCOMPARE(c.cidrBlocks,
                 QStringList{id == RegionId::Primary ? QStringLiteral("10.10.0.0/16")
                                                     : QStringLiteral("10.20.0.0/16")});
    }
    const Contract &contract = m_demo.contract;
    QCOMPARE(contract.primaryTier, ServiceTier::Enterprise);
    QCOMPARE(contract.authLinkage, false);
    QCOMPARE(contract.accessPath, AccessPath::ClosedNetwork);
    QCOMPARE(contract.drEdition, DrEdition::Standard);
    QVERIFY(!contract.customerName.isEmpty());
    QVERIFY(contract.maintenanceDate.isValid());
}

// For every 15-minute point from 08:00 to 18:00 JST on 2026-11-25, a disaster would find at
// least three jobs running and at least one waiting in the primary. All gaps are reported at once.
void TestDemo::workInFlightAllDay()
{
    const QDate day(2026, 11, 25);
    QTemporaryDir dir;
    auto console =
        drtest::demoConsole(dir, QStringLiteral("flight.db"), jst::toUtcMs(day, 7 * 60 + 45));
    QVERIFY(console);
    QStringList gaps;
    int points = 0;
    for (int minute = 8 * 60; minute <= 18 * 60; minute += 15) {
        DR_VERIFY_OK(console->advanceClock(Operator::system(), 15 * 60 * 1000));
        QCOMPARE(console->clockMs(), jst::toUtcMs(day, minute));
        ++points;
        const RegionData &p = console->region(RegionId::Primary);
        const UnitTree &tree = *p.tree;
        QStringList running, waiting;
        for (UnitIndex i = 0; i < tree.size(); ++i) {
            if (!isJob(tree.unit(i).type))
                continue;
            const UnitStatus s = p.states[std::size_t(i)].status;
            const UnitIndex root = tree.rootJobnetOf(i);
            const bool rootRunning =
                root != kNoUnit && isRunningStatus(p.states[std::size_t(root)].status);
            if (isRunningStatus(s))
                running << tree.path(i);
            else if (s == UnitStatus::Queuing || s == UnitStatus::ExecWait ||
                     (s == UnitStatus::TermWait && rootRunning))
                waiting << tree.path(i);
        }
        if (running.size() < 3 || waiting.isEmpty()) {
            gaps << QStringLiteral("%1 running=%2 [%3] waiting=%4")
                        .arg(formatMinute(minute))
                        .arg(running.size())
                        .arg(running.join(QLatin1Char(' ')))
                        .arg(waiting.size());
        }
    }
    QCOMPARE(points, 41);
    QVERIFY2(gaps.isEmpty(), qPrintable(QStringLiteral("\n") + gaps.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
