// Jobnet status aggregation (domain.md §7) and the operator actions of §6: change status,
// rerun (every variant, with hold), hold / release hold, kill — allowed and refused.

#include "TreeBuilder.h"
#include "engine/JapanTime.h"
#include "engine/Scheduler.h"
#include "engine/UnitOperations.h"
#include "rules/Aggregation.h"

#include <QTest>

using namespace dr;

namespace {

qint64 at(int hour, int minute)
{
    return jst::toUtcMs(QDate(2026, 11, 25), hour * 60 + minute);
}

const QString kNet = QStringLiteral(R"(
unit=/G,,,;{ty=g;
  unit=NET,,,;{ty=n; sd=1,2026/11/25; st=1,09:00; cy=1,(1,d);
    ar=(f=A,t=B); ar=(f=B,t=C); ar=(f=W,t=C);
    unit=A,,,;{ty=j; ex="AG";}
    unit=B,,,;{ty=j; ex="AG";}
    unit=C,,,;{ty=j; ex="AG";}
    unit=W,,,;{ty=j; ex="AG";}
    unit=JD,,,;{ty=jdj;}
    unit=NC,,,;{ty=nc;}
  }
})");

struct Harness
{
    std::shared_ptr<const UnitTree> tree;
    RegionData region;
    qint64 serial = 0;
    std::unique_ptr<Scheduler> scheduler;
    std::unique_ptr<UnitOperations> ops;

    explicit Harness(const QMap<QString, drtest::SimSpec> &sims)
    {
        tree = drtest::buildTree(kNet, sims);
        region = drtest::makeRegion(tree, at(8, 0), {drtest::agent(QStringLiteral("AG"))});
        scheduler = std::make_unique<Scheduler>(region, Scheduler::Context{&serial, 1});
        scheduler->rebuild(at(8, 0));
        ops = std::make_unique<UnitOperations>(*scheduler);
    }
    UnitIndex index(const char *path) const { return tree->find(QString::fromLatin1(path)); }
    UnitState &state(const char *path) { return region.states[std::size_t(index(path))]; }
    UnitStatus status(const char *path) { return state(path).status; }
};

// A fails at 09:01 (B and C never run), W ends with a warning at 09:02.
QMap<QString, drtest::SimSpec> failing()
{
    return {{QStringLiteral("/G/NET/A"), {60, SimOutcome::Abnormal}},
            {QStringLiteral("/G/NET/W"), {120, SimOutcome::Warning}}};
}

} // namespace

class TestUnitActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aggregation_data();
    void aggregation();
    void changeStatusRules_data();
    void changeStatusRules();
    void changeStatusRunsSuccessorsAndRecomputesParent();
    void changeUnknownAfterDisasterStart();
    void rerunRefusals();
    void rerunFromTop();
    void rerunFromAbnormal();
    void rerunAfterAbnormal();
    void rerunWarningOnly();
    void rerunJob();
    void rerunWithHold();
    void holdAndRelease();
    void killJobAndJobnet();
};

void TestUnitActions::aggregation_data()
{
    QTest::addColumn<QString>("children");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all normal") << "normal,normal" << "running" << "normal";
    QTest::newRow("warning wins over normal") << "normal,warning" << "running" << "warning";
    QTest::newRow("abnormal wins") << "warning,abnormal,normal" << "running" << "abnormal";
    QTest::newRow("unknown is abnormal") << "unknown,normal" << "running" << "abnormal";
    QTest::newRow("unexec and bypass are normal") << "unexec,bypass,normal" << "running" << "normal";
    QTest::newRow("one running") << "running,normal" << "running" << "running";
    QTest::newRow("running after abnormal") << "running,abnormal" << "running" << "abcont";
    QTest::newRow("waiting after warning") << "termwait,warning" << "running" << "wacont";
    QTest::newRow("abend beats warning") << "queuing,warning,kill" << "running" << "abcont";
    QTest::newRow("unstarted keeps its wait status") << "termwait,termwait" << "timewait" << "timewait";
    QTest::newRow("unstarted not registered") << "unregistered" << "unregistered" << "unregistered";
    QTest::newRow("started, all waiting") << "termwait,queuing" << "running" << "running";
}

