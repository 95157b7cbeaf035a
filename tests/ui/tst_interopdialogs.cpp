// File → Import/Export in the main window: the File menu comes first and is gated by role and
// by the core's refusals; the preview dialog shows the encoding, counts and the first errors
// with line:column, keeps "Import" disabled for a bad file, and reports a refused import in an
// error dialog; exports write the chosen format. File choices are pre-answered.
#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "Session.h"
#include "TestSupport.h"
#include "UiDriving.h"
#include "UiLanguage.h"
#include "interop/ExportDialog.h"
#include "interop/ImportPreviewDialog.h"
#include "interop/InteropActions.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QtTest>

using namespace dr;
using namespace dr::ui;

namespace {

QString fixture(const char *relative)
{
    return QStringLiteral(DR_TESTS_DIR "/interop/") + QString::fromLatin1(relative);
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

} // namespace

class TestInteropDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fileMenuFirstAndGated();
    void previewAndImportDefinitions();
    void badFileCannotBeImported();
    void replaceModeAndEncoding();
    void refusedImportShowsAnError();
    void hostsIntoTheChosenRegion();
    void exportAgentsAsScript();
    void issueBoxesOnlyWhenThereAreIssues();
    void dialogsInBothLanguages_data();
    void dialogsInBothLanguages();

private:
    ImportPreviewDialog *openImport(const char *action, const QString &file);
    QAction *action(const char *name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<drtest::ScriptedPrompts> m_prompts;
};

void TestInteropDialogs::init()
{
    static int counter = 0;
    m_console = drtest::demoConsole(m_dir, QStringLiteral("gui-%1.db").arg(++counter));
    QVERIFY(m_console);
    m_prompts = std::make_unique<drtest::ScriptedPrompts>();
    m_window = std::make_unique<MainWindow>(*m_console);
    m_window->setOperator(drtest::kCustomer);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestInteropDialogs::cleanup()
{
    m_window.reset();
    m_prompts.reset();
    m_console.reset();
}

QAction *TestInteropDialogs::action(const char *name) const
{
    auto *interop = m_window->findChild<InteropActions *>(QStringLiteral("interopActions"));
    return interop ? interop->action(QString::fromLatin1(name)) : nullptr;
}

ImportPreviewDialog *TestInteropDialogs::openImport(const char *name, const QString &file)
{
    m_prompts->fileAnswer = file;
    QAction *a = action(name);
    if (!a || !a->isEnabled())
        return nullptr;
    a->trigger();
    auto *dialog = m_window->findChild<ImportPreviewDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestInteropDialogs::fileMenuFirstAndGated()
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QMenu *file = menus.first()->menu();
    QVERIFY(file);
    QCOMPARE(file->objectName(), QStringLiteral("fileMenu"));
    QStringList names;
    for (QAction *a : file->actions()) {
        if (!a->isSeparator())
            names << a->objectName();
    }
    QCOMPARE(names,
             (QStringList{
                 QStringLiteral("importDefinitionsAction"), QStringLiteral("importHostsAction"),
                 QStringLiteral("importAgentsAction"), QStringLiteral("exportDefinitionsAction"),
                 QStringLiteral("exportHostsAction"), QStringLiteral("exportAgentsAction")}));
    QVERIFY(action("importDefinitionsAction")->isEnabled());
    m_window->setOperator(drtest::kProvider);
    QVERIFY(!action("importDefinitionsAction")->isEnabled());
    QVERIFY(!action("importAgentsAction")->isEnabled());
    QVERIFY(action("importDefinitionsAction")->toolTip().contains(QLatin1String("customer")));
    QVERIFY(action("exportDefinitionsAction")->isEnabled()); // reading is for everyone
    m_window->setOperator(drtest::kCustomer);
    DR_VERIFY_OK(m_console->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Drill, {}));
    QVERIFY(!action("importDefinitionsAction")->isEnabled());
    QVERIFY(action("importDefinitionsAction")->toolTip().contains(QLatin1String("switchover")));
    QVERIFY(action("importAgentsAction")->isEnabled()); // step 3 is exactly this work
}

void TestInteropDialogs::previewAndImportDefinitions()
{
    ImportPreviewDialog *dialog =
        openImport("importDefinitionsAction", fixture("fixtures/merge-demo.ajs"));
    QVERIFY(dialog);
    QVERIFY(child<QRadioButton>(dialog, "importModeMerge")->isChecked());
    const QString summary = child<QLabel>(dialog, "previewSummary")->text();
    QVERIFY2(summary.contains(QLatin1String("UTF-8")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("4 to add, 2 to change, 0 to remove")),
             qPrintable(summary));
    auto *changes = child<QTreeWidget>(dialog, "previewChanges");
    QCOMPARE(changes->topLevelItem(0)->text(0), QStringLiteral("To add (4)"));
    QCOMPARE(changes->topLevelItem(0)->child(0)->text(0),
             QStringLiteral("/SALES/ADHOC_REINDEX/VACUUM"));
    QCOMPARE(changes->topLevelItem(1)->text(0), QStringLiteral("To change (2)"));
    QCOMPARE(child<QListWidget>(dialog, "previewErrors")->count(), 0);
    QPushButton *import = dialog->importButton();
    QVERIFY(import->isEnabled());
    drtest::saveScreenshot(dialog, QStringLiteral("import-preview"));
    const qsizetype before = m_console->region(RegionId::Primary).tree->size();
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ImportPreviewDialog *>());
    QCOMPARE(m_prompts->informations.size(), 1);
    QVERIFY(m_prompts->errors.isEmpty());
    QCOMPARE(m_console->region(RegionId::Primary).tree->size(), before + 4);
}

