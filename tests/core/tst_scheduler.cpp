// The simulated manager (core/engine/Scheduler): jobnets start on schedule, jobs follow their
// relations, agents' concurrency windows and transfer restrictions hold, suppression keeps
// everything waiting, and abnormal ends, recovery units, judgment and OR jobs behave.

#include "TreeBuilder.h"
#include "engine/JapanTime.h"
#include "engine/Scheduler.h"

#include <QTest>

using namespace dr;

namespace {

qint64 at(int hour, int minute, int second = 0, int day = 25)
{
    return jst::toUtcMs(QDate(2026, 11, day), hour * 60 + minute) + second * 1000LL;
}

// One region with its scheduler, created at 08:00 on 2026-11-25.
struct Harness
{
    std::shared_ptr<const UnitTree> tree;
    RegionData region;
    qint64 serial = 100;
    std::unique_ptr<Scheduler> scheduler;

    Harness(const QString &ajsprint, const QMap<QString, drtest::SimSpec> &sims,
            QList<ExecutionAgent> agents, qint64 start = at(8, 0))
    {
        tree = drtest::buildTree(ajsprint, sims);
        region = drtest::makeRegion(tree, start, std::move(agents));
        scheduler = std::make_unique<Scheduler>(region, Scheduler::Context{&serial, 7});
        scheduler->rebuild(start);
    }
    UnitState &state(const char *path)
    {
        const UnitIndex i = tree->find(QString::fromLatin1(path));
        Q_ASSERT(i != kNoUnit);
        return region.states[std::size_t(i)];
    }
    UnitStatus status(const char *path) { return state(path).status; }
    void advance(qint64 to) { scheduler->advanceTo(to); }
};

QString net(const QString &body, const QString &schedule = QStringLiteral("sd=1,2026/11/25; st=1,09:00; cy=1,(1,d);"))
{
    return QStringLiteral("unit=/G,,,;{ty=g; unit=NET,,,;{ty=n; %1 %2}}").arg(schedule, body);
}

const QString kAbc = net(QStringLiteral(R"(
    ar=(f=A,t=B);
    unit=A,,,;{ty=j; ex="AG";}
    unit=B,,,;{ty=j; ex="AG";}
    unit=C,,,;{ty=pj; ex="AG";})"));

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smallJobnetRunsOnTime();
    void nextDayIsANewGeneration();
    void concurrencyLimitQueues();
    void concurrencyWindowOpens();
    void agentProblems_data();
    void agentProblems();
    void holdRestrictionKeepsQueuing();
    void suppressionKeepsEverythingWaiting();
    void runningJobsFinishUnderSuppression();
    void abnormalEndsStopSuccessorsAndRunRecovery();
    void judgmentFalseBypassesDependent();
    void orJobStartsOnFirstEnd();
    void nestedJobnetRunsWhole();
    void overlappingGenerationWaits();
    void nextOccurrence_data();
    void nextOccurrence();
    void rebuildResumesRunningJobs();
};

void TestScheduler::smallJobnetRunsOnTime()
{
    Harness h(kAbc, {{QStringLiteral("/G/NET/A"), {60}}, {QStringLiteral("/G/NET/B"), {120}},
                     {QStringLiteral("/G/NET/C"), {300}}},
              {drtest::agent(QStringLiteral("AG"), 5)});
    QCOMPARE(h.status("/G/NET"), UnitStatus::TimeWait);
    QCOMPARE(h.state("/G/NET").scheduledMs, at(9, 0));
    h.advance(at(8, 59, 59));
    QCOMPARE(h.status("/G/NET"), UnitStatus::TimeWait);
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::NoPlan);

