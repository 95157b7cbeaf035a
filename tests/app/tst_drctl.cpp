// drctl's command-line contract, driven as an operator would drive it (a separate process on a
// database file, checked by exit code, stderr and the --json output): usage errors and bad values,
// help, the status document, and what init and a missing or foreign database do. The databases
// are seeded through the core at fixed simulated times (drtest::demoStartMs/demoNowMs), so nothing
// depends on the wall clock.

#include "DrctlRun.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace dr;
using namespace Qt::StringLiterals;
using drtest::regionOf;

namespace {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestDrctl : public QObject, protected drtest::DrctlFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void badValues_data();
    void badValues();
    void helpTexts();
    void statusJsonShape();
    void missingDatabaseIsNotCreated();
    void uninitialisedDatabaseIsRefused();
    void initRefusesExistingDatabase();
    void initForceReplacesOnlyDatabases();
    void initForceKeepsOldDatabaseWhenBuildingFails();
};

void TestDrctl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(DRCTL_PATH)), DRCTL_PATH);
}

void TestDrctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("no command") << QStringList{} << u"No command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown global option")
        << QStringList{u"--verbose"_s, u"status"_s} << u"--verbose"_s;
    QTest::newRow("unknown option") << QStringList{u"status"_s, u"--colour"_s} << u"--colour"_s;
    QTest::newRow("extra argument") << QStringList{u"status"_s, u"now"_s} << u"now"_s;
    QTest::newRow("group without subcommand") << QStringList{u"switch"_s} << u"subcommand"_s;
    QTest::newRow("unknown subcommand") << QStringList{u"units"_s, u"delete"_s} << u"delete"_s;
    QTest::newRow("missing --as") << QStringList{u"switch"_s, u"complete"_s, u"2"_s} << u"--as"_s;
    QTest::newRow("missing step") << QStringList{u"switch"_s, u"complete"_s, u"--as"_s,
                                                 u"provider:pat"_s}
                                  << u"Missing argument"_s;
    QTest::newRow("missing --mode")
        << QStringList{u"switch"_s, u"start"_s, u"failover"_s, u"--as"_s, u"customer:alice"_s}
        << u"--mode"_s;
    QTest::newRow("option without value")
        << QStringList{u"units"_s, u"list"_s, u"--status"_s} << u"--status"_s;
    QTest::newRow("repeated option")
        << QStringList{u"preflight"_s, u"--region"_s, u"dr"_s, u"--region"_s, u"primary"_s}
        << u"twice"_s;
    QTest::newRow("missing --region") << QStringList{u"agents"_s, u"list"_s} << u"--region"_s;
    QTest::newRow("missing --from")
        << QStringList{u"agents"_s, u"copy"_s, u"--to"_s, u"dr"_s, u"--as"_s, u"customer:alice"_s}
        << u"--from"_s;
    QTest::newRow("missing value of a command option")
        << QStringList{u"agents"_s, u"add"_s, u"--region"_s, u"dr"_s, u"--name"_s} << u"--name"_s;
    QTest::newRow("flag with a value")
        << QStringList{u"units"_s, u"list"_s, u"--attention=yes"_s} << u"--attention"_s;
    QTest::newRow("two paths for set-status")
        << QStringList{u"units"_s, u"set-status"_s,    u"/A"_s, u"normal"_s, u"extra"_s,
                       u"--as"_s,  u"customer:alice"_s}
        << u"extra"_s;
    // The overdue choice belongs to steps 3 and 9: on any other step it is refused, not ignored.
    QTest::newRow("--overdue on step 2")
        << QStringList{u"switch"_s, u"complete"_s, u"2"_s,           u"--overdue"_s,
                       u"skip"_s,   u"--as"_s,     u"provider:pat"_s}
        << u"step 3 or step 9"_s;
    QTest::newRow("--overdue on step 5")
        << QStringList{u"switch"_s, u"complete"_s, u"5"_s,           u"--overdue"_s,
                       u"run"_s,    u"--as"_s,     u"provider:pat"_s}
        << u"step 3 or step 9"_s;
}

