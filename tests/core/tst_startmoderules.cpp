// The start-mode rule table (domain.md §5): every status under every start mode for a job, an
// event job and a jobnet, and its application to a region (resubmission, unexec after an
// abnormal predecessor, review markers, jobnet recomputation, counts per rule).

#include "TreeBuilder.h"
#include "rules/StartModeRules.h"

#include <QTest>

using namespace dr;

namespace {

// The expected table, written independently of the implementation.
struct Expected
{
    StartRule rule;
    std::optional<UnitStatus> next;
    bool review;
};

Expected expectedFor(StartMode mode, UnitStatus s, StartModeRules::Target target)
{
    using R = StartRule;
    if (mode == StartMode::Cold)
        return {R::Dropped, UnitStatus::Unregistered, false};
    if (target == StartModeRules::Target::Jobnet)
        return {R::JobnetRecomputed, std::nullopt, false};
    switch (s) {
    case UnitStatus::Normal: case UnitStatus::NormalFalse: case UnitStatus::Warning:
    case UnitStatus::Unexec: case UnitStatus::Bypass:
        return {R::EndUnchanged, std::nullopt, false};
    case UnitStatus::Abnormal: case UnitStatus::InvalidSeq: case UnitStatus::Interrupt:
    case UnitStatus::Killed: case UnitStatus::Failed: case UnitStatus::Unknown:
    case UnitStatus::ExecDeffer: case UnitStatus::Shutdown:
        return {R::EndUnchanged, std::nullopt, mode == StartMode::Disaster};
    case UnitStatus::Unregistered: case UnitStatus::NoPlan: case UnitStatus::TimeWait:
    case UnitStatus::TermWait: case UnitStatus::CondWait: case UnitStatus::Holding:
        return {R::WaitUnchanged, std::nullopt, false};
    case UnitStatus::ExecWait: case UnitStatus::Queuing:
        if (mode == StartMode::Warm)
            return {R::QueuedFailed, UnitStatus::Failed, false};
        return {R::QueuedResubmit, UnitStatus::TermWait, false};
    case UnitStatus::Running: case UnitStatus::WarningRunning: case UnitStatus::AbendRunning:
        if (mode == StartMode::Warm)
            return {R::RunningKilled, UnitStatus::Killed, false};
        if (mode == StartMode::Hot)
            return {R::RunningKept, std::nullopt, false};
        return {R::RunningUnknown, UnitStatus::Unknown, true};
    case UnitStatus::Monitoring:
        if (mode == StartMode::Warm)
            return {R::RunningKilled, UnitStatus::Killed, false};
        if (mode == StartMode::Hot)
            return {R::RunningKept, std::nullopt, false};
        return {R::MonitoringUnknown, UnitStatus::Unknown, true};
    }
    return {R::WaitUnchanged, std::nullopt, false};
}

const char *targetName(StartModeRules::Target t)
{
    switch (t) {
    case StartModeRules::Target::Job: return "job";
    case StartModeRules::Target::EventJob: return "eventjob";
    case StartModeRules::Target::Jobnet: return "jobnet";
    }
    return "";
}

const QString kNet = QStringLiteral(R"(
unit=/G,,,;{ty=g;
  unit=NET,,,;{ty=n; ar=(f=A,t=B); ar=(f=BAD,t=C); sd=1,2026/11/25; st=1,09:00; cy=1,(1,d);
    unit=A,,,;{ty=j; ex="AG";}
    unit=B,,,;{ty=j; ex="AG";}
    unit=BAD,,,;{ty=j; ex="AG";}
    unit=C,,,;{ty=j; ex="AG";}
    unit=EV,,,;{ty=flwj; ex="AG";}
    unit=SUB,,,;{ty=n;
      unit=S1,,,;{ty=j; ex="AG";}
    }
  }
})");

} // namespace

class TestStartModeRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void table_data();
    void table();
    void tableRowsCoverEachCombinationOnce();
    void disasterApplied();
    void warmAndHotApplied();
    void coldDropsEverything();
    void ruleTextsExist();
};

