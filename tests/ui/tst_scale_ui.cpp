// The console at scale, functionally (speed goals live in drbench): opening on a worker thread
// hands a working console to the GUI thread with progress and reports refusals; a text filter
// matched in the background gives the same rows as the synchronous one, a newer request wins,
// path fragments match like full paths; a large result is not expanded whole; a tick is advanced
// in bounded steps; status-class counts kept from changes equal a recount.

#include "ConsoleLoader.h"
#include "MainWindow.h"
#include "SimulationController.h"
#include "TestSupport.h"
#include "models/UnitTreeModel.h"
#include "pages/JobnetsPage.h"
#include "widgets/RegionCard.h"
#include "widgets/StatusClassCounter.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace dr;
using namespace dr::ui;
using drtest::kCustomer;

namespace {

QSet<UnitIndex> shown(UnitTreeModel &model, const QModelIndex &parent = {})
{
    QSet<UnitIndex> units;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        units.insert(model.unitAt(i));
        units.unite(shown(model, i));
    }
    return units;
}

// A demo console replaced by a generated environment of `units` units.
std::unique_ptr<Console> generated(const QTemporaryDir &dir, qint64 units)
{
    auto console = drtest::demoConsole(dir);
    if (!console || !console->generateEnvironment(kCustomer, {units, 4}))
        return nullptr;
    return console;
}

// Units whose path contains `text` (case-insensitively) or whose name or agent does, with their
// descendants: the rule, the slow way.
QSet<UnitIndex> bruteForce(const UnitTree &tree, const QString &text)
{
    QSet<UnitIndex> hits;
    for (UnitIndex i = 0; i < tree.size(); ++i) {
        const Unit &u = tree.unit(i);
        const bool own =
            u.name.contains(text, Qt::CaseInsensitive) ||
            u.agent.contains(text, Qt::CaseInsensitive) ||
            (text.contains(QLatin1Char('/')) && tree.path(i).contains(text, Qt::CaseInsensitive));
        if (own || (u.parent != kNoUnit && hits.contains(u.parent)))
            hits.insert(i);
    }
    return hits;
}

} // namespace

class TestScaleUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loaderHandsOverAWorkingConsole();
    void loaderReportsRefusals();
    void backgroundTextFilter_data();
    void backgroundTextFilter();
    void newerFilterWins();
    void largeResultIsNotExpandedWhole();
    void tickAdvancesInBoundedSteps();
    void countsFollowChanges();
};

void TestScaleUi::loaderHandsOverAWorkingConsole()
{
    QTemporaryDir dir;
    QString path;
    {
        auto seeded = generated(dir, 3000);
        QVERIFY(seeded);
        path = seeded->databasePath();
    }
    ConsoleLoader loader;
    QSignalSpy progress(&loader, &ConsoleLoader::progress);
    QSignalSpy finished(&loader, &ConsoleLoader::finished);
    loader.start(path);
    QVERIFY(loader.isRunning());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!loader.isRunning());
    QVERIFY(progress.count() >= 2);
    int last = -1;
    for (const QList<QVariant> &p : std::as_const(progress)) {
        QVERIFY(p.at(0).toInt() >= last); // forward only
        last = p.at(0).toInt();
        QVERIFY(!p.at(1).toString().isEmpty());
    }
    std::unique_ptr<Console> console = loader.takeConsole();
    QVERIFY(console);
    QCOMPARE(console->thread(), QThread::currentThread());
    QCOMPARE(console->region(RegionId::Primary).tree->size(), qint64(3000));
    // The connection works from this thread: an action commits, and the file holds it.
    DR_VERIFY_OK(console->advanceClock(kCustomer, 5 * 60 * 1000));
    const qint64 clock = console->clockMs();
    console.reset();
    auto reopened = drtest::openConsole(path);
    QVERIFY(reopened);
    QCOMPARE(reopened->clockMs(), clock);
    // The helper main() uses does the same behind a progress dialog.
    auto viaDialog = ConsoleLoader::openWithProgress(path);
    QVERIFY2(viaDialog, qPrintable(viaDialog.error().message));
    QCOMPARE((*viaDialog)->clockMs(), clock);
}

