// The switchover wizard's blocked paths and recovery tools: wrong role, authentication linkage,
// pre-flight errors fixed from the page (a missing agent, internet-only access), resuming after
// a restart, the overdue jobnets (per jobnet and all at once) and the review list's actions.

#include "ScriptedPrompts.h"
#include "Session.h"
#include "TestSupport.h"
#include "UiLanguage.h"
#include "WizardDriver.h"
#include "dialogs/AgentDialog.h"
#include "dialogs/ChangeStatusDialog.h"
#include "dialogs/ContractDialog.h"
#include "models/UnitTreeModel.h"
#include "pages/AgentListPanel.h"
#include "pages/AgentsPage.h"
#include "pages/ConnectionListPanel.h"
#include "pages/HostListPanel.h"
#include "pages/JobnetsPage.h"
#include "wizard/OverdueTable.h"
#include "wizard/PreflightPage.h"
#include "wizard/RecoveryPage.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace dr;
using namespace dr::ui;
using drtest::actAsStepRole;
using drtest::completeStep;
using drtest::labelText;

namespace {

qint64 at(int hh, int mm)
{
    return jst::toUtcMs(QDate(2026, 11, 25), hh * 60 + mm);
}

// A disaster failover done up to step 2 through the facade, with jobnets overdue (the outage at
// 10:31, the DR start at 13:00) and the agents already copied to DR.
bool failOverToStepThree(Console &c)
{
    const Operator sim = Operator::system();
    return c.advanceClock(sim, at(10, 31) - c.clockMs()).ok() &&
           c.declareOutage(drtest::kCustomer, RegionId::Primary).ok() &&
           c.startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Disaster,
                         QStringLiteral("outage"))
               .ok() &&
           c.advanceClock(sim, at(13, 0) - c.clockMs()).ok() &&
           c.completeStep(drtest::kProvider, 2).ok() &&
           c.copyAgents(drtest::kCustomer, RegionId::Primary, RegionId::Dr, true).ok();
}

QTreeWidgetItem *findingItem(QTreeWidget *tree, const PreflightFinding &f)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == f.code &&
            item->data(1, Qt::UserRole).toString() == f.subject)
            return item;
    }
    return nullptr;
}

// Opens a combo box's list and clicks an entry, as an operator does.
bool pickFromPopup(QComboBox *combo, int row)
{
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    if (!QTest::qWaitForWindowExposed(view->window()))
        return false;
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    return combo->currentIndex() == row;
}

} // namespace

class TestWizardPaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wrongRoleKeepsNextDisabled();
    void authLinkageBlocksStepOne();
    void preflightErrorFixedFromThePage();
    void internetOnlyAccessHasAFix();
    void resumesAfterRestart();
    void overdueJobnetsPerJobnetAndAll();
    void reviewListSetsStatusAndReruns();
    void recoveryTablesUsableAtDefaultSize();
};

void TestWizardPaths::wrongRoleKeepsNextDisabled()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kProvider);
    SwitchoverWizard *wizard = drtest::openFromMenu(w, "failoverAction");
    QVERIFY(wizard);
    StepPage *p1 = wizard->stepPage(1);
    QVERIFY(drtest::labelShown(p1, "roleBanner"));
    QVERIFY(labelText(p1, "roleBanner").contains(QLatin1String("customer")));
    QVERIFY(labelText(p1, "roleBanner").contains(QLatin1String("pat")));
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
    QVERIFY(!p1->findChild<QPushButton *>(QStringLiteral("switchOperatorButton"))->isHidden());
    QVERIFY(c->currentRun() == nullptr);
}

void TestWizardPaths::authLinkageBlocksStepOne()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    Contract contract = c->state().contract;
    contract.authLinkage = true;
    DR_VERIFY_OK(c->updateContract(drtest::kProvider, contract));
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = drtest::openFromMenu(w, "failoverAction");
    QVERIFY(wizard);
    StepPage *p1 = wizard->stepPage(1);
    QVERIFY(drtest::labelShown(p1, "blockedReason"));
    QVERIFY(labelText(p1, "blockedReason").contains(QLatin1String("authentication server")));
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
}