void TestUnitActions::aggregation()
{
    QFETCH(QString, children);
    QFETCH(QString, current);
    QFETCH(QString, expected);
    QString body;
    const QStringList codes = children.split(QLatin1Char(','));
    for (int i = 0; i < codes.size(); ++i)
        body += QStringLiteral("unit=J%1,,,;{ty=j;}").arg(i);
    auto tree = drtest::buildTree(QStringLiteral("unit=/G,,,;{ty=g; unit=N,,,;{ty=n; %1}}").arg(body));
    QVERIFY(tree);
    std::vector<UnitState> states(std::size_t(tree->size()));
    const UnitIndex n = tree->find(QStringLiteral("/G/N"));
    states[std::size_t(n)].status = *statusFromCode(current);
    for (int i = 0; i < codes.size(); ++i)
        states[std::size_t(tree->find(QStringLiteral("/G/N/J%1").arg(i)))].status = *statusFromCode(codes[i]);
    const auto counts = Aggregation::count(*tree, states, n);
    QCOMPARE(statusCode(Aggregation::statusFor(counts, states[std::size_t(n)].status)), expected);
}

void TestUnitActions::changeStatusRules_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("refusal"); // empty: allowed
    QTest::newRow("queuing to normal") << "A" << "queuing" << "normal" << "";
    QTest::newRow("running to abnormal") << "A" << "running" << "abnormal" << "";
    QTest::newRow("monitoring to normal") << "A" << "monitoring" << "normal" << "";
    QTest::newRow("unknown to normal") << "A" << "unknown" << "normal" << "";
    QTest::newRow("unknown to fail") << "A" << "unknown" << "fail" << "";
    QTest::newRow("abnormal to bypass") << "A" << "abnormal" << "bypass" << "";
    QTest::newRow("warning to normal") << "A" << "warning" << "normal" << "";
    QTest::newRow("termwait refused") << "A" << "termwait" << "normal" << "change-source";
    QTest::newRow("holding refused") << "A" << "holding" << "normal" << "change-source";
    QTest::newRow("timewait refused") << "A" << "timewait" << "abnormal" << "change-source";
    QTest::newRow("to running refused") << "A" << "abnormal" << "running" << "change-target";
    QTest::newRow("to unknown refused") << "A" << "abnormal" << "unknown" << "change-target";
    QTest::newRow("same status refused") << "A" << "normal" << "normal" << "change-same";
    QTest::newRow("judgment job refused") << "JD" << "normal" << "abnormal" << "change-judgment";
    QTest::newRow("jobnet refused") << "" << "abnormal" << "normal" << "change-not-job";
    QTest::newRow("connector to normal") << "NC" << "abnormal" << "normal" << "";
    QTest::newRow("connector to bypass refused") << "NC" << "abnormal" << "bypass" << "change-connector";
    QTest::newRow("connector to fail refused") << "NC" << "abnormal" << "fail" << "change-connector";
}

void TestUnitActions::changeStatusRules()
{
    QFETCH(QString, unit);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, refusal);
    Harness h({});
    const QByteArray path = unit.isEmpty() ? QByteArray("/G/NET") : ("/G/NET/" + unit.toLatin1());
    h.state(path.constData()).status = *statusFromCode(from);
    const Status s = UnitActionRules::canChangeStatus(h.region, h.index(path.constData()), *statusFromCode(to));
    if (refusal.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QVERIFY(UnitActionRules::allowedTargets(h.region, h.index(path.constData())).contains(*statusFromCode(to)));
    } else {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, refusal);
        QCOMPARE(s.error().kind, ErrorKind::Refused);
        QVERIFY(s.error().message.contains(QLatin1String("/G/NET")) || refusal == QLatin1String("change-target"));
    }
}

void TestUnitActions::changeStatusRunsSuccessorsAndRecomputesParent()
{
    Harness h(failing());
    h.scheduler->advanceTo(at(9, 5));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Abnormal);
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Unexec);
    QCOMPARE(h.status("/G/NET"), UnitStatus::Abnormal);
    // Changing the abnormal job to normal recomputes the ended parent: C and B stay as they
    // ended (already not executed), so the jobnet result becomes "warning" (W's warning).
    h.ops->changeStatus(h.index("/G/NET/A"), UnitStatus::Normal, at(9, 6));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Normal);
    QCOMPARE(h.status("/G/NET"), UnitStatus::Warning);

    // A running job set to normal lets its successor start at once.
    Harness r({{QStringLiteral("/G/NET/A"), {3600}}, {QStringLiteral("/G/NET/W"), {3600}}});
    r.scheduler->advanceTo(at(9, 1));
    QCOMPARE(r.status("/G/NET/A"), UnitStatus::Running);
    r.ops->changeStatus(r.index("/G/NET/A"), UnitStatus::Normal, at(9, 1));
    QCOMPARE(r.status("/G/NET/B"), UnitStatus::Running);
    QCOMPARE(r.scheduler->runningOn(QStringLiteral("AG")), 2); // B and W (A freed its slot)
    // A's stale end event must not end it again later.
    r.scheduler->advanceTo(at(10, 5));
    QCOMPARE(r.status("/G/NET/A"), UnitStatus::Normal);
    QCOMPARE(r.state("/G/NET/A").endMs, at(9, 1));
    QCOMPARE(r.status("/G/NET"), UnitStatus::Normal);
}

