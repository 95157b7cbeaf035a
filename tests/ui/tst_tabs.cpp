// The runbook tab follows the switchover step by step; the audit tab filters and its "Verify"
// reports a tampered entry; the pre-flight badge opens the full list.

#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "TestSupport.h"
#include "UiDriving.h"
#include "UiLanguage.h"
#include "dialogs/PreflightDialog.h"
#include "models/AuditModel.h"
#include "models/RunbookModel.h"
#include "pages/AuditPage.h"
#include "pages/RunbookPage.h"
#include "report/ReportExport.h"
#include "widgets/RegionCard.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace dr;
using namespace dr::ui;

class TestTabs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runbookFollowsTheSteps();
    void runbookShowsWholeTitles_data();
    void runbookShowsWholeTitles();
    void runbookExportsTheReport_data();
    void runbookExportsTheReport();
    void auditFiltersAndVerifies();
    void auditShowsNamesAndJapanTime_data();
    void auditShowsNamesAndJapanTime();
    void preflightBadgeOpensTheList();
    void preflightFindingsWrap_data();
    void preflightFindingsWrap();
};

void TestTabs::runbookFollowsTheSteps()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    RunbookModel *model = w.runbookPage()->model();
    QCOMPARE(model->rowCount(), 12);
    QCOMPARE(model->index(0, RunbookModel::StateColumn).data().toString(),
             QStringLiteral("Pending"));
    QCOMPARE(model->index(1, RunbookModel::RoleColumn).data().toString(),
             QStringLiteral("Service provider"));
    DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Drill,
                                QStringLiteral("annual drill")));
    QCOMPARE(model->index(0, RunbookModel::StateColumn).data().toString(), QStringLiteral("Done"));
    QCOMPARE(model->index(0, RunbookModel::ByColumn).data().toString(), QStringLiteral("alice"));
    QCOMPARE(model->index(0, RunbookModel::NoteColumn).data().toString(),
             QStringLiteral("annual drill"));
    QCOMPARE(model->index(1, RunbookModel::StateColumn).data().toString(), QStringLiteral("Next"));
    auto *figures = w.runbookPage()->findChild<QLabel *>(QStringLiteral("runFigures"));
    QTRY_VERIFY(figures->text().contains(QLatin1String("step 2")));
    DR_VERIFY_OK(c->completeStep(drtest::kProvider, 2));
    QTRY_VERIFY(figures->text().contains(QLatin1String("Data-loss window")));
    QCOMPARE(model->index(1, RunbookModel::ByColumn).data().toString(), QStringLiteral("pat"));
}

void TestTabs::runbookShowsWholeTitles_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "ja"}) {
        QTest::addRow("%s 1280x800", language) << QString::fromLatin1(language) << QSize(1280, 800);
        QTest::addRow("%s 900x600", language) << QString::fromLatin1(language) << QSize(900, 600);
    }
}

// Step titles (long in Japanese: steps 3 and 9) wrap in rows as high as they need instead of
// ending in "...", and every row's tooltip has the whole step.
void TestTabs::runbookShowsWholeTitles()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    const drtest::UiLanguage ui(language);
    QVERIFY(ui.ok());
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    DR_VERIFY_OK(c->startSwitch(
        drtest::kCustomer, Phase::Failover, SwitchMode::Drill,
        QStringLiteral("Annual drill with the logistics team, agents pre-registered")));
    MainWindow w(*c);
    w.resize(size);
    w.tabs()->setCurrentWidget(w.runbookPage());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCoreApplication::processEvents();
    auto *view = w.runbookPage()->findChild<QTableView *>(QStringLiteral("runbookView"));
    QVERIFY(view);
    QVERIFY(view->columnWidth(RunbookModel::TitleColumn) >= 150);
    // (public in QAbstractItemView: the height the row's wrapped texts need at the column widths)
    auto needed = [view](int row) {
        return static_cast<QAbstractItemView *>(view)->sizeHintForRow(row);
    };
    int wrapped = 0;
    int oneLine = view->rowHeight(0);
    for (int row = 1; row < view->model()->rowCount(); ++row)
        oneLine = std::min(oneLine, view->rowHeight(row));
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex title = view->model()->index(row, RunbookModel::TitleColumn);
        QVERIFY2(view->rowHeight(row) >= needed(row),
                 qPrintable(QStringLiteral("row %1 is %2 px high, its text needs %3: %4")
                                .arg(row + 1)
                                .arg(view->rowHeight(row))
                                .arg(needed(row))
                                .arg(title.data().toString())));
        wrapped += row > 0 && view->rowHeight(row) > oneLine; // row 1 has a long note
        QVERIFY(title.data(Qt::ToolTipRole).toString().contains(title.data().toString()));
    }
    const QString note =
        view->model()->index(0, RunbookModel::NoteColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(note.contains(QLatin1String("agents pre-registered")), qPrintable(note));
    if (size.width() < 1000)
        QVERIFY(wrapped > 0); // the long titles did need a second line
    drtest::saveScreenshot(
        &w, QStringLiteral("runbook-%1_%2x%3").arg(language).arg(size.width()).arg(size.height()));
}

