// The store at scale: the SQLite C API paths of UnitRepository read back exactly what they wrote
// (non-ASCII text, unknown types, every detail, relation order), the DR region shares the
// primary's definition rows while their revisions are equal and gets its own when they diverge,
// the open checks integrity in parallel with the load and still refuses a damaged file
// untouched, a disaster-recovery start saves only what it changed, and the write-ahead log is
// checkpointed in the background.
#include "StateCompare.h"
#include "StoreSupport.h"
#include "TestSupport.h"

#include "store/Database.h"
#include "store/StateStore.h"
#include "store/UnitRepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using drtest::kCustomer;
using drtest::kProvider;

namespace {

// A tree with everything a row can carry.
UnitTree awkwardTree()
{
    std::vector<Unit> units;
    Unit group;
    group.name = QStringLiteral("受注グループ");
    group.type = UnitType::JobGroup;
    units.push_back(group);
    Unit net;
    net.name = QStringLiteral("夜間バッチ");
    net.type = UnitType::Jobnet;
    net.parent = 0;
    auto details = std::make_shared<UnitDetails>();
    details->comment = QStringLiteral("月末 \"締め\" #1");
    details->schedule = {{1, QDate(2026, 11, 1), 23 * 60 + 58, 1, CycleUnit::Day},
                         {2, QDate(), 47 * 60 + 59, 0, CycleUnit::None}};
    details->permission = QStringLiteral("755");
    details->owner = QStringLiteral("jp1admin");
    details->resourceGroup = QStringLiteral("RG1");
    details->otherParameters = {{QStringLiteral("fd"), QStringLiteral("30")},
                                {QStringLiteral("zz"), QStringLiteral("\"a,b;c\"")}};
    net.details = details;
    units.push_back(net);
    for (int i = 0; i < 6; ++i) {
        Unit job;
        job.parent = 1;
        job.name = QStringLiteral("ジョブ%1").arg(i);
        job.type = i == 5 ? UnitType::Other : UnitType::UnixJob;
        job.agent = i % 2 ? QStringLiteral("エージェント-東京") : QStringLiteral("AGT01");
        job.simDurationSec = 60 * i;
        job.simOutcome = i == 3 ? SimOutcome::Abnormal : SimOutcome::Default;
        job.simExitCode = qint16(i);
        if (i == 5) {
            auto d = std::make_shared<UnitDetails>();
            d->typeCode = QStringLiteral("xyzj");
            d->script = QStringLiteral("/opt/バッチ/run.sh");
            d->user = QStringLiteral("batch");
            job.details = d;
        }
        units.push_back(job);
    }
    // Not in key order: the file order must come back.
    std::vector<Relation> relations{{5, 6, RelationKind::Sequence},
                                    {2, 3, RelationKind::Conditional},
                                    {4, 7, RelationKind::Sequence},
                                    {3, 4, RelationKind::Sequence}};
    return UnitTree(std::move(units), std::move(relations));
}

qint64 rows(const QString &path, const QString &sql)
{
    storetest::RawDb raw(path, true);
    return raw.scalar(sql).toLongLong();
}

} // namespace

class TestScaleStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nativeRoundTrip();
    void legacyRelationOrder();
    void statesRoundTrip();
    void drSharesPrimaryDefinitions();
    void drGetsOwnRowsWhenDefinitionsDiverge();
    void disasterFailbackCopiesDefinitions();
    void damagedUnitPagesAreRefusedUntouched();
    void disasterStartSavesWhatChanged();
    void backgroundCheckpoint();
};