void TestInteropDialogs::badFileCannotBeImported()
{
    ImportPreviewDialog *dialog = openImport("importDefinitionsAction",
                                             fixture("corpus/malformed/relation-unknown-unit.ajs"));
    QVERIFY(dialog);
    auto *errors = child<QListWidget>(dialog, "previewErrors");
    QCOMPARE(errors->count(), 1);
    QVERIFY2(
        errors->item(0)->text().startsWith(QLatin1String("7:3: The relation names \"MISSING\"")),
        qPrintable(errors->item(0)->text()));
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(child<QLabel>(dialog, "previewSummary")->text().contains(QLatin1String("1 error")));
    drtest::saveScreenshot(dialog, QStringLiteral("import-preview-errors"));
    const auto tree = m_console->region(RegionId::Primary).tree;
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QCOMPARE(m_console->region(RegionId::Primary).tree, tree);
    QVERIFY(dialog->isVisible());
    // More errors than shown: the first 20 and a count.
    QByteArray many = "unit=/G,,,;\n{\n\tty=g;\n";
    for (int i = 0; i < 25; ++i)
        many += "\t@x;\n";
    many += "}\n";
    const QString path = m_dir.filePath(QStringLiteral("many.ajs"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(many) == many.size());
    f.close();
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ImportPreviewDialog *>());
    dialog = openImport("importDefinitionsAction", path);
    QVERIFY(dialog);
    errors = child<QListWidget>(dialog, "previewErrors");
    QCOMPARE(errors->count(), ImportPreviewDialog::kShownErrors + 1);
    QVERIFY(
        errors->item(ImportPreviewDialog::kShownErrors)->text().contains(QLatin1String("5 more")));
}

