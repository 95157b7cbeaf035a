#include "Database.h"

#include "Schema.h"
#include "SqlQuery.h"
#include "WalCheckpointer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace dr {

namespace {

QString nextConnectionName(const char *purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("drconsole-%1-%2").arg(QLatin1String(purpose)).arg(++counter);
}

// Removes a named Qt SQL connection once no QSqlDatabase copy refers to it.
struct ConnectionGuard
{
    QString name;
    ~ConnectionGuard()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_checkpointer.reset(); // first: the console's connection must close last
    ConnectionGuard guard{m_connectionName};
}

int Database::backgroundCheckpoints() const
{
    return m_checkpointer ? m_checkpointer->checkpoints() : 0;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::nativeHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

Database::Companions::Companions(const QString &path)
    : m_path(path), m_wal(QFileInfo::exists(path + QStringLiteral("-wal"))),
      m_shm(QFileInfo::exists(path + QStringLiteral("-shm")))
{}

void Database::Companions::removeNew() const
{
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    bool walGone = m_wal || !wal.exists();
    if (!m_wal && wal.exists() && wal.size() == 0)
        walGone = QFile::remove(wal.filePath());
    // The index goes with an empty log only: beside a log with frames it is still needed.
    if (!m_shm && walGone && !m_wal)
        QFile::remove(m_path + QStringLiteral("-shm"));
}

Status Database::checkHeader(const QString &path, bool &isEmpty)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::database(
            tr("Cannot read \"%1\": %2. Check the file's permissions.").arg(shown, file.errorString()));
    }
    const qint64 size = file.size();
    isEmpty = size == 0;
    if (isEmpty)
        return {};
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return Error::database(tr("\"%1\" is not a DR Console database (it is not an SQLite "
                                  "file). Choose another file, or give a new file name to create "
                                  "a database.")
                                   .arg(shown));
    }
    const int rawPageSize = (quint8(header[16]) << 8) | quint8(header[17]);
    const int pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || size % pageSize != 0) {
        return Error::database(tr("\"%1\" is damaged (its size does not match its page size; it "
                                  "may have been truncated). Restore it from a backup.")
                                   .arg(shown));
    }
    return {};
}

Status Database::openInspection(QSqlDatabase &db, const QString &path)
{
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Error::database(tr("Cannot open \"%1\": %2")
                                   .arg(QDir::toNativeSeparators(path), db.lastError().text()));
    }
    return {};
}

Status Database::quickCheck(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next() ||
        check.value(0).toString() != QLatin1String("ok")) {
        const QString detail = check.lastError().isValid() ? check.lastError().text()
                                                           : check.value(0).toString();
        return Error::database(tr("\"%1\" is damaged and cannot be opened (%2). Restore it from a "
                                  "backup.")
                                   .arg(QDir::toNativeSeparators(path), detail));
    }
    return {};
}

Status Database::checkSchema(const QSqlDatabase &db, const QString &path, bool &isEmpty, int &found)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"))) {
        return Error::database(tr("\"%1\" is damaged and cannot be opened (%2). Restore it from a "
                                  "backup.")
                                   .arg(shown, tables.lastError().text()));
    }
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    if (names.isEmpty()) {
        isEmpty = true;
        return {};
    }
    if (!names.contains(QLatin1String("schema_version"))) {
        return Error::database(tr("\"%1\" is an SQLite database but not a DR Console database. "
                                  "Choose another file.")
                                   .arg(shown));
    }
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT version FROM schema_version")) || !version.next()) {
        return Error::database(tr("\"%1\" has no schema version; it is damaged. Restore it from a "
                                  "backup.")
                                   .arg(shown));
    }
    found = version.value(0).toInt();
    if (found > Schema::currentVersion()) {
        return Error::database(tr("\"%1\" was written by a newer DR Console (schema version %2; "
                                  "this program supports up to %3). Open it with a newer version. "
                                  "The file was not changed.")
                                   .arg(shown)
                                   .arg(found)
                                   .arg(Schema::currentVersion()));
    }
    return {};
}

Status Database::inspectExisting(const QString &path, bool &isEmpty, bool integrity, int &version)
{
    if (auto s = checkHeader(path, isEmpty); !s || isEmpty)
        return s;
    // Look inside through a read-only connection so that nothing is written to the file.
    const QString name = nextConnectionName("inspect");
    ConnectionGuard guard{name};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (auto s = openInspection(db, path); !s)
        return s;
    if (integrity) {
        if (auto s = quickCheck(db, path); !s)
            return s;
    }
    return checkSchema(db, path, isEmpty, version);
}

Result<Database::Probe> Database::probe(const QString &path)
{
    Probe p;
    if (!QFileInfo(path).isFile())
        return p;
    p.exists = true;
    const Companions before(path);
    const Status s = inspectExisting(path, p.empty, false, p.version);
    before.removeNew(); // a look only: it leaves nothing behind
    if (!s)
        return s.error();
    return p;
}

Status Database::verifyIntegrity(const QString &path)
{
    const QString name = nextConnectionName("check");
    ConnectionGuard guard{name};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (auto s = openInspection(db, path); !s)
        return s;
    return quickCheck(db, path);
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path)
{
    std::unique_ptr<Database> db(new Database(path, nextConnectionName("read")));
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (auto s = openInspection(conn, path); !s)
        return s.error();
    db->m_schemaVersion = Schema::currentVersion();
    return db;
}

void Database::moveToThread(QThread *target)
{
    if (QSqlDriver *driver = connection().driver())
        driver->moveToThread(target);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const LoadProgress &progress,
                                                 bool verify)
{
    const QString shown = QDir::toNativeSeparators(path);
    bool isEmpty = true;
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return Error::database(tr("\"%1\" is a folder, not a database file.").arg(shown));
        if (progress)
            progress(0, tr("Checking the database file"));
        int version = 0;
        const Companions before(path);
        if (auto s = inspectExisting(path, isEmpty, verify, version); !s) {
            before.removeNew();
            return s.error();
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error::database(
            tr("Cannot create the folder \"%1\".").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    std::unique_ptr<Database> db(new Database(path, nextConnectionName("main")));
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    conn.setDatabaseName(path);
    conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!conn.open())
        return Error::database(tr("Cannot open \"%1\": %2").arg(shown, conn.lastError().text()));
    db->m_isNew = isEmpty;
    if (auto s = db->configure(); !s)
        return s.error();
    return db;
}

Status Database::configure()
{
    const QSqlDatabase db = connection();
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"}) {
        if (auto s = SqlQuery::run(db, QString::fromLatin1(pragma)); !s)
            return s;
    }
    auto migrated = Schema::migrate(*this);
    if (!migrated)
        return migrated.error();
    m_schemaVersion = *migrated;
    if (sqlite3 *handle = nativeHandle())
        m_checkpointer = std::make_unique<WalCheckpointer>(m_path, handle);
    return {};
}

Status Database::transaction(const std::function<Status()> &work)
{
    QSqlDatabase db = connection();
    if (m_depth > 0) {
        ++m_depth;
        Status s = work();
        --m_depth;
        return s;
    }
    if (auto s = SqlQuery::run(db, QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    ++m_depth;
    Status result = work();
    --m_depth;
    if (result) {
        if (auto s = SqlQuery::run(db, QStringLiteral("COMMIT")); !s) {
            (void)SqlQuery::run(db, QStringLiteral("ROLLBACK"));
            return s;
        }
        return {};
    }
    (void)SqlQuery::run(db, QStringLiteral("ROLLBACK"));
    return result;
}

} // namespace dr
