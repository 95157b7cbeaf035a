// The runbook tab follows the switchover step by step; the audit tab filters and its "Verify"
// reports a tampered entry; the pre-flight badge opens the full list.

#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "TestSupport.h"
#include "dialogs/PreflightDialog.h"
#include "models/AuditModel.h"
#include "models/RunbookModel.h"
#include "pages/AuditPage.h"
#include "pages/RunbookPage.h"
#include "widgets/RegionCard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTreeWidget>

using namespace dr;
using namespace dr::ui;

class TestTabs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runbookFollowsTheSteps();
    void auditFiltersAndVerifies();
    void preflightBadgeOpensTheList();
};

void TestTabs::runbookFollowsTheSteps()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    RunbookModel *model = w.runbookPage()->model();
    QCOMPARE(model->rowCount(), 12);
    QCOMPARE(model->index(0, RunbookModel::StateColumn).data().toString(), QStringLiteral("Pending"));
    QCOMPARE(model->index(1, RunbookModel::RoleColumn).data().toString(), QStringLiteral("Service provider"));
    DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Drill, QStringLiteral("annual drill")));
    QCOMPARE(model->index(0, RunbookModel::StateColumn).data().toString(), QStringLiteral("Done"));
    QCOMPARE(model->index(0, RunbookModel::ByColumn).data().toString(), QStringLiteral("alice"));
    QCOMPARE(model->index(0, RunbookModel::NoteColumn).data().toString(), QStringLiteral("annual drill"));
    QCOMPARE(model->index(1, RunbookModel::StateColumn).data().toString(), QStringLiteral("Next"));
    auto *figures = w.runbookPage()->findChild<QLabel *>(QStringLiteral("runFigures"));
    QTRY_VERIFY(figures->text().contains(QLatin1String("step 2")));
    DR_VERIFY_OK(c->completeStep(drtest::kProvider, 2));
    QTRY_VERIFY(figures->text().contains(QLatin1String("Data-loss window")));
    QCOMPARE(model->index(1, RunbookModel::ByColumn).data().toString(), QStringLiteral("pat"));
}

void TestTabs::auditFiltersAndVerifies()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    DR_VERIFY_OK(c->declareOutage(drtest::kCustomer, RegionId::Primary));
    DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Disaster, {}));
    MainWindow w(*c);
    AuditPage *page = w.auditPage();
    QCOMPARE(page->model()->rowCount(), 3); // initialisation, outage, step 1
    DR_VERIFY_OK(c->completeStep(drtest::kProvider, 2));
    QCOMPARE(page->model()->rowCount(), 4); // appended, not reloaded
    QTest::keyClicks(page->findChild<QLineEdit *>(QStringLiteral("auditFilter")), QStringLiteral("outage"));
    QCOMPARE(page->proxy()->rowCount(), 1);
    auto *result = page->findChild<QLabel *>(QStringLiteral("verifyResult"));
    page->findChild<QPushButton *>(QStringLiteral("verifyAuditButton"))->click();
    QVERIFY(result->property("verified").toBool());
    QVERIFY(result->text().contains(QLatin1String("4")));
    {
        // Someone with direct access to the file edits entry 2.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(c->databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET details = 'nothing happened' WHERE seq = 2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    page->findChild<QPushButton *>(QStringLiteral("verifyAuditButton"))->click();
    QVERIFY(!result->property("verified").toBool());
    QVERIFY2(result->text().contains(QLatin1String("entry 2")), qPrintable(result->text()));
}

void TestTabs::preflightBadgeOpensTheList()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.show();
    auto *badge = w.card(RegionId::Dr)->findChild<QPushButton *>(QStringLiteral("preflightBadge"));
    QVERIFY(badge->isVisible());
    badge->click();
    PreflightDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<PreflightDialog *>()) != nullptr);
    auto *findings = dialog->findChild<QTreeWidget *>(QStringLiteral("preflightFindings"));
    QCOMPARE(findings->topLevelItemCount(), 4);
    QStringList agents;
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        agents << findings->topLevelItem(i)->data(1, Qt::UserRole).toString();
    agents.sort();
    QCOMPARE(agents, (QStringList{QStringLiteral("CARRIER-IF"), QStringLiteral("DWH-ETL"),
                                  QStringLiteral("FIN-PRINT"), QStringLiteral("WH-LABEL")}));
    // Fixing them updates the badge.
    DR_VERIFY_OK(c->copyAgents(drtest::kCustomer, RegionId::Primary, RegionId::Dr, true));
    QTRY_COMPARE(badge->property("errors").toInt(), 0);
}

QTEST_MAIN(TestTabs)
#include "tst_tabs.moc"
