#include "RegionRepository.h"

#include "Database.h"
#include "SqlQuery.h"

namespace dr {

Status RegionRepository::saveRuntime(RegionId region, const RegionRuntime &r)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral(
                   "UPDATE region SET manager_host = ?, available = ?, manager_running = ?, "
                   "suppressed = ?, active = ?, start_mode = ?, started_at = ?, stopped_at = ?, "
                   "down_since = ?, sync_at = ?, sync_seq = ?, changed_since_sync = ?, "
                   "lost_units = ?, definitions_rev = ?, skip_overdue = ? WHERE region = ?"));
    q.bind(0, r.managerHost).bind(1, r.available).bind(2, r.managerRunning);
    q.bind(3, r.suppressed).bind(4, r.active);
    q.bind(5, r.startMode ? QVariant(startModeCode(*r.startMode)) : QVariant());
    q.bind(6, r.startedAtMs).bind(7, r.stoppedAtMs).bind(8, r.downSinceMs);
    q.bind(9, r.syncAtMs).bind(10, r.syncSeq).bind(11, r.changedSinceSync);
    q.bind(12, r.lostUnits).bind(13, r.definitionsRevision).bind(14, r.skipOverdue);
    q.bind(15, regionCode(region));
    return q.exec();
}

Result<RegionRuntime> RegionRepository::loadRuntime(RegionId region) const
{
    SqlQuery q(
        m_db.connection(),
        QStringLiteral(
            "SELECT manager_host, available, manager_running, suppressed, active, start_mode, "
            "started_at, stopped_at, down_since, sync_at, sync_seq, changed_since_sync, "
            "lost_units, definitions_rev, skip_overdue FROM region WHERE region = ?"));
    if (auto s = q.bind(0, regionCode(region)).exec(); !s)
        return s.error();
    if (!q.next()) {
        return Error::database(
            tr("The database has no row for the %1 region; it is damaged.").arg(regionCode(region)));
    }
    RegionRuntime r;
    r.managerHost = q.value(0).toString();
    r.available = q.value(1).toBool();
    r.managerRunning = q.value(2).toBool();
    r.suppressed = q.value(3).toBool();
    r.active = q.value(4).toBool();
    if (!q.value(5).isNull())
        r.startMode = startModeFromCode(q.value(5).toString());
    r.startedAtMs = q.value(6).toLongLong();
    r.stoppedAtMs = q.value(7).toLongLong();
    r.downSinceMs = q.value(8).toLongLong();
    r.syncAtMs = q.value(9).toLongLong();
    r.syncSeq = q.value(10).toLongLong();
    r.changedSinceSync = q.value(11).toLongLong();
    r.lostUnits = q.value(12).toLongLong();
    r.definitionsRevision = q.value(13).toLongLong();
    r.skipOverdue = q.value(14).toBool();
    return r;
}

Status RegionRepository::replaceItems(RegionId region, const QList<RegionItem> &items)
{
    return m_db.transaction([&]() -> Status {
        SqlQuery del(m_db.connection(), QStringLiteral("DELETE FROM region_item WHERE region = ?"));
        if (auto s = del.bind(0, regionCode(region)).exec(); !s)
            return s;
        for (const RegionItem &item : items) {
            if (auto added = addItem(region, item); !added)
                return added.error();
        }
        return {};
    });
}

Result<RegionItem> RegionRepository::addItem(RegionId region, RegionItem item)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO region_item (region, kind, at, text) VALUES (?,?,?,?)"));
    q.bind(0, regionCode(region)).bind(1, regionItemKindCode(item.kind));
    q.bind(2, item.atMs).bind(3, item.text);
    if (auto s = q.exec(); !s)
        return s.error();
    item.id = q.query().lastInsertId().toLongLong();
    return item;
}

