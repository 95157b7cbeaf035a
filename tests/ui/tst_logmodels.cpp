// The audit and runbook models under QAbstractItemModelTester (fatal) with the exact signals of
// each update: an audited action appends rows, a step is one dataChanged over the twelve rows,
// nothing else moves; the runbook tab shows a past switchover chosen in its selector.

#include "MainWindow.h"
#include "ModelSignals.h"
#include "TestSupport.h"
#include "models/AuditModel.h"
#include "models/RunbookModel.h"
#include "pages/AuditPage.h"
#include "pages/RunbookPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace dr;
using namespace dr::ui;

namespace {

const auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
const QString kNothing = QStringLiteral("+0 -0 ~0 r0 l0");

// A whole drill: failover (steps 1-6) and failback (steps 7-12).
void drill(Console &c)
{
    DR_VERIFY_OK(c.startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Drill,
                               QStringLiteral("spring drill")));
    DR_VERIFY_OK(c.completeStep(drtest::kProvider, 2));
    DR_VERIFY_OK(c.copyAgents(drtest::kCustomer, RegionId::Primary, RegionId::Dr, true));
    DR_VERIFY_OK(c.completeStep(drtest::kCustomer, 3));
    DR_VERIFY_OK(c.completeStep(drtest::kCustomer, 4, {QString(), true, {}}));
    DR_VERIFY_OK(c.completeStep(drtest::kProvider, 5));
    DR_VERIFY_OK(c.completeStep(drtest::kCustomer, 6));
    DR_VERIFY_OK(c.startSwitch(drtest::kCustomer, Phase::Failback, SwitchMode::Drill, {}));
    DR_VERIFY_OK(c.completeStep(drtest::kProvider, 8));
    DR_VERIFY_OK(c.completeStep(drtest::kCustomer, 9));
    DR_VERIFY_OK(c.completeStep(drtest::kCustomer, 10, {QString(), true, {}}));
    DR_VERIFY_OK(c.completeStep(drtest::kProvider, 11));
    DR_VERIFY_OK(c.completeStep(drtest::kCustomer, 12));
}

} // namespace

class TestLogModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void auditAppendsRows();
    void auditFilterUnderTester();
    void runbookChangesData();
    void runbookShowsAPastSwitchover();
};

void TestLogModels::auditAppendsRows()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    AuditModel model(*c);
    QAbstractItemModelTester tester(&model, kFatal);
    drtest::ModelSignals signals_(&model);
    QCOMPARE(model.rowCount(), 1); // the environment's creation
    DR_VERIFY_OK(c->declareOutage(drtest::kCustomer, RegionId::Primary));
    QCOMPARE(signals_.take(), QStringLiteral("+1 -0 ~0 r0 l0"));
    QCOMPARE(model.rowCount(), 2);
    // The simulator's own ticks are not audited: nothing to show.
    DR_VERIFY_OK(c->advanceClock(Operator::system(), 5 * 60 * 1000));
    QCOMPARE(signals_.take(), kNothing);
    // An operator's clock move is.
    DR_VERIFY_OK(c->advanceClock(drtest::kCustomer, 5 * 60 * 1000));
    QCOMPARE(signals_.take(), QStringLiteral("+1 -0 ~0 r0 l0"));
    DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Disaster, {}));
    DR_VERIFY_OK(c->completeStep(drtest::kProvider, 2));
    QCOMPARE(signals_.take(), QStringLiteral("+2 -0 ~0 r0 l0"));
    // A refused action writes nothing.
    DR_VERIFY_REFUSED(c->completeStep(drtest::kProvider, 5), "step-order");
    QCOMPARE(signals_.take(), kNothing);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(4, AuditModel::ActionColumn).data(AuditModel::ActionCodeRole).toString(),
             QStringLiteral("switch.step"));
    QCOMPARE(model.index(4, AuditModel::OperatorColumn).data().toString(), QStringLiteral("pat"));
    model.reload();
    QCOMPARE(signals_.take(), QStringLiteral("+0 -0 ~0 r1 l0"));
    QCOMPARE(model.rowCount(), 5);
}

void TestLogModels::auditFilterUnderTester()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    AuditPage *page = w.auditPage();
    QAbstractItemModelTester tester(page->proxy(), kFatal);
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("auditFilter"));
    QTest::keyClicks(filter, QStringLiteral("outage"));
    QCOMPARE(page->proxy()->rowCount(), 0);
    drtest::ModelSignals signals_(page->proxy());
    DR_VERIFY_OK(c->declareOutage(drtest::kCustomer, RegionId::Primary));
    QCOMPARE(signals_.take(), QStringLiteral("+1 -0 ~0 r0 l0"));
    DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Disaster, {}));
    QCOMPARE(signals_.take(), kNothing); // filtered out
    QCOMPARE(page->proxy()->rowCount(), 1);
    filter->clear();
    QCOMPARE(page->proxy()->rowCount(), 3);
}