void TestStartModeRules::table_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("target");
    for (StartMode mode : {StartMode::Cold, StartMode::Warm, StartMode::Hot, StartMode::Disaster}) {
        for (const StatusInfo &info : allStatuses()) {
            for (auto target : {StartModeRules::Target::Job, StartModeRules::Target::EventJob,
                                StartModeRules::Target::Jobnet}) {
                const QByteArray name = startModeCode(mode).toLatin1() + '/' + info.code + '/' + targetName(target);
                QTest::newRow(name.constData()) << int(mode) << int(info.status) << int(target);
            }
        }
    }
}

void TestStartModeRules::table()
{
    QFETCH(int, mode);
    QFETCH(int, status);
    QFETCH(int, target);
    const auto m = StartMode(mode);
    const auto s = UnitStatus(status);
    const auto t = StartModeRules::Target(target);
    const StartRuleOutcome got = StartModeRules::outcome(m, s, t);
    const Expected want = expectedFor(m, s, t);
    QCOMPARE(StartModeRules::ruleCode(got.rule), StartModeRules::ruleCode(want.rule));
    QCOMPARE(got.next.has_value(), want.next.has_value());
    if (want.next)
        QCOMPARE(statusCode(*got.next), statusCode(*want.next));
    QCOMPARE(got.review, want.review);
}

// The table is data: every (mode, status, kind of unit) falls under exactly one of its rows,
// the row outcome() answers with, and only the resubmitting rows name a different outcome after
// an abnormal predecessor ("Not executed + Ended").
void TestStartModeRules::tableRowsCoverEachCombinationOnce()
{
    const auto rows = StartModeRules::table();
    QVERIFY(!rows.empty());
    std::vector<int> used(rows.size(), 0);
    for (StartMode mode : {StartMode::Cold, StartMode::Warm, StartMode::Hot, StartMode::Disaster}) {
        for (const StatusInfo &info : allStatuses()) {
            for (auto target : {StartModeRules::Target::Job, StartModeRules::Target::EventJob,
                                StartModeRules::Target::Jobnet}) {
                int covering = 0;
                for (std::size_t k = 0; k < rows.size(); ++k) {
                    if (StartModeRules::covers(rows[k], mode, info.status, target)) {
                        ++covering;
                        ++used[k];
                        QCOMPARE(&StartModeRules::row(mode, info.status, target), &rows[k]);
                    }
                }
                QVERIFY2(covering == 1,
                         qPrintable(QStringLiteral("%1/%2/%3: %4 rows")
                                        .arg(startModeCode(mode), QLatin1String(info.code),
                                             QLatin1String(targetName(target)))
                                        .arg(covering)));
            }
        }
    }
    for (std::size_t k = 0; k < rows.size(); ++k) {
        QVERIFY2(used[k] > 0, qPrintable(QStringLiteral("row %1 covers nothing").arg(k)));
        const bool resubmits = rows[k].rule == StartRule::QueuedResubmit;
        QCOMPARE(rows[k].afterAbnormalRule.has_value(), resubmits);
        if (resubmits) {
            QCOMPARE(int(*rows[k].afterAbnormalRule), int(StartRule::QueuedUnexec));
            QCOMPARE(statusCode(rows[k].afterAbnormalNext.value()), statusCode(UnitStatus::Unexec));
        }
    }
}

