// drctl driven as an operator would drive it: a separate process on a database file, checked by
// exit code, stderr and the --json output. The databases are seeded through the core at fixed
// simulated times (drtest::demoStartMs/demoNowMs), so nothing depends on the wall clock.

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace dr;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Everything a failed comparison needs to be understood without rerunning by hand.
QByteArray describe(const QStringList &args, const Run &r)
{
    return "drctl " + args.join(QLatin1Char(' ')).toUtf8() + "\nexit " +
           QByteArray::number(r.exitCode) + "\nstdout: " + r.out.left(2000) +
           "\nstderr: " + r.err.left(2000);
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QJsonObject regionOf(const QJsonObject &status, const QString &id)
{
    for (const QJsonValue &v : status.value(u"regions"_s).toArray()) {
        if (v.toObject().value(u"id"_s).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

// Runs drctl and checks its exit code; the result is available as `last` for further checks.
#define DRCTL_EXPECT(code, ...)                                                                    \
    do {                                                                                           \
        const QStringList drArgs_{__VA_ARGS__};                                                    \
        last = drctl(drArgs_);                                                                     \
        QVERIFY2(last.exitCode == (code), describe(drArgs_, last).constData());                    \
    } while (false)

class TestDrctl : public QObject
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
    void disasterFailoverAndFailback();
    void unitsAndAgents();
    void warningRefusalCountsWarnings();
    void auditVerificationDetectsTampering();

private:
    // A fresh demo database at the fixed demo time; drctl then runs on it.
    QString demoDatabase(const QString &name);
    Run drctl(const QStringList &args, const QString &database = {});

    QTemporaryDir m_dir;
    QString m_db; // the database the current test drives
    Run last;
};

void TestDrctl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(DRCTL_PATH)), DRCTL_PATH);
}

QString TestDrctl::demoDatabase(const QString &name)
{
    auto console = drtest::demoConsole(m_dir, name);
    if (!console)
        return {};
    const QString path = console->databasePath();
    console.reset(); // close it: drctl is the only writer from here on
    return path;
}

Run TestDrctl::drctl(const QStringList &args, const QString &database)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    // Keep the default database (for the --db-less cases) inside the temporary directory.
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
    p.setProcessEnvironment(env);
    const QString db = database.isEmpty() ? m_db : database;
    QStringList all;
    if (!db.isEmpty())
        all << u"--db"_s << db;
    all << args;
    p.start(QStringLiteral(DRCTL_PATH), all);
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
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