void TestScaleUi::loaderReportsRefusals()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    ConsoleLoader loader;
    QSignalSpy finished(&loader, &ConsoleLoader::finished);
    loader.start(path);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!loader.takeConsole());
    QVERIFY2(loader.error().message.contains(QStringLiteral("is not a DR Console database")),
             qPrintable(loader.error().message));
    auto viaDialog = ConsoleLoader::openWithProgress(path);
    QVERIFY(!viaDialog);
    QCOMPARE(viaDialog.error().message, loader.error().message);
}

void TestScaleUi::backgroundTextFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("name") << QStringLiteral("order_daily_0");
    QTest::addRow("agent") << QStringLiteral("-app0");
    QTest::addRow("path fragment") << QStringLiteral("SALES_G001/SALES_");
    QTest::addRow("path across names") << QStringLiteral("0001/CHECK_0");
    QTest::addRow("nothing") << QStringLiteral("no-such-unit");
}

void TestScaleUi::backgroundTextFilter()
{
    QFETCH(QString, text);
    QTemporaryDir dir;
    auto console = generated(dir, 12000);
    QVERIFY(console);
    UnitTreeModel background(*console, RegionId::Primary);
    QAbstractItemModelTester tester(&background,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    UnitTreeModel direct(*console, RegionId::Primary);
    background.setAsyncThreshold(0);
    direct.setAsyncThreshold(1 << 30);
    QSignalSpy started(&background, &UnitTreeModel::filterStarted);
    QSignalSpy applied(&background, &UnitTreeModel::filterApplied);
    UnitFilter filter;
    filter.setText(text);
    background.setFilter(filter);
    QCOMPARE(started.count(), 1);
    QVERIFY(background.isFiltering());
    QCOMPARE(background.filter(), UnitFilter()); // the previous result stays until then
    QTRY_VERIFY(!background.isFiltering());
    QCOMPARE(applied.count(), 1);
    QCOMPARE(background.filter(), filter);
    direct.setFilter(filter);
    QVERIFY(!direct.isFiltering());
    QCOMPARE(background.matchingUnits(), direct.matchingUnits());
    QCOMPARE(shown(background), shown(direct));
    // And both follow the rule itself.
    const QSet<UnitIndex> expected = bruteForce(*console->region(RegionId::Primary).tree, text);
    qint64 executable = 0;
    for (UnitIndex i : expected)
        executable += isExecutable(console->region(RegionId::Primary).tree->unit(i).type) ? 1 : 0;
    QCOMPARE(background.matchingUnits(), executable);
    // A tick after the background match updates incrementally, consistently.
    DR_VERIFY_OK(console->advanceClock(kCustomer, 10 * 60 * 1000));
    direct.setFilter(UnitFilter());
    direct.setFilter(filter);
    QCOMPARE(shown(background), shown(direct));
}

void TestScaleUi::newerFilterWins()
{
    QTemporaryDir dir;
    auto console = generated(dir, 12000);
    QVERIFY(console);
    UnitTreeModel model(*console, RegionId::Primary);
    model.setAsyncThreshold(0);
    UnitFilter first, second;
    first.setText(QStringLiteral("SALES"));
    second.setText(QStringLiteral("ORDER_D"));
    model.setFilter(first);
    model.setFilter(second);
    QTRY_VERIFY(!model.isFiltering());
    QTest::qWait(50); // a late result of the first request must not come back
    QCOMPARE(model.filter(), second);
    // Back to a text already matched: applied at once, no background work.
    QSignalSpy started(&model, &UnitTreeModel::filterStarted);
    model.setFilter(UnitFilter());
    QVERIFY(!model.isFiltering());
    model.setFilter(second);
    QVERIFY(!model.isFiltering());
    QCOMPARE(started.count(), 0);
}

void TestScaleUi::largeResultIsNotExpandedWhole()
{
    QTemporaryDir dir;
    auto console = generated(dir, 25000);
    QVERIFY(console);
    MainWindow w(*console);
    w.setOperator(kCustomer);
    w.show();
    JobnetsPage *page = w.jobnetsPage();
    w.tabs()->setCurrentWidget(page);
    // Hiding a small class leaves far more than can sensibly be expanded: the jobnets are
    // listed, their jobs are not laid out.
    page->findChild<QCheckBox *>(QStringLiteral("classFilter_warning"))->setChecked(false);
    QTRY_VERIFY(!page->model()->isFiltering());
    QVERIFY(page->model()->matchingUnits() > 20000);
    QTreeView *view = page->view();
    const QModelIndex group = page->model()->index(0, 0);
    const QModelIndex sub = page->model()->index(0, 0, group);
    const QModelIndex jobnet = page->model()->index(0, 0, sub);
    QVERIFY(jobnet.isValid());
    QVERIFY(view->isExpanded(group) && view->isExpanded(sub));
    QVERIFY(!view->isExpanded(jobnet));
    // A focused result is expanded to its jobs.
    page->findChild<QLineEdit *>(QStringLiteral("textFilter"))
        ->setText(QStringLiteral("_DAILY_000"));
    QTRY_VERIFY(page->model()->filter().text() == QStringLiteral("_DAILY_000"));
    QTRY_VERIFY(!page->model()->isFiltering());
    QVERIFY(page->model()->matchingUnits() > 0);
    QModelIndex deepest = page->model()->index(0, 0);
    while (page->model()->rowCount(deepest) > 0) {
        QVERIFY(view->isExpanded(deepest));
        deepest = page->model()->index(0, 0, deepest);
    }
}

void TestScaleUi::tickAdvancesInBoundedSteps()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    SimulationController sim(*console);
    sim.setSpeed(600);
    sim.setMaxStepMs(10 * 1000);
    QSignalSpy clock(console.get(), &Console::clockChanged);
    const qint64 start = console->clockMs();
    sim.tick();
    // One step now (at most the limit), the rest from the event loop.
    QVERIFY(console->clockMs() > start && console->clockMs() <= start + 10 * 1000);
    QVERIFY(sim.owedMs() >= 140 * 1000);
    QTRY_COMPARE(console->clockMs(), start + 150 * 1000);
    QVERIFY(clock.count() >= 15);
    QCOMPARE(sim.owedMs(), qint64(0));
    // Stopping drops what is still owed.
    sim.setRunning(true);
    sim.tick();
    sim.setRunning(false);
    QCOMPARE(sim.owedMs(), qint64(0));
    const qint64 stopped = console->clockMs();
    QTest::qWait(50);
    QCOMPARE(console->clockMs(), stopped);
    // Without a limit a small environment advances a whole tick at once, as before.
    SimulationController plain(*console);
    plain.setSpeed(60);
    plain.tick();
    QCOMPARE(console->clockMs(), stopped + 15 * 1000);
}