void TestInteropDialogs::replaceModeAndEncoding()
{
    ImportPreviewDialog *dialog =
        openImport("importDefinitionsAction", fixture("fixtures/replace-price-sync.ajs"));
    QVERIFY(dialog);
    auto *subtree = child<QComboBox>(dialog, "importSubtree");
    QVERIFY(!subtree->isEnabled());
    QVERIFY(subtree->findText(QStringLiteral("/SALES/PRICE_SYNC")) >= 0);
    child<QRadioButton>(dialog, "importModeReplace")->click();
    subtree->setCurrentIndex(subtree->findText(QStringLiteral("/SALES/PRICE_SYNC")));
    QVERIFY(subtree->isEnabled());
    QVERIFY2(dialog->preview().ok(), qPrintable(formatIssues(dialog->preview().errors)));
    QCOMPARE(dialog->preview().removed.size(), 2);
    QVERIFY(child<QLabel>(dialog, "previewSummary")->text().contains(QLatin1String("2 to remove")));
    // Into an empty environment is refused here: the demo has units.
    child<QRadioButton>(dialog, "importModeEmpty")->click();
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(child<QListWidget>(dialog, "previewErrors")
                ->item(0)
                ->text()
                .contains(QLatin1String("already has")));
    // Forcing Shift_JIS on a UTF-8 file with Japanese text gives an error at the first bad byte.
    child<QRadioButton>(dialog, "importModeMerge")->click();
    auto *encoding = child<QComboBox>(dialog, "importEncoding");
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::ShiftJis)));
    QVERIFY(!dialog->preview().ok() || dialog->preview().encoding == TextEncoding::ShiftJis);
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Utf8)));
    QVERIFY(dialog->preview().ok());
}

void TestInteropDialogs::refusedImportShowsAnError()
{
    ImportPreviewDialog *dialog =
        openImport("importDefinitionsAction", fixture("fixtures/merge-demo.ajs"));
    QVERIFY(dialog);
    QVERIFY(dialog->importButton()->isEnabled());
    // The situation changes after the preview: a switchover starts.
    DR_VERIFY_OK(m_console->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Drill, {}));
    const auto tree = m_console->region(RegionId::Primary).tree;
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY2(m_prompts->errors.first().startsWith(
                 QLatin1String("Import refused: A switchover is in progress")),
             qPrintable(m_prompts->errors.first()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_console->region(RegionId::Primary).tree, tree);
}

void TestInteropDialogs::hostsIntoTheChosenRegion()
{
    const QString path = m_dir.filePath(QStringLiteral("dr.conf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_console->exportHosts(RegionId::Dr) + "\n# a new one\nextra01 10.20.9.9\n");
    f.close();
    ImportPreviewDialog *dialog = openImport("importHostsAction", path);
    QVERIFY(dialog);
    auto *region = child<QComboBox>(dialog, "importRegion");
    region->setCurrentIndex(region->findData(QStringLiteral("dr")));
    QCOMPARE(dialog->preview().added, QStringList{QStringLiteral("extra01")});
    QVERIFY(dialog->preview().removed.isEmpty());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ImportPreviewDialog *>());
    QVERIFY(m_console->region(RegionId::Dr).hosts.find(QStringLiteral("extra01")));
    QVERIFY(!m_console->region(RegionId::Primary).hosts.find(QStringLiteral("extra01")));
}

void TestInteropDialogs::exportAgentsAsScript()
{
    action("exportAgentsAction")->trigger();
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    auto *format = child<QComboBox>(dialog, "exportFormat");
    format->setCurrentIndex(format->findData(int(AgentFileFormat::Ajsagtadd)));
    const QString path = m_dir.filePath(QStringLiteral("agents.sh"));
    m_prompts->fileAnswer = path;
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ExportDialog *>());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.startsWith("#!/bin/sh\n"));
    QVERIFY(text.contains("ajsagtadd -a ORDERDB -s ord-db01 -c 00:00-00:00=4 -t e"));
    QVERIFY(m_prompts->errors.isEmpty());
}

