// Long work on a worker thread (ConsoleWork, Console::beginWork): previewing and importing
// definitions against a large environment and the clock step that copies the definitions to the
// DR region run off the GUI thread with the controls held off, and end exactly as the same
// work on the GUI thread does (same preview, same state, same audit entry, same refusal). Meanwhile
// the GUI reads the state as it was and hears of the change only when it is done. Typing a
// subtree path previews once, when the typing pauses. The async path is forced with a threshold
// of 0 units; the comparison console does the same work directly.

#include "ConsoleWork.h"
#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "Session.h"
#include "SimulationController.h"
#include "StateFingerprint.h"
#include "TestSupport.h"
#include "interop/ImportPreviewDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QtTest>

using namespace dr;
using namespace dr::ui;
using drtest::kCustomer;

namespace {

QString fixture(const char *relative)
{
    return QStringLiteral(DR_TESTS_DIR "/interop/fixtures/") + QString::fromLatin1(relative);
}

QByteArray readFixture(const char *relative)
{
    QFile f(fixture(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

DefinitionImportRequest request(const char *file, DefinitionImportMode mode,
                                const QString &subtree = {})
{
    DefinitionImportRequest r;
    r.bytes = readFixture(file);
    r.mode = mode;
    r.subtree = subtree;
    r.source = QString::fromLatin1(file);
    return r;
}

QStringList issues(const QList<ParseIssue> &list)
{
    QStringList out;
    for (const ParseIssue &i : list)
        out << i.toString();
    return out;
}

void comparePreviews(const ImportPreview &a, const ImportPreview &b)
{
    QCOMPARE(a.encoding, b.encoding);
    QCOMPARE(a.format, b.format);
    QCOMPARE(a.added, b.added);
    QCOMPARE(a.changed, b.changed);
    QCOMPARE(a.removed, b.removed);
    QCOMPARE(a.unchanged, b.unchanged);
    QCOMPARE(issues(a.errors), issues(b.errors));
    QCOMPARE(issues(a.warnings), issues(b.warnings));
}

// The last audit entry without its times and hashes.
QString lastAudit(const Console &console)
{
    auto entries = console.auditEntries();
    if (!entries || entries->isEmpty())
        return QStringLiteral("<none>");
    const AuditEntry &e = entries->last();
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(e.operatorName, e.action, e.details)
        .arg(e.atMs)
        .arg(e.runId);
}

} // namespace

class TestConsoleWork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void previewRunsOnTheWorkerWithControlsHeldOff();
    void typingPreviewsOnceWhenItPauses();
    void importRunsOnTheWorkerAndEndsLikeTheDirectOne();
    void refusedImportGivesTheSameError();
    void definitionCopyingStepRunsOnTheWorker();

private:
    // A preview dialog of `file` over the window's console, forced onto the async path.
    std::unique_ptr<ImportPreviewDialog> openDialog(const char *file);

    QTemporaryDir m_dir;
    std::unique_ptr<Console> m_console; // driven through the GUI
    std::unique_ptr<Console> m_direct;  // the same work called directly
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<drtest::ScriptedPrompts> m_prompts;
};

void TestConsoleWork::init()
{
    static int counter = 0;
    ++counter;
    m_console = drtest::demoConsole(m_dir, QStringLiteral("gui-%1.db").arg(counter));
    m_direct = drtest::demoConsole(m_dir, QStringLiteral("direct-%1.db").arg(counter));
    QVERIFY(m_console && m_direct);
    QCOMPARE(drtest::fingerprint(m_console->state()), drtest::fingerprint(m_direct->state()));
    m_prompts = std::make_unique<drtest::ScriptedPrompts>();
    m_window = std::make_unique<MainWindow>(*m_console);
    m_window->setOperator(kCustomer);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_session = std::make_unique<Session>(*m_console);
    m_session->setOperator(kCustomer);
}

void TestConsoleWork::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_prompts.reset();
    m_console.reset();
    m_direct.reset();
}

std::unique_ptr<ImportPreviewDialog> TestConsoleWork::openDialog(const char *file)
{
    auto dialog =
        std::make_unique<ImportPreviewDialog>(*m_session, ImportPreviewDialog::Kind::Definitions,
                                              fixture(file), readFixture(file), m_window.get());
    dialog->setAsyncThreshold(0);
    dialog->show();
    return dialog;
}

void TestConsoleWork::previewRunsOnTheWorkerWithControlsHeldOff()
{
    auto dialog = openDialog("merge-demo.ajs");
    QSignalSpy previewed(dialog.get(), &ImportPreviewDialog::previewed);
    auto *encoding = dialog->findChild<QComboBox *>(QStringLiteral("importEncoding"));
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Utf8)));
    // The preview runs on the worker: every control waits, the console refuses other changes.
    QVERIFY(dialog->isWorking());
    QVERIFY(m_console->isBusy());
    QVERIFY(!encoding->isEnabled());
    QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("importModeMerge"))->isEnabled());
    QVERIFY(!dialog->importButton()->isEnabled());
    QCOMPARE(m_console->syncNow(kCustomer).error().code, QStringLiteral("busy"));
    QTRY_COMPARE(previewed.count(), 1);
    QVERIFY(!dialog->isWorking());
    QVERIFY(!m_console->isBusy());
    QVERIFY(encoding->isEnabled());
    QVERIFY(dialog->importButton()->isEnabled());
    DefinitionImportRequest r = request("merge-demo.ajs", DefinitionImportMode::Merge);
    r.encoding = TextEncoding::Utf8;
    comparePreviews(dialog->preview(), m_direct->previewDefinitions(r));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("previewSummary"))
                ->text()
                .contains(QLatin1String("4 to add, 2 to change, 0 to remove")));
}