void TestScaleUi::countsFollowChanges()
{
    QTemporaryDir dir;
    auto console = generated(dir, 5000);
    QVERIFY(console);
    StatusClassCounter kept;
    kept.reset(console->region(RegionId::Primary));
    connect(console.get(), &Console::unitsChanged, this,
            [&](RegionId r, const std::vector<UnitIndex> &units) {
                if (r == RegionId::Primary)
                    kept.update(console->region(RegionId::Primary), units);
            });
    for (int i = 0; i < 6; ++i)
        DR_VERIFY_OK(console->advanceClock(kCustomer, 7 * 60 * 1000));
    QVERIFY(!kept.isStale());
    StatusClassCounter fresh;
    fresh.reset(console->region(RegionId::Primary));
    for (int c = 0; c < kStatusClassCount; ++c)
        QCOMPARE(kept.count(StatusClass(c)), fresh.count(StatusClass(c)));
    // A new tree cannot be followed from changes: the counter asks for a recount.
    QVERIFY(console->generateEnvironment(kCustomer, {800, 5}));
    kept.update(console->region(RegionId::Primary), {0});
    QVERIFY(kept.isStale());
    // The card shows the same numbers.
    MainWindow w(*console);
    RegionCard *card = w.card(RegionId::Primary);
    const QString text = card->findChild<QLabel *>(QStringLiteral("unitsLabel"))->text();
    QCOMPARE(text, QStringLiteral("Units: 800"));
    StatusClassCounter recount;
    recount.reset(console->region(RegionId::Primary));
    for (int c = 0; c < kStatusClassCount; ++c) {
        auto *chip = card->findChild<QLabel *>(
            QStringLiteral("classCount_%1").arg(statusClassCode(StatusClass(c))));
        QVERIFY(chip);
        QCOMPARE(chip->property("count").toLongLong(), recount.count(StatusClass(c)));
    }
}

QTEST_MAIN(TestScaleUi)
#include "tst_scale_ui.moc"