void TestDrctl::disasterFailoverAndFailback()
{
    m_db = demoDatabase(u"switch.db"_s);
    QVERIFY(!m_db.isEmpty());
    const QString alice = u"customer:alice"_s;
    const QString pat = u"provider:pat"_s;
    const QString as = u"--as"_s;
    const QString sw = u"switch"_s;
    const QString complete = u"complete"_s;
    const QString json = u"--json"_s;

    // Before anything happens: nothing to release, no step to complete, no disaster to fail over.
    DRCTL_EXPECT(3, u"release"_s, u"--region"_s, u"dr"_s, as, pat);
    DRCTL_EXPECT(3, sw, complete, u"2"_s, as, pat);
    DRCTL_EXPECT(3, sw, u"start"_s, u"failover"_s, u"--mode"_s, u"disaster"_s, as, alice);
    QVERIFY2(last.errText().contains(u"drill"_s), last.err.constData());

    // 10:30: the primary region goes down.
    DRCTL_EXPECT(0, u"disaster"_s, u"primary"_s);
    DRCTL_EXPECT(3, u"disaster"_s, u"primary"_s);
    DRCTL_EXPECT(3, sw, u"start"_s, u"failover"_s, u"--mode"_s, u"drill"_s, as, alice);
    // Step 1 is the customer's.
    DRCTL_EXPECT(3, sw, u"start"_s, u"failover"_s, u"--mode"_s, u"disaster"_s, as, pat);
    QVERIFY2(last.errText().contains(u"customer"_s), last.err.constData());
    DRCTL_EXPECT(0, sw, u"start"_s, u"failover"_s, u"--mode"_s, u"disaster"_s, u"--note"_s,
                 u"Tokyo is down"_s, as, alice);
    QVERIFY(last.out.contains("Not carried over"));
    DRCTL_EXPECT(3, sw, u"start"_s, u"failover"_s, u"--mode"_s, u"disaster"_s, as, alice);

    // Step 2 is the provider's, and steps go in order.
    DRCTL_EXPECT(3, sw, complete, u"2"_s, as, alice);
    QVERIFY2(last.errText().contains(u"provider"_s), last.err.constData());
    DRCTL_EXPECT(3, sw, complete, u"3"_s, as, alice);
    QVERIFY2(last.errText().contains(u"next step is 2"_s), last.err.constData());
    DRCTL_EXPECT(4, sw, complete, u"13"_s, as, pat);
    DRCTL_EXPECT(0, sw, complete, u"2"_s, as, pat);

    DRCTL_EXPECT(0, json, u"status"_s);
    QJsonObject s = last.json();
    QCOMPARE(s.value(u"activeRegion"_s).toString(), u"dr"_s);
    QCOMPARE(regionOf(s, u"dr"_s).value(u"manager"_s).toString(), u"running"_s);
    QCOMPARE(regionOf(s, u"dr"_s).value(u"suppressed"_s).toBool(), true);
    QCOMPARE(regionOf(s, u"primary"_s).value(u"manager"_s).toString(), u"stopped"_s);
    QCOMPARE(regionOf(s, u"primary"_s).value(u"suppressed"_s).toBool(), false);
    QJsonObject run = s.value(u"switchover"_s).toObject();
    QCOMPARE(run.value(u"id"_s).toInt(), 1);
    QCOMPARE(run.value(u"kind"_s).toString(), u"failover"_s);
    QCOMPARE(run.value(u"mode"_s).toString(), u"disaster"_s);
    QCOMPARE(run.value(u"nextStep"_s).toInt(), 3);
    QCOMPARE(run.value(u"nextRole"_s).toString(), u"customer"_s);

    // Jobs that were on an agent at the sync point came back as Unknown end status, to review.
    DRCTL_EXPECT(0, json, u"units"_s, u"list"_s, u"--status"_s, u"unknown"_s);
    QCOMPARE(last.json().value(u"region"_s).toString(),
             u"dr"_s); // the active one
    const QJsonArray unknown = last.json().value(u"units"_s).toArray();
    QVERIFY(unknown.size() >= 1);
    QStringList unknownPaths;
    for (const QJsonValue &v : unknown) {
        const QJsonObject u = v.toObject();
        QCOMPARE(u.value(u"status"_s).toString(), u"unknown"_s);
        QCOMPARE(u.value(u"attention"_s).toBool(), true);
        QVERIFY(u.value(u"path"_s).toString().startsWith(QLatin1Char('/')));
        QVERIFY(!u.value(u"agent"_s).toString().isEmpty());
        QVERIFY(u.value(u"execId"_s).toString().startsWith(QLatin1Char('@')));
        QVERIFY(u.value(u"start"_s).isString());
        QVERIFY(u.value(u"end"_s).isNull());
        QVERIFY(u.contains(u"type"_s));
        unknownPaths << u.value(u"path"_s).toString();
    }
    DRCTL_EXPECT(0, json, u"units"_s, u"list"_s, u"--attention"_s);
    const QJsonArray attention = last.json().value(u"units"_s).toArray();
    QVERIFY(attention.size() >= unknown.size());
    for (const QJsonValue &v : attention)
        QCOMPARE(v.toObject().value(u"attention"_s).toBool(), true);

    // The provider cannot release before the customer reports (step 4).
    DRCTL_EXPECT(3, u"release"_s, u"--region"_s, u"dr"_s, as, pat);
    QVERIFY2(last.errText().contains(u"step 4"_s), last.err.constData());

    // The demo's DR environment lacks four agents: pre-flight errors until they are copied.
    DRCTL_EXPECT(3, u"preflight"_s, u"--region"_s, u"dr"_s);
    DRCTL_EXPECT(3, json, u"preflight"_s, u"--region"_s, u"dr"_s);
    QJsonObject pf = last.json();
    QCOMPARE(pf.value(u"region"_s).toString(), u"dr"_s);
    QStringList missing;
    for (const QJsonValue &v : pf.value(u"errors"_s).toArray()) {
        QCOMPARE(v.toObject().value(u"code"_s).toString(), u"agent-missing"_s);
        QVERIFY(!v.toObject().value(u"message"_s).toString().isEmpty());
        missing << v.toObject().value(u"subject"_s).toString();
    }
    missing.sort();
    QCOMPARE(missing, (QStringList{u"CARRIER-IF"_s, u"DWH-ETL"_s, u"FIN-PRINT"_s, u"WH-LABEL"_s}));
    QVERIFY(pf.value(u"warnings"_s).isArray());
    QVERIFY(pf.value(u"info"_s).isArray());

    DRCTL_EXPECT(0, json, u"agents"_s, u"copy"_s, u"--from"_s, u"primary"_s, u"--to"_s, u"dr"_s,
                 u"--only-missing"_s, as, alice);
    QStringList copied;
    for (const QJsonValue &v : last.json().value(u"copied"_s).toArray())
        copied << v.toString();
    copied.sort();
    QCOMPARE(copied, missing);
    DRCTL_EXPECT(3, u"agents"_s, u"copy"_s, u"--from"_s, u"primary"_s, u"--to"_s, u"dr"_s,
                 u"--only-missing"_s, as, alice);
    DRCTL_EXPECT(0, u"preflight"_s, u"--region"_s, u"dr"_s);
    DRCTL_EXPECT(0, json, u"preflight"_s, u"--region"_s, u"dr"_s);
    QCOMPARE(last.json().value(u"errors"_s).toArray().size(), 0);
    const int warnings = last.json().value(u"warnings"_s).toArray().size();

    DRCTL_EXPECT(3, sw, complete, u"3"_s, as, pat);
    DRCTL_EXPECT(0, sw, complete, u"3"_s, u"--overdue"_s, u"run"_s, as, alice);
    if (warnings > 0) {
        DRCTL_EXPECT(3, sw, complete, u"4"_s, as, alice);
        QVERIFY2(last.errText().contains(u"acknowledge"_s), last.err.constData());
    }
    DRCTL_EXPECT(3, u"release"_s, u"--region"_s, u"dr"_s, as, pat);
    DRCTL_EXPECT(0, sw, complete, u"4"_s, u"--ack-warnings"_s, u"--note"_s,
                 u"checked on the agents"_s, as, alice);
    DRCTL_EXPECT(3, sw, complete, u"5"_s, as, alice);
    QVERIFY2(last.errText().contains(u"provider"_s), last.err.constData());
    DRCTL_EXPECT(0, sw, complete, u"5"_s, as, pat);
    DRCTL_EXPECT(0, json, u"status"_s);
    QCOMPARE(regionOf(last.json(), u"dr"_s).value(u"suppressed"_s).toBool(), false);
    QCOMPARE(last.json().value(u"switchover"_s).toObject().value(u"nextStep"_s).toInt(), 6);

    // Units are operated in the active region: the customer settles one reviewed job.
    DRCTL_EXPECT(0, json, u"units"_s, u"set-status"_s, unknownPaths.first(), u"normal"_s, as,
                 alice);
    QCOMPARE(last.json().value(u"status"_s).toString(), u"normal"_s);
    QCOMPARE(last.json().value(u"region"_s).toString(), u"dr"_s);

    DRCTL_EXPECT(0, u"clock"_s, u"advance"_s, u"45m"_s);
    DRCTL_EXPECT(0, sw, complete, u"6"_s, as, alice);
    QVERIFY2(last.out.contains("45 min"), last.out.constData()); // recovery time, steps 1-6

    // A completed failover: no failback is pending until the customer requests one (step 7).
    DRCTL_EXPECT(0, json, sw, u"show"_s);
    QJsonObject show = last.json();
    QCOMPARE(show.value(u"run"_s).toObject().value(u"kind"_s).toString(), u"failover"_s);
    QCOMPARE(show.value(u"run"_s).toObject().value(u"failoverCompleted"_s).toBool(), true);
    QCOMPARE(show.value(u"run"_s).toObject().value(u"failbackRequested"_s).toBool(), false);
    DRCTL_EXPECT(0, json, u"status"_s);
    QJsonObject afterFailover = last.json().value(u"switchover"_s).toObject();
    QCOMPARE(afterFailover.value(u"kind"_s).toString(), u"failover"_s);
    QCOMPARE(afterFailover.value(u"failoverCompleted"_s).toBool(), true);
    QCOMPARE(afterFailover.value(u"nextStep"_s).toInt(), 7);
    QCOMPARE(afterFailover.value(u"nextRole"_s).toString(), u"customer"_s);
    DRCTL_EXPECT(0, u"status"_s);
    QVERIFY2(last.out.contains("run 1, failover, disaster mode"), last.out.constData());
    QVERIFY2(last.out.contains("no failback has been requested"), last.out.constData());
    QJsonArray steps = show.value(u"steps"_s).toArray();
    QCOMPARE(steps.size(), 12);
    for (int i = 0; i < 12; ++i) {
        const QJsonObject st = steps.at(i).toObject();
        QCOMPARE(st.value(u"step"_s).toInt(), i + 1);
        QCOMPARE(st.value(u"phase"_s).toString(), i < 6 ? u"failover"_s : u"failback"_s);
        const bool provider = i % 6 == 1 || i % 6 == 4;
        QCOMPARE(st.value(u"role"_s).toString(), provider ? u"provider"_s : u"customer"_s);
        QCOMPARE(st.value(u"state"_s).toString(), i < 6 ? u"done"_s : u"pending"_s);
        if (i < 6) {
            QCOMPARE(st.value(u"by"_s).toString(), provider ? u"pat"_s : u"alice"_s);
            QVERIFY(st.value(u"at"_s).toString().endsWith(QLatin1Char('Z')));
        } else {
            QVERIFY(st.value(u"by"_s).isNull());
            QVERIFY(st.value(u"at"_s).isNull());
            QVERIFY(st.value(u"note"_s).isNull());
        }
    }
    QCOMPARE(steps.at(0).toObject().value(u"note"_s).toString(), u"Tokyo is down"_s);
    QCOMPARE(steps.at(3).toObject().value(u"note"_s).toString(), u"checked on the agents"_s);
    QCOMPARE(steps.at(5).toObject().value(u"at"_s).toString(), u"2026-11-25T02:15:00Z"_s);

    // Failback: the primary has to be back first, in the same mode.
    DRCTL_EXPECT(3, sw, u"start"_s, u"failback"_s, u"--mode"_s, u"disaster"_s, as, alice);
    DRCTL_EXPECT(0, u"restore"_s, u"primary"_s);
    DRCTL_EXPECT(3, sw, u"start"_s, u"failback"_s, u"--mode"_s, u"drill"_s, as, alice);
    DRCTL_EXPECT(0, sw, u"start"_s, u"failback"_s, u"--mode"_s, u"disaster"_s, as, alice);
    DRCTL_EXPECT(3, sw, complete, u"9"_s, as, alice);
    DRCTL_EXPECT(0, sw, complete, u"8"_s, as, pat);
    DRCTL_EXPECT(0, json, u"status"_s);
    s = last.json();
    QCOMPARE(s.value(u"activeRegion"_s).toString(), u"primary"_s);
    QCOMPARE(regionOf(s, u"primary"_s).value(u"manager"_s).toString(), u"running"_s);
    QCOMPARE(regionOf(s, u"primary"_s).value(u"suppressed"_s).toBool(), true);
    QCOMPARE(regionOf(s, u"dr"_s).value(u"manager"_s).toString(), u"stopped"_s);
    run = s.value(u"switchover"_s).toObject();
    QCOMPARE(run.value(u"kind"_s).toString(), u"failback"_s);
    QCOMPARE(run.value(u"failbackRequested"_s).toBool(), true);
    QCOMPARE(run.value(u"nextStep"_s).toInt(), 9);

    DRCTL_EXPECT(0, sw, complete, u"9"_s, as, alice);
    DRCTL_EXPECT(0, json, u"preflight"_s, u"--region"_s, u"primary"_s);
    if (!last.json().value(u"warnings"_s).toArray().isEmpty())
        DRCTL_EXPECT(3, sw, complete, u"10"_s, as, alice);
    DRCTL_EXPECT(0, sw, complete, u"10"_s, u"--ack-warnings"_s, as, alice);
    DRCTL_EXPECT(3, u"release"_s, u"--region"_s, u"primary"_s, as, alice);
    // During a switchover the provider's release is step 11.
    DRCTL_EXPECT(0, u"release"_s, u"--region"_s, u"primary"_s, as, pat);
    QVERIFY2(last.out.contains("step 11"), last.out.constData());
    DRCTL_EXPECT(0, sw, complete, u"12"_s, as, alice);
    QVERIFY(last.out.contains("complete"));

    DRCTL_EXPECT(0, json, u"status"_s);
    s = last.json();
    QVERIFY(s.value(u"switchover"_s).isNull());
    QCOMPARE(s.value(u"activeRegion"_s).toString(), u"primary"_s);
    QCOMPARE(regionOf(s, u"primary"_s).value(u"manager"_s).toString(), u"running"_s);
    QCOMPARE(regionOf(s, u"primary"_s).value(u"suppressed"_s).toBool(), false);
    QCOMPARE(regionOf(s, u"dr"_s).value(u"manager"_s).toString(), u"stopped"_s);

    // The last run stays visible, complete.
    DRCTL_EXPECT(0, json, sw, u"show"_s);
    show = last.json();
    QCOMPARE(show.value(u"run"_s).toObject().value(u"completed"_s).toBool(), true);
    QVERIFY(show.value(u"run"_s).toObject().value(u"nextStep"_s).isNull());
    for (const QJsonValue &v : show.value(u"steps"_s).toArray())
        QCOMPARE(v.toObject().value(u"state"_s).toString(), u"done"_s);
    DRCTL_EXPECT(0, sw, u"show"_s);
    QVERIFY(last.out.contains("Tokyo is down"));

    // Everything above is in an intact audit log.
    DRCTL_EXPECT(0, json, u"audit"_s, u"--verify"_s);
    QCOMPARE(last.json().value(u"verified"_s).toBool(), true);
    int stepEntries = 0;
    for (const QJsonValue &v : last.json().value(u"entries"_s).toArray())
        stepEntries += v.toObject().value(u"action"_s).toString() == u"switch.step"_s;
    QCOMPARE(stepEntries, 12);
}