void TestConsoleWork::typingPreviewsOnceWhenItPauses()
{
    auto dialog = openDialog("replace-price-sync.ajs");
    dialog->findChild<QRadioButton *>(QStringLiteral("importModeReplace"))->click();
    QTRY_VERIFY(!dialog->isWorking());
    auto *subtree = dialog->findChild<QComboBox *>(QStringLiteral("importSubtree"));
    QVERIFY(subtree->isEnabled());
    subtree->setInsertPolicy(QComboBox::NoInsert);
    subtree->lineEdit()->clear();
    QSignalSpy previewed(dialog.get(), &ImportPreviewDialog::previewed);
    QTest::keyClicks(subtree->lineEdit(), QStringLiteral("/SALES/PRICE_SYNC"));
    // Seventeen keystrokes, no preview yet: it waits for the typing to pause.
    QCOMPARE(previewed.count(), 0);
    QVERIFY(dialog->isPreviewPending());
    QTRY_COMPARE(previewed.count(), 1);
    QTRY_VERIFY(!dialog->isWorking() && !dialog->isPreviewPending());
    QCOMPARE(previewed.count(), 1);
    const QString typed = subtree->currentText().trimmed();
    QVERIFY2(typed.startsWith(QLatin1String("/SALES/PRICE_SYNC")), qPrintable(typed));
    comparePreviews(dialog->preview(),
                    m_direct->previewDefinitions(request(
                        "replace-price-sync.ajs", DefinitionImportMode::ReplaceSubtree, typed)));
}

