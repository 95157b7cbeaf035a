#pragma once

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

// Unit definitions and unit statuses of each region. Whole-region writes are bulk inserts with
// one reused prepared statement; per-tick writes update only the changed rows.
class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)
public:
    explicit UnitRepository(Database &db) : m_db(db) {}

    Status saveTree(RegionId region, const UnitTree &tree);
    Status saveStates(RegionId region, const std::vector<UnitState> &states);
    Status updateStates(RegionId region, const std::vector<UnitState> &states,
                        std::span<const UnitIndex> changed);
    // Replaces `to`'s statuses (and definitions when asked) with `from`'s, inside SQLite.
    Status copyRegion(RegionId from, RegionId to, bool definitions);

    Result<std::shared_ptr<const UnitTree>> loadTree(RegionId region) const;
    Result<std::vector<UnitState>> loadStates(RegionId region, qsizetype unitCount) const;

    static QString encodeSchedule(const QList<ScheduleRule> &rules);
    static QList<ScheduleRule> decodeSchedule(const QString &text);

private:
    Database &m_db;
};

} // namespace dr
