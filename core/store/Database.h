#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

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

    static Result<std::unique_ptr<Database>> open(const QString &path);

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

private:
    explicit Database(QString path, QString connectionName);
    static Status inspectExisting(const QString &path, bool &isEmpty);
    Status configure();

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    int m_depth = 0;
    bool m_isNew = false;
};

} // namespace dr