// A value that is present but wrong is bad input (exit 4), whatever option or argument it is.
void TestDrctl::badValues_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrContains");
    const QString as = u"--as"_s;
    const QString alice = u"customer:alice"_s;
    const QString pat = u"provider:pat"_s;
    auto row = [](const char *name, const QStringList &args, const QString &fragment) {
        QTest::newRow(name) << args << fragment;
    };
    row("--as without a role", {u"switch"_s, u"complete"_s, u"2"_s, as, u"pat"_s},
        u"customer:NAME"_s);
    row("--as system", {u"suppress"_s, u"--region"_s, u"dr"_s, as, u"system:sim"_s},
        u"customer:NAME"_s);
    row("--lang", {u"--lang"_s, u"fr"_s, u"status"_s}, u"fr"_s);
    row("step not a number", {u"switch"_s, u"complete"_s, u"two"_s, as, pat}, u"two"_s);
    row("step 13", {u"switch"_s, u"complete"_s, u"13"_s, as, pat}, u"no step 13"_s);
    row("step 0", {u"switch"_s, u"complete"_s, u"0"_s, as, pat}, u"no step 0"_s);
    row("step 1 is a request", {u"switch"_s, u"complete"_s, u"1"_s, as, alice}, u"switch start"_s);
    row("switch kind", {u"switch"_s, u"start"_s, u"sideways"_s, u"--mode"_s, u"drill"_s, as, alice},
        u"sideways"_s);
    row("--mode", {u"switch"_s, u"start"_s, u"failover"_s, u"--mode"_s, u"panic"_s, as, alice},
        u"panic"_s);
    row("--overdue", {u"switch"_s, u"complete"_s, u"3"_s, u"--overdue"_s, u"maybe"_s, as, alice},
        u"maybe"_s);
    row("--region of agents list", {u"agents"_s, u"list"_s, u"--region"_s, u"osaka"_s}, u"osaka"_s);
    row("--region of preflight", {u"preflight"_s, u"--region"_s, u"tokyo"_s}, u"tokyo"_s);
    row("--region of units list", {u"units"_s, u"list"_s, u"--region"_s, u"east"_s}, u"east"_s);
    row("--region of hosts list", {u"hosts"_s, u"list"_s, u"--region"_s, u"west"_s}, u"west"_s);
    row("--region of suppress", {u"suppress"_s, u"--region"_s, u"kansai"_s, as, pat}, u"kansai"_s);
    row("--from of agents copy",
        {u"agents"_s, u"copy"_s, u"--from"_s, u"nowhere"_s, u"--to"_s, u"dr"_s, as, alice},
        u"nowhere"_s);
    row("same region for agents copy",
        {u"agents"_s, u"copy"_s, u"--from"_s, u"dr"_s, u"--to"_s, u"dr"_s, as, alice},
        u"must differ"_s);
    row("disaster region", {u"disaster"_s, u"osaka"_s}, u"osaka"_s);
    row("restore region", {u"restore"_s, u"osaka"_s}, u"osaka"_s);
    row("--status of units list", {u"units"_s, u"list"_s, u"--status"_s, u"xyz"_s}, u"xyz"_s);
    row("status of set-status",
        {u"units"_s, u"set-status"_s, u"/SALES/ORDER_AM/PRE_CHECK"_s, u"finished"_s, as, alice},
        u"finished"_s);
    row("--from of rerun",
        {u"units"_s, u"rerun"_s, u"/SALES/ORDER_AM"_s, u"--from"_s, u"middle"_s, as, alice},
        u"middle"_s);
    row("--restriction",
        {u"agents"_s, u"add"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"NEW-AG"_s, u"--host"_s,
         u"10.20.9.9"_s, u"--restriction"_s, u"foo"_s, as, alice},
        u"foo"_s);
    row("--limits",
        {u"agents"_s, u"add"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"NEW-AG"_s, u"--host"_s,
         u"10.20.9.9"_s, u"--limits"_s, u"25:00-26:00=1"_s, as, alice},
        u"25:00"_s);
    row("--ip",
        {u"hosts"_s, u"add"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"h1"_s, u"--ip"_s,
         u"999.1.1.1"_s, as, alice},
        u"999.1.1.1"_s);
    row("--limit of audit", {u"audit"_s, u"--limit"_s, u"many"_s}, u"--limit"_s);
    row("--run of audit", {u"audit"_s, u"--run"_s, u"first"_s}, u"--run"_s);
    row("duration", {u"clock"_s, u"advance"_s, u"soon"_s}, u"soon"_s);
    row("time", {u"clock"_s, u"set"_s, u"yesterday"_s}, u"yesterday"_s);
    row("duration too long", {u"clock"_s, u"advance"_s, u"367d"_s}, u"at most 366 days"_s);
    row("duration beyond any count", {u"clock"_s, u"advance"_s, u"99999999999d"_s},
        u"99999999999d"_s);
    row("time too far", {u"clock"_s, u"set"_s, u"9999-12-31T00:00:00Z"_s}, u"at most 366 days"_s);
    row("--units of generate", {u"generate"_s, u"--units"_s, u"lots"_s, as, alice}, u"--units"_s);
    row("--format of switch report",
        {u"switch"_s, u"report"_s, u"--format"_s, u"doc"_s, u"--output"_s, u"r.doc"_s}, u"doc"_s);
}

