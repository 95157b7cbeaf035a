// The main window: starts offscreen on a demo database and shows both regions; region cards
// follow outage, start, suppression and release; role gating of menu actions; screenshots of
// every tab in English and Japanese.

#include "ConsoleActions.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "Session.h"
#include "SimulationController.h"
#include "TestSupport.h"
#include "UiLanguage.h"
#include "dialogs/AdvanceClockDialog.h"
#include "dialogs/SignInDialog.h"
#include "widgets/RegionCard.h"
#include "widgets/StatusPalette.h"

#include "Localization.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace dr;
using namespace dr::ui;

namespace {
QString cardText(MainWindow &w, RegionId region, const char *label)
{
    auto *l = w.card(region)->findChild<QLabel *>(QString::fromLatin1(label));
    return l ? l->text() : QString();
}
QString cardState(MainWindow &w, RegionId region)
{
    return w.card(region)
        ->findChild<QLabel *>(QStringLiteral("managerState"))
        ->property("managerState")
        .toString();
}
QString statusText(MainWindow &w, const char *label)
{
    auto *l = w.statusBar()->findChild<QLabel *>(QString::fromLatin1(label));
    return l ? l->text() : QStringLiteral("(no %1)").arg(QString::fromLatin1(label));
}
bool suppressedShown(MainWindow &w, RegionId region)
{
    return !w.card(region)->findChild<QLabel *>(QStringLiteral("suppressedMarker"))->isHidden();
}
// The colour a person sees at `point` of `widget`.
QColor pixel(QWidget *widget, QPoint point)
{
    return widget->grab().toImage().pixelColor(point);
}

// The card's state line says `text` in white on `colour`, its frame has that colour, and the
// amber suppression marker shows (with its text) exactly when `suppressed`.
void verifyCard(MainWindow &w, RegionId region, const QString &text, const QColor &colour,
                bool suppressed)
{
    RegionCard *card = w.card(region);
    auto *state = card->findChild<QLabel *>(QStringLiteral("managerState"));
    QCoreApplication::processEvents();
    QCOMPARE(state->text(), text);
    // Right of the centred text, inside the rounded corners: the background.
    QCOMPARE(pixel(state, QPoint(state->width() - 3, state->height() / 2)).name(), colour.name());
    QCOMPARE(pixel(card, QPoint(1, card->height() / 2)).name(), colour.name());
    auto *marker = card->findChild<QLabel *>(QStringLiteral("suppressedMarker"));
    QCOMPARE(!marker->isHidden(), suppressed);
    if (suppressed) {
        QVERIFY(marker->text().contains(QLatin1String("Job execution suppressed")));
        QCOMPARE(pixel(marker, QPoint(marker->width() - 3, marker->height() / 2)).name(),
                 StatusPalette::suppressed().name());
    }
}

// Every shown text of the card has the room it needs (wrapped labels their height for their
// width, one-line texts their width), the card's parts do not overlap, and the class counts are
// whole chips, each on one line, clear of each other and of the pre-flight badge.
void verifyCardLayout(RegionCard *card)
{
    const QString where = card->objectName() + QLatin1Char(' ');
    for (QLabel *label : card->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(card) || label->text().isEmpty())
            continue;
        const QString what =
            where + label->objectName() + QStringLiteral(" \"") + label->text() + QLatin1Char('"');
        if (label->wordWrap()) {
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(what + QStringLiteral(" is %1 px high, needs %2")
                                           .arg(label->height())
                                           .arg(label->heightForWidth(label->width()))));
        } else {
            QVERIFY2(label->width() >= label->sizeHint().width() &&
                         label->height() >= label->sizeHint().height(),
                     qPrintable(what + QStringLiteral(" is cut")));
        }
    }
    auto *badge = card->findChild<QPushButton *>(QStringLiteral("preflightBadge"));
    if (badge->isVisibleTo(card))
        QVERIFY2(badge->width() >= badge->sizeHint().width(), qPrintable(where + badge->text()));
    // The card's own parts, top to bottom, side by side: no two overlap.
    QList<QWidget *> parts;
    for (QWidget *child : card->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child->isVisibleTo(card) && !child->geometry().isEmpty())
            parts << child;
    }
    for (int i = 0; i < parts.size(); ++i) {
        QVERIFY2(card->rect().contains(parts[i]->geometry()),
                 qPrintable(where + parts[i]->objectName()));
        for (int j = i + 1; j < parts.size(); ++j) {
            QVERIFY2(!parts[i]->geometry().intersects(parts[j]->geometry()),
                     qPrintable(where + parts[i]->objectName() + QStringLiteral(" overlaps ") +
                                parts[j]->objectName()));
        }
    }
    auto *chips = card->findChild<QWidget *>(QStringLiteral("classCounts"));
    QVERIFY(chips);
    const QList<QLabel *> chipLabels = chips->findChildren<QLabel *>();
    QCOMPARE(chipLabels.size(), kStatusClassCount);
    for (int i = 0; i < chipLabels.size(); ++i) {
        QLabel *chip = chipLabels[i];
        QVERIFY2(chips->rect().contains(chip->geometry()), qPrintable(where + chip->text()));
        QCOMPARE(chip->size(), chip->sizeHint()); // whole, on one line
        QVERIFY(!chip->wordWrap());
        QVERIFY(chip->text().endsWith(
            QStringLiteral(": %1").arg(chip->property("count").toLongLong())));
        for (int j = i + 1; j < chipLabels.size(); ++j)
            QVERIFY(!chip->geometry().intersects(chipLabels[j]->geometry()));
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsBothRegions();
    void cardsFollowTheSwitch();
    void roleGating();
    void startAsksWhoIsOperating();
    void statusBarTexts();
    void simulationMenu();
    void languageMenu();
    void regionsAtSmallSize_data();
    void regionsAtSmallSize();
    void screenshots_data();
    void screenshots();
};