void TestDrctl::unitsAndAgents()
{
    m_db = demoDatabase(u"units.db"_s);
    QVERIFY(!m_db.isEmpty());
    const QString as = u"--as"_s;
    const QString alice = u"customer:alice"_s;
    const QString json = u"--json"_s;

    // Unknown paths and agents are bad input; the standby region is not operated.
    DRCTL_EXPECT(4, u"units"_s, u"hold"_s, u"/NO/SUCH/JOB"_s, as, alice);
    QVERIFY(last.errText().contains(u"/NO/SUCH/JOB"_s));
    DRCTL_EXPECT(4, u"agents"_s, u"update"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"NOPE"_s,
                 u"--host"_s, u"10.0.0.1"_s, as, alice);
    DRCTL_EXPECT(4, u"clock"_s, u"advance"_s, u"soon"_s);
    DRCTL_EXPECT(3, u"clock"_s, u"set"_s, u"2026-11-24T00:00:00Z"_s);

    // A units listing filtered by path: the demo's /SALES group, jobs with their agents.
    DRCTL_EXPECT(0, json, u"units"_s, u"list"_s, u"--path"_s, u"/SALES/"_s);
    const QJsonArray sales = last.json().value(u"units"_s).toArray();
    QVERIFY(sales.size() > 5);
    for (const QJsonValue &v : sales) {
        const QJsonObject u = v.toObject();
        QVERIFY(u.value(u"path"_s).toString().startsWith(u"/SALES/"_s));
        if (u.value(u"type"_s).toString() == u"j"_s)
            QVERIFY(!u.value(u"agent"_s).toString().isEmpty());
    }

    // Agents: add with windows and restriction, update one field, the others stay.
    DRCTL_EXPECT(0, u"agents"_s, u"add"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"TEST-AG"_s,
                 u"--host"_s, u"10.20.9.9"_s, u"--limits"_s, u"00:00-12:00=3,12:00-00:00=5"_s,
                 u"--restriction"_s, u"hold"_s, u"--description"_s, u"drill target"_s, as, alice);
    DRCTL_EXPECT(4, u"agents"_s, u"add"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"test-ag"_s,
                 u"--host"_s, u"10.20.9.9"_s, as,
                 alice); // case-insensitive duplicate
    DRCTL_EXPECT(4, u"agents"_s, u"add"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"BAD-LIMITS"_s,
                 u"--host"_s, u"10.20.9.9"_s, u"--limits"_s, u"00:10-12:00=3"_s, as, alice);
    DRCTL_EXPECT(0, u"agents"_s, u"update"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"TEST-AG"_s,
                 u"--restriction"_s, u"effective"_s, as, alice);
    DRCTL_EXPECT(0, json, u"agents"_s, u"list"_s, u"--region"_s, u"dr"_s);
    QJsonObject agent;
    for (const QJsonValue &v : last.json().value(u"agents"_s).toArray()) {
        if (v.toObject().value(u"name"_s).toString() == u"TEST-AG"_s)
            agent = v.toObject();
    }
    QCOMPARE(agent.value(u"host"_s).toString(), u"10.20.9.9"_s);
    QCOMPARE(agent.value(u"limits"_s).toString(), u"00:00-12:00=3,12:00-00:00=5"_s);
    QCOMPARE(agent.value(u"restriction"_s).toString(), u"effective"_s);
    QCOMPARE(agent.value(u"description"_s).toString(), u"drill target"_s);
    // Names match case-insensitively; the report names the agent as registered.
    DRCTL_EXPECT(0, json, u"agents"_s, u"remove"_s, u"--region"_s, u"dr"_s, u"--name"_s,
                 u"test-ag"_s, as, alice);
    QCOMPARE(last.json().value(u"removed"_s).toString(), u"TEST-AG"_s);
    DRCTL_EXPECT(0, u"hosts"_s, u"add"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"Dr-Spare02"_s,
                 u"--ip"_s, u"10.20.9.23"_s, as, alice);
    DRCTL_EXPECT(0, u"hosts"_s, u"remove"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"dr-spare02"_s,
                 as, alice);
    QVERIFY2(last.out.contains("Host Dr-Spare02 removed"), last.out.constData());
    DRCTL_EXPECT(3, u"agents"_s, u"remove"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"@SYSTEM"_s, as,
                 alice);

    // Host information.
    DRCTL_EXPECT(0, u"hosts"_s, u"add"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"dr-extra01"_s,
                 u"--ip"_s, u"10.20.9.21,10.20.9.22"_s, as, alice);
    DRCTL_EXPECT(0, json, u"hosts"_s, u"list"_s, u"--region"_s, u"dr"_s);
    QJsonObject host;
    for (const QJsonValue &v : last.json().value(u"hosts"_s).toArray()) {
        if (v.toObject().value(u"name"_s).toString() == u"dr-extra01"_s)
            host = v.toObject();
    }
    QCOMPARE(host.value(u"addresses"_s).toArray().size(), 2);
    DRCTL_EXPECT(0, u"hosts"_s, u"remove"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"dr-extra01"_s,
                 as, alice);

    // Suppression is the provider's.
    DRCTL_EXPECT(3, u"suppress"_s, u"--region"_s, u"primary"_s, as, alice);
    DRCTL_EXPECT(0, u"suppress"_s, u"--region"_s, u"primary"_s, as, u"provider:pat"_s);
    DRCTL_EXPECT(0, json, u"status"_s);
    QCOMPARE(regionOf(last.json(), u"primary"_s).value(u"suppressed"_s).toBool(), true);
    DRCTL_EXPECT(0, u"release"_s, u"--region"_s, u"primary"_s, as, u"provider:pat"_s);
}