void TestScaleStore::nativeRoundTrip()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("rt.db")));
    QVERIFY2(db, qPrintable(db.error().message));
    UnitRepository units(**db);
    const UnitTree tree = awkwardTree();
    DR_VERIFY_OK(units.saveTree(RegionId::Dr, tree));
    auto loaded = units.loadTree(RegionId::Dr);
    QVERIFY2(loaded, qPrintable(loaded.error().message));
    for (UnitIndex i = 0; i < tree.size(); ++i)
        QVERIFY2(sameDefinition((*loaded)->unit(i), tree.unit(i)),
                 qPrintable(statecompare::describeUnit((*loaded)->unit(i))));
    QVERIFY((*loaded)->relations() == tree.relations());
    // Equal agent names share one string after the load.
    QVERIFY((*loaded)->unit(3).agent.constData() == (*loaded)->unit(5).agent.constData());
    // Saving again replaces, never duplicates.
    DR_VERIFY_OK(units.saveTree(RegionId::Dr, tree));
    QCOMPARE(
        rows(dir.filePath(QStringLiteral("rt.db")), QStringLiteral("SELECT count(*) FROM unit")),
        qint64(8));
}

void TestScaleStore::legacyRelationOrder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("legacy.db"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        DR_VERIFY_OK(UnitRepository(**db).saveTree(RegionId::Primary, awkwardTree()));
    }
    {
        storetest::RawDb raw(path);
        QCOMPARE(raw.exec(QStringLiteral("UPDATE unit_relation SET position = 0")), QString());
    }
    auto db = Database::open(path);
    QVERIFY(db);
    auto loaded = UnitRepository(**db).loadTree(RegionId::Primary);
    QVERIFY(loaded);
    // A version-1 file has no order: key order (from, to), as ORDER BY position, from, to gave.
    const std::vector<Relation> expected{{2, 3, RelationKind::Conditional},
                                         {3, 4, RelationKind::Sequence},
                                         {4, 7, RelationKind::Sequence},
                                         {5, 6, RelationKind::Sequence}};
    QVERIFY((*loaded)->relations() == expected);
}

void TestScaleStore::statesRoundTrip()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("st.db")));
    QVERIFY(db);
    UnitRepository units(**db);
    std::vector<UnitState> states(std::size_t{kStatusCount});
    for (int i = 0; i < kStatusCount; ++i) {
        UnitState &s = states[std::size_t(i)];
        s.status = UnitStatus(i);
        s.startMs = 1764000000000LL + i;
        s.endMs = i ? 1764000000000LL + 2 * i : 0;
        s.scheduledMs = -i;
        s.execSerial = i * 1000;
        s.exitCode = -i;
        s.flags = quint8(i * 7);
    }
    DR_VERIFY_OK(units.saveStates(RegionId::Primary, states));
    auto loaded = units.loadStates(RegionId::Primary, qsizetype(states.size()));
    QVERIFY(loaded);
    QVERIFY(*loaded == states);
    states[3].status = UnitStatus::Killed;
    states[7].flags = 0x3f;
    const std::vector<UnitIndex> changed{3, 7};
    DR_VERIFY_OK(units.updateStates(RegionId::Primary, states, changed));
    loaded = units.loadStates(RegionId::Primary, qsizetype(states.size()));
    QVERIFY(loaded);
    QVERIFY(*loaded == states);
}

void TestScaleStore::drSharesPrimaryDefinitions()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    const QString path = console->databasePath();
    // The demo is synced: DR uses the primary's definitions and keeps no rows of its own.
    QCOMPARE(console->region(RegionId::Dr).tree, console->region(RegionId::Primary).tree);
    QCOMPARE(rows(path, QStringLiteral("SELECT count(*) FROM unit WHERE region = 'dr'")),
             qint64(0));
    QCOMPARE(rows(path, QStringLiteral("SELECT count(*) FROM unit_relation WHERE region = 'dr'")),
             qint64(0));
    QVERIFY(rows(path, QStringLiteral("SELECT count(*) FROM unit_state WHERE region = 'dr'")) >
            100);
    const ConsoleState memory = console->state();
    console.reset();
    auto reopened = drtest::openConsole(path);
    QVERIFY(reopened);
    DR_COMPARE_STATES(reopened->state(), memory);
}

