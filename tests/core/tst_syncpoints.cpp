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

QTEST_GUILESS_MAIN(TestSyncPoints)
#include "tst_syncpoints.moc"
