// The SQLite store: pragmas and schema of a new database, migration of a 0-byte file, reopening
// preserves every table and the whole console state, and files the console must refuse (newer
// schema, not a database, damaged, another program's database) are left byte-for-byte untouched.
// Transactions and save failures: tst_store_transactions.cpp.
#include "StateCompare.h"
#include "StoreSupport.h"
#include "TestSupport.h"

#include "store/Database.h"
#include "store/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using drtest::kCustomer;
using drtest::kProvider;

namespace {

// A demo console with a switchover under way and a few customer changes, so that every table
// (runs, steps, items, connections, audit) holds rows.
std::unique_ptr<Console> busyConsole(const QTemporaryDir &dir, const QString &name)
{
    auto console = drtest::demoConsole(dir, name);
    if (!console)
        return nullptr;
    ExecutionAgent agent;
    agent.name = QStringLiteral("WH-LABEL");
    agent.host = QStringLiteral("wh-label01");
    agent.windows = {ConcurrencyWindow{8 * 60, 20 * 60, 3}, ConcurrencyWindow{20 * 60, 8 * 60, 1}};
    agent.description = QStringLiteral("ラベル印刷 (DR)");
    HostEntry host{
        QStringLiteral("dr-extra01"), {QStringLiteral("10.20.8.1")}, QStringLiteral("spare")};
    const bool ok = console
                        ->startSwitch(kCustomer, Phase::Failover, SwitchMode::Drill,
                                      QStringLiteral("quarterly drill"))
                        .ok() &&
                    console->completeStep(kProvider, 2).ok() &&
                    console->addHost(kCustomer, RegionId::Dr, host).ok() &&
                    console->addAgent(kCustomer, RegionId::Dr, agent).ok() &&
                    console->advanceClock(kCustomer, 20 * 60 * 1000).ok();
    if (!ok) {
        qWarning("could not prepare the busy console");
        return nullptr;
    }
    return console;
}

// Makes a file the console must refuse; returns the message fragments the refusal must contain.
QStringList makeRefusedFile(const QString &kind, const QString &path, const QString &demoPath)
{
    QRandomGenerator random(20261125);
    auto noise = [&random](qsizetype n) {
        QByteArray bytes(n, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        return bytes;
    };
    if (kind == QLatin1String("newer schema")) {
        {
            auto db = Database::open(path);
            if (!db)
                return {QStringLiteral("setup failed")};
            QSqlQuery q((*db)->connection());
            q.exec(QStringLiteral("UPDATE schema_version SET version = %1")
                       .arg(Schema::currentVersion() + 1));
        }
        return {QStringLiteral("newer DR Console"),
                QStringLiteral("schema version %1").arg(Schema::currentVersion() + 1),
                QStringLiteral("supports up to %1").arg(Schema::currentVersion()),
                QStringLiteral("The file was not changed")};
    }
    if (kind == QLatin1String("random text")) {
        QByteArray text;
        while (text.size() < 8192)
            text += "Order 4711 shipped to Osaka; carrier=YAMATO; status=ok\n";
        storetest::writeAll(path, text);
        return {QStringLiteral("is not a DR Console database"),
                QStringLiteral("not an SQLite file")};
    }
    if (kind == QLatin1String("PNG header")) {
        storetest::writeAll(path, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + noise(4096));
        return {QStringLiteral("is not a DR Console database")};
    }
    if (kind == QLatin1String("SQLite magic, short")) {
        storetest::writeAll(path, QByteArray("SQLite format 3\0", 16) + noise(40));
        return {QStringLiteral("is not a DR Console database")};
    }
    if (kind == QLatin1String("other program's database")) {
        storetest::RawDb raw(path);
        raw.exec(QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO customer (name) VALUES ('Sakura'), ('Fuji')"));
        return {QStringLiteral("is an SQLite database but not a DR Console database")};
    }
    QByteArray bytes = storetest::readAll(demoPath);
    const int pageSize = (quint8(bytes[16]) << 8) | quint8(bytes[17]);
    const qsizetype pages = bytes.size() / pageSize;
    if (kind == QLatin1String("garbage in middle pages")) {
        for (qsizetype p = pages / 2 - 2; p < pages / 2 + 2; ++p)
            bytes.replace(p * pageSize, pageSize, noise(pageSize));
    } else if (kind == QLatin1String("truncated mid-page")) {
        bytes.truncate(bytes.size() - pageSize / 2 - 7);
    } else if (kind == QLatin1String("truncated to half its pages")) {
        bytes.truncate((pages / 2) * pageSize);
    } else if (kind == QLatin1String("first b-tree page overwritten")) {
        bytes.replace(100, pageSize - 100, noise(pageSize - 100));
    } else {
        return {QStringLiteral("unknown kind")};
    }
    storetest::writeAll(path, bytes);
    return {QStringLiteral("is damaged"), QStringLiteral("Restore it from a backup")};
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newDatabase();
    void migratesVersion1File();
    void emptyFileIsInitialised();
    void reopenPreservesEverything();
    void continuesIdenticallyAfterReopen();
    void refusedFilesStayUntouched_data();
    void refusedFilesStayUntouched();
    void folderIsRefused();

private:
    QTemporaryDir m_dir;
    QString m_demoPath; // a closed, valid demo database
};

void TestStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(QStringLiteral("demo-template.db"));
    {
        auto console = drtest::demoConsole(m_dir, QStringLiteral("demo-template.db"));
        QVERIFY(console);
    }
    QVERIFY(!QFile::exists(m_demoPath + QStringLiteral("-wal")));
    QVERIFY(QFileInfo(m_demoPath).size() > 64 * 1024);
}

void TestStore::newDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("new/sub/fresh.db"));
    QByteArray before;
    {
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().message));
        QVERIFY((*db)->isNew());
        QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
        QVERIFY(Schema::currentVersion() >= 2);

        const QSqlDatabase conn = (*db)->connection();
        auto pragma = [&conn](const char *name) {
            QSqlQuery q(conn);
            if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !q.next())
                return QVariant(QStringLiteral("failed: ") + q.lastError().text());
            return q.value(0);
        };
        QCOMPARE(pragma("journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma("foreign_keys").toInt(), 1);
        QCOMPARE(pragma("synchronous").toInt(), 2); // FULL
        QCOMPARE(pragma("busy_timeout").toInt(), 5000); // another writer is waited for, 5 s
        {
            QSqlQuery version(conn);
            QVERIFY(version.exec(QStringLiteral("SELECT version FROM schema_version")));
            QVERIFY(version.next());
            QCOMPARE(version.value(0).toInt(), Schema::currentVersion());
            QVERIFY(!version.next()); // exactly one row
        }
        QStringList names;
        {
            QSqlQuery tables(conn);
            QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN "
                                               "('table', 'trigger') ORDER BY name")));
            while (tables.next())
                names << tables.value(0).toString();
        }
        for (const char *expected :
             {"agent", "audit_log", "audit_log_no_delete", "audit_log_no_update", "contract",
              "host", "network_connection", "region", "region_item", "schema_version", "setting",
              "switchover_run", "switchover_step", "sync_point", "unit", "unit_relation",
              "unit_state"}) {
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        }
        before = storetest::dump(conn);
    }
    // Opening again neither re-creates nor re-migrates.
    auto again = Database::open(path);
    QVERIFY2(again, qPrintable(again.error().message));
    QVERIFY(!(*again)->isNew());
    QCOMPARE((*again)->schemaVersion(), Schema::currentVersion());
    DR_COMPARE_DUMPS(storetest::dump((*again)->connection()), before);
}

