#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace dr {

// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so bind '' instead.
inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A prepared statement with positional bound values; every failure becomes an Error naming
// the statement and SQLite's message.
class SqlQuery
{
    Q_DECLARE_TR_FUNCTIONS(SqlQuery)
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    bool isPrepared() const { return m_prepared; }
    SqlQuery &bind(int position, const QVariant &value);
    Status exec();
    // Runs the statement and returns the first column of the first row (a null QVariant when
    // there is no row).
    Result<QVariant> scalar();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QSqlQuery &query() { return m_query; }
    Error error() const;

    // One statement without parameters (DDL, pragmas).
    static Status run(const QSqlDatabase &db, const QString &sql);

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

} // namespace dr
