#pragma once

// Helpers for the store suites: a plain Qt SQL connection for tampering and inspection (the way
// another program or an attacker would reach the file), a canonical dump of every table, and file
// hashes.

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace storetest {

// A named QSQLITE connection that is removed again when it goes out of scope.
class RawDb
{
public:
    explicit RawDb(const QString &path, bool readOnly = false)
    {
        static int counter = 0;
        m_name = QStringLiteral("storetest-raw-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; returns SQLite's error text, empty on success.
    QString exec(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
};

inline QByteArray encodeValue(const QVariant &v)
{
    if (v.isNull())
        return QByteArrayLiteral("NULL");
    if (v.typeId() == QMetaType::QByteArray)
        return QByteArrayLiteral("blob:") + v.toByteArray().toHex();
    return QByteArray(v.typeName()) + ':' + v.toString().toUtf8().toPercentEncoding();
}

// The schema and every row of every table, each table sorted by all its columns, with value
// types: two databases with equal dumps hold the same data.
inline QByteArray dump(const QSqlDatabase &db)
{
    QByteArray out;
    QSqlQuery schema(db);
    schema.setForwardOnly(true);
    if (!schema.exec(
            QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name")))
        return QByteArrayLiteral("error: ") + schema.lastError().text().toUtf8();
    QStringList tables;
    while (schema.next()) {
        const QString type = schema.value(0).toString();
        const QString name = schema.value(1).toString();
        out += "schema|" + type.toUtf8() + '|' + name.toUtf8() + '|' +
               schema.value(2).toString().toUtf8() + '\n';
        if (type == QLatin1String("table") && !name.startsWith(QLatin1String("sqlite_")))
            tables << name;
    }
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery info(db);
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        QStringList columns, order;
        while (info.next()) {
            columns << info.value(1).toString();
            order << QString::number(columns.size());
        }
        out += "table|" + table.toUtf8() + '|' + columns.join(QLatin1Char(',')).toUtf8() + '\n';
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                           .arg(table, order.join(QLatin1Char(','))))) {
            out += "error: " + rows.lastError().text().toUtf8() + '\n';
            continue;
        }
        while (rows.next()) {
            for (int c = 0; c < columns.size(); ++c)
                out += encodeValue(rows.value(c)) + '|';
            out += '\n';
        }
    }
    return out;
}

inline QByteArray dumpFile(const QString &path)
{
    RawDb raw(path);
    if (!raw.isOpen())
        return QByteArrayLiteral("cannot open");
    return dump(raw.db());
}

inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("missing");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The first line where two dumps differ, for failure messages.
inline QByteArray firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n'), lb = b.split('\n');
    for (qsizetype i = 0; i < qMax(la.size(), lb.size()); ++i) {
        const QByteArray x = la.value(i), y = lb.value(i);
        if (x != y)
            return "line " + QByteArray::number(i + 1) + ":\n  " + x.left(300) + "\n  " +
                   y.left(300);
    }
    return "no difference";
}

} // namespace storetest

#define DR_COMPARE_DUMPS(a, b)                                                                     \
    QVERIFY2((a) == (b), storetest::firstDifference((a), (b)).constData())