void TestUnitActions::changeUnknownAfterDisasterStart()
{
    Harness h({{QStringLiteral("/G/NET/A"), {3600}}});
    h.scheduler->advanceTo(at(9, 10));
    UnitState &a = h.state("/G/NET/A");
    a.status = UnitStatus::Unknown; // what a disaster-recovery start does to a running job
    a.set(FlagNeedsReview);
    h.scheduler->rebuild(at(9, 10));
    h.ops->changeStatus(h.index("/G/NET/A"), UnitStatus::Normal, at(9, 11));
    QVERIFY(!h.state("/G/NET/A").has(FlagNeedsReview));
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Running);
}

void TestUnitActions::rerunRefusals()
{
    Harness h({{QStringLiteral("/G/NET/A"), {3600}}});
    const UnitIndex net = h.index("/G/NET");
    QCOMPARE(UnitActionRules::canRerun(h.region, net, RerunFrom::Top).error().code,
             QStringLiteral("rerun-no-generation"));
    h.scheduler->advanceTo(at(9, 1));
    QCOMPARE(UnitActionRules::canRerun(h.region, net, RerunFrom::Top).error().code,
             QStringLiteral("rerun-not-ended"));
    QCOMPARE(UnitActionRules::canRerun(h.region, h.index("/G/NET/A"), RerunFrom::Top).error().code,
             QStringLiteral("rerun-not-root"));
    QCOMPARE(UnitActionRules::canRerun(h.region, net, RerunFrom::This).error().code,
             QStringLiteral("rerun-not-job"));
    h.scheduler->advanceTo(at(11, 0));
    QCOMPARE(h.status("/G/NET"), UnitStatus::Normal);
    QCOMPARE(UnitActionRules::canRerun(h.region, net, RerunFrom::Abnormal).error().code,
             QStringLiteral("rerun-no-abnormal"));
    QCOMPARE(UnitActionRules::canRerun(h.region, net, RerunFrom::WarningOnly).error().code,
             QStringLiteral("rerun-no-warning"));
    QVERIFY(UnitActionRules::canRerun(h.region, net, RerunFrom::Top).ok());
}

void TestUnitActions::rerunFromTop()
{
    Harness h(failing());
    h.scheduler->advanceTo(at(9, 5));
    const qint32 serial = h.state("/G/NET").execSerial;
    QVERIFY(UnitActionRules::canRerun(h.region, h.index("/G/NET"), RerunFrom::Top).ok());
    h.ops->rerun(h.index("/G/NET"), RerunFrom::Top, false, at(10, 0));
    QCOMPARE(h.status("/G/NET"), UnitStatus::Running);
    QCOMPARE(h.state("/G/NET").execSerial, serial); // a rerun keeps the execution ID
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Running);
    QCOMPARE(h.state("/G/NET/A").startMs, at(10, 0));
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::TermWait);
}

void TestUnitActions::rerunFromAbnormal()
{
    Harness h(failing());
    h.scheduler->advanceTo(at(9, 5));
    h.ops->rerun(h.index("/G/NET"), RerunFrom::Abnormal, false, at(10, 0));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Running);   // the abnormal job again
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::TermWait);  // its successors wait for it
    QCOMPARE(h.status("/G/NET/C"), UnitStatus::TermWait);
    QCOMPARE(h.status("/G/NET/W"), UnitStatus::Warning);   // unrelated: kept
    QCOMPARE(h.status("/G/NET"), UnitStatus::WarningRunning);
}

void TestUnitActions::rerunAfterAbnormal()
{
    Harness h(failing());
    h.scheduler->advanceTo(at(9, 5));
    h.ops->rerun(h.index("/G/NET"), RerunFrom::AfterAbnormal, false, at(10, 0));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Abnormal);  // keeps its result...
    QVERIFY(h.state("/G/NET/A").has(FlagSatisfied));       // ...but counts as done
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Running);
    h.scheduler->advanceTo(at(10, 10));
    QCOMPARE(h.status("/G/NET/C"), UnitStatus::Normal);
    QCOMPARE(h.status("/G/NET"), UnitStatus::Abnormal); // A's abnormal end still counts
}

