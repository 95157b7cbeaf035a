#pragma once

#include "model/Contract.h"
#include "model/RegionState.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace dr {

class Database;

// Region runtime state, the items not carried over by a switch, the contract, sync points and
// the key/value settings (clock, sync interval, counters).
class RegionRepository
{
    Q_DECLARE_TR_FUNCTIONS(RegionRepository)
public:
    explicit RegionRepository(Database &db) : m_db(db) {}

    Status saveRuntime(RegionId region, const RegionRuntime &runtime);
    Result<RegionRuntime> loadRuntime(RegionId region) const;

    Status replaceItems(RegionId region, const QList<RegionItem> &items);
    Result<RegionItem> addItem(RegionId region, RegionItem item);
    Result<QList<RegionItem>> loadItems(RegionId region) const;

    Status saveContract(const Contract &contract);
    Result<std::optional<Contract>> loadContract() const;

    Status recordSyncPoint(qint64 seq, qint64 atMs, qint64 unitsCopied, bool definitionsCopied);
    // Deletes the sync points before `keepFromSeq` except those named (by sequence or time).
    Status pruneSyncPoints(qint64 keepFromSeq, const QList<qint64> &keepSeqs,
                           const QList<qint64> &keepTimes);

    Status setSetting(const QString &key, const QVariant &value);
    Result<QVariant> setting(const QString &key) const; // null when unset

private:
    Database &m_db;
};

} // namespace dr
