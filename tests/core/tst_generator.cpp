// The synthetic environment generator (drctl generate, drbench): exact unit counts, determinism,
// valid names and relations, a consistent tree, plausible busy-day statuses that the scheduler
// continues from, and the facade action (role, switchover refusal, audit, one saved transaction).
#include "StateCompare.h"
#include "TestSupport.h"

#include "engine/EnvironmentGenerator.h"
#include "engine/SimDefaults.h"
#include "model/Validation.h"
#include "rules/Aggregation.h"
#include "runbook/Preflight.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using drtest::kCustomer;
using drtest::kProvider;

namespace {

GeneratedEnvironment build(qint64 units, quint32 seed = 1)
{
    return EnvironmentGenerator::build({units, seed}, drtest::demoNowMs(), 0, 20261125);
}

// Executable descendants of a root jobnet (jobs and nested jobnets' jobs).
int jobsUnder(const UnitTree &tree, UnitIndex root)
{
    int n = 0;
    for (UnitIndex i : tree.subtree(root))
        n += unitKind(tree.unit(i).type) != UnitKind::Jobnet && isExecutable(tree.unit(i).type) ? 1
                                                                                                : 0;
    return n;
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactCount_data();
    void exactCount();
    void deterministic();
    void validDefinitions();
    void agentsAndHosts();
    void plausibleStatuses();
    void schedulerContinues();
    void facadeGeneratesAndSaves();
    void facadeRefusals();
};

void TestGenerator::exactCount_data()
{
    QTest::addColumn<qint64>("units");
    for (qint64 n : {10, 11, 13, 16, 57, 999, 5000, 12345, 40001})
        QTest::addRow("%lld", n) << n;
}

void TestGenerator::exactCount()
{
    QFETCH(qint64, units);
    const GeneratedEnvironment env = build(units);
    QCOMPARE(env.tree->size(), units);
    QCOMPARE(qint64(env.states.size()), units);
    const GenerateSummary &s = env.summary;
    QCOMPARE(s.units, units);
    QCOMPARE(s.groups + s.jobnets + s.jobs, units);
    QCOMPARE(s.rootJobnets, qint64(env.tree->rootJobnets().size()));
    QCOMPARE(s.relations, qint64(env.tree->relations().size()));
    QVERIFY(s.rootJobnets >= 1);
}

void TestGenerator::deterministic()
{
    const GeneratedEnvironment a = build(20000, 7);
    const GeneratedEnvironment b = build(20000, 7);
    QVERIFY(a.tree->sameDefinitions(*b.tree));
    QVERIFY(a.states == b.states);
    QVERIFY(a.primaryAgents == b.primaryAgents);
    QVERIFY(a.drAgents == b.drAgents);
    QVERIFY(a.primaryHosts == b.primaryHosts && a.drHosts == b.drHosts);
    QCOMPARE(a.lastSerial, b.lastSerial);
    const GeneratedEnvironment c = build(20000, 8);
    QVERIFY(!a.tree->sameDefinitions(*c.tree));
}

void TestGenerator::validDefinitions()
{
    const GeneratedEnvironment env = build(30000, 3);
    const UnitTree &t = *env.tree;
    QHash<QPair<UnitIndex, QString>, UnitIndex> siblings;
    for (UnitIndex i = 0; i < t.size(); ++i) {
        const Unit &u = t.unit(i);
        DR_VERIFY_OK(Validation::unitName(u.name));
        QVERIFY2(u.parent < i, qPrintable(t.path(i)));
        QVERIFY2(!siblings.contains({u.parent, u.name}), qPrintable(t.path(i)));
        siblings.insert({u.parent, u.name}, i);
        DR_VERIFY_OK(Validation::unitPath(t.path(i)));
        QVERIFY(t.depth(i) <= 4); // group / group / jobnet / nested jobnet / job
        QCOMPARE(t.find(t.path(i)), i);
        if (u.parent == kNoUnit || unitKind(t.unit(u.parent).type) == UnitKind::Group)
            QVERIFY2(unitKind(u.type) != UnitKind::Job, "jobs live in jobnets");
        if (usesAgent(u.type) && !u.agent.isEmpty())
            DR_VERIFY_OK(Validation::agentName(u.agent));
        if (u.details)
            DR_VERIFY_OK(Validation::unitComment(u.details->comment));
    }
    QVERIFY(t.topLevel().size() <= std::size_t(Validation::kMaxChildrenPerLevel));
    for (const Relation &r : t.relations()) {
        QCOMPARE(t.unit(r.from).parent, t.unit(r.to).parent); // within one jobnet
        QVERIFY(r.from < r.to);
        QCOMPARE(unitKind(t.unit(t.unit(r.to).parent).type), UnitKind::Jobnet);
    }
    int nested = 0;
    for (UnitIndex root : t.rootJobnets()) {
        QCOMPARE(unitKind(t.unit(t.unit(root).parent).type), UnitKind::Group);
        const int jobs = jobsUnder(t, root);
        QVERIFY2(jobs >= 5 && jobs <= 56,
                 qPrintable(QStringLiteral("%1: %2 jobs").arg(t.path(root)).arg(jobs)));
        QVERIFY(t.unit(root).details && t.unit(root).details->schedule.size() == 1);
        for (UnitIndex c : t.children(root))
            nested += unitKind(t.unit(c).type) == UnitKind::Jobnet ? 1 : 0;
    }
    QVERIFY(nested > 0);
    QVERIFY(qint64(t.relations().size()) > env.summary.jobs / 2);
}

void TestGenerator::agentsAndHosts()
{
    for (qint64 units : {qint64(10000), qint64(400000)}) {
        const GeneratedEnvironment env = build(units, 5);
        const qint64 expected = std::clamp<qint64>(units / 2000, 50, 500);
        QCOMPARE(qint64(env.primaryAgents.size()), expected);
        QVERIFY(env.drAgents.size() < env.primaryAgents.size());         // some are step 3's work
        QVERIFY(env.drAgents.size() > env.primaryAgents.size() * 3 / 4); // most pre-registered
        QSet<QString> names;
        for (const ExecutionAgent &a : env.primaryAgents) {
            DR_VERIFY_OK(Validation::agentName(a.name));
            DR_VERIFY_OK(Validation::executionHostResolves(a.host, env.primaryHosts));
            DR_VERIFY_OK(Validation::executionHostResolves(a.host, env.drHosts));
            names.insert(a.name.toLower());
        }
        QCOMPARE(names.size(), env.primaryAgents.size());
        for (UnitIndex i = 0; i < env.tree->size(); ++i) {
            const QString &agent = env.tree->unit(i).agent;
            QVERIFY(agent.isEmpty() || names.contains(agent.toLower()));
        }
    }
}

void TestGenerator::plausibleStatuses()
{
    const qint64 now = drtest::demoNowMs();
    const GeneratedEnvironment env = build(50000, 11);
    const UnitTree &t = *env.tree;
    // Jobnet statuses are what aggregation makes of their children (except a nested jobnet that
    // ended "Not executed + Ended" after an abnormal predecessor: its children never started).
    for (UnitIndex i = 0; i < t.size(); ++i) {
        const UnitState &s = env.states[std::size_t(i)];
        if (unitKind(t.unit(i).type) != UnitKind::Jobnet || s.status == UnitStatus::Unexec)
            continue;
        const Aggregation::Counts c = Aggregation::count(t, env.states, i);
        if (c.total > 0)
            QCOMPARE(statusCode(Aggregation::statusFor(c, s.status)), statusCode(s.status));
    }
    std::array<qint64, kStatusClassCount> classes{};
    qint64 executable = 0;
    for (UnitIndex i = 0; i < t.size(); ++i) {
        const UnitState &s = env.states[std::size_t(i)];
        const Unit &u = t.unit(i);
        if (!isExecutable(u.type)) {
            QCOMPARE(s.status, UnitStatus::Unregistered);
            continue;
        }
        ++executable;
        ++classes[std::size_t(statusClass(s.status))];
        QVERIFY(s.execSerial >= 0 && s.execSerial <= env.lastSerial);
        if (isEndStatus(s.status)) {
            QVERIFY2(s.endMs > 0 && s.endMs <= now, qPrintable(t.path(i)));
            QVERIFY(s.status == UnitStatus::Unexec ? s.startMs == 0 : s.startMs <= s.endMs);
        }
        if (isRunningStatus(s.status)) {
            QVERIFY2(s.startMs > 0 && s.startMs <= now,
                     qPrintable(t.path(i) +
                                QStringLiteral(" %1 %2").arg(statusCode(s.status)).arg(s.startMs)));
            if (usesAgent(u.type))
                QVERIFY2(s.startMs + sim::durationMs(t, i, 20261125) > now, qPrintable(t.path(i)));
        }
        if (t.isRootJobnet(i)) {
            QVERIFY2(s.scheduledMs > now, qPrintable(t.path(i))); // the next start is ahead
            if (s.status == UnitStatus::TimeWait)
                QCOMPARE(s.execSerial, 0);
        }
        // A job after an abnormal predecessor did not run.
        for (UnitIndex p : t.predecessors(i)) {
            if (statusClass(env.states[std::size_t(p)].status) == StatusClass::Abnormal &&
                isEndStatus(s.status))
                QCOMPARE(s.status, UnitStatus::Unexec);
        }
    }
    // A busy day: mostly ended, some running, some waiting.
    const qint64 ended = classes[int(StatusClass::Normal)] + classes[int(StatusClass::Warning)] +
                         classes[int(StatusClass::Abnormal)];
    QVERIFY2(ended * 2 > executable, qPrintable(QString::number(ended)));
    QVERIFY(classes[int(StatusClass::Running)] > 0);
    QVERIFY(classes[int(StatusClass::Running)] * 10 < executable);
    QVERIFY(classes[int(StatusClass::Wait)] > 0);
    QVERIFY(classes[int(StatusClass::Abnormal)] > 0);
    QVERIFY(classes[int(StatusClass::Warning)] > 0);
}

void TestGenerator::schedulerContinues()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    auto summary = console->generateEnvironment(kCustomer, {8000, 2});
    QVERIFY2(summary, qPrintable(summary.error().message));
    const RegionData &p = console->region(RegionId::Primary);
    qint64 runningBefore = 0;
    for (const UnitState &s : p.states)
        runningBefore += isRunningStatus(s.status) && s.startMs > 0 ? 1 : 0;
    QVERIFY(runningBefore > 0);
    const std::vector<UnitState> before = p.states;
    DR_VERIFY_OK(console->advanceClock(kCustomer, 20 * 60 * 1000));
    qint64 changed = 0;
    for (std::size_t i = 0; i < before.size(); ++i)
        changed += before[i] == p.states[i] ? 0 : 1;
    QVERIFY(changed > 0); // jobs ended, successors and new generations started
    // The sync inside the advance copied the whole new environment to DR.
    QCOMPARE(console->region(RegionId::Dr).tree->size(), qint64(8000));
}

