// The sync point history stays bounded (domain.md §9): every sync records a sync point, and the
// same transaction drops the ones older than the kept history, except the latest and those a
// switchover run started from. A year of simulated time must not leave half a million rows.

#include "StoreSupport.h"
#include "TestSupport.h"

#include "store/StateStore.h"

#include <QJsonObject>
#include <QTest>

using namespace dr;
using drtest::kCustomer;
using drtest::kProvider;

class TestSyncPoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void historyIsBounded();
    void anActionCollectsOnlyTheKeptPoints();
    void clockMovesAtMostAYearAtATime();
    void definitionCopyIsForeseen();
};

void TestSyncPoints::historyIsBounded()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const QString path = c->databasePath();
    const Operator sim = Operator::system();

    // A drill switches from the sync point of 10:30 and back.
    DR_VERIFY_OK(c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Drill, {}));
    DR_VERIFY_OK(c->completeStep(kProvider, 2));
    const qint64 drillSeq = c->currentRun()->facts.value(QStringLiteral("syncSeq")).toInteger();
    QCOMPARE(drillSeq, c->region(RegionId::Dr).runtime.syncSeq);
    DR_VERIFY_OK(c->copyAgents(kCustomer, RegionId::Primary, RegionId::Dr, true));
    DR_VERIFY_OK(c->completeStep(kCustomer, 3));
    DR_VERIFY_OK(c->completeStep(kCustomer, 4, {QString(), true, {}}));
    DR_VERIFY_OK(c->completeStep(kProvider, 5));
    DR_VERIFY_OK(c->completeStep(kCustomer, 6));
    DR_VERIFY_OK(c->startSwitch(kCustomer, Phase::Failback, SwitchMode::Drill, {}));
    DR_VERIFY_OK(c->completeStep(kProvider, 8));
    DR_VERIFY_OK(c->completeStep(kCustomer, 9));
    DR_VERIFY_OK(c->completeStep(kCustomer, 10, {QString(), true, {}}));
    DR_VERIFY_OK(c->completeStep(kProvider, 11));
    DR_VERIFY_OK(c->completeStep(kCustomer, 12));

    // Then far more syncs than the history keeps, in a few actions.
    const qint64 history = StateStore::kSyncPointHistory;
    DR_VERIFY_OK(c->setSyncInterval(kCustomer, 1000));
    DR_VERIFY_OK(c->advanceClock(sim, 2 * history * 1000));
    DR_VERIFY_OK(c->advanceClock(sim, 300 * 1000));
    DR_VERIFY_OK(c->syncNow(kCustomer));
    const qint64 latest = c->region(RegionId::Dr).runtime.syncSeq;
    QVERIFY(latest > drillSeq + 2 * history);

    storetest::RawDb raw(path, true);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT max(seq) FROM sync_point")).toLongLong(), latest);
    // The newest `history` ones, and the one the drill started from.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sync_point WHERE seq > %1")
                            .arg(latest - history))
                 .toLongLong(),
             history);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sync_point")).toLongLong(),
             history + 1);
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT count(*) FROM sync_point WHERE seq = %1").arg(drillSeq))
            .toLongLong(),
        qint64(1));
}

// However long an advance runs, the mutation holds the newest points the store keeps, in order,
// and never twice that many.
void TestSyncPoints::anActionCollectsOnlyTheKeptPoints()
{
    Mutation m;
    const qint64 total = 10 * Mutation::kSyncPointsKept + 7;
    for (qint64 seq = 1; seq <= total; ++seq) {
        m.addSyncPoint({seq, seq * 1000, 0, false});
        QVERIFY(m.syncPoints.size() < 2 * Mutation::kSyncPointsKept);
    }
    QVERIFY(m.syncPoints.size() >= StateStore::kSyncPointHistory);
    QCOMPARE(m.syncPoints.constLast().seq, total);
    for (qsizetype i = 1; i < m.syncPoints.size(); ++i)
        QCOMPARE(m.syncPoints.at(i).seq, m.syncPoints.at(i - 1).seq + 1);
}

// One move of the clock is worked through minute by minute, so it is bounded; a refused move
// changes nothing.
void TestSyncPoints::clockMovesAtMostAYearAtATime()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const qint64 before = c->clockMs();
    const qint64 day = 24 * 3600 * 1000LL;
    auto s = c->advanceClock(kCustomer, 367 * day);
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("clock-too-far"));
    QVERIFY2(s.error().message.contains(QStringLiteral("366 days")), qPrintable(s.error().message));
    s = c->setClock(kCustomer, before + 400 * day);
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("clock-too-far"));
    QCOMPARE(c->clockMs(), before);
    DR_VERIFY_OK(c->advanceClock(kCustomer, 366 * day));
    QCOMPARE(c->clockMs(), before + 366 * day);
}

// The clock hands the step that copies the definitions to DR to a worker thread: the console
// must tell that step apart exactly (after a definition change, up to the sync point that
// copies them, and only while a sync can run).
void TestSyncPoints::definitionCopyIsForeseen()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const qint64 interval = c->state().syncIntervalMs;
    const qint64 toNextSync = (c->clockMs() / interval + 1) * interval - c->clockMs();
    QVERIFY(!c->advanceCopiesDefinitions(10 * interval)); // the regions share the definitions
    DefinitionImportRequest request;
    request.bytes = QByteArrayLiteral("unit=/SYNC_ADDED,,demo,;\n{\n  ty=g;\n  unit=NET,,demo,;\n"
                                      "  {\n    ty=n;\n  }\n}\n");
    request.mode = DefinitionImportMode::Merge;
    request.source = QStringLiteral("test");
    DR_VERIFY_OK(c->importDefinitions(kCustomer, request));
    QVERIFY(!c->advanceCopiesDefinitions(toNextSync - 1));
    QVERIFY(c->advanceCopiesDefinitions(toNextSync));
    // Steps short of the sync point do not copy; the one reaching it does, and is the last.
    DR_VERIFY_OK(c->advanceClock(Operator::system(), toNextSync - 1));
    QVERIFY(c->advanceCopiesDefinitions(1));
    QVERIFY(c->region(RegionId::Dr).tree != c->region(RegionId::Primary).tree);
    DR_VERIFY_OK(c->advanceClock(Operator::system(), 1));
    QCOMPARE(c->region(RegionId::Dr).tree, c->region(RegionId::Primary).tree);
    QVERIFY(!c->advanceCopiesDefinitions(10 * interval));
    // While the primary is down nothing syncs, so nothing copies.
    request.bytes.replace("SYNC_ADDED", "SYNC_AGAIN");
    DR_VERIFY_OK(c->importDefinitions(kCustomer, request));
    QVERIFY(c->advanceCopiesDefinitions(10 * interval));
    DR_VERIFY_OK(c->declareOutage(kCustomer, RegionId::Primary));
    QVERIFY(!c->advanceCopiesDefinitions(10 * interval));
}

QTEST_GUILESS_MAIN(TestSyncPoints)
#include "tst_syncpoints.moc"
