// What a drill's switch back leaves behind in the DR region (domain.md §3) is counted and named:
// executions, operator actions, and the agents and hosts added, changed or removed since step 2.

#include "TestSupport.h"
#include "rules/UnitActionRules.h"

#include <QTest>
#include <QTranslator>

using namespace dr;
using drtest::kCustomer;
using drtest::kProvider;

namespace {

const Operator kSim = Operator::system();

qint64 minutes(int n)
{
    return n * 60 * 1000LL;
}

UnitIndex firstWithStatus(const RegionData &r, UnitStatus status)
{
    for (UnitIndex i = 0; i < r.tree->size(); ++i) {
        if (r.states[std::size_t(i)].status == status)
            return i;
    }
    return kNoUnit;
}

UnitIndex rerunnableRoot(const RegionData &r)
{
    for (UnitIndex root : r.tree->rootJobnets()) {
        if (UnitActionRules::canRerun(r, root, RerunFrom::Top))
            return root;
    }
    return kNoUnit;
}

UnitIndex holdableRoot(const RegionData &r)
{
    for (UnitIndex root : r.tree->rootJobnets()) {
        if (UnitActionRules::canHold(r, root))
            return root;
    }
    return kNoUnit;
}

} // namespace

class TestDrillLoss : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void drillLossCountsTheDrWork();
    void drillLossOnlyForADrillBeforeTheSwitchBack();
    void countsAreSaidInPluralForms_data();
    void countsAreSaidInPluralForms();
};

void TestDrillLoss::drillLossCountsTheDrWork()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const RegionData &dr = c->region(RegionId::Dr);
    DR_VERIFY_OK(
        c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Drill, QStringLiteral("drill")));
    DR_VERIFY_OK(c->completeStep(kProvider, 2));
    auto atStart = c->drillLoss();
    DR_VERIFY_OK(atStart);
    QVERIFY(atStart->applies);
    QVERIFY(atStart->configurationKnown);
    QVERIFY2(atStart->nothingDone(), qPrintable(atStart->lines().join(QLatin1Char('\n'))));
    QCOMPARE(atStart->sinceMs, c->currentRun()->step(2)->atMs);

    // Work in the DR region: agents copied, added and changed, a host added and one removed.
    const QStringList before = [&] {
        QStringList names;
        for (const ExecutionAgent &a : dr.agents)
            names << a.name;
        return names;
    }();
    DR_VERIFY_OK(c->copyAgents(kCustomer, RegionId::Primary, RegionId::Dr, true));
    ExecutionAgent extra = c->region(RegionId::Primary).agents.at(1);
    extra.name = QStringLiteral("DR-ONLY");
    DR_VERIFY_OK(c->addAgent(kCustomer, RegionId::Dr, extra));
    ExecutionAgent changed = dr.agents.constFirst();
    changed.description = QStringLiteral("changed in the drill");
    DR_VERIFY_OK(c->updateAgent(kCustomer, RegionId::Dr, changed.name, changed));
    DR_VERIFY_OK(
        c->addHost(kCustomer, RegionId::Dr,
                   HostEntry{QStringLiteral("dr-extra"), {QStringLiteral("10.9.9.9")}, {}}));
    DR_VERIFY_OK(c->completeStep(kCustomer, 3));
    DR_VERIFY_OK(c->completeStep(kCustomer, 4, {QString(), true, {}}));
    DR_VERIFY_OK(c->completeStep(kProvider, 5));
    DR_VERIFY_OK(c->advanceClock(kSim, minutes(90)));
    const UnitIndex unknown = firstWithStatus(dr, UnitStatus::Unknown);
    QVERIFY(unknown != kNoUnit);
    DR_VERIFY_OK(c->changeStatus(kCustomer, RegionId::Dr, unknown, UnitStatus::Normal));
    const UnitIndex root = rerunnableRoot(dr);
    QVERIFY(root != kNoUnit);
    DR_VERIFY_OK(c->rerun(kCustomer, RegionId::Dr, root, RerunFrom::Top, false));
    const UnitIndex waiting = holdableRoot(dr);
    QVERIFY(waiting != kNoUnit);
    DR_VERIFY_OK(c->hold(kCustomer, RegionId::Dr, waiting));
    DR_VERIFY_OK(c->completeStep(kCustomer, 6));
    DR_VERIFY_OK(c->startSwitch(kCustomer, Phase::Failback, SwitchMode::Drill, {}));

    auto loss = c->drillLoss();
    DR_VERIFY_OK(loss);
    QVERIFY(loss->applies);
    QVERIFY(!loss->nothingDone());
    QCOMPARE(loss->statusChanges, qint64(1));
    QCOMPARE(loss->reruns, qint64(1));
    QCOMPARE(loss->otherActions, qint64(1));
    QVERIFY(loss->generations > 0);
    QVERIFY(loss->jobsRun > 0);
    QVERIFY(loss->agentsAdded.contains(QStringLiteral("DR-ONLY")));
    for (const QString &name : std::as_const(loss->agentsAdded))
        QVERIFY2(!before.contains(name, Qt::CaseInsensitive), qPrintable(name));
    QCOMPARE(loss->agentsChanged, QStringList{changed.name});
    QVERIFY(loss->agentsRemoved.isEmpty());
    QCOMPARE(loss->hostsAdded, QStringList{QStringLiteral("dr-extra")});
    QVERIFY(loss->hostsRemoved.isEmpty());
    // Said in plain words, with the names.
    const QString text = loss->lines().join(QLatin1Char('\n'));
    QVERIFY(text.contains(QLatin1String("DR-ONLY")));
    QVERIFY(text.contains(QLatin1String("dr-extra")));
    QVERIFY(text.contains(QLatin1String("1 status change(s), 1 rerun(s)")));
    QCOMPARE(loss->toJson().value(QStringLiteral("reruns")).toInteger(), 1);

    // Reopened from the file, the same answer.
    const QString path = c->databasePath();
    c.reset();
    auto reopened = drtest::openConsole(path);
    QVERIFY(reopened);
    auto again = reopened->drillLoss();
    DR_VERIFY_OK(again);
    QCOMPARE(again->toJson(), loss->toJson());
}

