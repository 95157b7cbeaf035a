#include "AuditLog.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>

namespace dr {

namespace {

const QString kHeadKey = QStringLiteral("audit_head");

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.recordedAtMs = q.value(2).toLongLong();
    e.operatorName = q.value(3).toString();
    e.role = roleFromCode(q.value(4).toString()).value_or(Role::System);
    e.action = q.value(5).toString();
    e.details = q.value(6).toString();
    e.runId = q.value(7).toLongLong();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

const QString kColumns = QStringLiteral(
    "seq, at, recorded_at, operator, role, action, details, run_id, prev_hash, hash");

} // namespace

const QString &AuditLog::genesisHash()
{
    static const QString zeros(64, QLatin1Char('0'));
    return zeros;
}

QString AuditLog::computeHash(const AuditEntry &e)
{
    // A JSON array is an unambiguous encoding: no choice of field text can make two different
    // entries serialise alike. Numbers go in as strings so 64-bit values stay exact.
    const QJsonArray fields{QString::number(e.seq), QString::number(e.atMs),
                            QString::number(e.recordedAtMs), e.operatorName, roleCode(e.role),
                            e.action, e.details, QString::number(e.runId), e.prevHash};
    const QByteArray content = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<AuditEntry> AuditLog::append(AuditEntry entry)
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery last(db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (auto s = last.exec(); !s)
        return s.error();
    entry.seq = 1;
    entry.prevHash = genesisHash();
    if (last.next()) {
        entry.seq = last.value(0).toLongLong() + 1;
        entry.prevHash = last.value(1).toString();
    }
    if (entry.recordedAtMs == 0)
        entry.recordedAtMs = QDateTime::currentMSecsSinceEpoch();
    entry.hash = computeHash(entry);

    SqlQuery insert(db, QStringLiteral("INSERT INTO audit_log (%1) VALUES (?,?,?,?,?,?,?,?,?,?)")
                            .arg(kColumns));
    insert.bind(0, entry.seq).bind(1, entry.atMs).bind(2, entry.recordedAtMs);
    insert.bind(3, entry.operatorName).bind(4, roleCode(entry.role)).bind(5, entry.action);
    insert.bind(6, entry.details).bind(7, entry.runId).bind(8, entry.prevHash).bind(9, entry.hash);
    if (auto s = insert.exec(); !s)
        return s.error();
    SqlQuery head(db, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    head.bind(0, kHeadKey).bind(1, QStringLiteral("%1:%2").arg(entry.seq).arg(entry.hash));
    if (auto s = head.exec(); !s)
        return s.error();
    return entry;
}

Result<QList<AuditEntry>> AuditLog::entries(const Filter &filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE 1 = 1").arg(kColumns);
    if (filter.runId >= 0)
        sql += QStringLiteral(" AND run_id = :run");
    if (filter.afterSeq > 0)
        sql += QStringLiteral(" AND seq > :after");
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND (instr(lower(operator), lower(:text)) > 0 OR "
                              "instr(lower(action), lower(:text)) > 0 OR "
                              "instr(lower(details), lower(:text)) > 0)");
    }
    sql += filter.limit > 0 ? QStringLiteral(" ORDER BY seq DESC LIMIT :limit")
                            : QStringLiteral(" ORDER BY seq");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (filter.runId >= 0)
        q.bindValue(QStringLiteral(":run"), filter.runId);
    if (filter.afterSeq > 0)
        q.bindValue(QStringLiteral(":after"), filter.afterSeq);
    if (!filter.text.isEmpty())
        q.bindValue(QStringLiteral(":text"), filter.text);
    if (filter.limit > 0)
        q.bindValue(QStringLiteral(":limit"), filter.limit);
    if (!q.exec())
        return Error::database(tr("Reading the audit log failed: %1").arg(q.lastError().text()));
    QList<AuditEntry> result;
    while (q.next())
        result.append(readEntry(q));
    if (filter.limit > 0)
        std::reverse(result.begin(), result.end());
    return result;
}

Result<AuditVerification> AuditLog::verify() const
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns));
    if (auto s = q.exec(); !s)
        return s.error();
    AuditVerification v;
    QString previousHash = genesisHash();
    qint64 expectedSeq = 1;
    auto broken = [&v](qint64 seq, QString message) {
        v.ok = false;
        v.firstBrokenSeq = seq;
        v.message = std::move(message);
    };
    while (q.next()) {
        const AuditEntry e = readEntry(q.query());
        ++v.entriesChecked;
        if (e.seq != expectedSeq) {
            broken(expectedSeq, tr("Entry %1 is missing: the log jumps from entry %2 to entry %3.")
                                    .arg(expectedSeq)
                                    .arg(expectedSeq - 1)
                                    .arg(e.seq));
            return v;
        }
        if (e.prevHash != previousHash) {
            broken(e.seq, tr("Entry %1 does not follow the entry before it (its previous-entry "
                             "hash does not match); an entry before it was changed or removed.")
                              .arg(e.seq));
            return v;
        }
        if (computeHash(e) != e.hash) {
            broken(e.seq, tr("Entry %1 was changed after it was written (its content does not "
                             "match its hash).")
                              .arg(e.seq));
            return v;
        }
        previousHash = e.hash;
        ++expectedSeq;
    }
    SqlQuery head(db, QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    auto recorded = head.bind(0, kHeadKey).scalar();
    if (!recorded)
        return recorded.error();
    const QString expectedHead = v.entriesChecked == 0
                                     ? QString()
                                     : QStringLiteral("%1:%2").arg(expectedSeq - 1).arg(previousHash);
    if (recorded->toString() != expectedHead) {
        const qint64 lastSeq = expectedSeq - 1;
        bool headOk = false;
        const qint64 headSeq =
            recorded->toString().section(QLatin1Char(':'), 0, 0).toLongLong(&headOk);
        if (!headOk || headSeq <= 0) {
            broken(expectedSeq, tr("The record of the newest audit entry is missing or damaged, so "
                                   "removed entries cannot be ruled out."));
        } else if (headSeq > lastSeq) {
            broken(expectedSeq, tr("The log ends at entry %1, but entry %2 was the last one "
                                   "written; the newest entries were removed.")
                                    .arg(lastSeq)
                                    .arg(headSeq));
        } else if (headSeq == lastSeq) {
            broken(lastSeq, tr("Entry %1, the newest, was changed after it was written (it does "
                               "not match the hash recorded for it).")
                                .arg(lastSeq));
        } else {
            broken(headSeq + 1, tr("Entries %1 to %2 were added to the log without being recorded "
                                   "(entry %3 was the last one written).")
                                    .arg(headSeq + 1)
                                    .arg(lastSeq)
                                    .arg(headSeq));
        }
        return v;
    }
    v.message = tr("All %n audit entries verified.", nullptr, int(v.entriesChecked));
    return v;
}

} // namespace dr
