#pragma once

#include "LoadProgress.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
class QThread;

namespace dr {
class WalCheckpointer;
}

namespace dr {

// One SQLite database file: opened with WAL, synchronous=FULL, foreign keys and a busy timeout,
// migrated to the current schema. Opening a file that is not a database, is damaged, or was
// written by a newer schema fails with a message and leaves the file byte-for-byte untouched.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `verify` false skips the integrity check: only for a file verifyIntegrity() passed.
    static Result<std::unique_ptr<Database>> open(const QString &path, const LoadProgress &progress = {},
                                                  bool verify = true);

    // What a file is, found without the integrity check and without writing: whether it exists,
    // holds no tables yet, and its schema version. Refuses what open() refuses (except damage
    // that only the integrity check finds).
    struct Probe
    {
        bool exists = false;
        bool empty = true;
        int version = 0;
    };
    static Result<Probe> probe(const QString &path);
    // PRAGMA quick_check through a read-only connection of its own (any thread); the refusal
    // message is the one open() gives for a damaged file.
    static Status verifyIntegrity(const QString &path);
    // A read-only connection to a current-schema file (loading while verifyIntegrity runs).
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path);

    // The -wal and -shm files beside a database as they were when taken. A read-only look at a
    // WAL database creates them (empty); a refused open removes those, so that a refused file
    // is left exactly as it was found.
    class Companions
    {
    public:
        explicit Companions(const QString &path);
        // Removes the companions that did not exist then, if they hold nothing. Call once no
        // connection of this process is open on the file.
        void removeNew() const;

    private:
        QString m_path;
        bool m_wal = false;
        bool m_shm = false;
    };

    const QString &path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }
    // True when the file was created (or was empty) and has no data yet.
    bool isNew() const { return m_isNew; }

    // Runs `work` in one IMMEDIATE transaction: commits when it succeeds, rolls back and
    // returns its error when it fails. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }

    // The driver's native handle, for bulk statements that would otherwise pay Qt's per-value
    // conversion cost.
    sqlite3 *nativeHandle() const;

    // Hands the connection to another thread (Qt ties a connection to the thread of its driver;
    // SQLite itself is serialized). Call from the thread that owns it now, with no query alive.
    void moveToThread(QThread *target);

    // Write-ahead-log checkpoints done in the background (see WalCheckpointer).
    int backgroundCheckpoints() const;

private:
    explicit Database(QString path, QString connectionName);
    static Status inspectExisting(const QString &path, bool &isEmpty, bool integrity, int &version);
    static Status checkHeader(const QString &path, bool &isEmpty);
    static Status openInspection(QSqlDatabase &db, const QString &path);
    static Status quickCheck(const QSqlDatabase &db, const QString &path);
    static Status checkSchema(const QSqlDatabase &db, const QString &path, bool &isEmpty, int &version);
    Status configure();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // read-write connections only
    int m_schemaVersion = 0;
    int m_depth = 0;
    bool m_isNew = false;
};

} // namespace dr