void TestWizardPaths::preflightErrorFixedFromThePage()
{
    const drtest::UiLanguage english(QStringLiteral("en")); // counts in words, as the console shows
    QVERIFY(english.ok());
    QTemporaryDir dir;
    drtest::ScriptedPrompts prompts;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = drtest::openFromMenu(w, "failoverAction");
    QVERIFY(completeStep(wizard));
    QVERIFY(actAsStepRole(wizard));
    QVERIFY(completeStep(wizard));
    QVERIFY(actAsStepRole(wizard));
    QVERIFY(completeStep(wizard)); // step 3 without fixing the agents
    auto *p4 = qobject_cast<PreflightPage *>(wizard->stepPage(4));
    QCOMPARE(wizard->currentId(), 4);
    p4->acknowledge()->setChecked(true);
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
    QVERIFY2(labelText(p4, "preflightSummary").contains(QLatin1String("4 errors must be fixed")),
             qPrintable(labelText(p4, "preflightSummary")));
    // A finding with more units than its samples says how many it leaves out.
    const PreflightResult result = c->preflight(RegionId::Dr);
    auto *tree = p4->findChild<QTreeWidget *>(QStringLiteral("preflightFindings"));
    bool sawMore = false;
    for (const PreflightFinding &f : result.findings) {
        if (f.samples.isEmpty() || f.count <= f.samples.size())
            continue;
        QTreeWidgetItem *item = findingItem(tree, f);
        QVERIFY(item);
        const QString expected =
            QStringLiteral("\u2026and %1 more").arg(f.count - f.samples.size());
        bool found = false;
        for (int i = 0; i < item->childCount(); ++i)
            found = found || item->child(i)->text(1) == expected;
        QVERIFY2(found, qPrintable(f.code));
        sawMore = true;
    }
    QVERIFY(sawMore);
    // A finding wider than its column wraps onto more lines instead of being cut off (the
    // wizard made narrower than its default to be sure of a long line).
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    wizard->resize(900, wizard->height());
    QTreeWidgetItem *first = tree->topLevelItem(0);
    QTRY_VERIFY(tree->fontMetrics().horizontalAdvance(first->text(1)) > tree->columnWidth(1));
    QTRY_VERIFY(tree->visualItemRect(first).height() >= 2 * tree->fontMetrics().lineSpacing());
    // Three agents copied from the primary with the page's buttons...
    for (const char *name : {"WH-LABEL", "FIN-PRINT", "DWH-ETL"}) {
        auto *copy =
            p4->findChild<QPushButton *>(QStringLiteral("copyAgent_%1").arg(QLatin1String(name)));
        QVERIFY(copy);
        copy->click();
        QTRY_VERIFY(c->region(RegionId::Dr).findAgent(QLatin1String(name)) != nullptr);
    }
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
    // ...and the last one registered through the form the page opens.
    QPushButton *add = nullptr;
    QTRY_VERIFY((add = p4->findChild<QPushButton *>(QStringLiteral("registerAgent_CARRIER-IF"))) !=
                nullptr);
    add->click();
    AgentDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = p4->findChild<AgentDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->okButton()->isEnabled()); // prefilled from the primary's definition
    dialog->okButton()->click();
    QTRY_VERIFY(c->region(RegionId::Dr).findAgent(QStringLiteral("CARRIER-IF")) != nullptr);
    QTRY_VERIFY(drtest::commitButton(wizard)->isEnabled());
    QVERIFY(completeStep(wizard));
    QCOMPARE(c->currentRun()->lastCompletedStep(), 4);
}

