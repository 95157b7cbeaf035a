// The operator's way in and the menus: the sign-in at start, the status bar, the Simulation menu
// (run/pause, speeds, advance by, regional outage, restore) and View > Language.

#include "ConsoleActions.h"
#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "Session.h"
#include "SimulationController.h"
#include "TestSupport.h"
#include "dialogs/AdvanceClockDialog.h"
#include "dialogs/SignInDialog.h"
#include "widgets/RegionCard.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace dr;
using namespace dr::ui;

namespace {
QString statusText(MainWindow &w, const char *label)
{
    auto *l = w.statusBar()->findChild<QLabel *>(QString::fromLatin1(label));
    return l ? l->text() : QStringLiteral("(no %1)").arg(QString::fromLatin1(label));
}
QString cardState(MainWindow &w, RegionId region)
{
    return w.card(region)
        ->findChild<QLabel *>(QStringLiteral("managerState"))
        ->property("managerState")
        .toString();
}
} // namespace

class TestMainMenus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startAsksWhoIsOperating();
    void statusBarTexts();
    void simulationMenu();
    void languageMenu();
    void serviceMenuAsksTheCore();
};

// At start the window shows, the clock runs and a sign-in dialog asks for the operator; until
// then nothing can be changed, afterwards the status bar names the operator and the actions of
// their role open up.
void TestMainMenus::startAsksWhoIsOperating()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    MainWindow w(*console);
    w.start();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.simulation().isRunning());
    w.simulation().setRunning(false); // the rest of the test needs a still clock
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<SignInDialog *>()) != nullptr);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal());
    QCOMPARE(statusText(w, "operatorLabel"), QStringLiteral("Not signed in"));
    QAction *suppress = w.actions().action(QStringLiteral("suppress_primary"));
    QVERIFY(!suppress->isEnabled());
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled()); // a name first
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("operatorName")),
                     QStringLiteral("pat"));
    QVERIFY(ok->isEnabled());
    dialog->findChild<QRadioButton *>(QStringLiteral("roleProvider"))->click();
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!w.findChild<SignInDialog *>());
    QCOMPARE(w.session().op().name, QStringLiteral("pat"));
    QCOMPARE(w.session().op().role, Role::Provider);
    QCOMPARE(statusText(w, "operatorLabel"), QStringLiteral("Operator: pat (Service provider)"));
    QVERIFY(suppress->isEnabled());
    // "Switch operator..." asks again; Cancel keeps the operator.
    w.actions().action(QStringLiteral("switchOperatorAction"))->trigger();
    QTRY_VERIFY((dialog = w.findChild<SignInDialog *>()) != nullptr);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("operatorName"))->text(),
             QStringLiteral("pat"));
    dialog->reject();
    QTRY_VERIFY(!w.findChild<SignInDialog *>());
    QCOMPARE(statusText(w, "operatorLabel"), QStringLiteral("Operator: pat (Service provider)"));
}

// The status bar: operator, simulated clock with its state and speed, database file.
void TestMainMenus::statusBarTexts()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    MainWindow w(*console);
    QCOMPARE(statusText(w, "operatorLabel"), QStringLiteral("Not signed in"));
    QCOMPARE(statusText(w, "clockLabel"),
             QStringLiteral("Simulated clock: 2026-11-25 10:30:00 JST (paused)"));
    QCOMPARE(statusText(w, "databaseLabel"),
             QStringLiteral("Database: %1")
                 .arg(QDir::toNativeSeparators(dir.filePath(QStringLiteral("demo.db")))));
    w.setOperator(drtest::kCustomer);
    QCOMPARE(statusText(w, "operatorLabel"), QStringLiteral("Operator: alice (Customer)"));
    w.simulation().setSpeed(60);
    w.simulation().setRunning(true);
    QCOMPARE(statusText(w, "clockLabel"),
             QStringLiteral("Simulated clock: 2026-11-25 10:30:00 JST (running at 60x)"));
    w.simulation().setRunning(false);
    DR_VERIFY_OK(console->advanceClock(Operator::system(), 90 * 60 * 1000));
    QCOMPARE(statusText(w, "clockLabel"),
             QStringLiteral("Simulated clock: 2026-11-25 12:00:00 JST (paused)"));
}