void TestMainWindow::showsBothRegions()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    MainWindow w(*console);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(cardText(w, RegionId::Primary, "title"), QStringLiteral("Primary environment"));
    QCOMPARE(cardText(w, RegionId::Dr, "title"), QStringLiteral("DR environment"));
    QVERIFY(cardText(w, RegionId::Primary, "location").contains(QLatin1String("ap-northeast-1")));
    QVERIFY(cardText(w, RegionId::Dr, "location").contains(QLatin1String("ap-northeast-3")));
    QCOMPARE(cardState(w, RegionId::Primary), QStringLiteral("running"));
    QCOMPARE(cardState(w, RegionId::Dr), QStringLiteral("stopped"));
    QCOMPARE(cardText(w, RegionId::Primary, "activeLabel"), QStringLiteral("Active"));
    QCOMPARE(cardText(w, RegionId::Dr, "activeLabel"), QStringLiteral("Standby"));
    QVERIFY(cardText(w, RegionId::Dr, "syncLabel").contains(QLatin1String("2026-11-25 10:30:00")));
    QVERIFY(cardText(w, RegionId::Dr, "tierLabel").contains(QLatin1String("Standard")));
    QVERIFY(cardText(w, RegionId::Primary, "tierLabel").contains(QLatin1String("Enterprise")));
    auto *badge = w.card(RegionId::Dr)->findChild<QPushButton *>(QStringLiteral("preflightBadge"));
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->property("errors").toInt(), 4); // four agents missing in DR
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("databaseLabel"))
                ->text()
                .contains(QLatin1String("demo.db")));
}

void TestMainWindow::cardsFollowTheSwitch()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    MainWindow w(*console);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString running = QStringLiteral("Manager running");
    const QString stopped = QStringLiteral("Manager stopped");
    // Before: the primary runs (blue), DR stands by stopped (grey), nothing suppressed.
    verifyCard(w, RegionId::Primary, running, StatusPalette::managerRunning(), false);
    verifyCard(w, RegionId::Dr, stopped, StatusPalette::managerStopped(), false);

    const Operator sim = Operator::system();
    DR_VERIFY_OK(console->declareOutage(drtest::kCustomer, RegionId::Primary));
    QTRY_COMPARE(cardState(w, RegionId::Primary), QStringLiteral("unavailable"));
    verifyCard(w, RegionId::Primary,
               QStringLiteral("Region unavailable (outage since 2026-11-25 10:30:00 JST)"),
               StatusPalette::unavailable(), false);
    verifyCard(w, RegionId::Dr, stopped, StatusPalette::managerStopped(), false);

    DR_VERIFY_OK(
        console->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Disaster, {}));
    DR_VERIFY_OK(console->completeStep(drtest::kProvider, 2));
    QTRY_COMPARE(cardState(w, RegionId::Dr), QStringLiteral("running"));
    QTRY_VERIFY(suppressedShown(w, RegionId::Dr));
    // Started suppressed: blue, plus the amber marker that says what it means.
    verifyCard(w, RegionId::Dr, running, StatusPalette::managerRunning(), true);
    QCOMPARE(cardText(w, RegionId::Dr, "activeLabel"), QStringLiteral("Active"));
    QVERIFY(!w.card(RegionId::Dr)
                 ->findChild<QLabel *>(QStringLiteral("restrictionsLabel"))
                 ->isHidden());
    QVERIFY(cardText(w, RegionId::Dr, "restrictionsLabel").contains(QLatin1String("multi-factor")));
    DR_VERIFY_OK(console->copyAgents(drtest::kCustomer, RegionId::Primary, RegionId::Dr, true));
    DR_VERIFY_OK(console->completeStep(drtest::kCustomer, 3));
    DR_VERIFY_OK(console->completeStep(drtest::kCustomer, 4, {QString(), true, {}}));
    DR_VERIFY_OK(console->completeStep(drtest::kProvider, 5));
    QTRY_VERIFY(!suppressedShown(w, RegionId::Dr));
    // Released: blue, no marker.
    verifyCard(w, RegionId::Dr, running, StatusPalette::managerRunning(), false);

    DR_VERIFY_OK(console->restoreRegion(sim, RegionId::Primary));
    QTRY_COMPARE(cardState(w, RegionId::Primary), QStringLiteral("stopped"));
    verifyCard(w, RegionId::Primary, stopped, StatusPalette::managerStopped(), false);
    QCOMPARE(cardText(w, RegionId::Primary, "activeLabel"), QStringLiteral("Standby"));
}