void TestDrctl::badValues()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrContains);
    static const QString db = demoDatabase(u"values.db"_s);
    QVERIFY(!db.isEmpty());
    m_db = db;
    const QByteArray before = sha256(db);
    DRCTL_EXPECT(4, args);
    QVERIFY2(last.errText().contains(stderrContains), last.err.constData());
    QCOMPARE(sha256(db), before); // bad input changes nothing
}

void TestDrctl::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrContains);
    static const QString db = demoDatabase(u"usage.db"_s);
    QVERIFY(!db.isEmpty());
    m_db = db;
    const QByteArray before = sha256(db);
    DRCTL_EXPECT(2, args);
    QVERIFY2(last.errText().startsWith(u"drctl: "_s) || last.errText().contains(u"\ndrctl: "_s),
             last.err.constData());
    QVERIFY2(last.errText().contains(stderrContains), last.err.constData());
    // A usage error changes nothing.
    QCOMPARE(sha256(db), before);
}

void TestDrctl::helpTexts()
{
    m_db.clear();
    DRCTL_EXPECT(0, u"--help"_s);
    for (const char *command :
         {"init", "status", "switch complete", "units rerun", "agents add", "audit"})
        QVERIFY2(last.out.contains(command), command);
    DRCTL_EXPECT(0, u"switch"_s, u"complete"_s, u"--help"_s);
    QVERIFY(last.out.contains("--ack-warnings"));
    QVERIFY(last.out.contains("--overdue run|skip"));
    DRCTL_EXPECT(0, u"agents"_s, u"--help"_s);
    QVERIFY(last.out.contains("agents copy"));
    DRCTL_EXPECT(0, u"help"_s, u"units"_s, u"list"_s);
    QVERIFY(last.out.contains("--attention"));
}