void TestGenerator::facadeGeneratesAndSaves()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    QSignalSpy reset(console.get(), &Console::unitsReset);
    auto summary = console->generateEnvironment(kCustomer, {3000, 4});
    QVERIFY2(summary, qPrintable(summary.error().message));
    QCOMPARE(summary->units, qint64(3000));
    QVERIFY(summary->buildMs >= 0 && summary->saveMs >= 0);
    QVERIFY(reset.count() >= 2);
    QCOMPARE(console->region(RegionId::Primary).tree->size(), qint64(3000));
    QCOMPARE(console->region(RegionId::Dr).tree->size(), qint64(0));
    QVERIFY(console->state().definitionsPending);
    for (RegionId id : kAllRegions)
        QVERIFY(console->region(id).hasConfiguredConnection());
    auto audit = console->auditEntries({});
    QVERIFY(audit);
    QCOMPARE(audit->last().action, QStringLiteral("environment.generate"));
    QCOMPARE(audit->last().operatorName, kCustomer.name);
    QVERIFY(audit->last().details.contains(QStringLiteral("3000 units")));
    // What is in memory is what was saved.
    const ConsoleState memory = console->state();
    const QString path = console->databasePath();
    console.reset();
    auto reopened = drtest::openConsole(path);
    QVERIFY(reopened);
    DR_COMPARE_STATES(reopened->state(), memory);
    // The pre-flight of DR after a sync sees the agents that are not pre-registered there.
    DR_VERIFY_OK(reopened->syncNow(kCustomer));
    QCOMPARE(reopened->region(RegionId::Dr).tree->size(), qint64(3000));
    const PreflightResult pf = reopened->preflight(RegionId::Dr);
    bool missing = false;
    for (const PreflightFinding &f : pf.findings)
        missing = missing || f.code == QLatin1String("agent-missing");
    QVERIFY(missing);
}

void TestGenerator::facadeRefusals()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    const qsizetype units = console->region(RegionId::Primary).tree->size();
    auto provider = console->generateEnvironment(kProvider, {1000, 1});
    QVERIFY(!provider);
    QCOMPARE(provider.error().code, QStringLiteral("role"));
    auto tooSmall = console->generateEnvironment(kCustomer, {9, 1});
    QVERIFY(!tooSmall);
    QCOMPARE(tooSmall.error().kind, ErrorKind::BadInput);
    DR_VERIFY_OK(console->startSwitch(kCustomer, Phase::Failover, SwitchMode::Drill, QString()));
    auto during = console->generateEnvironment(kCustomer, {1000, 1});
    QVERIFY(!during);
    QCOMPARE(during.error().code, QStringLiteral("switchover-active"));
    QCOMPARE(console->region(RegionId::Primary).tree->size(), units); // nothing changed
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
