#include "SqlQuery.h"

#include <QSqlError>

namespace dr {

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlQuery &SqlQuery::bind(int position, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        m_query.bindValue(position, sqlText(value.toString()));
    else
        m_query.bindValue(position, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared || !m_query.exec())
        return error();
    return {};
}

Result<QVariant> SqlQuery::scalar()
{
    if (auto s = exec(); !s)
        return s.error();
    if (!m_query.next())
        return QVariant();
    return m_query.value(0);
}

Error SqlQuery::error() const
{
    const QString statement = m_sql.simplified().left(120);
    return Error::database(tr("The database refused \"%1\": %2")
                               .arg(statement, m_query.lastError().text()));
}

Status SqlQuery::run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return Error::database(tr("The database refused \"%1\": %2")
                                   .arg(sql.simplified().left(120), q.lastError().text()));
    }
    return {};
}

} // namespace dr