void TestScaleStore::drGetsOwnRowsWhenDefinitionsDiverge()
{
    QTemporaryDir dir;
    ConsoleState st;
    QString path;
    {
        auto console = drtest::demoConsole(dir);
        QVERIFY(console);
        st = console->state();
        path = console->databasePath();
    }
    const std::shared_ptr<const UnitTree> old = st.region(RegionId::Dr).tree;
    QCOMPARE(old, st.region(RegionId::Primary).tree); // shared after the demo's syncs
    auto db = Database::open(path);
    QVERIFY(db);
    StateStore store(**db);
    // New definitions in the primary only (as an import does): DR keeps the old ones, and now
    // needs rows of its own.
    RegionData &primary = st.region(RegionId::Primary);
    primary.tree = std::make_shared<const UnitTree>(awkwardTree());
    primary.states.assign(std::size_t(primary.tree->size()), UnitState{});
    primary.runtime.definitionsRevision += 1;
    Mutation change;
    change.region(RegionId::Primary).tree = true;
    change.region(RegionId::Primary).runtime = true;
    DR_VERIFY_OK(store.commit(st, change, kCustomer));
    QCOMPARE(rows(path, QStringLiteral("SELECT count(*) FROM unit WHERE region = 'dr'")),
             qint64(old->size()));
    ConsoleState loaded;
    QVERIFY(store.load(loaded).ok());
    DR_COMPARE_STATES(loaded, st);
    QVERIFY(loaded.region(RegionId::Dr).tree->sameDefinitions(*old));
    // The next full sync shares again and drops DR's rows.
    RegionData &dr = st.region(RegionId::Dr);
    dr.tree = primary.tree;
    dr.states = primary.states;
    dr.runtime.definitionsRevision = primary.runtime.definitionsRevision;
    Mutation sync;
    sync.region(RegionId::Dr).copyFrom = RegionId::Primary;
    sync.region(RegionId::Dr).copyDefinitions = true;
    sync.region(RegionId::Dr).runtime = true;
    DR_VERIFY_OK(store.commit(st, sync, kCustomer));
    QCOMPARE(rows(path, QStringLiteral("SELECT count(*) FROM unit WHERE region = 'dr'")),
             qint64(0));
    QVERIFY(store.load(loaded).ok());
    DR_COMPARE_STATES(loaded, st);
}

void TestScaleStore::disasterFailbackCopiesDefinitions()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    const QString path = console->databasePath();
    DR_VERIFY_OK(console->declareOutage(kCustomer, RegionId::Primary));
    DR_VERIFY_OK(console->startSwitch(kCustomer, Phase::Failover, SwitchMode::Disaster, {}));
    DR_VERIFY_OK(console->completeStep(kProvider, 2));
    DR_VERIFY_OK(console->copyAgents(kCustomer, RegionId::Primary, RegionId::Dr, true));
    DR_VERIFY_OK(console->completeStep(kCustomer, 3));
    DR_VERIFY_OK(console->completeStep(kCustomer, 4, {QString(), true, {}}));
    DR_VERIFY_OK(console->completeStep(kProvider, 5));
    DR_VERIFY_OK(console->completeStep(kCustomer, 6));
    DR_VERIFY_OK(console->advanceClock(kCustomer, 30 * 60 * 1000));
    DR_VERIFY_OK(console->restoreRegion(kCustomer, RegionId::Primary));
    DR_VERIFY_OK(console->startSwitch(kCustomer, Phase::Failback, SwitchMode::Disaster, {}));
    DR_VERIFY_OK(console->completeStep(kProvider, 8));
    // The reverse sync gave the primary DR's data; both regions share one set of rows again.
    QCOMPARE(console->region(RegionId::Primary).tree, console->region(RegionId::Dr).tree);
    QCOMPARE(rows(path, QStringLiteral("SELECT count(*) FROM unit WHERE region = 'dr'")),
             qint64(0));
    const ConsoleState memory = console->state();
    console.reset();
    auto reopened = drtest::openConsole(path);
    QVERIFY(reopened);
    DR_COMPARE_STATES(reopened->state(), memory);
}