void TestUnitActions::rerunWarningOnly()
{
    Harness h({{QStringLiteral("/G/NET/W"), {120, SimOutcome::Warning}}});
    h.scheduler->advanceTo(at(9, 10));
    QCOMPARE(h.status("/G/NET"), UnitStatus::Warning);
    h.ops->rerun(h.index("/G/NET"), RerunFrom::WarningOnly, false, at(10, 0));
    QCOMPARE(h.status("/G/NET/W"), UnitStatus::Running);
    QCOMPARE(h.status("/G/NET/C"), UnitStatus::Normal); // successors are not rerun
    QCOMPARE(h.status("/G/NET"), UnitStatus::Running);
}

void TestUnitActions::rerunJob()
{
    Harness h(failing());
    h.scheduler->advanceTo(at(9, 5));
    QCOMPARE(UnitActionRules::canRerun(h.region, h.index("/G/NET/A"), RerunFrom::ThisOnly).ok(), true);
    h.ops->rerun(h.index("/G/NET/A"), RerunFrom::ThisOnly, false, at(10, 0));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Running);
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Unexec); // this job only

    Harness s(failing());
    s.scheduler->advanceTo(at(9, 5));
    s.ops->rerun(s.index("/G/NET/A"), RerunFrom::This, false, at(10, 0));
    QCOMPARE(s.status("/G/NET/A"), UnitStatus::Running);
    QCOMPARE(s.status("/G/NET/B"), UnitStatus::TermWait);
    QCOMPARE(s.status("/G/NET/C"), UnitStatus::TermWait);
    QCOMPARE(s.status("/G/NET"), UnitStatus::WarningRunning);
}

void TestUnitActions::rerunWithHold()
{
    Harness h(failing());
    h.scheduler->advanceTo(at(9, 5));
    h.ops->rerun(h.index("/G/NET/A"), RerunFrom::This, true, at(10, 0));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Holding);
    QVERIFY(h.state("/G/NET/A").has(FlagHold));
    h.scheduler->advanceTo(at(11, 0));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Holding);
    QVERIFY(UnitActionRules::canReleaseHold(h.region, h.index("/G/NET/A")).ok());
    h.ops->releaseHold(h.index("/G/NET/A"), at(11, 0));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Running);
}

void TestUnitActions::holdAndRelease()
{
    Harness h({{QStringLiteral("/G/NET/A"), {60}}});
    h.scheduler->advanceTo(at(9, 0));
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::TermWait);
    QVERIFY(UnitActionRules::canHold(h.region, h.index("/G/NET/B")).ok());
    h.ops->hold(h.index("/G/NET/B"), at(9, 0));
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Holding);
    QCOMPARE(UnitActionRules::canHold(h.region, h.index("/G/NET/B")).error().code, QStringLiteral("hold-already"));
    QCOMPARE(UnitActionRules::canHold(h.region, h.index("/G/NET/A")).error().code, QStringLiteral("hold-state"));
    QCOMPARE(UnitActionRules::canReleaseHold(h.region, h.index("/G/NET/C")).error().code,
             QStringLiteral("release-not-held"));
    h.scheduler->advanceTo(at(9, 30));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Normal);
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Holding); // its predecessor ended, but it is held
    QCOMPARE(h.status("/G/NET"), UnitStatus::Running);
    h.ops->releaseHold(h.index("/G/NET/B"), at(9, 30));
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Running);
    QVERIFY(!h.state("/G/NET/B").has(FlagHold));
}

void TestUnitActions::killJobAndJobnet()
{
    Harness h({{QStringLiteral("/G/NET/A"), {3600}}, {QStringLiteral("/G/NET/W"), {3600}}});
    h.scheduler->advanceTo(at(9, 1));
    QCOMPARE(UnitActionRules::canKill(h.region, h.index("/G/NET/B")).error().code,
             QStringLiteral("kill-not-running"));
    QVERIFY(UnitActionRules::canKill(h.region, h.index("/G/NET/A")).ok());
    h.ops->kill(h.index("/G/NET/A"), at(9, 2));
    QCOMPARE(h.status("/G/NET/A"), UnitStatus::Killed);
    QCOMPARE(h.status("/G/NET/B"), UnitStatus::Unexec);
    QCOMPARE(h.status("/G/NET"), UnitStatus::AbendRunning); // W still runs

    h.ops->kill(h.index("/G/NET"), at(9, 3));
    QCOMPARE(h.status("/G/NET/W"), UnitStatus::Killed);
    QCOMPARE(h.status("/G/NET"), UnitStatus::Killed);
    QCOMPARE(h.scheduler->runningOn(QStringLiteral("AG")), 0);
}

QTEST_GUILESS_MAIN(TestUnitActions)
#include "tst_unitactions.moc"