void TestDrctl::statusJsonShape()
{
    m_db = demoDatabase(u"status.db"_s);
    QVERIFY(!m_db.isEmpty());
    DRCTL_EXPECT(0, u"--json"_s, u"status"_s);
    QJsonParseError error;
    const QJsonObject s = QJsonDocument::fromJson(last.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    QCOMPARE(s.value(u"clock"_s).toString(), jst::isoUtc(drtest::demoNowMs()));
    QCOMPARE(s.value(u"clock"_s).toString(), u"2026-11-25T01:30:00Z"_s);
    QCOMPARE(s.value(u"activeRegion"_s).toString(), u"primary"_s);
    QVERIFY(s.value(u"switchover"_s).isNull());
    QVERIFY(s.contains(u"switchover"_s));
    // The database the facts come from (issue 2: drctl status prints the same facts as the GUI).
    QCOMPARE(s.value(u"database"_s).toString(), QFileInfo(m_db).absoluteFilePath());
    const QJsonArray regions = s.value(u"regions"_s).toArray();
    QCOMPARE(regions.size(), 2);
    for (const QJsonValue &v : regions) {
        const QJsonObject r = v.toObject();
        for (const char *key : {"id", "manager", "suppressed", "available", "tier", "lastSyncPoint",
                                "syncLagSeconds"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        QVERIFY(r.value(u"id"_s).isString());
        QVERIFY(r.value(u"manager"_s).isString());
        QVERIFY(r.value(u"suppressed"_s).isBool());
        QVERIFY(r.value(u"available"_s).isBool());
        QVERIFY(r.value(u"tier"_s).isString());
    }
    const QJsonObject primary = regionOf(s, u"primary"_s);
    const QJsonObject dr = regionOf(s, u"dr"_s);
    QCOMPARE(primary.value(u"manager"_s).toString(), u"running"_s);
    QCOMPARE(dr.value(u"manager"_s).toString(), u"stopped"_s);
    QCOMPARE(primary.value(u"suppressed"_s).toBool(), false);
    QCOMPARE(primary.value(u"available"_s).toBool(), true);
    QCOMPARE(dr.value(u"available"_s).toBool(), true);
    QCOMPARE(primary.value(u"tier"_s).toString(), u"enterprise"_s);
    QCOMPARE(dr.value(u"tier"_s).toString(), u"standard"_s);
    QVERIFY(primary.value(u"syncLagSeconds"_s).isNull());
    // The demo syncs every simulated minute, so at 10:30 the DR copy is from 10:30.
    QCOMPARE(dr.value(u"lastSyncPoint"_s).toString(), u"2026-11-25T01:30:00Z"_s);
    QVERIFY(dr.value(u"syncLagSeconds"_s).isDouble());
    QCOMPARE(dr.value(u"syncLagSeconds"_s).toDouble(), 0.0);

    // The lag grows while the primary is down: 10 minutes after the outage, 600 s.
    DRCTL_EXPECT(0, u"disaster"_s, u"primary"_s);
    DRCTL_EXPECT(0, u"clock"_s, u"advance"_s, u"10m"_s);
    DRCTL_EXPECT(0, u"--json"_s, u"status"_s);
    const QJsonObject later = last.json();
    QCOMPARE(later.value(u"clock"_s).toString(), u"2026-11-25T01:40:00Z"_s);
    QCOMPARE(regionOf(later, u"dr"_s).value(u"syncLagSeconds"_s).toDouble(), 600.0);
    QCOMPARE(regionOf(later, u"primary"_s).value(u"available"_s).toBool(), false);
    QCOMPARE(regionOf(later, u"primary"_s).value(u"manager"_s).toString(), u"stopped"_s);

    // The readable form says the same in words.
    DRCTL_EXPECT(0, u"status"_s);
    QVERIFY2(last.out.contains("Database: " + QFileInfo(m_db).absoluteFilePath().toUtf8()),
             last.out.constData());
    QVERIFY2(last.out.contains("2026-11-25 10:40:00 JST"), last.out.constData());
    QVERIFY(last.out.contains("Standard"));
    QVERIFY(last.out.contains("unavailable since 2026-11-25 10:30:00 JST"));
}

void TestDrctl::missingDatabaseIsNotCreated()
{
    const QString path = m_dir.filePath(u"nowhere/missing.db"_s);
    m_db = path;
    DRCTL_EXPECT(5, u"status"_s);
    QVERIFY(last.errText().startsWith(u"drctl: "_s));
    QVERIFY(last.errText().contains(u"drctl init --demo"_s));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"nowhere"_s)));
    // --json still reports the error on stdout for scripts.
    DRCTL_EXPECT(5, u"--json"_s, u"units"_s, u"list"_s);
    QCOMPARE(last.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"database"_s);
    QVERIFY(!QFileInfo::exists(path));
}

void TestDrctl::uninitialisedDatabaseIsRefused()
{
    const QString path = m_dir.filePath(u"blank.db"_s);
    QVERIFY(drtest::openConsole(path)); // creates the schema, but no environment
    m_db = path;
    DRCTL_EXPECT(3, u"status"_s);
    QVERIFY2(last.errText().contains(u"drctl init --demo"_s), last.err.constData());
    // A file that is not a database at all is a database error.
    const QString junk = m_dir.filePath(u"junk.db"_s);
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not sqlite\n");
    f.close();
    m_db = junk;
    DRCTL_EXPECT(5, u"status"_s);
}

void TestDrctl::initRefusesExistingDatabase()
{
    m_db = demoDatabase(u"init.db"_s);
    QVERIFY(!m_db.isEmpty());
    const QByteArray before = sha256(m_db);
    QVERIFY(!before.isEmpty());
    DRCTL_EXPECT(3, u"init"_s, u"--demo"_s);
    QVERIFY2(last.errText().contains(u"--force"_s), last.err.constData());
    QCOMPARE(sha256(m_db), before);

    // --force replaces it: an empty environment has no units and one audit entry.
    DRCTL_EXPECT(0, u"init"_s, u"--force"_s);
    QVERIFY(sha256(m_db) != before);
    DRCTL_EXPECT(0, u"--json"_s, u"units"_s, u"list"_s);
    QCOMPARE(last.json().value(u"units"_s).toArray().size(), 0);
    DRCTL_EXPECT(0, u"--json"_s, u"audit"_s);
    QCOMPARE(last.json().value(u"entries"_s).toArray().size(), 1);
    QVERIFY(last.json().value(u"verified"_s).isNull());

    // And back to the demo (today's date, so only counts are compared).
    DRCTL_EXPECT(0, u"--json"_s, u"init"_s, u"--demo"_s, u"--force"_s);
    QVERIFY(last.json().value(u"units"_s).toInt() > 100);
    DRCTL_EXPECT(0, u"--json"_s, u"agents"_s, u"list"_s, u"--region"_s, u"primary"_s);
    QCOMPARE(last.json().value(u"agents"_s).toArray().size(), 11);

    // init on a new path creates the file (and its folder).
    m_db = m_dir.filePath(u"fresh/new.db"_s);
    DRCTL_EXPECT(0, u"init"_s);
    QVERIFY(QFileInfo::exists(m_db));
}