// Simulation menu: run/pause, the three speeds, "Advance by...", a regional outage (confirmed or
// not) and restoring the region.
void TestMainMenus::simulationMenu()
{
    drtest::ScriptedPrompts prompts;
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    MainWindow w(*console);
    w.setOperator(drtest::kCustomer);
    w.show();
    auto *menu = w.menuBar()->findChild<QMenu *>(QStringLiteral("simulationMenu"));
    QVERIFY(menu);
    QStringList names;
    for (QAction *a : menu->actions())
        names << a->objectName();
    names.removeAll(QString()); // separators
    QCOMPARE(names, (QStringList{QStringLiteral("simRunAction"), QStringLiteral("speed1Action"),
                                 QStringLiteral("speed60Action"), QStringLiteral("speed600Action"),
                                 QStringLiteral("advanceAction"), QStringLiteral("syncNowAction"),
                                 QStringLiteral("outage_primary"), QStringLiteral("outage_dr"),
                                 QStringLiteral("restore_primary"), QStringLiteral("restore_dr")}));
    ConsoleActions &actions = w.actions();
    auto act = [&](const char *name) {
        return actions.action(QString::fromLatin1(name));
    };

    // Run and pause.
    QVERIFY(!act("simRunAction")->isChecked());
    act("simRunAction")->trigger();
    QVERIFY(w.simulation().isRunning());
    QVERIFY(act("simRunAction")->isChecked());
    act("simRunAction")->trigger();
    QVERIFY(!w.simulation().isRunning());
    // Speeds: one checked at a time, the controller follows, the status bar says so.
    QVERIFY(act("speed1Action")->isChecked());
    for (int speed : {600, 60, 1}) {
        QAction *a = actions.action(QStringLiteral("speed%1Action").arg(speed));
        a->trigger();
        QCOMPARE(w.simulation().speed(), speed);
        for (int other : {1, 60, 600})
            QCOMPARE(actions.action(QStringLiteral("speed%1Action").arg(other))->isChecked(),
                     other == speed);
    }
    w.simulation().setSpeed(600); // set elsewhere: the menu follows
    QVERIFY(act("speed600Action")->isChecked());
    act("simRunAction")->trigger();
    QVERIFY(statusText(w, "clockLabel").endsWith(QLatin1String("(running at 600x)")));
    act("simRunAction")->trigger();

    // Advance by 2 hours through the dialog.
    const qint64 before = console->clockMs();
    act("advanceAction")->trigger();
    AdvanceClockDialog *advance = nullptr;
    QTRY_VERIFY((advance = w.findChild<AdvanceClockDialog *>()) != nullptr);
    auto *duration = advance->findChild<QLineEdit *>(QStringLiteral("duration"));
    duration->selectAll();
    QTest::keyClicks(duration, QStringLiteral("2x"));
    QVERIFY(!advance->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    QVERIFY(!advance->findChild<QLabel *>(QStringLiteral("durationError"))->text().isEmpty());
    QTest::keyClick(duration, Qt::Key_Backspace);
    QTest::keyClicks(duration, QStringLiteral("h"));
    advance->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    QTRY_COMPARE(console->clockMs(), before + 2 * 3600 * 1000);
    QCOMPARE(statusText(w, "clockLabel"),
             QStringLiteral("Simulated clock: 2026-11-25 12:30:00 JST (paused)"));

    // A regional outage asks first; "no" changes nothing.
    QVERIFY(act("outage_primary")->isEnabled());
    QVERIFY(!act("restore_primary")->isEnabled());
    prompts.confirmAnswer = false;
    act("outage_primary")->trigger();
    QCOMPARE(prompts.confirmations.size(), 1);
    QVERIFY(console->region(RegionId::Primary).runtime.available);
    prompts.confirmAnswer = true;
    act("outage_primary")->trigger();
    QVERIFY(!console->region(RegionId::Primary).runtime.available);
    QVERIFY(!act("outage_primary")->isEnabled());
    QCOMPARE(act("outage_primary")->toolTip(),
             QStringLiteral("The region is already unavailable."));
    QVERIFY(act("restore_primary")->isEnabled());
    QTRY_COMPARE(cardState(w, RegionId::Primary), QStringLiteral("unavailable"));
    act("restore_primary")->trigger();
    QVERIFY(console->region(RegionId::Primary).runtime.available);
    QVERIFY(!act("restore_primary")->isEnabled());
    QVERIFY(prompts.errors.isEmpty());
    // The simulator's controls are for any operator.
    w.setOperator(drtest::kProvider);
    QVERIFY(act("outage_dr")->isEnabled());
    QVERIFY(act("simRunAction")->isEnabled());
}

// View > Language: both languages, each in its own name; the current one checked; a choice is
// kept for the next start, as the message says.
void TestMainMenus::languageMenu()
{
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    drtest::ScriptedPrompts prompts;
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    MainWindow w(*console);
    auto *view = w.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    QMenu *language = nullptr;
    for (QAction *a : view->actions()) {
        if (a->menu() && a->text() == QLatin1String("Language"))
            language = a->menu();
    }
    QVERIFY(language);
    QAction *en = w.actions().action(QStringLiteral("languageEnAction"));
    QAction *ja = w.actions().action(QStringLiteral("languageJaAction"));
    QCOMPARE(language->actions(), (QList<QAction *>{en, ja}));
    QCOMPARE(en->text(), QStringLiteral("English"));
    QCOMPARE(ja->text(), QStringLiteral("日本語"));
    QVERIFY(en->isChecked() && !ja->isChecked());
    ja->trigger();
    QVERIFY(ja->isChecked() && !en->isChecked());
    QCOMPARE(QSettings(QStringLiteral("drconsole"), QStringLiteral("drconsole"))
                 .value(QStringLiteral("language"))
                 .toString(),
             QStringLiteral("ja"));
    QCOMPARE(prompts.informations,
             QStringList{QStringLiteral(
                 "Language: The console will be in Japanese the next time it starts.")});
    en->trigger();
    QCOMPARE(QSettings(QStringLiteral("drconsole"), QStringLiteral("drconsole"))
                 .value(QStringLiteral("language"))
                 .toString(),
             QStringLiteral("en"));
}

// Service menu: suppress, release and the maintenance date are enabled exactly when the core
// would do them, and a disabled one says the core's own reason, the very message the action
// gets when forced (as drctl would).
void TestMainMenus::serviceMenuAsksTheCore()
{
    drtest::ScriptedPrompts prompts;
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    MainWindow w(*console);
    ConsoleActions &actions = w.actions();
    auto act = [&](const QString &name) {
        return actions.action(name);
    };
    // Disabled with the refusal of the forced action as the tooltip; the refusal changes nothing.
    auto verifyRefused = [&](const QString &name, const Status &forced) {
        QVERIFY2(!forced.ok(), qPrintable(name));
        QVERIFY2(!act(name)->isEnabled(), qPrintable(name));
        QCOMPARE(act(name)->toolTip(), forced.error().message);
    };
    auto verifyAllowed = [&](const QString &name) {
        QVERIFY2(act(name)->isEnabled(),
                 qPrintable(name + QLatin1String(": ") + act(name)->toolTip()));
    };

    // Normal operation: the provider may suppress the running primary, not release it, and not
    // suppress the standby whose manager is stopped.
    w.setOperator(drtest::kProvider);
    verifyAllowed(QStringLiteral("suppress_primary"));
    verifyRefused(QStringLiteral("suppress_dr"),
                  console->suppress(drtest::kProvider, RegionId::Dr));
    verifyRefused(QStringLiteral("release_primary"),
                  console->release(drtest::kProvider, RegionId::Primary));
    w.setOperator(drtest::kCustomer);
    verifyAllowed(QStringLiteral("maintenanceAction"));

    // A disaster failover at step 3: the DR region is active and suppressed, but the release is
    // step 5, after the customer's report; suppression follows the steps; the maintenance date
    // cannot change while the DR region is active.
    DR_VERIFY_OK(console->declareOutage(drtest::kCustomer, RegionId::Primary));
    DR_VERIFY_OK(
        console->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Disaster, {}));
    DR_VERIFY_OK(console->completeStep(drtest::kProvider, 2));
    QVERIFY(console->region(RegionId::Dr).runtime.suppressed);
    w.setOperator(drtest::kProvider);
    for (const char *code : {"primary", "dr"}) {
        const RegionId region = *regionFromCode(QString::fromLatin1(code));
        verifyRefused(QStringLiteral("release_%1").arg(QLatin1String(code)),
                      console->release(drtest::kProvider, region));
        verifyRefused(QStringLiteral("suppress_%1").arg(QLatin1String(code)),
                      console->suppress(drtest::kProvider, region));
    }
    QVERIFY(act(QStringLiteral("release_dr"))->toolTip().contains(QLatin1String("step 4")));
    QVERIFY(console->region(RegionId::Dr).runtime.suppressed);
    QCOMPARE(console->currentRun()->nextStep(), 3);
    w.setOperator(drtest::kCustomer);
    verifyRefused(QStringLiteral("maintenanceAction"),
                  console->changeMaintenanceDate(drtest::kCustomer, QDate(2026, 12, 20)));
    QVERIFY(act(QStringLiteral("maintenanceAction"))->toolTip().contains(QLatin1String("DR")));

    // After the customer's report the release (step 5) is the provider's to do, in the DR
    // region only; the customer sees who can.
    DR_VERIFY_OK(console->copyAgents(drtest::kCustomer, RegionId::Primary, RegionId::Dr, true));
    DR_VERIFY_OK(console->completeStep(drtest::kCustomer, 3));
    DR_VERIFY_OK(console->completeStep(drtest::kCustomer, 4, {QString(), true, {}}));
    verifyRefused(QStringLiteral("release_dr"), console->release(drtest::kCustomer, RegionId::Dr));
    w.setOperator(drtest::kProvider);
    verifyRefused(QStringLiteral("release_primary"),
                  console->release(drtest::kProvider, RegionId::Primary));
    verifyAllowed(QStringLiteral("release_dr"));
    act(QStringLiteral("release_dr"))->trigger();
    QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
    QVERIFY(!console->region(RegionId::Dr).runtime.suppressed);
    QCOMPARE(console->currentRun()->lastCompletedStep(), 5);
    verifyRefused(QStringLiteral("release_dr"), console->release(drtest::kProvider, RegionId::Dr));
}

QTEST_MAIN(TestMainMenus)
#include "tst_mainmenus.moc"
