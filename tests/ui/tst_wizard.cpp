// The switchover wizard, clicked through like an operator: a full disaster failover and
// failback opened from the Switchover menu (switching between customer and provider where the
// steps require), and a drill opened from the runbook tab, with its warnings and the primary's
// data restored. Each step checks what the page shows and what the core then holds.

#include "ConsoleActions.h"
#include "PdfFacts.h"
#include "ScriptedPrompts.h"
#include "Session.h"
#include "TestSupport.h"
#include "UiLanguage.h"
#include "WizardDriver.h"
#include "models/UnitTreeModel.h"
#include "pages/AgentsPage.h"
#include "pages/JobnetsPage.h"
#include "rules/StartModeRules.h"
#include "runbook/SwitchoverReport.h"
#include "wizard/OverdueTable.h"
#include "wizard/PreflightPage.h"
#include "wizard/RecoveryPage.h"

#include <QCheckBox>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>

using namespace dr;
using namespace dr::ui;
using drtest::actAsStepRole;
using drtest::completeStep;
using drtest::labelText;

namespace {

// 2026-11-25 at hh:mm Japan time, the demo's day.
qint64 at(int hh, int mm)
{
    return jst::toUtcMs(QDate(2026, 11, 25), hh * 60 + mm);
}

bool advanceTo(Console &c, qint64 when)
{
    return c.advanceClock(Operator::system(), when - c.clockMs()).ok();
}

// Copies the agents the target region lacks from the recovery page's compare view.
void copyMissingAgents(SwitchoverWizard *wizard, int step)
{
    auto *page = qobject_cast<RecoveryPage *>(wizard->stepPage(step));
    QVERIFY(page);
    auto *copy = page->agentsPage()->findChild<QPushButton *>(QStringLiteral("copyMissingButton"));
    QVERIFY(copy && copy->isEnabled());
    copy->click();
}

// The report's timeline row of a step names who did it (or "pending").
bool rowShowsActor(const QString &html, int step, const QString &actor)
{
    const QRegularExpression re(QStringLiteral("<tr><td>%1</td>(?:<td>[^<]*</td>){3}<td>%2</td>")
                                    .arg(step)
                                    .arg(QRegularExpression::escape(actor)));
    return re.match(html).hasMatch();
}

// The recovery page's overdue sentence in English.
QString overdueSentence(int count)
{
    return count == 1 ? QStringLiteral("1 root jobnet is overdue now.")
                      : QStringLiteral("%1 root jobnets are overdue now.").arg(count);
}

QString figureCell(const QString &label, const QString &value)
{
    return QStringLiteral("<td>%1</td><td><span class='figure'>%2</span></td>").arg(label, value);
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void disasterFailoverAndFailback();
    void drillWarnsAndRestoresPrimary();
};

void TestWizard::disasterFailoverAndFailback()
{
    const drtest::UiLanguage english(QStringLiteral("en")); // counts in words, as the console shows
    QVERIFY(english.ok());
    QTemporaryDir dir;
    drtest::ScriptedPrompts prompts;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    w.show();
    const RegionData &primary = c->region(RegionId::Primary);
    const RegionData &dr = c->region(RegionId::Dr);
    // Tokyo goes down at 10:31; the switch is requested at 10:40 and done at 13:00, so the
    // jobnets due in between are overdue by then.
    QVERIFY(advanceTo(*c, at(10, 31)));
    DR_VERIFY_OK(c->declareOutage(drtest::kCustomer, RegionId::Primary));
    QVERIFY(advanceTo(*c, at(10, 40)));
    QVERIFY(!w.actions().action(QStringLiteral("failbackAction"))->isEnabled());

    SwitchoverWizard *wizard = drtest::openFromMenu(w, "failoverAction");
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), 1);
    StepPage *p1 = wizard->stepPage(1);
    QVERIFY(p1->title().contains(QLatin1String("Step 1 of 12")));
    QVERIFY(labelText(p1, "whoActs").contains(QLatin1String("Customer")));
    QVERIFY(p1->findChild<QRadioButton *>(QStringLiteral("modeDisaster"))->isChecked());
    QCOMPARE(labelText(p1, "notCarriedOver").count(QLatin1String("<li>")), 4);
    QTest::keyClicks(p1->findChild<QLineEdit *>(QStringLiteral("reasonNote")),
                     QStringLiteral("Tokyo outage"));
    QVERIFY(completeStep(wizard));
    QCOMPARE(c->currentRun()->lastCompletedStep(), 1);
    QCOMPARE(c->currentRun()->step(1)->note, QStringLiteral("Tokyo outage"));

    // Step 2 is the provider's: the customer sees who must act and cannot go on.
    QVERIFY(advanceTo(*c, at(13, 0)));
    QCOMPARE(wizard->currentId(), 2);
    StepPage *p2 = wizard->stepPage(2);
    QVERIFY(drtest::labelShown(p2, "roleBanner"));
    QVERIFY(labelText(p2, "roleBanner").contains(QLatin1String("service provider")));
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
    const Preflight::DataLoss loss = SwitchoverService::dataLoss(c->state(), RegionId::Dr);
    QTRY_VERIFY(
        labelText(p2, "startData").contains(jst::formatDuration(loss.outageMs - loss.syncPointMs)));
    QVERIFY(labelText(p2, "startData").contains(jst::format(loss.syncPointMs)));
    QVERIFY(actAsStepRole(wizard));
    QVERIFY(!drtest::labelShown(p2, "roleBanner"));
    QVERIFY(completeStep(wizard));
    QVERIFY(dr.runtime.active && dr.runtime.suppressed && !primary.runtime.managerRunning);

    // Step 3: the DR-start summary (with why review differs from the rule table) and the
    // recovery work in the page.
    QCOMPARE(wizard->currentId(), 3);
    auto *p3 = qobject_cast<RecoveryPage *>(wizard->stepPage(3));
    const QJsonObject drStart =
        c->currentRun()->step(2)->details.value(QStringLiteral("drStart")).toObject();
    QTRY_VERIFY(labelText(p3, "startSummary").contains(QLatin1String("Unknown end status")));
    QVERIFY(labelText(p3, "startSummary")
                .contains(
                    SwitchoverReport::reviewBreakdown(*c->currentRun()->step(2)).toHtmlEscaped()));
    QVERIFY(labelText(p3, "startSummary").contains(QLatin1String("suppressed")));
    QVERIFY(!drtest::commitButton(wizard)->isEnabled()); // a provider is signed in
    QVERIFY(actAsStepRole(wizard));
    const int overdue = p3->overdueTable()->overdueCount();
    QVERIFY(overdue > 0);
    QCOMPARE(qint64(overdue), drStart.value(QStringLiteral("overdue")).toInteger());
    QVERIFY(p3->tabs()->tabText(2).contains(QStringLiteral("(%1)").arg(overdue)));
    // The summary counts what the tab lists.
    QVERIFY2(labelText(p3, "startSummary").contains(overdueSentence(overdue)),
             qPrintable(labelText(p3, "startSummary")));
    copyMissingAgents(wizard, 3);
    QTRY_VERIFY(dr.findAgent(QStringLiteral("CARRIER-IF")) != nullptr);
    QVERIFY(p3->reviewPage()->model()->matchingUnits() >= 2);
    // A jobnet due while the DR manager is suppressed joins the list; the choice covers it.
    QVERIFY(advanceTo(*c, at(13, 40)));
    QTRY_VERIFY(p3->overdueTable()->overdueCount() > overdue);
    const int overdueNow = p3->overdueTable()->overdueCount();
    QVERIFY(p3->tabs()->tabText(2).contains(QStringLiteral("(%1)").arg(overdueNow)));
    // The summary follows the live count and names the start's own count as such.
    QTRY_VERIFY2(labelText(p3, "startSummary").contains(overdueSentence(overdueNow)),
                 qPrintable(labelText(p3, "startSummary")));
    QVERIFY2(labelText(p3, "startSummary")
                 .contains(
                     QStringLiteral("%1 were overdue at the disaster-recovery start").arg(overdue)),
             qPrintable(labelText(p3, "startSummary")));
    QVERIFY(completeStep(wizard));
    QCOMPARE(c->currentRun()->step(3)->details.value(QStringLiteral("overdueRun")).toInt(),
             overdueNow);

    // Step 4: no errors left; the warnings need the checkbox, which is recorded.
    QCOMPARE(wizard->currentId(), 4);
    auto *p4 = qobject_cast<PreflightPage *>(wizard->stepPage(4));
    QTRY_VERIFY(!p4->acknowledge()->isHidden());
    QVERIFY(labelText(p4, "preflightSummary").contains(QLatin1String("no errors")));
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
    p4->acknowledge()->setChecked(true);
    QVERIFY(drtest::commitButton(wizard)->isEnabled());
    QVERIFY(advanceTo(*c, at(13, 45)));
    QVERIFY(completeStep(wizard));
    QVERIFY(
        c->currentRun()->step(4)->details.value(QStringLiteral("warningsAcknowledged")).toBool());

    // Step 5 (provider): what will start, then release.
    QVERIFY(advanceTo(*c, at(14, 0)));
    QCOMPARE(wizard->currentId(), 5);
    QVERIFY(actAsStepRole(wizard));
    auto *starting =
        wizard->stepPage(5)->findChild<QTableWidget *>(QStringLiteral("startingAtRelease"));
    const int pendingAtRelease = int(c->pendingAtRelease(RegionId::Dr).size());
    QVERIFY(pendingAtRelease > 0);
    QTRY_COMPARE(starting->rowCount(), pendingAtRelease);
    QVERIFY(!starting->isHidden() && !drtest::labelShown(wizard->stepPage(5), "nothingStarts"));
    // Overdue jobnets start at release, and their first jobs start with them.
    QStringList reasons;
    for (int row = 0; row < starting->rowCount(); ++row)
        reasons << starting->item(row, 1)->text();
    QVERIFY2(reasons.join(QLatin1Char('\n')).contains(QLatin1String("overdue since")),
             qPrintable(reasons.join(QLatin1Char('|'))));
    QVERIFY2(reasons.join(QLatin1Char('\n')).contains(QLatin1String("starts with its jobnet")),
             qPrintable(reasons.join(QLatin1Char('|'))));
    QVERIFY(labelText(wizard->stepPage(5), "releaseSummary").contains(QLatin1String("right away")));
    QVERIFY(completeStep(wizard));
    QVERIFY(!dr.runtime.suppressed);
    QVERIFY(c->currentRun()->step(5)->details.value(QStringLiteral("startedCount")).toInt() >=
            pendingAtRelease);

    // Step 6 (customer): the figures.
    QVERIFY(advanceTo(*c, at(14, 30)));
    QCOMPARE(wizard->currentId(), 6);
    QVERIFY(actAsStepRole(wizard));
    const QString rtoSoFar = jst::formatDuration(c->clockMs() - c->currentRun()->step(1)->atMs);
    QTRY_VERIFY(labelText(wizard->stepPage(6), "runFigures").contains(rtoSoFar));
    QVERIFY(labelText(wizard->stepPage(6), "runFigures").contains(QLatin1String("RPO")));
    QVERIFY(completeStep(wizard));
    QCOMPARE(c->currentRun()->lastCompletedStep(), 6);
    const qint64 rtoMs = c->currentRun()->facts.value(QStringLiteral("rtoMs")).toInteger();
    QCOMPARE(rtoMs, at(14, 30) - at(10, 40));

    // Closed after the failover; the failback is opened from the menu again, at step 7.
    wizard->reject();
    QTRY_VERIFY(w.wizard() == nullptr);
    QVERIFY(!w.actions().action(QStringLiteral("failoverAction"))->isEnabled());
    wizard = drtest::openFromMenu(w, "failbackAction");
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), 7);
    // The primary must be restored first; the page says so.
    QTRY_VERIFY(drtest::labelShown(wizard->stepPage(7), "blockedReason"));
    QVERIFY(!drtest::commitButton(wizard)->isEnabled());
    DR_VERIFY_OK(c->restoreRegion(drtest::kCustomer, RegionId::Primary));
    QVERIFY(advanceTo(*c, at(16, 0)));
    QTRY_VERIFY(drtest::commitButton(wizard)->isEnabled());
    QVERIFY(!drtest::labelShown(wizard->stepPage(7), "drillWarning"));
    QVERIFY(completeStep(wizard));

    // Step 8 (provider): the DR data as of now is copied back, then the primary starts.
    QVERIFY(advanceTo(*c, at(16, 20)));
    QVERIFY(actAsStepRole(wizard));
    QTRY_VERIFY(labelText(wizard->stepPage(8), "startData").contains(jst::format(c->clockMs())));
    QVERIFY(labelText(wizard->stepPage(8), "startData").contains(QLatin1String("copied back")));
    QVERIFY(!drtest::labelShown(wizard->stepPage(8), "drillWarning"));
    QVERIFY(completeStep(wizard));
    QVERIFY(primary.runtime.active && primary.runtime.managerRunning && primary.runtime.suppressed);
    QVERIFY(!dr.runtime.active && !dr.runtime.managerRunning);
    QVERIFY(c->currentRun()->step(8)->details.value(QStringLiteral("reverseSync")).toBool());

    // Step 9 (customer): the primary's start summary; nothing runs yet.
    QCOMPARE(wizard->currentId(), 9);
    QVERIFY(actAsStepRole(wizard));
    QTRY_VERIFY(
        labelText(wizard->stepPage(9), "startSummary")
            .contains(
                SwitchoverReport::reviewBreakdown(*c->currentRun()->step(8)).toHtmlEscaped()));
    // The failback started from the DR environment's data copied back, not from a sync point.
    QVERIFY(!labelText(wizard->stepPage(9), "startSummary").contains(QLatin1String("sync point")));
    QVERIFY(advanceTo(*c, at(16, 50)));
    QVERIFY(primary.runtime.suppressed); // the clock moved, suppression holds
    QVERIFY(completeStep(wizard));

    // Step 10: the pre-flight of the primary.
    QCOMPARE(wizard->currentId(), 10);
    auto *p10 = qobject_cast<PreflightPage *>(wizard->stepPage(10));
    QTRY_VERIFY(labelText(p10, "preflightSummary").contains(QLatin1String("Primary environment")));
    QVERIFY(labelText(p10, "preflightSummary").contains(QLatin1String("no errors")) ||
            labelText(p10, "preflightSummary").contains(QLatin1String("no problems")));
    if (!p10->acknowledge()->isHidden())
        p10->acknowledge()->setChecked(true);
    QVERIFY(advanceTo(*c, at(17, 0)));
    QVERIFY(completeStep(wizard));
    QVERIFY(c->currentRun()->step(10)->details.contains(QStringLiteral("preflight")));
    QVERIFY(primary.runtime.suppressed);

    // Step 11 (provider): release in the primary.
    QVERIFY(advanceTo(*c, at(17, 10)));
    QVERIFY(actAsStepRole(wizard));
    QTRY_VERIFY(labelText(wizard->stepPage(11), "releaseSummary")
                    .contains(QLatin1String("Primary environment")));
    QVERIFY(completeStep(wizard));
    QVERIFY(!primary.runtime.suppressed);

    // Step 12 (customer): the figures of both phases, then the run is complete.
    QVERIFY(advanceTo(*c, at(17, 30)));
    QVERIFY(actAsStepRole(wizard));
    QTRY_VERIFY(labelText(wizard->stepPage(12), "runFigures").contains(jst::formatDuration(rtoMs)));
    QVERIFY(labelText(wizard->stepPage(12), "runFigures")
                .contains(jst::formatDuration(at(17, 30) - at(16, 0))));
    QVERIFY(completeStep(wizard));
    QCOMPARE(wizard->currentId(), int(StepPage::kSummaryId));
    QVERIFY(c->currentRun() == nullptr);
    const SwitchoverRun &run = c->state().runs.last();
    QVERIFY(run.completed);
    QCOMPARE(run.facts.value(QStringLiteral("failbackMs")).toInteger(), at(17, 30) - at(16, 0));
    const QString rpo =
        jst::formatDuration(run.facts.value(QStringLiteral("dataLossMs")).toInteger());
    QVERIFY(labelText(wizard->currentPage(), "runFigures").contains(jst::formatDuration(rtoMs)));
    QVERIFY(labelText(wizard->currentPage(), "runFigures").contains(rpo));

    // The report, as HTML and as PDF.
    for (const QString &name : {QStringLiteral("report.html"), QStringLiteral("report.pdf")}) {
        prompts.fileAnswer = dir.filePath(name);
        wizard->currentPage()
            ->findChild<QPushButton *>(QStringLiteral("exportReportButton"))
            ->click();
        QVERIFY2(QFileInfo::exists(prompts.fileAnswer),
                 qPrintable(prompts.errors.join(QLatin1Char('\n'))));
    }
    const QString text =
        QString::fromUtf8(drtest::readFile(dir.filePath(QStringLiteral("report.html"))));
    for (const StepInfo &info : allSteps()) {
        const QString actor =
            info.role == Role::Provider ? QStringLiteral("pat") : QStringLiteral("alice");
        QVERIFY2(rowShowsActor(text, info.number, actor), qPrintable(QString::number(info.number)));
    }
    QVERIFY(text.contains(figureCell(QStringLiteral("Failover time, step 1 to step 6 (RTO)"),
                                     jst::formatDuration(rtoMs))));
    QVERIFY(text.contains(figureCell(QStringLiteral("Data-loss window (RPO)"), rpo)));
    QVERIFY(text.contains(QLatin1String("agent.copy"))); // done from the step-3 page
    const QByteArray pdf = drtest::readFile(dir.filePath(QStringLiteral("report.pdf")));
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(drtest::pdfPageCount(pdf) >= 2,
             qPrintable(QString::number(drtest::pdfPageCount(pdf))));
}