void TestConsoleWork::importRunsOnTheWorkerAndEndsLikeTheDirectOne()
{
    auto dialog = openDialog("merge-demo.ajs");
    QTRY_VERIFY(dialog->importButton()->isEnabled());
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QSignalSpy reset(m_console.get(), &Console::unitsReset);
    const auto treeBefore = m_console->region(RegionId::Primary).tree;
    const QStringList before = drtest::fingerprint(m_console->state());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(dialog->isWorking());
    // Meanwhile the GUI reads the state before the import and hears nothing of it yet; the
    // dialog's controls (Cancel too) wait, and closing it waits for the import.
    QCOMPARE(m_console->region(RegionId::Primary).tree, treeBefore);
    QCOMPARE(drtest::fingerprint(m_console->state()), before);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("importEncoding"))->isEnabled());
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_console->auditEntries().error().code, QStringLiteral("busy"));
    QTRY_COMPARE(accepted.count(), 1);
    QVERIFY(reset.count() > 0);
    QVERIFY(m_prompts->errors.isEmpty());

    auto direct = m_direct->importDefinitions(
        kCustomer, request("merge-demo.ajs", DefinitionImportMode::Merge));
    QVERIFY(direct.ok());
    QCOMPARE(m_prompts->informations,
             QStringList{dialog->windowTitle() + QStringLiteral(": merge-demo.ajs imported: ") +
                         ImportPreviews::counts(*direct) + QStringLiteral(".")});
    QCOMPARE(drtest::fingerprint(m_console->state()), drtest::fingerprint(m_direct->state()));
    QCOMPARE(lastAudit(*m_console), lastAudit(*m_direct));
    // And the file holds what memory does.
    const QString path = m_console->databasePath();
    const QStringList shown = drtest::fingerprint(m_console->state());
    dialog.reset();
    m_window.reset();
    m_session.reset();
    m_console.reset();
    auto reopened = drtest::openConsole(path);
    QVERIFY(reopened);
    QCOMPARE(drtest::fingerprint(reopened->state()), shown);
}

void TestConsoleWork::refusedImportGivesTheSameError()
{
    auto dialog = openDialog("merge-demo.ajs");
    QTRY_VERIFY(dialog->importButton()->isEnabled());
    for (Console *c : {m_console.get(), m_direct.get()})
        DR_VERIFY_OK(c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Drill, {}));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(dialog->isWorking());
    QTRY_COMPARE(m_prompts->errors.size(), 1);
    auto direct = m_direct->importDefinitions(
        kCustomer, request("merge-demo.ajs", DefinitionImportMode::Merge));
    QVERIFY(!direct.ok());
    QCOMPARE(m_prompts->errors.first(),
             QStringLiteral("Import refused: ") + direct.error().message);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(!dialog->isWorking());
    QCOMPARE(drtest::fingerprint(m_console->state()), drtest::fingerprint(m_direct->state()));
}

void TestConsoleWork::definitionCopyingStepRunsOnTheWorker()
{
    // A definition change leaves the DR copy behind until the next sync point.
    for (Console *c : {m_console.get(), m_direct.get()})
        DR_VERIFY_OK(c->importDefinitions(kCustomer,
                                          request("merge-demo.ajs", DefinitionImportMode::Merge)));
    SimulationController &sim = m_window->simulation();
    sim.setSpeed(600);
    const qint64 owed = qint64(SimulationController::kTickMs) * 600;
    QVERIFY(m_console->advanceCopiesDefinitions(owed));
    QVERIFY(!m_console->advanceCopiesDefinitions(0));
    const QStringList before = drtest::fingerprint(m_console->state());
    QSignalSpy clock(m_console.get(), &Console::clockChanged);
    sim.tick();
    QVERIFY(sim.isWorking());
    QCOMPARE(drtest::fingerprint(m_console->state()), before);
    QCOMPARE(clock.count(), 0);
    sim.tick(); // a tick meanwhile only adds to what is owed
    QVERIFY(sim.owedMs() > owed);
    QTRY_VERIFY(!sim.isWorking() && !m_console->isBusy());
    QCOMPARE(sim.workerSteps(), 1);
    QVERIFY(clock.count() > 0);
    // The rest is owed in ordinary steps on the GUI thread.
    QTRY_COMPARE(sim.owedMs(), qint64(0));
    QCOMPARE(sim.workerSteps(), 1);
    QVERIFY(!m_console->advanceCopiesDefinitions(owed));
    const RegionData &dr = m_console->region(RegionId::Dr);
    QCOMPARE(dr.tree, m_console->region(RegionId::Primary).tree);

    // The same steps taken directly end in the same state.
    DR_VERIFY_OK(m_direct->advanceClock(Operator::system(), owed));
    DR_VERIFY_OK(m_direct->advanceClock(Operator::system(), owed));
    QCOMPARE(m_console->clockMs(), m_direct->clockMs());
    QCOMPARE(drtest::fingerprint(m_console->state()), drtest::fingerprint(m_direct->state()));
}

QTEST_MAIN(TestConsoleWork)
#include "tst_console_work.moc"