// The errors and warnings boxes show only when they have something to say: a clean file shows
// neither, a file with a warning only the warnings, a broken file the errors.
void TestInteropDialogs::issueBoxesOnlyWhenThereAreIssues()
{
    auto boxes = [](ImportPreviewDialog *dialog) {
        return QStringLiteral("errors %1 (%2), warnings %3 (%4)")
            .arg(child<QGroupBox>(dialog, "previewErrorsBox")->isVisible() ? "shown" : "hidden")
            .arg(child<QListWidget>(dialog, "previewErrors")->count())
            .arg(child<QGroupBox>(dialog, "previewWarningsBox")->isVisible() ? "shown" : "hidden")
            .arg(child<QListWidget>(dialog, "previewWarnings")->count());
    };
    ImportPreviewDialog *dialog =
        openImport("importDefinitionsAction", fixture("fixtures/merge-demo.ajs"));
    QVERIFY(dialog);
    QCOMPARE(boxes(dialog), QStringLiteral("errors hidden (0), warnings hidden (0)"));
    drtest::saveScreenshot(dialog, QStringLiteral("import-preview-clean"));
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ImportPreviewDialog *>());

    const QString script = m_dir.filePath(QStringLiteral("logical-host.sh"));
    {
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ajsagtadd -h LHOST -a NEW-AGENT -s 10.20.9.9\n");
    }
    dialog = openImport("importAgentsAction", script);
    QVERIFY(dialog);
    QCOMPARE(boxes(dialog), QStringLiteral("errors hidden (0), warnings shown (1)"));
    QVERIFY(dialog->importButton()->isEnabled());
    drtest::saveScreenshot(dialog, QStringLiteral("import-preview-warning"));
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ImportPreviewDialog *>());

    dialog = openImport("importDefinitionsAction",
                        fixture("corpus/malformed/relation-unknown-unit.ajs"));
    QVERIFY(dialog);
    QCOMPARE(boxes(dialog), QStringLiteral("errors shown (1), warnings hidden (0)"));
    dialog->reject();
}

void TestInteropDialogs::dialogsInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("errorWord");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("1 error;");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("エラー");
}

// The preview and export dialogs as an operator sees them with the application's translator: the
// summary, the error from the core and the buttons in the UI language, with proper plural forms.
void TestInteropDialogs::dialogsInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, errorWord);
    const drtest::UiLanguage ui(language);
    QVERIFY(ui.ok());

    ImportPreviewDialog *dialog = openImport("importDefinitionsAction",
                                             fixture("corpus/malformed/relation-unknown-unit.ajs"));
    QVERIFY(dialog);
    const QString summary = child<QLabel>(dialog, "previewSummary")->text();
    QVERIFY2(summary.contains(errorWord), qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("(s)")), qPrintable(summary));
    const QString error = child<QListWidget>(dialog, "previewErrors")->item(0)->text();
    QVERIFY2(error.startsWith(QLatin1String("7:3: ")), qPrintable(error));
    QCOMPARE(error.contains(QLatin1String("The relation names")), language == QLatin1String("en"));
    QCOMPARE(dialog->importButton()->text(),
             QCoreApplication::translate("dr::ui::ImportPreviewDialog", "&Import"));
    drtest::saveScreenshot(dialog, QStringLiteral("import-preview-errors-%1").arg(language));
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ImportPreviewDialog *>());

    dialog = openImport("importDefinitionsAction", fixture("fixtures/merge-demo.ajs"));
    QVERIFY(dialog);
    drtest::saveScreenshot(dialog, QStringLiteral("import-preview-%1").arg(language));
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ImportPreviewDialog *>());

    action("exportAgentsAction")->trigger();
    auto *exportDialog = m_window->findChild<ExportDialog *>();
    QVERIFY(exportDialog);
    QVERIFY(QTest::qWaitForWindowExposed(exportDialog));
    drtest::saveScreenshot(exportDialog, QStringLiteral("export-agents-%1").arg(language));
    exportDialog->reject();
}

QTEST_MAIN(TestInteropDialogs)
#include "tst_interopdialogs.moc"