void TestWizardPaths::internetOnlyAccessHasAFix()
{
    QTemporaryDir dir;
    drtest::ScriptedPrompts prompts;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    Contract contract = c->state().contract;
    contract.accessPath = AccessPath::InternetOnly;
    DR_VERIFY_OK(c->updateContract(drtest::kProvider, contract));
    DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Drill, {}));
    DR_VERIFY_OK(c->completeStep(drtest::kProvider, 2));
    DR_VERIFY_OK(c->copyAgents(drtest::kCustomer, RegionId::Primary, RegionId::Dr, true));
    DR_VERIFY_OK(c->completeStep(drtest::kCustomer, 3));
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = drtest::openFromRunbook(w);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), 4);
    auto *p4 = qobject_cast<PreflightPage *>(wizard->stepPage(4));
    p4->acknowledge()->setChecked(true);
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
    auto *row = p4->findChild<QWidget *>(QStringLiteral("fix_internet-only"));
    QVERIFY(row);
    // The closed-network connection is the customer's to configure...
    auto *connections = row->findChild<QPushButton *>(QStringLiteral("openConnections_0"));
    QVERIFY(connections && connections->isEnabled());
    connections->click();
    QDialog *fixDialog = nullptr;
    QTRY_VERIFY((fixDialog = p4->findChild<QDialog *>(QStringLiteral("fixAgentsDialog"))) !=
                nullptr);
    auto *agents = fixDialog->findChild<AgentsPage *>();
    QCOMPARE(agents->tabs()->currentWidget(), static_cast<QWidget *>(agents->connectionPanel()));
    QCOMPARE(agents->region(), RegionId::Dr);
    fixDialog->reject();
    // ...the access path is the contract's, which the provider changes.
    auto *contractButton = row->findChild<QPushButton *>(QStringLiteral("openContract"));
    QVERIFY(contractButton && !contractButton->isEnabled());
    QVERIFY(contractButton->toolTip().contains(QLatin1String("provider")));
    w.setOperator(drtest::kProvider);
    // The page rebuilds its fixes for the new operator: look the button up again.
    QTRY_VERIFY((contractButton = p4->findChild<QPushButton *>(QStringLiteral("openContract"))) !=
                    nullptr &&
                contractButton->isEnabled());
    contractButton->click();
    ContractDialog *contractDialog = nullptr;
    QTRY_VERIFY((contractDialog = p4->findChild<ContractDialog *>()) != nullptr);
    auto *access = contractDialog->findChild<QComboBox *>(QStringLiteral("accessPath"));
    access->setCurrentIndex(access->findData(int(AccessPath::ClosedNetwork)));
    contractDialog->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    QTRY_COMPARE(c->state().contract.accessPath, AccessPath::ClosedNetwork);
    QTRY_VERIFY(p4->findChild<QWidget *>(QStringLiteral("fix_internet-only")) == nullptr);
    w.setOperator(drtest::kCustomer);
    QTRY_VERIFY(drtest::commitButton(wizard)->isEnabled());
}

void TestWizardPaths::resumesAfterRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    QString summary;
    {
        auto c = drtest::demoConsole(dir);
        QVERIFY(c);
        MainWindow w(*c);
        w.setOperator(drtest::kCustomer);
        SwitchoverWizard *wizard = drtest::openFromMenu(w, "failoverAction");
        QVERIFY(completeStep(wizard));
        QVERIFY(actAsStepRole(wizard));
        QVERIFY(completeStep(wizard));
        QCOMPARE(wizard->currentId(), 3);
        QTRY_VERIFY(!labelText(wizard->stepPage(3), "startSummary").isEmpty());
        summary = labelText(wizard->stepPage(3), "startSummary");
        wizard->reject(); // closed at step 3
    }
    auto c = drtest::openConsole(path);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = drtest::openFromMenu(w, "failoverAction");
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), 3);
    QTRY_COMPARE(labelText(wizard->stepPage(3), "startSummary"), summary);
    QVERIFY(drtest::commitButton(wizard)->isEnabled());
}