void TestScaleStore::damagedUnitPagesAreRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.db"));
    {
        auto console = drtest::demoConsole(dir, QStringLiteral("big.db"));
        QVERIFY(console);
        QVERIFY(console->generateEnvironment(kCustomer, {20000, 3}));
    }
    // Garbage in leaf pages of the unit table only: the schema and version still read fine, so
    // the open takes the parallel path, and only the integrity check can tell.
    QList<qint64> pages;
    int pageSize = 0;
    {
        storetest::RawDb raw(path, true);
        pageSize = raw.scalar(QStringLiteral("PRAGMA page_size")).toInt();
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(
            QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'unit' AND pagetype = 'leaf' "
                           "ORDER BY pageno")));
        while (q.next())
            pages << q.value(0).toLongLong();
    }
    QVERIFY(pages.size() > 20);
    QByteArray bytes = storetest::readAll(path);
    for (qint64 p : {pages[pages.size() / 2], pages[pages.size() / 2 + 1]})
        bytes.replace((p - 1) * pageSize + 8, 64, QByteArray(64, '\x5a'));
    QVERIFY(storetest::writeAll(path, bytes));
    const QByteArray hash = storetest::sha256(path);
    auto probe = Database::probe(path);
    QVERIFY2(probe && probe->exists && !probe->empty,
             "the damage should not show before the check");
    auto console = Console::open(path);
    QVERIFY2(!console, "the damaged file was accepted");
    QVERIFY2(console.error().message.contains(QStringLiteral("is damaged")),
             qPrintable(console.error().message));
    QVERIFY(console.error().message.contains(QStringLiteral("Restore it from a backup")));
    QCOMPARE(storetest::sha256(path), hash);
}

void TestScaleStore::disasterStartSavesWhatChanged()
{
    QTemporaryDir dir;
    auto console = drtest::demoConsole(dir);
    QVERIFY(console);
    QVERIFY(console->generateEnvironment(kCustomer, {6000, 5}));
    DR_VERIFY_OK(console->syncNow(kCustomer));
    const std::vector<UnitState> copied = console->region(RegionId::Dr).states;
    QSignalSpy reset(console.get(), &Console::unitsReset);
    DR_VERIFY_OK(console->declareOutage(kCustomer, RegionId::Primary));
    DR_VERIFY_OK(console->startSwitch(kCustomer, Phase::Failover, SwitchMode::Disaster, {}));
    DR_VERIFY_OK(console->completeStep(kProvider, 2));
    // Views still see the whole region replaced...
    QVERIFY(reset.count() >= 1);
    const std::vector<UnitState> &started = console->region(RegionId::Dr).states;
    qint64 changed = 0;
    for (std::size_t i = 0; i < started.size(); ++i)
        changed += started[i] == copied[i] ? 0 : 1;
    QVERIFY(changed > 0 && changed < qint64(started.size()) / 2);
    // ...and the file holds exactly what memory holds, although only the changed rows were written.
    const ConsoleState memory = console->state();
    const QString path = console->databasePath();
    console.reset();
    auto reopened = drtest::openConsole(path);
    QVERIFY(reopened);
    DR_COMPARE_STATES(reopened->state(), memory);
}

void TestScaleStore::backgroundCheckpoint()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.db"));
    auto console = drtest::demoConsole(dir, QStringLiteral("wal.db"));
    QVERIFY(console);
    auto db = Database::open(dir.filePath(QStringLiteral("other.db")));
    QVERIFY(db);
    // A write far over the threshold: the checkpoint happens on the checkpointer's thread.
    UnitRepository units(**db);
    std::vector<UnitState> many(200000);
    DR_VERIFY_OK(units.saveStates(RegionId::Primary, many));
    QTRY_VERIFY((*db)->backgroundCheckpoints() > 0);
    db->reset();
    // The console's connection closes last and removes the log, as before.
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("other.db-wal"))));
    console.reset();
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(TestScaleStore)
#include "tst_scale_store.moc"