// A database written by schema version 1 (relations without their file order) is upgraded in
// place and keeps its data.
void TestStore::migratesVersion1File()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    QVERIFY(QFile::copy(m_demoPath, path));
    {
        storetest::RawDb raw(path);
        QCOMPARE(raw.exec(QStringLiteral("ALTER TABLE unit_relation DROP COLUMN position")),
                 QString());
        QCOMPARE(raw.exec(QStringLiteral("ALTER TABLE region DROP COLUMN skip_overdue")),
                 QString());
        QCOMPARE(raw.exec(QStringLiteral("UPDATE schema_version SET version = 1")), QString());
    }
    const QByteArray v1 = storetest::dumpFile(path);
    QVERIFY(v1.contains("table|unit_relation|region,from_idx,to_idx,kind\n"));
    {
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().message));
        QVERIFY(!(*db)->isNew());
        QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
    }
    storetest::RawDb raw(path, true);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(),
             Schema::currentVersion());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM unit_relation WHERE position <> 0"))
                 .toInt(),
             0);
    QVERIFY(raw.scalar(QStringLiteral("SELECT count(*) FROM unit_relation")).toInt() > 50);
    // Everything else is as it was.
    const QByteArray migrated = storetest::dump(raw.db());
    QVERIFY(migrated.contains("table|unit_relation|region,from_idx,to_idx,kind,position\n"));
    QCOMPARE(migrated.count("table|"), v1.count("table|"));
    QCOMPARE(migrated.count('\n'), v1.count('\n'));
    auto console = drtest::openConsole(path);
    QVERIFY(console);
    QVERIFY(console->isInitialized());
    // The units the version-1 file held are all there.
    QCOMPARE(console->region(RegionId::Primary).tree->size(),
             qsizetype(raw.scalar(QStringLiteral("SELECT count(*) FROM unit WHERE region = 'primary'")).toInt()));
    QVERIFY(console->region(RegionId::Primary).tree->size() > 150);
}