    h.advance(at(9, 0, 30));
    QCOMPARE(h.status("/G/NET"), UnitStatus::Running);
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Running);
    QCOMPARE(h.status("/G/NET/C"), UnitStatus::Running);
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::TermWait);
    QCOMPARE(formatExecId(h.state("/G/NET").execSerial), QStringLiteral("@A101"));
    QCOMPARE(h.state("/G/NET/A").execSerial, h.state("/G/NET").execSerial);
    QCOMPARE(h.state("/G/NET/A").startMs, at(9, 0));

    h.advance(at(9, 1, 30));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Normal);
    QCOMPARE(h.state("/G/NET/A").endMs, at(9, 1));
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Running);
    QCOMPARE(h.state("/G/NET/B").startMs, at(9, 1));

    h.advance(at(9, 4));
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Normal);
    QCOMPARE(h.status("/G/NET"), UnitStatus::Running); // C still runs

    h.advance(at(9, 6));
    QCOMPARE(h.status("/G/NET/C"), UnitStatus::Normal);
    QCOMPARE(h.status("/G/NET"), UnitStatus::Normal);
    QCOMPARE(h.state("/G/NET").endMs, at(9, 5));
    QCOMPARE(h.state("/G/NET").scheduledMs, at(9, 0, 0, 26));
}

void TestScheduler::nextDayIsANewGeneration()
{
    Harness h(kAbc, {}, {drtest::agent(QStringLiteral("AG"))});
    h.advance(at(12, 0));
    const qint32 first = h.state("/G/NET").execSerial;
    QCOMPARE(h.status("/G/NET"), UnitStatus::Normal);
    h.advance(at(9, 0, 30, 26));
    QCOMPARE(h.status("/G/NET"), UnitStatus::Running);
    QCOMPARE(h.state("/G/NET").execSerial, first + 1);
    QCOMPARE(h.state("/G/NET/B").status, UnitStatus::TermWait);
    QCOMPARE(h.state("/G/NET/B").execSerial, first + 1);
    QCOMPARE(h.state("/G/NET/B").endMs, 0);
}

void TestScheduler::concurrencyLimitQueues()
{
    const QString three = net(QStringLiteral(R"(
        unit=J1,,,;{ty=j; ex="AG";}
        unit=J2,,,;{ty=j; ex="AG";}
        unit=J3,,,;{ty=j; ex="AG";})"));
    Harness h(three, {}, {drtest::agent(QStringLiteral("AG"), 1)});
    h.advance(at(9, 0, 10));
    int running = 0, queuing = 0;
    for (const char *j : {"/G/NET/J1", "/G/NET/J2", "/G/NET/J3"}) {
        running += h.status(j) == UnitStatus::Running;
        queuing += h.status(j) == UnitStatus::Queuing;
    }
    QCOMPARE(running, 1);
    QCOMPARE(queuing, 2);
    QCOMPARE(h.scheduler->runningOn(QStringLiteral("ag")), 1);
    QCOMPARE(h.scheduler->queuedOn(QStringLiteral("AG")), 2);
    // 60 s each, one at a time.
    h.advance(at(9, 1, 10));
    QCOMPARE(h.scheduler->queuedOn(QStringLiteral("AG")), 1);
    h.advance(at(9, 3, 10));
    QCOMPARE(h.status("/G/NET"), UnitStatus::Normal);
    QCOMPARE(h.state("/G/NET").endMs, at(9, 3));
}

void TestScheduler::concurrencyWindowOpens()
{
    ExecutionAgent ag = drtest::agent(QStringLiteral("AG"));
    ag.windows = {ConcurrencyWindow{9 * 60 + 30, 0, 2}, ConcurrencyWindow{0, 9 * 60, 1}};
    // 09:00-09:30 is covered by no window: no job may start then.
    const QString two = net(QStringLiteral(R"(
        unit=J1,,,;{ty=j; ex="AG";}
        unit=J2,,,;{ty=j; ex="AG";})"));
    Harness h(two, {}, {ag});
    h.advance(at(9, 29));
    QCOMPARE(h.status("/G/NET/J1"), UnitStatus::Queuing);
    QCOMPARE(h.status("/G/NET/J2"), UnitStatus::Queuing);
    h.advance(at(9, 30, 1));
    QCOMPARE(h.status("/G/NET/J1"), UnitStatus::Running);
    QCOMPARE(h.status("/G/NET/J2"), UnitStatus::Running);
    QCOMPARE(h.state("/G/NET/J1").startMs, at(9, 30));
}

void TestScheduler::agentProblems_data()
{
    QTest::addColumn<QString>("agentName");
    QTest::addColumn<int>("restriction");
    QTest::newRow("missing agent") << QStringLiteral("OTHER") << int(TransferRestriction::Effective);
    QTest::newRow("ineffective") << QStringLiteral("AG") << int(TransferRestriction::Ineffective);
    QTest::newRow("blockade") << QStringLiteral("AG") << int(TransferRestriction::Blockade);
}

void TestScheduler::agentProblems()
{
    QFETCH(QString, agentName);
    QFETCH(int, restriction);
    Harness h(kAbc, {}, {drtest::agent(agentName, 5, TransferRestriction(restriction))});
    h.advance(at(9, 0, 1));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Failed);
    QCOMPARE(h.state("/G/NET/A").exitCode, -1);
    QCOMPARE(h.status("/G/NET/C"), UnitStatus::Failed);
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Unexec); // its predecessor failed
    QCOMPARE(h.status("/G/NET"), UnitStatus::Abnormal);
}

