#pragma once

#include "LoadProgress.h"
#include "model/Region.h"
#include "model/Result.h"
#include "model/UnitState.h"
#include "model/UnitTree.h"

#include <QCoreApplication>

#include <memory>
#include <span>
#include <vector>

namespace dr {

class Database;

// Unit definitions and unit statuses of each region. Whole-region writes and reads go through
// SQLite's C API on the driver's own connection (one reused prepared statement, values bound
// and read without QVariant), because at a million units Qt's per-value conversions cost more
// than SQLite itself; per-tick writes update only the changed rows.
class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)
public:
    explicit UnitRepository(Database &db) : m_db(db) {}

    Status saveTree(RegionId region, const UnitTree &tree);
    // Removes a region's definition rows (a region sharing the other's definitions has none).
    Status deleteTree(RegionId region);
    Status saveStates(RegionId region, const std::vector<UnitState> &states);
    Status updateStates(RegionId region, const std::vector<UnitState> &states,
                        std::span<const UnitIndex> changed);
    // Replaces `to`'s statuses (and definitions when asked) with `from`'s, inside SQLite.
    Status copyRegion(RegionId from, RegionId to, bool definitions);

    Result<std::shared_ptr<const UnitTree>> loadTree(RegionId region,
                                                     const ProgressSpan &progress = {}) const;
    Result<std::vector<UnitState>> loadStates(RegionId region, qsizetype unitCount,
                                              const ProgressSpan &progress = {}) const;

    static QString encodeSchedule(const QList<ScheduleRule> &rules);
    static QList<ScheduleRule> decodeSchedule(const QString &text);

private:
    Status deleteRows(const char *table, RegionId region);
    qint64 rowEstimate(const char *table, RegionId region) const;

    Database &m_db;
};

} // namespace dr
