#pragma once

#include "model/AuditEntry.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QList>

namespace dr {

class Database;

// The append-only audit log. Each entry's hash is SHA-256 over its content and the previous
// entry's hash; the newest hash is also kept in the settings table so that removing the last
// entries is detected too. Triggers refuse UPDATE and DELETE on the table.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    // Appends inside the caller's transaction; fills seq, hashes and recordedAtMs.
    Result<AuditEntry> append(AuditEntry entry);
    struct Filter
    {
        qint64 runId = -1;    // -1: any
        QString text;         // matches operator, action or details
        int limit = -1;       // newest N when > 0
        qint64 afterSeq = 0;  // only entries appended after this one (a view catching up)
    };
    Result<QList<AuditEntry>> entries(const Filter &filter) const;
    Result<QList<AuditEntry>> entries() const { return entries(Filter{}); }
    Result<AuditVerification> verify() const;

    static QString computeHash(const AuditEntry &entry);
    static const QString &genesisHash();

private:
    Database &m_db;
};

} // namespace dr