// init --force replaces a DR Console database, never another file: a text file or another
// program's SQLite database stays byte for byte, and nothing appears beside it.
void TestDrctl::initForceReplacesOnlyDatabases()
{
    const QString text = m_dir.filePath(u"notes.txt"_s);
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("shopping list: rice, miso, nori\n");
    }
    const QString other = m_dir.filePath(u"other-app.sqlite"_s);
    {
        const QString name = u"other-app"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO customer (name) VALUES ('Sakura')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    for (const QString &path : {text, other}) {
        m_db = path;
        const QByteArray before = sha256(path);
        const QStringList beside = QDir(m_dir.path()).entryList(QDir::Files);
        DRCTL_EXPECT(3, u"init"_s, u"--demo"_s, u"--force"_s);
        QVERIFY2(last.errText().contains(u"replaces a DR Console database only"_s),
                 last.err.constData());
        QVERIFY2(last.errText().contains(u"Nothing was changed"_s), last.err.constData());
        QCOMPARE(sha256(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), beside);
    }

    // A DR Console database is replaced, and its old write-ahead log with it: the log of the
    // old file must never be replayed into the new one.
    m_db = demoDatabase(u"replaced.db"_s);
    QVERIFY(!m_db.isEmpty());
    {
        // A log with frames, as a crash leaves it: copied while a connection has committed
        // changes that are not checkpointed yet.
        const QString name = u"stale-wal"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
            QVERIFY(q.exec(u"INSERT INTO setting (key, value) VALUES ('stale', 'x')"_s));
            QVERIFY(QFileInfo(m_db + u"-wal"_s).size() > 0);
            QVERIFY(QFile::copy(m_db + u"-wal"_s, m_db + u".stale-wal"_s));
            QVERIFY(QFile::copy(m_db + u"-shm"_s, m_db + u".stale-shm"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY(QFile::rename(m_db + u".stale-wal"_s, m_db + u"-wal"_s));
        QVERIFY(QFile::rename(m_db + u".stale-shm"_s, m_db + u"-shm"_s));
    }
    DRCTL_EXPECT(0, u"--json"_s, u"init"_s, u"--force"_s);
    QVERIFY(!QFileInfo::exists(m_db + u"-wal"_s));
    QVERIFY(!QFileInfo::exists(m_db + u"-shm"_s));
    QVERIFY(!QFileInfo::exists(m_db + u".init-tmp"_s));
    DRCTL_EXPECT(0, u"--json"_s, u"audit"_s, u"--verify"_s);
    QCOMPARE(last.json().value(u"entries"_s).toArray().size(), 1); // the new, empty environment
    QCOMPARE(last.json().value(u"verified"_s).toBool(), true);
}

// The new database is built beside the old one: when building it fails, the old one is as it
// was, data and all.
void TestDrctl::initForceKeepsOldDatabaseWhenBuildingFails()
{
    m_db = demoDatabase(u"kept.db"_s);
    QVERIFY(!m_db.isEmpty());
    const QByteArray before = sha256(m_db);
    QVERIFY(QDir(m_dir.path()).mkdir(u"kept.db.init-tmp"_s)); // in the builder's way
    DRCTL_EXPECT(5, u"init"_s, u"--demo"_s, u"--force"_s);
    QVERIFY2(last.errText().contains(u"Nothing was changed"_s), last.err.constData());
    QCOMPARE(sha256(m_db), before);
    DRCTL_EXPECT(0, u"--json"_s, u"status"_s);
    QCOMPARE(last.json().value(u"clock"_s).toString(), jst::isoUtc(drtest::demoNowMs()));
    QVERIFY(QDir(m_dir.path()).rmdir(u"kept.db.init-tmp"_s));
}

QTEST_GUILESS_MAIN(TestDrctl)
#include "tst_drctl.moc"