// Step 4 refused for unacknowledged warnings says how many, in singular or plural.
void TestDrctl::warningRefusalCountsWarnings()
{
    m_db = demoDatabase(u"warnings.db"_s);
    QVERIFY(!m_db.isEmpty());
    const QString as = u"--as"_s;
    const QString alice = u"customer:alice"_s;
    DRCTL_EXPECT(0, u"switch"_s, u"start"_s, u"failover"_s, u"--mode"_s, u"drill"_s, as, alice);
    DRCTL_EXPECT(0, u"switch"_s, u"complete"_s, u"2"_s, as, u"provider:pat"_s);
    DRCTL_EXPECT(0, u"agents"_s, u"copy"_s, u"--from"_s, u"primary"_s, u"--to"_s, u"dr"_s,
                 u"--only-missing"_s, as, alice);
    DRCTL_EXPECT(0, u"switch"_s, u"complete"_s, u"3"_s, as, alice);
    // One warning: the jobs that were running at the sync point need review.
    DRCTL_EXPECT(0, u"--json"_s, u"preflight"_s, u"--region"_s, u"dr"_s);
    QCOMPARE(last.json().value(u"warnings"_s).toArray().size(), 1);
    DRCTL_EXPECT(3, u"switch"_s, u"complete"_s, u"4"_s, as, alice);
    QVERIFY2(last.errText().contains(u"found 1 warning; acknowledge it to report"_s),
             last.err.constData());
    // Two: an agent the jobs use is set to Hold as well.
    DRCTL_EXPECT(0, u"agents"_s, u"update"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"ORDERDB"_s,
                 u"--restriction"_s, u"hold"_s, as, alice);
    DRCTL_EXPECT(0, u"--json"_s, u"preflight"_s, u"--region"_s, u"dr"_s);
    QCOMPARE(last.json().value(u"warnings"_s).toArray().size(), 2);
    DRCTL_EXPECT(3, u"switch"_s, u"complete"_s, u"4"_s, as, alice);
    QVERIFY2(last.errText().contains(u"found 2 warnings; acknowledge them to report"_s),
             last.err.constData());
}