void TestWizardPaths::overdueJobnetsPerJobnetAndAll()
{
    QTemporaryDir dir;
    drtest::ScriptedPrompts prompts;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    QVERIFY(failOverToStepThree(*c));
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = drtest::openFromMenu(w, "failoverAction");
    QCOMPARE(wizard->currentId(), 3);
    auto *page = qobject_cast<RecoveryPage *>(wizard->stepPage(3));
    OverdueTable *overdue = page->overdueTable();
    auto *list = overdue->findChild<QTableWidget *>(QStringLiteral("overdueList"));
    QTRY_VERIFY(list->rowCount() >= 2);
    const RegionData &dr = c->region(RegionId::Dr);
    const auto rootAt = [&](int row) {
        return c->findUnit(RegionId::Dr, list->item(row, 0)->text());
    };
    const auto skipped = [&](int row) {
        return dr.states[std::size_t(rootAt(row))].has(FlagSkipOverdue);
    };

    // One jobnet: skipped with its own choice, the others keep running after release.
    // The table is rebuilt after every choice: always take the row's current widget.
    const auto choiceOf = [list](int row) {
        return qobject_cast<QComboBox *>(list->cellWidget(row, 2));
    };
    QComboBox *choice = choiceOf(0);
    QVERIFY(choice && choice->isEnabled());
    QVERIFY(pickFromPopup(choice, 1));
    QTRY_VERIFY(skipped(0));
    QVERIFY(!skipped(1));
    QVERIFY(labelText(overdue, "overdueSummary").contains(QLatin1String("1 will be skipped")));
    // All at once, both ways.
    overdue->findChild<QPushButton *>(QStringLiteral("skipAllOverdue"))->click();
    for (int row = 0; row < list->rowCount(); ++row)
        QVERIFY(skipped(row));
    overdue->findChild<QPushButton *>(QStringLiteral("runAllOverdue"))->click();
    for (int row = 0; row < list->rowCount(); ++row)
        QVERIFY(!skipped(row));
    QVERIFY(pickFromPopup(choiceOf(0), 1));
    QTRY_VERIFY(skipped(0));
    const UnitIndex skippedRoot = rootAt(0);
    const UnitIndex runRoot = rootAt(1);

    // At release the skipped one ends "Skipped so not exe.", the other one starts.
    QVERIFY(completeStep(wizard)); // 3
    qobject_cast<PreflightPage *>(wizard->stepPage(4))->acknowledge()->setChecked(true);
    QVERIFY(completeStep(wizard)); // 4
    QVERIFY(actAsStepRole(wizard));
    QVERIFY(completeStep(wizard)); // 5
    QCOMPARE(dr.states[std::size_t(skippedRoot)].status, UnitStatus::ExecDeffer);
    QVERIFY(dr.states[std::size_t(runRoot)].status != UnitStatus::ExecDeffer);
    QVERIFY(dr.states[std::size_t(runRoot)].startMs >= at(13, 0));
    auto entries =
        c->auditEntries({c->state().runs.last().id, QStringLiteral("overdue.choice"), -1});
    DR_VERIFY_OK(entries);
    QVERIFY(entries->size() >= 4);
}