void TestScheduler::holdRestrictionKeepsQueuing()
{
    Harness h(kAbc, {}, {drtest::agent(QStringLiteral("AG"), 5, TransferRestriction::Hold)});
    h.advance(at(15, 0));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Queuing);
    QCOMPARE(h.status("/G/NET/C"), UnitStatus::Queuing);
    QCOMPARE(h.status("/G/NET"), UnitStatus::Running);
    h.region.agents[1].restriction = TransferRestriction::Effective;
    h.scheduler->dispatchAll();
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Running);
    QCOMPARE(h.state("/G/NET/A").startMs, at(15, 0));
}

void TestScheduler::suppressionKeepsEverythingWaiting()
{
    Harness h(kAbc, {}, {drtest::agent(QStringLiteral("AG"))});
    h.region.runtime.suppressed = true;
    h.advance(at(9, 0, 0, 28)); // three days later
    QCOMPARE(h.status("/G/NET"), UnitStatus::TimeWait);
    for (const char *j : {"/G/NET/A", "/G/NET/B", "/G/NET/C"})
        QCOMPARE(h.status(j), UnitStatus::NoPlan);
    QVERIFY(h.scheduler->pendingAtRelease(at(9, 0, 0, 28)).size() >= 1);
    h.region.runtime.suppressed = false;
    const std::vector<UnitIndex> started = h.scheduler->release(at(9, 0, 0, 28));
    QVERIFY(!started.empty());
    QCOMPARE(h.status("/G/NET"), UnitStatus::Running);
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Running);
    // One catch-up generation, not one per missed day.
    QCOMPARE(h.state("/G/NET").execSerial, 101);
    QCOMPARE(h.state("/G/NET").scheduledMs, at(9, 0, 0, 29));
}

void TestScheduler::runningJobsFinishUnderSuppression()
{
    Harness h(kAbc, {{QStringLiteral("/G/NET/A"), {600}}}, {drtest::agent(QStringLiteral("AG"))});
    h.advance(at(9, 2));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Running);
    h.region.runtime.suppressed = true;
    h.advance(at(12, 0));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Normal);
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::TermWait); // ready, but suppressed
    QCOMPARE(h.status("/G/NET"), UnitStatus::Running);
    h.region.runtime.suppressed = false;
    h.scheduler->release(at(12, 0));
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Running);
    QCOMPARE(h.state("/G/NET/B").startMs, at(12, 0));
}

void TestScheduler::abnormalEndsStopSuccessorsAndRunRecovery()
{
    const QString text = net(QStringLiteral(R"(
        ar=(f=A,t=B); ar=(f=B,t=C); ar=(f=A,t=R);
        unit=A,,,;{ty=j; ex="AG";}
        unit=B,,,;{ty=j; ex="AG";}
        unit=C,,,;{ty=j; ex="AG";}
        unit=R,,,;{ty=rj; ex="AG";})"));
    Harness h(text, {{QStringLiteral("/G/NET/A"), {60, SimOutcome::Abnormal}}}, {drtest::agent(QStringLiteral("AG"))});
    h.advance(at(9, 1, 1));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Abnormal);
    QCOMPARE(h.state("/G/NET/A").exitCode, 8);
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Unexec);
    QCOMPARE(h.status("/G/NET/C"), UnitStatus::Unexec);
    QCOMPARE(h.status("/G/NET/R"), UnitStatus::Running);
    QCOMPARE(h.status("/G/NET"), UnitStatus::AbendRunning);
    h.advance(at(9, 3));
    QCOMPARE(h.status("/G/NET/R"), UnitStatus::Normal);
    QCOMPARE(h.status("/G/NET"), UnitStatus::Abnormal);

    // Without a failure the recovery job is not executed and the jobnet ends normally.
    Harness ok(text, {}, {drtest::agent(QStringLiteral("AG"))});
    ok.advance(at(9, 10));
    QCOMPARE(ok.status("/G/NET/R"), UnitStatus::Unexec);
    QCOMPARE(ok.status("/G/NET/C"), UnitStatus::Normal);
    QCOMPARE(ok.status("/G/NET"), UnitStatus::Normal);
}