void TestTabs::runbookExportsTheReport_data()
{
    QTest::addColumn<int>("filter");   // 0 PDF, 1 HTML page, -1 the one offered
    QTest::addColumn<QString>("name"); // as chosen in the dialog
    QTest::addColumn<QString>("written");
    QTest::addColumn<bool>("pdf");
    QTest::newRow("suggested name, PDF") << -1 << "switchover-report-1.pdf"
                                         << "switchover-report-1.pdf" << true;
    QTest::newRow("suggested name, HTML page chosen") << 1 << "switchover-report-1.pdf"
                                                      << "switchover-report-1.html" << false;
    QTest::newRow("no suffix, HTML page") << 1 << "report"
                                          << "report.html" << false;
    QTest::newRow("no suffix, PDF") << 0 << "report"
                                    << "report.pdf" << true;
    QTest::newRow("typed .html, PDF offered") << -1 << "report.html"
                                              << "report.html" << false;
    QTest::newRow("typed .htm, PDF chosen") << 0 << "report.htm"
                                            << "report.htm" << false;
}

// "Export report..." on the runbook tab saves the run's report where the operator says, as
// the format the dialog's filter (or the suffix they typed) asks for.
void TestTabs::runbookExportsTheReport()
{
    QFETCH(int, filter);
    QFETCH(QString, name);
    QFETCH(QString, written);
    QFETCH(bool, pdf);
    drtest::ScriptedPrompts prompts;
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.setOperator(drtest::kCustomer);
    QPushButton *button = w.runbookPage()->reportButton();
    QCOMPARE(button,
             w.runbookPage()->findChild<QPushButton *>(QStringLiteral("exportReportButton")));
    QVERIFY(!button->isEnabled()); // no run yet
    DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Drill,
                                QStringLiteral("annual drill")));
    QVERIFY(button->isEnabled());
    const QStringList filters = ReportExport::filters().split(QStringLiteral(";;"));
    QCOMPARE(filters.size(), 2);
    prompts.filterAnswer = filter < 0 ? QString() : filters.at(filter);
    prompts.fileAnswer = dir.filePath(name);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
    QCOMPARE(prompts.offeredName, QStringLiteral("switchover-report-1.pdf"));
    QCOMPARE(prompts.offeredFilters, ReportExport::filters());
    QCOMPARE(prompts.offeredFilter, filters.at(0));
    const QString path = dir.filePath(written);
    QCOMPARE(
        prompts.informations,
        QStringList{
            QStringLiteral("Export switchover report: The report was saved to %1.").arg(path)});
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = file.readAll();
    if (pdf) {
        QVERIFY(bytes.startsWith("%PDF-"));
    } else {
        QVERIFY2(!bytes.startsWith("%PDF-"), bytes.left(16).constData());
        QVERIFY(bytes.contains("<html"));
        QVERIFY(bytes.contains("annual drill"));
    }
    // Only that file: the name the dialog returned is not written as well, if it differs.
    if (name != written)
        QVERIFY(!QFileInfo::exists(dir.filePath(name)));

    // Cancelling writes nothing and says nothing.
    prompts.informations.clear();
    prompts.fileAnswer.clear();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(prompts.informations.isEmpty());
    QVERIFY(prompts.errors.isEmpty());
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
    QTest::keyClicks(page->findChild<QLineEdit *>(QStringLiteral("auditFilter")),
                     QStringLiteral("outage"));
    QCOMPARE(page->proxy()->rowCount(), 1);
    auto *result = page->findChild<QLabel *>(QStringLiteral("verifyResult"));
    page->findChild<QPushButton *>(QStringLiteral("verifyAuditButton"))->click();
    QVERIFY(result->property("verified").toBool());
    QVERIFY(result->text().contains(QLatin1String("4")));
    {
        // Someone with direct access to the file edits entry 2.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(c->databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE audit_log SET details = 'nothing happened' WHERE seq = 2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    page->findChild<QPushButton *>(QStringLiteral("verifyAuditButton"))->click();
    QVERIFY(!result->property("verified").toBool());
    QVERIFY2(result->text().contains(QLatin1String("entry 2")), qPrintable(result->text()));
}

void TestTabs::auditShowsNamesAndJapanTime_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("outageName");
    QTest::addColumn<QString>("stepName");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Regional outage")
                        << QStringLiteral("Switchover step");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("リージョン障害")
                        << QStringLiteral("運用切り替えの手順");
}

