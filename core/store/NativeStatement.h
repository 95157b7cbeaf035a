#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace dr {

// One prepared statement on the driver's own SQLite connection, for the bulk paths (a million
// units) where Qt's per-value QVariant binding and fetching would cost more than SQLite itself.
// Text is bound as UTF-8 from a reused buffer; failures become an Error with SQLite's message.
class NativeStatement
{
    Q_DECLARE_TR_FUNCTIONS(NativeStatement)
public:
    NativeStatement(sqlite3 *db, const char *sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    bool isPrepared() const { return m_stmt != nullptr; }
    // The statement's error (or the preparation's) as a database Error naming `what`.
    Error error(const QString &what) const;

    void bindInt(int column, qint64 value);
    void bindNull(int column);
    // Copies the text (as UTF-8) into SQLite; an empty or null QString binds ''.
    void bindText(int column, QStringView text);
    void bindTextOrNull(int column, const QString &text);
    // A literal that outlives the step (status and type codes).
    void bindStatic(int column, const char *text);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Steps a statement that returns no rows and resets it for the next use.
    bool run();
    void reset();

    qint64 columnInt(int column) const;
    bool isNull(int column) const;
    // UTF-8 bytes of a text column, valid until the next step.
    const char *columnText(int column, int &bytes) const;
    QString columnString(int column) const;

    // Runs one statement without parameters or rows.
    static Status exec(sqlite3 *db, const char *sql, const QString &what);

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareCode = 0;
    std::string m_buffer;
};

} // namespace dr