void TestScheduler::judgmentFalseBypassesDependent()
{
    const QString text = net(QStringLiteral(R"(
        ar=(f=JD,t=DEP,con); ar=(f=JD,t=NEXT);
        unit=JD,,,;{ty=jdj;}
        unit=DEP,,,;{ty=j; ex="AG";}
        unit=NEXT,,,;{ty=j; ex="AG";})"));
    Harness no(text, {{QStringLiteral("/G/NET/JD"), {0, SimOutcome::False}}}, {drtest::agent(QStringLiteral("AG"))});
    no.advance(at(9, 5));
    QCOMPARE(no.status("/G/NET/JD"), UnitStatus::NormalFalse);
    QCOMPARE(no.status("/G/NET/DEP"), UnitStatus::Bypass);
    QCOMPARE(no.status("/G/NET/NEXT"), UnitStatus::Normal);
    QCOMPARE(no.status("/G/NET"), UnitStatus::Normal);

    Harness yes(text, {}, {drtest::agent(QStringLiteral("AG"))});
    yes.advance(at(9, 5));
    QCOMPARE(yes.status("/G/NET/JD"), UnitStatus::Normal);
    QCOMPARE(yes.status("/G/NET/DEP"), UnitStatus::Normal);
}

void TestScheduler::orJobStartsOnFirstEnd()
{
    const QString text = net(QStringLiteral(R"(
        ar=(f=FAST,t=OR); ar=(f=SLOW,t=OR); ar=(f=OR,t=AFTER);
        unit=FAST,,,;{ty=j; ex="AG";}
        unit=SLOW,,,;{ty=j; ex="AG";}
        unit=OR,,,;{ty=orj;}
        unit=AFTER,,,;{ty=j; ex="AG";})"));
    Harness h(text, {{QStringLiteral("/G/NET/FAST"), {60}}, {QStringLiteral("/G/NET/SLOW"), {3600}}},
              {drtest::agent(QStringLiteral("AG"))});
    h.advance(at(9, 1, 30));
    QCOMPARE(h.status("/G/NET/OR"), UnitStatus::Normal);
    QCOMPARE(h.status("/G/NET/AFTER"), UnitStatus::Running);
    QCOMPARE(h.status("/G/NET/SLOW"), UnitStatus::Running);
}

void TestScheduler::nestedJobnetRunsWhole()
{
    const QString text = net(QStringLiteral(R"(
        ar=(f=SUB,t=LAST);
        unit=SUB,,,;{ty=n; ar=(f=S1,t=S2);
          unit=S1,,,;{ty=j; ex="AG";}
          unit=S2,,,;{ty=j; ex="AG";}
        }
        unit=LAST,,,;{ty=j; ex="AG";})"));
    Harness h(text, {}, {drtest::agent(QStringLiteral("AG"))});
    h.advance(at(9, 0, 30));
    QCOMPARE(h.status("/G/NET/SUB"), UnitStatus::Running);
    QCOMPARE(h.status("/G/NET/SUB/S1"), UnitStatus::Running);
    QCOMPARE(h.status("/G/NET/LAST"), UnitStatus::TermWait);
    h.advance(at(9, 2, 30));
    QCOMPARE(h.status("/G/NET/SUB"), UnitStatus::Normal);
    QCOMPARE(h.state("/G/NET/SUB").endMs, at(9, 2));
    QCOMPARE(h.status("/G/NET/LAST"), UnitStatus::Running);
}

void TestScheduler::overlappingGenerationWaits()
{
    const QString text = net(QStringLiteral(R"(unit=LONG,,,;{ty=j; ex="AG";})"),
                             QStringLiteral("sd=1,2026/11/25; st=1,09:00; cy=1,(1,d);"));
    Harness h(text, {{QStringLiteral("/G/NET/LONG"), {26 * 3600}}}, {drtest::agent(QStringLiteral("AG"))});
    h.advance(at(10, 0, 0, 26)); // the next day's start came while the first still ran
    QCOMPARE(h.status("/G/NET/LONG"), UnitStatus::Running);
    QCOMPARE(h.state("/G/NET").execSerial, 101);
    h.advance(at(11, 0, 30, 26)); // ended at 11:00 the next day: the due generation starts
    QCOMPARE(h.state("/G/NET").execSerial, 102);
    QCOMPARE(h.status("/G/NET/LONG"), UnitStatus::Running);
    QCOMPARE(h.state("/G/NET/LONG").startMs, at(11, 0, 0, 26));
}

void TestScheduler::nextOccurrence_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("daily, later today") << QStringLiteral("sd=1,2025/04/01; st=1,09:00; cy=1,(1,d);")
                                        << at(8, 0) << at(9, 0);
    QTest::newRow("daily, tomorrow") << QStringLiteral("sd=1,2025/04/01; st=1,09:00; cy=1,(1,d);")
                                     << at(9, 0) << at(9, 0, 0, 26);
    QTest::newRow("two rules") << QStringLiteral("sd=1,2025/04/01; st=1,08:00; cy=1,(1,d); sd=2,2025/04/01; st=2,13:00; cy=2,(1,d);")
                               << at(9, 0) << at(13, 0);
    QTest::newRow("every 2 days") << QStringLiteral("sd=1,2026/11/24; st=1,06:00; cy=1,(2,d);")
                                  << at(7, 0) << at(6, 0, 0, 26);
    QTest::newRow("weekly") << QStringLiteral("sd=1,2026/11/02; st=1,06:00; cy=1,(1,w);")
                            << at(7, 0) << jst::toUtcMs(QDate(2026, 11, 30), 360);
    QTest::newRow("monthly") << QStringLiteral("sd=1,2026/01/31; st=1,23:00; cy=1,(1,m);")
                             << at(7, 0) << jst::toUtcMs(QDate(2026, 11, 30), 23 * 60);
    QTest::newRow("once, future") << QStringLiteral("sd=1,2026/12/01; st=1,10:00;")
                                  << at(7, 0) << jst::toUtcMs(QDate(2026, 12, 1), 600);
    QTest::newRow("once, past") << QStringLiteral("sd=1,2026/11/01; st=1,10:00;") << at(7, 0) << qint64(0);
    QTest::newRow("start past midnight") << QStringLiteral("sd=1,2026/11/24; st=1,25:30; cy=1,(1,d);")
                                         << at(2, 0) << at(1, 30, 0, 26);
}

void TestScheduler::nextOccurrence()
{
    QFETCH(QString, schedule);
    QFETCH(qint64, after);
    QFETCH(qint64, expected);
    auto tree = drtest::buildTree(net(QStringLiteral("unit=J,,,;{ty=j;}"), schedule));
    QVERIFY(tree);
    const qint64 got = Scheduler::nextOccurrence(tree->unit(tree->find(QStringLiteral("/G/NET"))), after);
    QCOMPARE(jst::format(got), jst::format(expected));
}

void TestScheduler::rebuildResumesRunningJobs()
{
    Harness h(kAbc, {{QStringLiteral("/G/NET/C"), {600}}}, {drtest::agent(QStringLiteral("AG"), 1)});
    h.advance(at(9, 0, 30));
    // A runs, C queues behind it (limit 1). A new scheduler over the same statuses resumes both.
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Running);
    QCOMPARE(h.status("/G/NET/C"), UnitStatus::Queuing);
    Scheduler again(h.region, Scheduler::Context{&h.serial, 7});
    again.rebuild(at(9, 0, 30));
    again.advanceTo(at(9, 1, 30));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Normal);
    QCOMPARE(h.status("/G/NET/C"), UnitStatus::Running);
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Queuing); // limit 1: waits behind C
    again.advanceTo(at(9, 12));
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Normal);
    QCOMPARE(h.status("/G/NET"), UnitStatus::Normal);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
