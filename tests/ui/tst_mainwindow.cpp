// The main window: starts offscreen on a demo database and shows both regions; region cards
// follow outage, start, suppression and release in text and colour and lay out at small sizes;
// role gating of menu actions; screenshots of every tab in English and Japanese.

#include "ConsoleActions.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "Session.h"
#include "TestSupport.h"
#include "UiLanguage.h"
#include "widgets/RegionCard.h"
#include "widgets/StatusPalette.h"

#include "Localization.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
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
    // Step 6 completes the failover: the overview says so, not that a failback runs.
    auto *summary = w.findChild<QLabel *>(QStringLiteral("switchoverSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QLatin1String("Failover")), qPrintable(summary->text()));
    DR_VERIFY_OK(console->completeStep(drtest::kCustomer, 6));
    QTRY_VERIFY2(summary->text().contains(QLatin1String("The failover is complete")),
                 qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QLatin1String("Failover")), qPrintable(summary->text()));
    QVERIFY2(!summary->text().contains(QLatin1String("Failback")), qPrintable(summary->text()));

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
