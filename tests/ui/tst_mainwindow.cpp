// The main window: starts offscreen on a demo database and shows both regions; region cards
// follow outage, start, suppression and release; role gating of menu actions; screenshots of
// every tab in English and Japanese.

#include "ConsoleActions.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "Session.h"
#include "TestSupport.h"
#include "UiLanguage.h"
#include "widgets/RegionCard.h"

#include "Localization.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
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
bool suppressedShown(MainWindow &w, RegionId region)
{
    return !w.card(region)->findChild<QLabel *>(QStringLiteral("suppressedMarker"))->isHidden();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsBothRegions();
    void cardsFollowTheSwitch();
    void roleGating();
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
    w.show();
    const Operator sim = Operator::system();
    DR_VERIFY_OK(console->declareOutage(drtest::kCustomer, RegionId::Primary));
    QTRY_COMPARE(cardState(w, RegionId::Primary), QStringLiteral("unavailable"));
    DR_VERIFY_OK(
        console->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Disaster, {}));
    DR_VERIFY_OK(console->completeStep(drtest::kProvider, 2));
    QTRY_COMPARE(cardState(w, RegionId::Dr), QStringLiteral("running"));
    QTRY_VERIFY(suppressedShown(w, RegionId::Dr));
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
    DR_VERIFY_OK(console->restoreRegion(sim, RegionId::Primary));
    QTRY_COMPARE(cardState(w, RegionId::Primary), QStringLiteral("stopped"));
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

void TestMainWindow::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestMainWindow::screenshots()
{
    QFETCH(QString, language);
    const drtest::UiLanguage ui(language);
    QVERIFY(ui.ok());
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    MainWindow w(*console);
    w.setOperator(drtest::kCustomer);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QStringList names{QStringLiteral("regions"), QStringLiteral("jobnets"),
                            QStringLiteral("agents"), QStringLiteral("runbook"),
                            QStringLiteral("audit")};
    for (int i = 0; i < w.tabs()->count() && i < names.size(); ++i) {
        w.tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QString path =
            drtest::saveScreenshot(&w, QStringLiteral("main-%1-%2").arg(names[i], language));
        QVERIFY(QFileInfo(path).size() > 10000);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