void TestDrctl::auditVerificationDetectsTampering()
{
    m_db = demoDatabase(u"audit.db"_s);
    QVERIFY(!m_db.isEmpty());
    DRCTL_EXPECT(0, u"sync"_s);
    DRCTL_EXPECT(0, u"clock"_s, u"advance"_s, u"5m"_s, u"--as"_s, u"customer:alice"_s);
    DRCTL_EXPECT(0, u"sync"_s);
    DRCTL_EXPECT(0, u"audit"_s, u"--verify"_s);
    QVERIFY(last.out.contains("verified"));
    DRCTL_EXPECT(0, u"--json"_s, u"audit"_s);
    const QJsonArray entries = last.json().value(u"entries"_s).toArray();
    QVERIFY(entries.size() >= 4);
    const QJsonObject second = entries.at(1).toObject();
    QCOMPARE(second.value(u"seq"_s).toInt(), 2);
    QCOMPARE(second.value(u"action"_s).toString(), u"sync.now"_s);
    QCOMPARE(second.value(u"role"_s).toString(), u"system"_s);
    QVERIFY(second.value(u"at"_s).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(second.contains(u"operator"_s));
    QVERIFY(second.contains(u"details"_s));
    QCOMPARE(entries.at(2).toObject().value(u"operator"_s).toString(), u"alice"_s);

    // Someone with file access removes the guard and rewrites entry 3.
    {
        const QString name = u"tamper"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"DROP TRIGGER audit_log_no_update"_s),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral(
                         "UPDATE audit_log SET details = 'nothing happened' WHERE seq = 3")),
                     qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    DRCTL_EXPECT(6, u"audit"_s, u"--verify"_s);
    QVERIFY2(last.errText().startsWith(u"drctl: "_s), last.err.constData());
    QVERIFY2(last.errText().contains(u"entry 3"_s), last.err.constData());
    DRCTL_EXPECT(6, u"--json"_s, u"audit"_s, u"--verify"_s);
    QCOMPARE(last.json().value(u"verified"_s).toBool(), false);
    QCOMPARE(last.json().value(u"verification"_s).toObject().value(u"firstBrokenSeq"_s).toInt(), 3);
    // Listing without --verify still works.
    DRCTL_EXPECT(0, u"audit"_s);
}

QTEST_GUILESS_MAIN(TestDrctl)
#include "tst_drctl.moc"