void TestStartModeRules::disasterApplied()
{
    auto tree = drtest::buildTree(kNet);
    QVERIFY(tree);
    RegionData r = drtest::makeRegion(tree, 0, {drtest::agent(QStringLiteral("AG"))});
    auto at = [&](const char *path) -> UnitState & {
        return r.states[std::size_t(tree->find(QString::fromLatin1(path)))];
    };
    at("/G/NET").status = UnitStatus::Running;
    at("/G/NET/A").status = UnitStatus::Running;      // on an agent → unknown, review
    at("/G/NET/B").status = UnitStatus::Queuing;      // resubmitted
    at("/G/NET/BAD").status = UnitStatus::Abnormal;   // abnormal end: review
    at("/G/NET/C").status = UnitStatus::ExecWait;     // after an abnormal predecessor → unexec
    at("/G/NET/EV").status = UnitStatus::Monitoring;  // event job → unknown
    at("/G/NET/SUB").status = UnitStatus::Running;
    at("/G/NET/SUB/S1").status = UnitStatus::Normal;  // all children ended: SUB becomes normal

    const StartModeResult result = StartModeRules::apply(StartMode::Disaster, *tree, r.states);
    QCOMPARE(at("/G/NET/A").status, UnitStatus::Unknown);
    QVERIFY(at("/G/NET/A").has(FlagNeedsReview));
    QCOMPARE(at("/G/NET/B").status, UnitStatus::TermWait);
    QVERIFY(at("/G/NET/B").has(FlagResubmit));
    QVERIFY(!at("/G/NET/B").has(FlagNeedsReview));
    QCOMPARE(at("/G/NET/BAD").status, UnitStatus::Abnormal);
    QVERIFY(at("/G/NET/BAD").has(FlagNeedsReview));
    QCOMPARE(at("/G/NET/C").status, UnitStatus::Unexec);
    QCOMPARE(at("/G/NET/EV").status, UnitStatus::Unknown);
    QVERIFY(at("/G/NET/EV").has(FlagNeedsReview));
    QCOMPARE(at("/G/NET/SUB").status, UnitStatus::Normal);
    // NET still has a waiting child (B) and abnormal ones: "Running + Abend".
    QCOMPARE(at("/G/NET").status, UnitStatus::AbendRunning);

    QCOMPARE(result.changedByRule.value(StartRule::RunningUnknown), 1);
    QCOMPARE(result.changedByRule.value(StartRule::MonitoringUnknown), 1);
    QCOMPARE(result.changedByRule.value(StartRule::QueuedResubmit), 1);
    QCOMPARE(result.changedByRule.value(StartRule::QueuedUnexec), 1);
    QCOMPARE(result.changedByRule.value(StartRule::JobnetRecomputed), 2);
    QCOMPARE(result.reviewCount, 3);
    QCOMPARE(qsizetype(result.changes.size()), 6);
    for (const StatusChange &c : result.changes)
        QVERIFY(c.from != c.to);
}

void TestStartModeRules::warmAndHotApplied()
{
    auto tree = drtest::buildTree(kNet);
    QVERIFY(tree);
    for (StartMode mode : {StartMode::Warm, StartMode::Hot}) {
        RegionData r = drtest::makeRegion(tree, 0, {drtest::agent(QStringLiteral("AG"))});
        auto at = [&](const char *path) -> UnitState & {
            return r.states[std::size_t(tree->find(QString::fromLatin1(path)))];
        };
        at("/G/NET").status = UnitStatus::Running;
        at("/G/NET/A").status = UnitStatus::Running;
        at("/G/NET/B").status = UnitStatus::Queuing;
        StartModeRules::apply(mode, *tree, r.states);
        if (mode == StartMode::Warm) {
            QCOMPARE(at("/G/NET/A").status, UnitStatus::Killed);
            QCOMPARE(at("/G/NET/B").status, UnitStatus::Failed);
        } else {
            QCOMPARE(at("/G/NET/A").status, UnitStatus::Running);
            QCOMPARE(at("/G/NET/B").status, UnitStatus::TermWait);
        }
        QVERIFY(!at("/G/NET/A").has(FlagNeedsReview));
    }
}

void TestStartModeRules::coldDropsEverything()
{
    auto tree = drtest::buildTree(kNet);
    QVERIFY(tree);
    RegionData r = drtest::makeRegion(tree, 0, {drtest::agent(QStringLiteral("AG"))});
    r.states[std::size_t(tree->find(QStringLiteral("/G/NET")))].status = UnitStatus::Normal;
    r.states[std::size_t(tree->find(QStringLiteral("/G/NET/A")))].status = UnitStatus::Running;
    r.states[std::size_t(tree->find(QStringLiteral("/G/NET/A")))].execSerial = 7;
    const StartModeResult result = StartModeRules::apply(StartMode::Cold, *tree, r.states);
    for (UnitIndex i = 0; i < tree->size(); ++i) {
        if (!isExecutable(tree->unit(i).type))
            continue;
        QCOMPARE(r.states[std::size_t(i)].status, UnitStatus::Unregistered);
        QCOMPARE(r.states[std::size_t(i)].execSerial, 0);
    }
    QVERIFY(result.changedByRule.value(StartRule::Dropped) >= 2);
}

void TestStartModeRules::ruleTextsExist()
{
    for (int i = 0; i < kStartRuleCount; ++i) {
        QVERIFY(!StartModeRules::ruleCode(StartRule(i)).isEmpty());
        QVERIFY(!StartModeRules::ruleText(StartRule(i)).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestStartModeRules)
#include "tst_startmoderules.moc"