void TestStore::emptyFileIsInitialised()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.db"));
    QVERIFY(storetest::writeAll(path, {}));
    QCOMPARE(QFileInfo(path).size(), 0);
    {
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().message));
        QVERIFY((*db)->isNew());
        QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
    }
    QVERIFY(storetest::readAll(path).startsWith(QByteArray("SQLite format 3\0", 16)));

    // Through the facade: a 0-byte file opens as an uninitialised console, then takes the demo.
    const QString path2 = m_dir.filePath(QStringLiteral("empty2.db"));
    QVERIFY(storetest::writeAll(path2, {}));
    auto console = drtest::openConsole(path2);
    QVERIFY(console);
    QVERIFY(!console->isInitialized());
    Console::SeedOptions options;
    options.clockMs = drtest::demoStartMs();
    options.warmUpUntilMs = drtest::demoStartMs() + 3600 * 1000;
    DR_VERIFY_OK(console->initialize(options));
    QVERIFY(console->isInitialized());
}

void TestStore::reopenPreservesEverything()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.db"));
    ConsoleState before;
    QByteArray dumpOpen;
    {
        auto console = busyConsole(dir, QStringLiteral("busy.db"));
        QVERIFY(console);
        before = console->state();
        dumpOpen = storetest::dumpFile(path);
    }
    // Every table that should hold data does.
    for (const char *table : {"unit", "unit_relation", "unit_state", "agent", "host",
                              "network_connection", "region_item", "sync_point", "switchover_run",
                              "switchover_step", "audit_log", "setting", "contract"}) {
        QVERIFY2(dumpOpen.contains(QByteArray("table|") + table + '|'), table);
        storetest::RawDb raw(path, true);
        QVERIFY2(raw.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                         .toInt() > 0,
                 table);
    }
    QVERIFY(!before.runs.isEmpty());
    QVERIFY(before.region(RegionId::Dr).runtime.active);

    const QByteArray dumpClosed = storetest::dumpFile(path);
    DR_COMPARE_DUMPS(dumpClosed, dumpOpen);
    {
        auto console = drtest::openConsole(path);
        QVERIFY(console);
        QVERIFY(console->isInitialized());
        DR_COMPARE_STATES(console->state(), before);
        const auto verified = console->verifyAudit();
        QVERIFY(verified.ok());
        QVERIFY2(verified->ok, qPrintable(verified->message));
    }
    DR_COMPARE_DUMPS(storetest::dumpFile(path), dumpOpen);
}

// The simulation goes on the same way whether or not the console was closed in between.
void TestStore::continuesIdenticallyAfterReopen()
{
    QTemporaryDir dir;
    auto kept = busyConsole(dir, QStringLiteral("kept.db"));
    QVERIFY(kept);
    {
        auto closed = busyConsole(dir, QStringLiteral("reopened.db"));
        QVERIFY(closed);
    }
    auto reopened = drtest::openConsole(dir.filePath(QStringLiteral("reopened.db")));
    QVERIFY(reopened);
    for (auto *c : {kept.get(), reopened.get()}) {
        DR_VERIFY_OK(c->completeStep(kCustomer, 3));
        DR_VERIFY_OK(c->advanceClock(Operator::system(), 2 * 3600 * 1000));
    }
    DR_COMPARE_STATES(reopened->state(), kept->state());
}

void TestStore::refusedFilesStayUntouched_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind :
         {"newer schema", "random text", "PNG header", "SQLite magic, short",
          "other program's database", "garbage in middle pages", "truncated mid-page",
          "truncated to half its pages", "first b-tree page overwritten"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestStore::refusedFilesStayUntouched()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("refused.db"));
    const QStringList fragments = makeRefusedFile(kind, path, m_demoPath);
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray hash = storetest::sha256(path);
    const qint64 size = QFileInfo(path).size();

    auto db = Database::open(path);
    QVERIFY2(!db, "the file was accepted");
    QCOMPARE(int(db.error().kind), int(ErrorKind::Database));
    QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(db.error().message));
    for (const QString &fragment : fragments)
        QVERIFY2(db.error().message.contains(fragment), qPrintable(db.error().message));
    QCOMPARE(storetest::sha256(path), hash);

    // The facade refuses the same way, and a second attempt changes nothing either.
    auto console = Console::open(path);
    QVERIFY(!console);
    QCOMPARE(console.error().message, db.error().message);
    QCOMPARE(storetest::sha256(path), hash);
    QCOMPARE(QFileInfo(path).size(), size);
    // Nor does anything appear beside it: no -wal, no -shm.
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("refused.db")});
}

void TestStore::folderIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.db")));
    auto db = Database::open(dir.filePath(QStringLiteral("folder.db")));
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QStringLiteral("is a folder")),
             qPrintable(db.error().message));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