void TestMainWindow::roleGating()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    MainWindow w(*console);
    w.setOperator(drtest::kCustomer);
    QAction *suppress = w.actions().action(QStringLiteral("suppress_primary"));
    QVERIFY(!suppress->isEnabled());
    QVERIFY(suppress->toolTip().contains(QLatin1String("service provider")));
    QAction *contract = w.actions().action(QStringLiteral("contractAction"));
    QVERIFY(!contract->isEnabled());
    QVERIFY(w.actions().action(QStringLiteral("maintenanceAction"))->isEnabled());
    w.setOperator(drtest::kProvider);
    QVERIFY(suppress->isEnabled());
    QVERIFY(contract->isEnabled());
    QVERIFY(!w.actions().action(QStringLiteral("maintenanceAction"))->isEnabled());
    // The core refuses too when a customer forces it.
    DR_VERIFY_REFUSED(console->suppress(drtest::kCustomer, RegionId::Primary), "role");
    // Triggering it as provider works and the card shows the amber marker.
    suppress->trigger();
    QTRY_VERIFY(suppressedShown(w, RegionId::Primary));
}

// At start the window shows, the clock runs and a sign-in dialog asks for the operator; until
// then nothing can be changed, afterwards the status bar names the operator and the actions of
// their role open up.
void TestMainWindow::startAsksWhoIsOperating()
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
void TestMainWindow::statusBarTexts()
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
void TestMainWindow::simulationMenu()
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
void TestMainWindow::languageMenu()
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

void TestMainWindow::regionsAtSmallSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "ja"}) {
        QTest::addRow("%s 900x600", language) << QString::fromLatin1(language) << QSize(900, 600);
        QTest::addRow("%s 1280x800", language) << QString::fromLatin1(language) << QSize(1280, 800);
    }
}

// The Regions tab with DR active and suppressed (its busiest state) at a small and the default
// size: every text of the cards is shown whole, nothing overlaps, the class counts wrap as
// whole chips and stay clear of the pre-flight badge.
void TestMainWindow::regionsAtSmallSize()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    const drtest::UiLanguage ui(language);
    QVERIFY(ui.ok());
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    DR_VERIFY_OK(console->declareOutage(drtest::kCustomer, RegionId::Primary));
    DR_VERIFY_OK(
        console->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Disaster, {}));
    DR_VERIFY_OK(console->completeStep(drtest::kProvider, 2));
    MainWindow w(*console);
    w.setOperator(drtest::kCustomer);
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCoreApplication::processEvents();
    // No page, status bar or menu forces the window to be larger than asked.
    QCOMPARE(w.size(), size);
    for (RegionId region : kAllRegions)
        verifyCardLayout(w.card(region));
    QVERIFY(suppressedShown(w, RegionId::Dr));
    drtest::saveScreenshot(&w, QStringLiteral("main-regions-dr-suppressed-%1_%2x%3")
                                   .arg(language)
                                   .arg(size.width())
                                   .arg(size.height()));
}

void TestMainWindow::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "ja"}) {
        QTest::addRow("%s", language) << QString::fromLatin1(language) << QSize(1280, 800);
        QTest::addRow("%s 900x600", language) << QString::fromLatin1(language) << QSize(900, 600);
    }
}

void TestMainWindow::screenshots()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    const drtest::UiLanguage ui(language);
    QVERIFY(ui.ok());
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    MainWindow w(*console);
    w.setOperator(drtest::kCustomer);
    w.resize(size);
    // The default size keeps the README's names; smaller sizes say their size.
    const QString suffix =
        size == QSize(1280, 800)
            ? language
            : QStringLiteral("%1_%2x%3").arg(language).arg(size.width()).arg(size.height());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QStringList names{QStringLiteral("regions"), QStringLiteral("jobnets"),
                            QStringLiteral("agents"), QStringLiteral("runbook"),
                            QStringLiteral("audit")};
    for (int i = 0; i < w.tabs()->count() && i < names.size(); ++i) {
        w.tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QString path =
            drtest::saveScreenshot(&w, QStringLiteral("main-%1-%2").arg(names[i], suffix));
        QVERIFY(QFileInfo(path).size() > 10000);
        QCOMPARE(w.size(), size); // no tab forces the window larger
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