Result<QList<RegionItem>> RegionRepository::loadItems(RegionId region) const
{
    SqlQuery q(m_db.connection(), QStringLiteral(
        "SELECT id, kind, at, text FROM region_item WHERE region = ? ORDER BY at, id"));
    if (auto s = q.bind(0, regionCode(region)).exec(); !s)
        return s.error();
    QList<RegionItem> items;
    while (q.next()) {
        RegionItem item;
        item.id = q.value(0).toLongLong();
        item.kind = regionItemKindFromCode(q.value(1).toString()).value_or(RegionItemKind::PortalLog);
        item.atMs = q.value(2).toLongLong();
        item.text = q.value(3).toString();
        items.append(item);
    }
    return items;
}

Status RegionRepository::saveContract(const Contract &c)
{
    SqlQuery q(m_db.connection(), QStringLiteral(
        "INSERT INTO contract (id, customer_name, primary_tier, dr_edition, auth_linkage, "
        "access_path, maintenance_date) VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
        "SET customer_name = excluded.customer_name, primary_tier = excluded.primary_tier, "
        "dr_edition = excluded.dr_edition, auth_linkage = excluded.auth_linkage, "
        "access_path = excluded.access_path, maintenance_date = excluded.maintenance_date"));
    q.bind(0, c.customerName).bind(1, tierCode(c.primaryTier)).bind(2, editionCode(c.drEdition));
    q.bind(3, c.authLinkage).bind(4, accessPathCode(c.accessPath));
    q.bind(5, c.maintenanceDate.isValid() ? QVariant(c.maintenanceDate.toString(Qt::ISODate))
                                          : QVariant());
    return q.exec();
}

Result<std::optional<Contract>> RegionRepository::loadContract() const
{
    SqlQuery q(m_db.connection(), QStringLiteral(
        "SELECT customer_name, primary_tier, dr_edition, auth_linkage, access_path, "
        "maintenance_date FROM contract WHERE id = 1"));
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Contract>();
    Contract c;
    c.customerName = q.value(0).toString();
    c.primaryTier = tierFromCode(q.value(1).toString()).value_or(ServiceTier::Standard);
    c.drEdition = editionFromCode(q.value(2).toString()).value_or(DrEdition::Standard);
    c.authLinkage = q.value(3).toBool();
    c.accessPath = accessPathFromCode(q.value(4).toString()).value_or(AccessPath::ClosedNetwork);
    c.maintenanceDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    return std::optional<Contract>(c);
}

Status RegionRepository::recordSyncPoint(qint64 seq, qint64 atMs, qint64 unitsCopied,
                                         bool definitionsCopied)
{
    SqlQuery q(m_db.connection(), QStringLiteral(
        "INSERT INTO sync_point (seq, at, units_copied, definitions_copied) VALUES (?,?,?,?)"));
    q.bind(0, seq).bind(1, atMs).bind(2, unitsCopied).bind(3, definitionsCopied);
    return q.exec();
}

Status RegionRepository::pruneSyncPoints(qint64 keepFromSeq, const QList<qint64> &keepSeqs,
                                         const QList<qint64> &keepTimes)
{
    auto placeholders = [](qsizetype n) {
        QStringList marks(n, QStringLiteral("?"));
        return marks.join(QLatin1Char(','));
    };
    QString sql = QStringLiteral("DELETE FROM sync_point WHERE seq < ?");
    if (!keepSeqs.isEmpty())
        sql += QStringLiteral(" AND seq NOT IN (%1)").arg(placeholders(keepSeqs.size()));
    if (!keepTimes.isEmpty())
        sql += QStringLiteral(" AND at NOT IN (%1)").arg(placeholders(keepTimes.size()));
    SqlQuery q(m_db.connection(), sql);
    int k = 0;
    q.bind(k++, keepFromSeq);
    for (qint64 seq : keepSeqs)
        q.bind(k++, seq);
    for (qint64 at : keepTimes)
        q.bind(k++, at);
    return q.exec();
}

Status RegionRepository::setSetting(const QString &key, const QVariant &value)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    return q.bind(0, key).bind(1, value.toString()).exec();
}

Result<QVariant> RegionRepository::setting(const QString &key) const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    return q.bind(0, key).scalar();
}

} // namespace dr
