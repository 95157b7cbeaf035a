// The switchover wizard, clicked through like an operator: a full disaster failover and
// failback (switching between customer and provider where the steps require), a drill with
// its warnings, the blocked paths (wrong role, authentication linkage, pre-flight errors fixed
// from the page), resuming after a restart, the report, and screenshots of every page.

#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "Session.h"
#include "TestSupport.h"
#include "WizardDriver.h"
#include "dialogs/AgentDialog.h"
#include "pages/AgentsPage.h"
#include "pages/JobnetsPage.h"
#include "models/UnitTreeModel.h"
#include "pages/RegionComparePanel.h"
#include "rules/StartModeRules.h"
#include "wizard/PreflightPage.h"
#include "wizard/RecoveryPage.h"

#include <QCheckBox>
#include <QFile>
#include <QTranslator>

using namespace dr;
using namespace dr::ui;
using drtest::completeStep;
using drtest::switchOperator;

namespace {

const qint64 kMinute = 60 * 1000;

SwitchoverWizard *openAt(MainWindow &w, int step)
{
    SwitchoverWizard *wizard = w.openWizard();
    if (wizard->currentId() != step)
        qWarning("wizard opened at %d, expected %d", wizard->currentId(), step);
    return wizard;
}

// Copies the agents the DR region lacks from the recovery page's compare view.
void copyMissingAgents(SwitchoverWizard *wizard, int step)
{
    auto *page = qobject_cast<RecoveryPage *>(wizard->stepPage(step));
    QVERIFY(page);
    auto *copy = page->agentsPage()->findChild<QPushButton *>(QStringLiteral("copyMissingButton"));
    QVERIFY(copy && copy->isEnabled());
    copy->click();
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void disasterFailoverAndFailback();
    void drillWarnsAndRestoresPrimary();
    void wrongRoleKeepsNextDisabled();
    void authLinkageBlocksStepOne();
    void preflightErrorFixedFromThePage();
    void resumesAfterRestart();
    void screenshots_data();
    void screenshots();
};

void TestWizard::disasterFailoverAndFailback()
{
    QTemporaryDir dir;
    drtest::ScriptedPrompts prompts;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    w.show();
    DR_VERIFY_OK(c->advanceClock(Operator::system(), 40 * 1000));
    DR_VERIFY_OK(c->declareOutage(drtest::kCustomer, RegionId::Primary));

    SwitchoverWizard *wizard = openAt(w, 1);
    QCOMPARE(wizard->currentId(), 1);
    StepPage *p1 = wizard->stepPage(1);
    QVERIFY(p1->title().contains(QLatin1String("Step 1 of 12")));
    QVERIFY(drtest::labelText(p1, "whoActs").contains(QLatin1String("Customer")));
    QVERIFY(p1->findChild<QRadioButton *>(QStringLiteral("modeDisaster"))->isChecked());
    QCOMPARE(drtest::labelText(p1, "notCarriedOver").count(QLatin1String("<li>")), 4);
    QTest::keyClicks(p1->findChild<QLineEdit *>(QStringLiteral("reasonNote")), QStringLiteral("Tokyo outage"));
    QVERIFY(completeStep(wizard));
    QCOMPARE(c->currentRun()->lastCompletedStep(), 1);
    QCOMPARE(c->currentRun()->step(1)->note, QStringLiteral("Tokyo outage"));

    // Step 2 is the provider's: the customer sees who must act and cannot go on.
    QCOMPARE(wizard->currentId(), 2);
    StepPage *p2 = wizard->stepPage(2);
    QVERIFY(drtest::labelShown(p2, "roleBanner"));
    QVERIFY(drtest::labelText(p2, "roleBanner").contains(QLatin1String("service provider")));
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
    QVERIFY(drtest::labelText(p2, "startData").contains(QLatin1String("40 s")));
    QVERIFY(switchOperator(wizard, QStringLiteral("pat"), Role::Provider));
    QVERIFY(!drtest::labelShown(p2, "roleBanner"));
    QVERIFY(completeStep(wizard));
    QVERIFY(c->region(RegionId::Dr).runtime.active && c->region(RegionId::Dr).runtime.suppressed);

    // Step 3: the DR-start summary and the recovery work in the page.
    QCOMPARE(wizard->currentId(), 3);
    auto *p3 = qobject_cast<RecoveryPage *>(wizard->stepPage(3));
    QTRY_VERIFY(drtest::labelText(p3, "startSummary").contains(QLatin1String("Unknown end status")));
    QVERIFY(drtest::labelText(p3, "startSummary").contains(QLatin1String("suppressed")));
    QVERIFY(!drtest::commitButton(wizard)->isEnabled()); // a provider is signed in
    QVERIFY(switchOperator(wizard, QStringLiteral("alice"), Role::Customer));
    copyMissingAgents(wizard, 3);
    QTRY_VERIFY(c->region(RegionId::Dr).findAgent(QStringLiteral("CARRIER-IF")) != nullptr);
    QVERIFY(p3->reviewPage()->model()->matchingUnits() >= 2);
    QVERIFY(completeStep(wizard));

    // Step 4: no errors left; the warnings need the checkbox.
    QCOMPARE(wizard->currentId(), 4);
    auto *p4 = qobject_cast<PreflightPage *>(wizard->stepPage(4));
    QTRY_VERIFY(!p4->acknowledge()->isHidden());
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
    p4->acknowledge()->setChecked(true);
    QVERIFY(drtest::commitButton(wizard)->isEnabled());
    QVERIFY(completeStep(wizard));
    QVERIFY(c->currentRun()->step(4)->details.value(QStringLiteral("warningsAcknowledged")).toBool());

    // Step 5 (provider): what will start, then release.
    QCOMPARE(wizard->currentId(), 5);
    QVERIFY(switchOperator(wizard, QStringLiteral("pat"), Role::Provider));
    QVERIFY(drtest::labelText(wizard->stepPage(5), "releaseSummary").contains(QLatin1String("right away")));
    QVERIFY(completeStep(wizard));
    QVERIFY(!c->region(RegionId::Dr).runtime.suppressed);

    // Step 6 (customer): the figures.
    DR_VERIFY_OK(c->advanceClock(Operator::system(), 30 * kMinute));
    QCOMPARE(wizard->currentId(), 6);
    QVERIFY(switchOperator(wizard, QStringLiteral("alice"), Role::Customer));
    QTRY_VERIFY(drtest::labelText(wizard->stepPage(6), "runFigures").contains(QLatin1String("RPO")));
    QVERIFY(completeStep(wizard));
    QCOMPARE(c->currentRun()->lastCompletedStep(), 6);
    QVERIFY(c->currentRun()->facts.contains(QStringLiteral("rtoMs")));

    // Failback: the primary must be restored first; the page says so.
    QCOMPARE(wizard->currentId(), 7);
    QTRY_VERIFY(drtest::labelShown(wizard->stepPage(7), "blockedReason"));
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
    DR_VERIFY_OK(c->restoreRegion(drtest::kCustomer, RegionId::Primary));
    QTRY_VERIFY(drtest::commitButton(wizard)->isEnabled());
    QVERIFY(!drtest::labelShown(wizard->stepPage(7), "drillWarning"));
    QVERIFY(completeStep(wizard));
    QVERIFY(switchOperator(wizard, QStringLiteral("pat"), Role::Provider));
    QVERIFY(drtest::labelText(wizard->stepPage(8), "startData").contains(QLatin1String("copied back")));
    QVERIFY(completeStep(wizard)); // step 8
    QVERIFY(c->region(RegionId::Primary).runtime.active && c->region(RegionId::Primary).runtime.suppressed);
    QVERIFY(switchOperator(wizard, QStringLiteral("alice"), Role::Customer));
    QVERIFY(completeStep(wizard)); // step 9
    auto *p10 = qobject_cast<PreflightPage *>(wizard->stepPage(10));
    QTRY_COMPARE(wizard->currentId(), 10);
    if (!p10->acknowledge()->isHidden())
        p10->acknowledge()->setChecked(true);
    QVERIFY(completeStep(wizard)); // step 10
    QVERIFY(switchOperator(wizard, QStringLiteral("pat"), Role::Provider));
    QVERIFY(completeStep(wizard)); // step 11
    QVERIFY(switchOperator(wizard, QStringLiteral("alice"), Role::Customer));
    QVERIFY(completeStep(wizard)); // step 12
    QCOMPARE(wizard->currentId(), int(StepPage::kSummaryId));
    QVERIFY(c->currentRun() == nullptr);
    QVERIFY(c->state().runs.last().completed);

    // The report, as HTML and as PDF.
    for (const QString &name : {QStringLiteral("report.html"), QStringLiteral("report.pdf")}) {
        prompts.fileAnswer = dir.filePath(name);
        wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("exportReportButton"))->click();
        QVERIFY2(QFileInfo::exists(prompts.fileAnswer), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
    }
    QFile html(dir.filePath(QStringLiteral("report.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    for (int step = 1; step <= 12; ++step)
        QVERIFY2(text.contains(QStringLiteral("<tr><td>%1</td>").arg(step)), qPrintable(QString::number(step)));
    QVERIFY(text.contains(QLatin1String("Failover time, step 1 to step 6 (RTO)")));
    QVERIFY(text.contains(QLatin1String("Data-loss window (RPO)")));
    QVERIFY(text.contains(QLatin1String("40 s")));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("report.pdf"))).size() > 5000);
    QFile pdf(dir.filePath(QStringLiteral("report.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void TestWizard::drillWarnsAndRestoresPrimary()
{
    QTemporaryDir dir;
    drtest::ScriptedPrompts prompts;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = openAt(w, 1);
    QVERIFY(wizard->stepPage(1)->findChild<QRadioButton *>(QStringLiteral("modeDrill"))->isChecked());
    QVERIFY(completeStep(wizard));
    QVERIFY(switchOperator(wizard, QStringLiteral("pat"), Role::Provider));
    QVERIFY(completeStep(wizard)); // step 2
    const RegionData &primary = c->region(RegionId::Primary);
    const auto definitions = primary.tree;
    const std::vector<UnitState> before = primary.states;
    const QList<ExecutionAgent> agents = primary.agents;
    const HostTable hosts = primary.hosts;
    QVERIFY(switchOperator(wizard, QStringLiteral("alice"), Role::Customer));
    copyMissingAgents(wizard, 3);
    QVERIFY(completeStep(wizard)); // 3
    qobject_cast<PreflightPage *>(wizard->stepPage(4))->acknowledge()->setChecked(true);
    QVERIFY(completeStep(wizard)); // 4
    QVERIFY(switchOperator(wizard, QStringLiteral("pat"), Role::Provider));
    QVERIFY(completeStep(wizard)); // 5
    DR_VERIFY_OK(c->advanceClock(Operator::system(), 60 * kMinute));
    QVERIFY(switchOperator(wizard, QStringLiteral("alice"), Role::Customer));
    QVERIFY(completeStep(wizard)); // 6
    // The failback warning: what will not come back.
    QCOMPARE(wizard->currentId(), 7);
    QTRY_VERIFY(drtest::labelShown(wizard->stepPage(7), "drillWarning"));
    const QString warning = drtest::labelText(wizard->stepPage(7), "drillWarning");
    QVERIFY(warning.contains(QLatin1String("executions")));
    QVERIFY(warning.contains(QLatin1String("agent")));
    QVERIFY(completeStep(wizard)); // 7
    QVERIFY(switchOperator(wizard, QStringLiteral("pat"), Role::Provider));
    QVERIFY(drtest::labelShown(wizard->stepPage(8), "drillWarning"));
    QVERIFY(completeStep(wizard)); // 8
    // Right after the switch back, the primary holds its pre-drill data (with the
    // disaster-recovery start applied), none of the drill's work.
    QCOMPARE(primary.tree, definitions);
    std::vector<UnitState> expected = before;
    StartModeRules::apply(StartMode::Disaster, *definitions, expected);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(primary.states[i].status, expected[i].status);
        QCOMPARE(primary.states[i].execSerial, before[i].execSerial);
    }
    QVERIFY(!c->state().runs.last().step(8)->details.value(QStringLiteral("reverseSync")).toBool());
    for (int step = 9; step <= 12; ++step) {
        const Role role = stepInfo(step).role;
        QVERIFY(switchOperator(wizard, role == Role::Provider ? QStringLiteral("pat") : QStringLiteral("alice"), role));
        if (auto *pf = qobject_cast<PreflightPage *>(wizard->stepPage(step)); pf && !pf->acknowledge()->isHidden())
            pf->acknowledge()->setChecked(true);
        QVERIFY2(completeStep(wizard), qPrintable(QString::number(step)));
    }
    // After step 12 the primary still has its own definitions, agents and hosts: the agents
    // copied into DR during the drill did not come back.
    QVERIFY(c->state().runs.last().completed);
    QVERIFY(primary.tree->sameDefinitions(*definitions));
    QCOMPARE(primary.agents, agents);
    QCOMPARE(primary.hosts, hosts);
}

void TestWizard::wrongRoleKeepsNextDisabled()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kProvider);
    SwitchoverWizard *wizard = openAt(w, 1);
    StepPage *p1 = wizard->stepPage(1);
    QVERIFY(drtest::labelShown(p1, "roleBanner"));
    QVERIFY(drtest::labelText(p1, "roleBanner").contains(QLatin1String("customer")));
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
    QVERIFY(!p1->findChild<QPushButton *>(QStringLiteral("switchOperatorButton"))->isHidden());
    QVERIFY(c->currentRun() == nullptr);
}

void TestWizard::authLinkageBlocksStepOne()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    Contract contract = c->state().contract;
    contract.authLinkage = true;
    DR_VERIFY_OK(c->updateContract(drtest::kProvider, contract));
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = openAt(w, 1);
    StepPage *p1 = wizard->stepPage(1);
    QVERIFY(drtest::labelShown(p1, "blockedReason"));
    QVERIFY(drtest::labelText(p1, "blockedReason").contains(QLatin1String("authentication server")));
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
}

void TestWizard::preflightErrorFixedFromThePage()
{
    QTemporaryDir dir;
    drtest::ScriptedPrompts prompts;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = openAt(w, 1);
    QVERIFY(completeStep(wizard));
    QVERIFY(switchOperator(wizard, QStringLiteral("pat"), Role::Provider));
    QVERIFY(completeStep(wizard));
    QVERIFY(switchOperator(wizard, QStringLiteral("alice"), Role::Customer));
    QVERIFY(completeStep(wizard)); // step 3 without fixing the agents
    auto *p4 = qobject_cast<PreflightPage *>(wizard->stepPage(4));
    QCOMPARE(wizard->currentId(), 4);
    p4->acknowledge()->setChecked(true);
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
    QVERIFY(drtest::labelText(p4, "preflightSummary").contains(QLatin1String("4 error(s)")));
    // Three agents copied from the primary with the page's buttons...
    for (const char *name : {"WH-LABEL", "FIN-PRINT", "DWH-ETL"}) {
        auto *copy = p4->findChild<QPushButton *>(QStringLiteral("copyAgent_%1").arg(QLatin1String(name)));
        QVERIFY(copy);
        copy->click();
        QTRY_VERIFY(c->region(RegionId::Dr).findAgent(QLatin1String(name)) != nullptr);
    }
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
    // ...and the last one registered through the form the page opens.
    QPushButton *add = nullptr;
    QTRY_VERIFY((add = p4->findChild<QPushButton *>(QStringLiteral("registerAgent_CARRIER-IF"))) != nullptr);
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

void TestWizard::resumesAfterRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    QString summary;
    {
        auto c = drtest::demoConsole(dir);
        QVERIFY(c);
        MainWindow w(*c);
        w.setOperator(drtest::kCustomer);
        SwitchoverWizard *wizard = openAt(w, 1);
        QVERIFY(completeStep(wizard));
        QVERIFY(switchOperator(wizard, QStringLiteral("pat"), Role::Provider));
        QVERIFY(completeStep(wizard));
        QCOMPARE(wizard->currentId(), 3);
        QTRY_VERIFY(!drtest::labelText(wizard->stepPage(3), "startSummary").isEmpty());
        summary = drtest::labelText(wizard->stepPage(3), "startSummary");
        wizard->reject(); // closed at step 3
    }
    auto c = drtest::openConsole(path);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = w.openWizard();
    QCOMPARE(wizard->currentId(), 3);
    QTRY_COMPARE(drtest::labelText(wizard->stepPage(3), "startSummary"), summary);
    QVERIFY(drtest::commitButton(wizard)->isEnabled());
}

void TestWizard::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestWizard::screenshots()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/drconsole_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&translator);
    setUiLanguage(languageFromLocaleName(language));
    QTemporaryDir dir;
    drtest::ScriptedPrompts prompts;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    DR_VERIFY_OK(c->declareOutage(drtest::kCustomer, RegionId::Primary));
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = w.openWizard();
    wizard->resize(1100, 780);
    for (int step = 1; step <= 12; ++step) {
        const Role role = stepInfo(step).role;
        w.setOperator(role == Role::Provider ? drtest::kProvider : drtest::kCustomer);
        QCoreApplication::processEvents();
        if (step == 3)
            copyMissingAgents(wizard, 3);
        if (step == 7)
            DR_VERIFY_OK(c->restoreRegion(drtest::kCustomer, RegionId::Primary));
        if (auto *pf = qobject_cast<PreflightPage *>(wizard->stepPage(step))) {
            QTRY_VERIFY(true);
            if (!pf->acknowledge()->isHidden())
                pf->acknowledge()->setChecked(true);
        }
        QTest::qWait(150); // let coalesced refreshes land before the picture
        drtest::saveScreenshot(wizard, QStringLiteral("wizard-step%1-%2").arg(step, 2, 10, QLatin1Char('0')).arg(language));
        QVERIFY2(completeStep(wizard), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(wizard->stepPage(step)->lastError())));
    }
    drtest::saveScreenshot(wizard, QStringLiteral("wizard-summary-%1").arg(language));
    setUiLanguage(Language::English);
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