void TestWizard::drillWarnsAndRestoresPrimary()
{
    QTemporaryDir dir;
    drtest::ScriptedPrompts prompts;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    SwitchoverWizard *wizard = drtest::openFromRunbook(w);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), 1);
    QVERIFY(
        wizard->stepPage(1)->findChild<QRadioButton *>(QStringLiteral("modeDrill"))->isChecked());
    QVERIFY(completeStep(wizard));
    QVERIFY(actAsStepRole(wizard));
    QVERIFY(completeStep(wizard)); // step 2
    const qint64 drillStart = c->currentRun()->step(2)->atMs;
    const RegionData &primary = c->region(RegionId::Primary);
    const RegionData &dr = c->region(RegionId::Dr);
    const auto definitions = primary.tree;
    const std::vector<UnitState> before = primary.states;
    const QList<ExecutionAgent> agents = primary.agents;
    const HostTable hosts = primary.hosts;
    QVERIFY(actAsStepRole(wizard));
    copyMissingAgents(wizard, 3);
    QTRY_VERIFY(dr.findAgent(QStringLiteral("CARRIER-IF")) != nullptr);
    QVERIFY(completeStep(wizard)); // 3
    qobject_cast<PreflightPage *>(wizard->stepPage(4))->acknowledge()->setChecked(true);
    QVERIFY(completeStep(wizard)); // 4
    QVERIFY(actAsStepRole(wizard));
    // At 10:30 only jobs of the copy that are ready would start; held, nothing is left to start
    // and the page says so instead of showing an empty table.
    const std::vector<UnitIndex> ready = c->pendingAtRelease(RegionId::Dr);
    for (UnitIndex i : ready)
        DR_VERIFY_OK(c->hold(drtest::kCustomer, RegionId::Dr, i));
    QVERIFY(c->pendingAtRelease(RegionId::Dr).empty());
    QTRY_VERIFY(drtest::labelShown(wizard->stepPage(5), "nothingStarts"));
    QVERIFY(wizard->stepPage(5)
                ->findChild<QTableWidget *>(QStringLiteral("startingAtRelease"))
                ->isHidden());
    QVERIFY(labelText(wizard->stepPage(5), "releaseSummary").contains(QLatin1String("no unit")));
    QVERIFY(completeStep(wizard)); // 5
    DR_VERIFY_OK(c->advanceClock(Operator::system(), 60 * 60 * 1000));
    QVERIFY(actAsStepRole(wizard));
    QVERIFY(completeStep(wizard)); // 6

    // The failback warning lists what will not come back, counted from the drill's work.
    QCOMPARE(wizard->currentId(), 7);
    QTRY_VERIFY(drtest::labelShown(wizard->stepPage(7), "drillWarning"));
    const QString warning = labelText(wizard->stepPage(7), "drillWarning");
    auto loss = c->drillLoss();
    DR_VERIFY_OK(loss);
    QVERIFY(loss->generations > 0);
    for (const QString &line : loss->lines())
        QVERIFY2(warning.contains(line.toHtmlEscaped()), qPrintable(line));
    QVERIFY(warning.contains(QLatin1String("CARRIER-IF")));
    QVERIFY(warning.contains(jst::format(drillStart)));
    QVERIFY(completeStep(wizard)); // 7
    QVERIFY(actAsStepRole(wizard));
    QTRY_VERIFY(drtest::labelShown(wizard->stepPage(8), "drillWarning"));
    QVERIFY(labelText(wizard->stepPage(8), "drillWarning").contains(QLatin1String("CARRIER-IF")));
    const QString basis = labelText(wizard->stepPage(8), "startData");
    QVERIFY(basis.contains(QLatin1String("its own data as of the drill's start")));
    QVERIFY(basis.contains(jst::format(drillStart)));
    QVERIFY(basis.contains(jst::formatDuration(c->clockMs() - drillStart)));
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
        QVERIFY(actAsStepRole(wizard));
        if (auto *pf = qobject_cast<PreflightPage *>(wizard->stepPage(step));
            pf && !pf->acknowledge()->isHidden())
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

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