// The action column, its filter and the recent activity show translated action names, and
// every time (also those inside the stored English details) in Japan time.
void TestTabs::auditShowsNamesAndJapanTime()
{
    QFETCH(QString, language);
    QFETCH(QString, outageName);
    QFETCH(QString, stepName);
    const drtest::UiLanguage ui(language);
    QVERIFY(ui.ok());
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    DR_VERIFY_OK(c->declareOutage(drtest::kCustomer, RegionId::Primary));
    DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Disaster, {}));
    MainWindow w(*c);
    AuditModel *model = w.auditPage()->model();
    QCOMPARE(model->rowCount(), 3);
    const QModelIndex outageAction = model->index(1, AuditModel::ActionColumn);
    QCOMPARE(outageAction.data().toString(), outageName);
    QCOMPARE(outageAction.data(AuditModel::ActionCodeRole).toString(),
             QStringLiteral("region.outage"));
    QVERIFY(outageAction.data(Qt::ToolTipRole).toString().contains(QLatin1String("region.outage")));
    QCOMPARE(model->index(2, AuditModel::ActionColumn).data().toString(), stepName);
    QVERIFY(model->index(0, AuditModel::ActionColumn).data().toString() !=
            QLatin1String("environment.initialize"));
    // The stored details keep their UTC time; the screen shows it in Japan time.
    static const QRegularExpression isoUtc(
        QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    auto stored = c->auditEntries();
    QVERIFY(stored.ok());
    QVERIFY(stored->at(1).details.contains(isoUtc));
    const QString details = model->index(1, AuditModel::DetailsColumn).data().toString();
    QVERIFY2(!details.contains(isoUtc), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("2026-11-25 10:30:00 JST")), qPrintable(details));
    QVERIFY(
        !model->index(1, AuditModel::AtColumn).data(Qt::ToolTipRole).toString().contains(isoUtc));
    // The filter finds the translated name and the code.
    auto *filter = w.auditPage()->findChild<QLineEdit *>(QStringLiteral("auditFilter"));
    filter->setText(outageName);
    QCOMPARE(w.auditPage()->proxy()->rowCount(), 1);
    filter->setText(QStringLiteral("switch.step"));
    QCOMPARE(w.auditPage()->proxy()->rowCount(), 1);
    // Recent activity: newest first, names and Japan time only.
    auto *activity = w.findChild<QTextBrowser *>(QStringLiteral("recentActivity"));
    const QStringList lines = activity->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    for (const QString &line : lines) {
        QVERIFY2(!line.contains(isoUtc), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String(" JST")), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("switch.step")) &&
                     !line.contains(QLatin1String("region.outage")),
                 qPrintable(line));
    }
    QVERIFY(lines[0].contains(stepName));
    QVERIFY(lines[1].contains(outageName));
    filter->clear();
    w.resize(1100, 640);
    w.tabs()->setCurrentWidget(w.auditPage());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    drtest::saveScreenshot(&w, QStringLiteral("audit-tab-%1").arg(language));
    w.tabs()->setCurrentIndex(0);
    // The overview lays itself out over the next passes of the event loop; a picture taken
    // before that shows the activity list with a scroll bar it does not have.
    QTRY_VERIFY(activity->isVisible() && !activity->horizontalScrollBar()->isVisible());
    drtest::saveScreenshot(&w, QStringLiteral("recent-activity-%1").arg(language));
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

void TestTabs::preflightFindingsWrap_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

// The findings are sentences: they wrap in full (no "...") at the default and a narrow width.
void TestTabs::preflightFindingsWrap()
{
    QFETCH(QString, language);
    const drtest::UiLanguage ui(language);
    QVERIFY(ui.ok());
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    MainWindow w(*c);
    w.showPreflight(RegionId::Dr);
    PreflightDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<PreflightDialog *>()) != nullptr);
    auto *findings = dialog->findChild<QTreeWidget *>(QStringLiteral("preflightFindings"));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Long findings wrap in full at the default and a narrow width.
    for (int width : {760, 520}) {
        dialog->resize(width, 420);
        QTest::qWait(1); // the rows are measured again once the resize settles
        QCoreApplication::processEvents();
        const int margin =
            findings->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, findings) + 1;
        const int textWidth = findings->columnWidth(1) - 2 * margin;
        int wrapped = 0;
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = findings->topLevelItem(i);
            const QRect needed = findings->fontMetrics().boundingRect(
                QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, item->text(1));
            QVERIFY2(findings->visualItemRect(item).height() >= needed.height(),
                     qPrintable(QStringLiteral("%1 px for %2 px of text: %3")
                                    .arg(findings->visualItemRect(item).height())
                                    .arg(needed.height())
                                    .arg(item->text(1))));
            wrapped += needed.height() > findings->fontMetrics().height();
        }
        QVERIFY(wrapped > 0); // the findings are longer than a line here
        drtest::saveScreenshot(dialog,
                               QStringLiteral("preflight-dialog-%1_%2").arg(language).arg(width));
    }
}

QTEST_MAIN(TestTabs)
#include "tst_tabs.moc"
