#include "NativeStatement.h"

#include <sqlite3.h>

namespace dr {

NativeStatement::NativeStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    m_prepareCode = db ? sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) : SQLITE_MISUSE;
    if (m_prepareCode != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_stmt);
}

Error NativeStatement::error(const QString &what) const
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                : tr("the database connection is not available");
    return Error::database(tr("%1 failed: %2").arg(what, detail));
}

void NativeStatement::bindInt(int column, qint64 value)
{
    sqlite3_bind_int64(m_stmt, column, value);
}

void NativeStatement::bindNull(int column)
{
    sqlite3_bind_null(m_stmt, column);
}

void NativeStatement::bindText(int column, QStringView text)
{
    // Unit names and agents are ASCII almost always: copy them without a conversion call.
    const qsizetype n = text.size();
    m_buffer.resize(std::size_t(n));
    const char16_t *src = text.utf16();
    bool ascii = true;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = src[i];
        if (c >= 0x80) {
            ascii = false;
            break;
        }
        m_buffer[std::size_t(i)] = char(c);
    }
    if (!ascii) {
        const QByteArray utf8 = text.toUtf8();
        m_buffer.assign(utf8.constData(), std::size_t(utf8.size()));
    }
    sqlite3_bind_text(m_stmt, column, m_buffer.data(), int(m_buffer.size()), SQLITE_TRANSIENT);
}

void NativeStatement::bindTextOrNull(int column, const QString &text)
{
    if (text.isEmpty())
        bindNull(column);
    else
        bindText(column, text);
}

void NativeStatement::bindStatic(int column, const char *text)
{
    sqlite3_bind_text(m_stmt, column, text, -1, SQLITE_STATIC);
}

int NativeStatement::step()
{
    return m_stmt ? sqlite3_step(m_stmt) : m_prepareCode;
}

bool NativeStatement::run()
{
    const int code = step();
    sqlite3_reset(m_stmt);
    return code == SQLITE_DONE;
}

void NativeStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 NativeStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool NativeStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

const char *NativeStatement::columnText(int column, int &bytes) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    bytes = sqlite3_column_bytes(m_stmt, column);
    return text ? text : "";
}

QString NativeStatement::columnString(int column) const
{
    int bytes = 0;
    const char *text = columnText(column, bytes);
    return QString::fromUtf8(text, bytes);
}

Status NativeStatement::exec(sqlite3 *db, const char *sql, const QString &what)
{
    NativeStatement s(db, sql);
    if (!s.isPrepared() || !s.run())
        return s.error(what);
    return {};
}

} // namespace dr