void TestLogModels::runbookChangesData()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    RunbookModel model(*c);
    QAbstractItemModelTester tester(&model, kFatal);
    drtest::ModelSignals signals_(&model);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.columnCount(), int(RunbookModel::ColumnCount));
    DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Drill, {}));
    // Twelve rows always: a step is one dataChanged over every row and column.
    QCOMPARE(signals_.take(), QStringLiteral("+0 -0 ~1 r0 l0"));
    DR_VERIFY_OK(c->completeStep(drtest::kProvider, 2));
    const QList<QList<QVariant>> changes = signals_.changes();
    QCOMPARE(signals_.take(), QStringLiteral("+0 -0 ~1 r0 l0"));
    QCOMPARE(changes.first().at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(changes.first().at(1).value<QModelIndex>(),
             model.index(11, RunbookModel::ColumnCount - 1));
    QCOMPARE(model.index(1, RunbookModel::StateColumn).data().toString(), QStringLiteral("Done"));
    // Unrelated changes leave the runbook alone.
    DR_VERIFY_OK(c->advanceClock(Operator::system(), 10 * 60 * 1000));
    DR_VERIFY_OK(c->addHost(drtest::kCustomer, RegionId::Dr,
                            {QStringLiteral("h1"), {QStringLiteral("10.9.9.9")}, {}}));
    QCOMPARE(signals_.take(), kNothing);
    // Showing another run is a new table.
    model.showRun(c->currentRun()->id);
    QCOMPARE(signals_.take(), QStringLiteral("+0 -0 ~0 r1 l0"));
}

void TestLogModels::runbookShowsAPastSwitchover()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    drill(*c);
    const qint64 past = c->state().runs.last().id;
    QVERIFY(c->state().runs.last().completed);
    // A second switchover is under way when the operator looks back at the first.
    DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Drill,
                                QStringLiteral("autumn drill")));
    MainWindow w(*c);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    RunbookPage *page = w.runbookPage();
    RunbookModel *model = page->model();
    QAbstractItemModelTester tester(model, kFatal);
    QCOMPARE(model->index(0, RunbookModel::NoteColumn).data().toString(),
             QStringLiteral("autumn drill"));
    QCOMPARE(model->index(1, RunbookModel::StateColumn).data().toString(), QStringLiteral("Next"));

    auto *selector = page->findChild<QComboBox *>(QStringLiteral("runSelector"));
    QCOMPARE(selector->count(), 3); // current, and both runs newest first
    const int pastRow = selector->findData(past);
    QCOMPARE(pastRow, 2);
    QVERIFY(selector->itemText(pastRow).contains(QLatin1String("completed")));
    selector->setCurrentIndex(pastRow);
    QCOMPARE(model->shownRun(), past);
    for (int row = 0; row < 12; ++row) {
        QCOMPARE(model->index(row, RunbookModel::StateColumn).data().toString(),
                 QStringLiteral("Done"));
        QVERIFY(!model->index(row, RunbookModel::AtColumn).data().toString().isEmpty());
    }
    QCOMPARE(model->index(0, RunbookModel::NoteColumn).data().toString(),
             QStringLiteral("spring drill"));
    QCOMPARE(model->index(11, RunbookModel::ByColumn).data().toString(), QStringLiteral("alice"));
    QCOMPARE(model->index(10, RunbookModel::ByColumn).data().toString(), QStringLiteral("pat"));
    auto *figures = page->findChild<QLabel *>(QStringLiteral("runFigures"));
    QVERIFY2(figures->text().contains(QLatin1String("RTO")), qPrintable(figures->text()));
    QVERIFY2(figures->text().contains(QLatin1String("Failback time")), qPrintable(figures->text()));
    QVERIFY(page->reportButton()->isEnabled());
    // The current run moving on does not take the past run off the screen.
    DR_VERIFY_OK(c->completeStep(drtest::kProvider, 2));
    QCOMPARE(model->shownRun(), past);
    QCOMPARE(selector->currentIndex(), pastRow);
    QCOMPARE(model->index(0, RunbookModel::NoteColumn).data().toString(),
             QStringLiteral("spring drill"));
}

QTEST_MAIN(TestLogModels)
#include "tst_logmodels.moc"