void TestWizardPaths::reviewListSetsStatusAndReruns()
{
    QTemporaryDir dir;
    drtest::ScriptedPrompts prompts;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    QVERIFY(failOverToStepThree(*c));
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = drtest::openFromMenu(w, "failoverAction");
    QCOMPARE(wizard->currentId(), 3);
    auto *page = qobject_cast<RecoveryPage *>(wizard->stepPage(3));
    JobnetsPage *review = page->reviewPage();
    const RegionData &dr = c->region(RegionId::Dr);
    QList<UnitIndex> unknown;
    for (UnitIndex i = 0; i < dr.tree->size(); ++i) {
        if (dr.states[std::size_t(i)].status == UnitStatus::Unknown)
            unknown << i;
    }
    QVERIFY(unknown.size() >= 2);
    const int reviewBefore = int(review->model()->matchingUnits());

    // Set status: the first unknown job checked on its agent and set to normal.
    QVERIFY(review->selectUnit(unknown[0]));
    QVERIFY(review->changeStatusAction()->isEnabled());
    review->changeStatusAction()->trigger();
    ChangeStatusDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = review->findChild<ChangeStatusDialog *>()) != nullptr);
    dialog->findChild<QRadioButton *>(QStringLiteral("target_normal"))->click();
    dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    QTRY_COMPARE(dr.states[std::size_t(unknown[0])].status, UnitStatus::Normal);
    QVERIFY(!dr.states[std::size_t(unknown[0])].has(FlagNeedsReview));
    // Rerun: the second one runs again after release (suppressed: it waits).
    QVERIFY(review->selectUnit(unknown[1]));
    QAction *rerun = review->rerunAction(RerunFrom::ThisOnly);
    QVERIFY(rerun->isEnabled());
    rerun->trigger();
    QTRY_VERIFY(dr.states[std::size_t(unknown[1])].status != UnitStatus::Unknown);
    QVERIFY(!dr.states[std::size_t(unknown[1])].has(FlagNeedsReview));
    QTRY_VERIFY(review->model()->matchingUnits() < reviewBefore);
    int stillToReview = 0;
    for (const UnitState &s : dr.states)
        stillToReview += s.has(FlagNeedsReview) ? 1 : 0;
    QTRY_VERIFY(page->tabs()->tabText(1).contains(QStringLiteral("(%1)").arg(stillToReview)));
    // Both are the run's.
    const qint64 runId = c->currentRun()->id;
    auto changed = c->auditEntries({runId, QStringLiteral("unit.change-status"), -1});
    auto reruns = c->auditEntries({runId, QStringLiteral("unit.rerun"), -1});
    DR_VERIFY_OK(changed);
    DR_VERIFY_OK(reruns);
    QCOMPARE(changed->size(), qsizetype(1));
    QCOMPARE(reruns->size(), qsizetype(1));
}

void TestWizardPaths::recoveryTablesUsableAtDefaultSize()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    QVERIFY(failOverToStepThree(*c));
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = drtest::openFromMenu(w, "failoverAction");
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    auto *page = qobject_cast<RecoveryPage *>(wizard->stepPage(3));
    QTRY_VERIFY(!labelText(page, "startSummary").isEmpty());
    QTest::qWait(50); // layouts settle after the summary is filled
    // Whole rows each table shows at the wizard's default size: enough to work without
    // scrolling through a handful at a time.
    const auto rowsShown = [](QTableView *view) {
        return view->viewport()->height() /
               std::max(1, view->verticalHeader()->defaultSectionSize());
    };
    QTableView *agents = page->agentsPage()->agentPanel()->view();
    QTableView *hosts = page->agentsPage()->hostPanel()->view();
    QVERIFY2(rowsShown(agents) >= 9, qPrintable(QString::number(rowsShown(agents))));
    QVERIFY2(rowsShown(hosts) >= 5, qPrintable(QString::number(rowsShown(hosts))));
    // Descriptions are not cut off.
    int description = -1;
    for (int col = 0; col < agents->model()->columnCount(); ++col) {
        if (agents->model()->headerData(col, Qt::Horizontal).toString() ==
            QLatin1String("Description"))
            description = col;
    }
    QVERIFY(description >= 0);
    for (int row = 0; row < agents->model()->rowCount(); ++row) {
        const QString text = agents->model()->index(row, description).data().toString();
        QVERIFY2(agents->fontMetrics().horizontalAdvance(text) < agents->columnWidth(description),
                 qPrintable(text));
    }
}

QTEST_MAIN(TestWizardPaths)
#include "tst_wizard_paths.moc"