void TestDrillLoss::drillLossOnlyForADrillBeforeTheSwitchBack()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    auto none = c->drillLoss();
    DR_VERIFY_OK(none);
    QVERIFY(!none->applies); // no run
    QVERIFY(none->lines().isEmpty());
    DR_VERIFY_OK(c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Drill, {}));
    QVERIFY(!c->drillLoss()->applies); // the DR region has not taken over yet
    DR_VERIFY_OK(c->completeStep(kProvider, 2));
    QVERIFY(c->drillLoss()->applies);
    DR_VERIFY_OK(c->copyAgents(kCustomer, RegionId::Primary, RegionId::Dr, true));
    DR_VERIFY_OK(c->completeStep(kCustomer, 3));
    DR_VERIFY_OK(c->completeStep(kCustomer, 4, {QString(), true, {}}));
    DR_VERIFY_OK(c->completeStep(kProvider, 5));
    DR_VERIFY_OK(c->completeStep(kCustomer, 6));
    DR_VERIFY_OK(c->startSwitch(kCustomer, Phase::Failback, SwitchMode::Drill, {}));
    QVERIFY(c->drillLoss()->applies);
    DR_VERIFY_OK(c->completeStep(kProvider, 8));
    QVERIFY(!c->drillLoss()->applies); // switched back: nothing is pending any more

    QTemporaryDir dir2;
    auto d = drtest::demoConsole(dir2);
    QVERIFY(d);
    DR_VERIFY_OK(d->declareOutage(kCustomer, RegionId::Primary));
    DR_VERIFY_OK(d->startSwitch(kCustomer, Phase::Failover, SwitchMode::Disaster, {}));
    DR_VERIFY_OK(d->completeStep(kProvider, 2));
    QVERIFY(!d->drillLoss()->applies); // a disaster failback copies the DR data back
}

void TestDrillLoss::countsAreSaidInPluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("executions");
    QTest::addColumn<QString>("actions");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringLiteral("1 jobnet generation started, 2 jobs ran")
                        << QStringLiteral("2 status changes, 1 rerun, 0 hold, release or kill "
                                          "actions");
    QTest::newRow("ja") << QStringLiteral("ja")
                        << QStringLiteral("ジョブネットの世代 1 件を開始、ジョブ 2 件を実行")
                        << QStringLiteral(
                               "状態変更 2 件、再実行 1 件、保留・保留解除・強制終了 0 件");
}

// "1 jobnet generation", "2 jobs": each count gets its language's plural form, never "(s)".
void TestDrillLoss::countsAreSaidInPluralForms()
{
    QFETCH(QString, language);
    QFETCH(QString, executions);
    QFETCH(QString, actions);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/drconsole_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    DrillLoss loss;
    loss.applies = true;
    loss.generations = 1;
    loss.jobsRun = 2;
    loss.statusChanges = 2;
    loss.reruns = 1;
    const QStringList lines = loss.lines();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(lines.size() >= 2, qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.at(0).endsWith(executions), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(actions), qPrintable(lines.at(1)));
    QVERIFY(!lines.join(QLatin1Char('\n')).contains(QLatin1String("(s)")));
}

QTEST_GUILESS_MAIN(TestDrillLoss)
#include "tst_drillloss.moc"
