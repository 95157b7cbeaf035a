#include "UnitRepository.h"

#include "Database.h"
#include "NativeStatement.h"
#include "RowDecoder.h"
#include "SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace dr {

namespace {

constexpr int kProgressRows = 1 << 16; // report progress every 65,536 rows

QString encodeParams(const QList<UnitParameter> &params)
{
    if (params.isEmpty())
        return {};
    QJsonArray array;
    for (const UnitParameter &p : params)
        array.append(QJsonArray{p.key, p.value});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<UnitParameter> decodeParams(const QString &text)
{
    QList<UnitParameter> params;
    if (text.isEmpty())
        return params;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonArray pair = v.toArray();
        params.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return params;
}

const char *cycleCode(CycleUnit unit)
{
    switch (unit) {
    case CycleUnit::Day:
        return "d";
    case CycleUnit::Week:
        return "w";
    case CycleUnit::Month:
        return "m";
    case CycleUnit::Year:
        return "y";
    case CycleUnit::None:
        break;
    }
    return "";
}

} // namespace

QString UnitRepository::encodeSchedule(const QList<ScheduleRule> &rules)
{
    QStringList parts;
    for (const ScheduleRule &r : rules) {
        parts << QStringLiteral("%1|%2|%3|%4|%5")
                     .arg(r.number)
                     .arg(r.startDate.isValid() ? r.startDate.toString(Qt::ISODate) : QString())
                     .arg(r.startMinute)
                     .arg(r.cycleCount)
                     .arg(QLatin1String(cycleCode(r.cycleUnit)));
    }
    return parts.join(QLatin1Char(';'));
}

QList<ScheduleRule> UnitRepository::decodeSchedule(const QString &text)
{
    QList<ScheduleRule> rules;
    if (text.isEmpty())
        return rules;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const QStringList f = part.split(QLatin1Char('|'));
        if (f.size() != 5)
            continue;
        ScheduleRule r;
        r.number = f[0].toInt();
        r.startDate = QDate::fromString(f[1], Qt::ISODate);
        r.startMinute = f[2].toInt();
        r.cycleCount = f[3].toInt();
        const QString unit = f[4];
        r.cycleUnit = unit == QLatin1String("d")   ? CycleUnit::Day
                      : unit == QLatin1String("w") ? CycleUnit::Week
                      : unit == QLatin1String("m") ? CycleUnit::Month
                      : unit == QLatin1String("y") ? CycleUnit::Year
                                                   : CycleUnit::None;
        rules.append(r);
    }
    return rules;
}

Status UnitRepository::deleteRows(const char *table, RegionId region)
{
    const QByteArray sql = QByteArrayLiteral("DELETE FROM ") + table + " WHERE region = ?";
    NativeStatement del(m_db.nativeHandle(), sql.constData());
    const QByteArray code = regionCode(region).toLatin1();
    del.bindStatic(1, code.constData());
    if (!del.isPrepared() || !del.run())
        return del.error(tr("Removing the old rows of %1").arg(QLatin1String(table)));
    return {};
}

// The number of rows a region has in a table keyed by (region, idx): the highest index + 1, an
// index seek instead of a count over a million rows.
qint64 UnitRepository::rowEstimate(const char *table, RegionId region) const
{
    const QByteArray sql = QByteArrayLiteral("SELECT max(idx) FROM ") + table + " WHERE region = ?";
    NativeStatement q(m_db.nativeHandle(), sql.constData());
    const QByteArray code = regionCode(region).toLatin1();
    q.bindStatic(1, code.constData());
    return q.step() == SQLITE_ROW && !q.isNull(0) ? q.columnInt(0) + 1 : 0;
}

Status UnitRepository::deleteTree(RegionId region)
{
    return m_db.transaction([&]() -> Status {
        if (auto s = deleteRows("unit", region); !s)
            return s;
        return deleteRows("unit_relation", region);
    });
}

Status UnitRepository::saveTree(RegionId region, const UnitTree &tree)
{
    const QByteArray code = regionCode(region).toLatin1();
    return m_db.transaction([&]() -> Status {
        if (auto s = deleteTree(region); !s)
            return s;
        NativeStatement insert(
            m_db.nativeHandle(),
            "INSERT INTO unit (region, idx, parent, name, type, agent, sim_duration, "
            "sim_outcome, sim_exit, comment, script, run_user, permission, owner, "
            "resource_group, schedule, params) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        if (!insert.isPrepared())
            return insert.error(tr("Preparing the unit insert"));
        insert.bindStatic(1, code.constData());
        for (UnitIndex i = 0; i < tree.size(); ++i) {
            const Unit &u = tree.unit(i);
            insert.bindInt(2, i);
            insert.bindInt(3, u.parent);
            insert.bindText(4, u.name);
            if (u.type == UnitType::Other)
                insert.bindText(5, u.typeCode());
            else
                insert.bindStatic(5, unitTypeInfo(u.type).code);
            insert.bindText(6, u.agent);
            insert.bindInt(7, u.simDurationSec);
            insert.bindInt(8, int(u.simOutcome));
            insert.bindInt(9, u.simExitCode);
            if (u.details) {
                const UnitDetails &d = *u.details;
                insert.bindTextOrNull(10, d.comment);
                insert.bindTextOrNull(11, d.script);
                insert.bindTextOrNull(12, d.user);
                insert.bindTextOrNull(13, d.permission);
                insert.bindTextOrNull(14, d.owner);
                insert.bindTextOrNull(15, d.resourceGroup);
                insert.bindTextOrNull(16, encodeSchedule(d.schedule));
                insert.bindTextOrNull(17, encodeParams(d.otherParameters));
            } else {
                for (int c = 10; c <= 17; ++c)
                    insert.bindNull(c);
            }
            if (!insert.run())
                return insert.error(tr("Saving unit %1").arg(tree.path(i)));
        }
        NativeStatement rel(m_db.nativeHandle(),
                            "INSERT INTO unit_relation (region, from_idx, to_idx, kind, position) "
                            "VALUES (?,?,?,?,?)");
        if (!rel.isPrepared())
            return rel.error(tr("Preparing the relation insert"));
        rel.bindStatic(1, code.constData());
        qint32 position = 0;
        for (const Relation &r : tree.relations()) {
            rel.bindInt(2, r.from);
            rel.bindInt(3, r.to);
            rel.bindStatic(4, r.kind == RelationKind::Conditional ? "con" : "seq");
            rel.bindInt(5, position++);
            if (!rel.run())
                return rel.error(tr("Saving a relation"));
        }
        return {};
    });
}

namespace {

void bindState(NativeStatement &q, UnitIndex idx, const UnitState &s)
{
    q.bindInt(2, idx);
    q.bindStatic(3, statusInfo(s.status).code);
    q.bindInt(4, s.execSerial);
    q.bindInt(5, s.startMs);
    q.bindInt(6, s.endMs);
    q.bindInt(7, s.scheduledMs);
    q.bindInt(8, s.exitCode);
    q.bindInt(9, s.flags);
}

} // namespace

Status UnitRepository::saveStates(RegionId region, const std::vector<UnitState> &states)
{
    const QByteArray code = regionCode(region).toLatin1();
    return m_db.transaction([&]() -> Status {
        if (auto s = deleteRows("unit_state", region); !s)
            return s;
        NativeStatement insert(
            m_db.nativeHandle(),
            "INSERT INTO unit_state (region, idx, status, exec_serial, start_ms, "
            "end_ms, scheduled_ms, exit_code, flags) VALUES (?,?,?,?,?,?,?,?,?)");
        if (!insert.isPrepared())
            return insert.error(tr("Preparing the status insert"));
        insert.bindStatic(1, code.constData());
        for (std::size_t i = 0; i < states.size(); ++i) {
            bindState(insert, UnitIndex(i), states[i]);
            if (!insert.run())
                return insert.error(tr("Saving unit statuses"));
        }
        return {};
    });
}

Status UnitRepository::updateStates(RegionId region, const std::vector<UnitState> &states,
                                    std::span<const UnitIndex> changed)
{
    if (changed.empty())
        return {};
    const QByteArray code = regionCode(region).toLatin1();
    return m_db.transaction([&]() -> Status {
        NativeStatement update(
            m_db.nativeHandle(),
            "INSERT INTO unit_state (region, idx, status, exec_serial, start_ms, "
            "end_ms, scheduled_ms, exit_code, flags) VALUES (?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (region, idx) DO UPDATE SET status = excluded.status, "
            "exec_serial = excluded.exec_serial, start_ms = excluded.start_ms, "
            "end_ms = excluded.end_ms, scheduled_ms = excluded.scheduled_ms, "
            "exit_code = excluded.exit_code, flags = excluded.flags");
        if (!update.isPrepared())
            return update.error(tr("Preparing the status update"));
        update.bindStatic(1, code.constData());
        for (UnitIndex i : changed) {
            bindState(update, i, states[std::size_t(i)]);
            if (!update.run())
                return update.error(tr("Saving unit statuses"));
        }
        return {};
    });
}

Status UnitRepository::copyRegion(RegionId from, RegionId to, bool definitions)
{
    const QSqlDatabase db = m_db.connection();
    const QString src = regionCode(from), dst = regionCode(to);
    QStringList tables{QStringLiteral("unit_state")};
    if (definitions)
        tables << QStringLiteral("unit") << QStringLiteral("unit_relation");
    return m_db.transaction([&]() -> Status {
        for (const QString &table : tables) {
            SqlQuery del(db, QStringLiteral("DELETE FROM %1 WHERE region = ?").arg(table));
            if (auto s = del.bind(0, dst).exec(); !s)
                return s;
            QString columns;
            if (table == QLatin1String("unit_state")) {
                columns =
                    QStringLiteral("idx, status, exec_serial, start_ms, end_ms, scheduled_ms, "
                                   "exit_code, flags");
            } else if (table == QLatin1String("unit")) {
                columns =
                    QStringLiteral("idx, parent, name, type, agent, sim_duration, sim_outcome, "
                                   "sim_exit, comment, script, run_user, permission, owner, "
                                   "resource_group, schedule, params");
            } else {
                columns = QStringLiteral("from_idx, to_idx, kind, position");
            }
            SqlQuery copy(db, QStringLiteral("INSERT INTO %1 (region, %2) SELECT ?, %2 FROM %1 "
                                             "WHERE region = ?")
                                  .arg(table, columns));
            if (auto s = copy.bind(0, dst).bind(1, src).exec(); !s)
                return s;
        }
        return {};
    });
}

Result<std::shared_ptr<const UnitTree>> UnitRepository::loadTree(RegionId region,
                                                                 const ProgressSpan &progress) const
{
    const QByteArray code = regionCode(region).toLatin1();
    const qint64 expected = rowEstimate("unit", region);
    NativeStatement q(
        m_db.nativeHandle(),
        "SELECT idx, parent, name, type, agent, sim_duration, sim_outcome, sim_exit, "
        "comment, script, run_user, permission, owner, resource_group, schedule, params "
        "FROM unit WHERE region = ? ORDER BY idx");
    if (!q.isPrepared())
        return q.error(tr("Reading unit definitions"));
    q.bindStatic(1, code.constData());
    std::vector<Unit> units;
    units.reserve(std::size_t(expected));
    RowDecoder decode;
    int rc = 0;
    while ((rc = q.step()) == SQLITE_ROW) {
        const qint64 idx = q.columnInt(0);
        if (idx != qint64(units.size())) {
            return Error::database(tr("The unit table of the %1 region has a gap at index %2; the "
                                      "database is damaged.")
                                       .arg(regionCode(region))
                                       .arg(units.size()));
        }
        Unit u;
        u.parent = UnitIndex(q.columnInt(1));
        u.name = q.columnString(2);
        int bytes = 0;
        const char *typeCode = q.columnText(3, bytes);
        u.type = decode.type(typeCode, bytes);
        const QString otherType =
            u.type == UnitType::Other ? QString::fromUtf8(typeCode, bytes) : QString();
        const char *agent = q.columnText(4, bytes);
        u.agent = decode.agent(agent, bytes);
        u.simDurationSec = qint32(q.columnInt(5));
        u.simOutcome = SimOutcome(q.columnInt(6));
        u.simExitCode = qint16(q.columnInt(7));
        // Most units have no comment, script, schedule...: no details object for them.
        bool hasDetails = u.type == UnitType::Other;
        for (int c = 8; c <= 15 && !hasDetails; ++c)
            hasDetails = !q.isNull(c);
        if (hasDetails) {
            auto d = std::make_shared<UnitDetails>();
            d->comment = q.columnString(8);
            d->script = q.columnString(9);
            d->user = q.columnString(10);
            d->permission = q.columnString(11);
            d->owner = q.columnString(12);
            d->resourceGroup = q.columnString(13);
            d->schedule = decodeSchedule(q.columnString(14));
            d->otherParameters = decodeParams(q.columnString(15));
            d->typeCode = otherType;
            u.details = std::move(d);
        }
        if (u.parent >= qint32(units.size())) {
            return Error::database(tr("Unit %1 of the %2 region names a parent that comes after "
                                      "it; the database is damaged.")
                                       .arg(idx)
                                       .arg(regionCode(region)));
        }
        units.push_back(std::move(u));
        if (units.size() % kProgressRows == 0)
            progress.at(qint64(units.size()), expected);
    }
    if (rc != SQLITE_DONE)
        return q.error(tr("Reading unit definitions"));

    // Relations are read in key order (no sort inside SQLite) and put back into the order of the
    // definition file (their position) here.
    NativeStatement r(
        m_db.nativeHandle(),
        "SELECT from_idx, to_idx, kind, position FROM unit_relation WHERE region = ?");
    if (!r.isPrepared())
        return r.error(tr("Reading unit relations"));
    r.bindStatic(1, code.constData());
    std::vector<std::pair<qint64, Relation>> read;
    const auto count = qint64(units.size());
    while ((rc = r.step()) == SQLITE_ROW) {
        int bytes = 0;
        const char *kind = r.columnText(2, bytes);
        Relation rel{UnitIndex(r.columnInt(0)), UnitIndex(r.columnInt(1)),
                     bytes == 3 && kind[0] == 'c' ? RelationKind::Conditional
                                                  : RelationKind::Sequence};
        if (rel.from < 0 || rel.from >= count || rel.to < 0 || rel.to >= count) {
            return Error::database(tr("A relation of the %1 region names a unit that does not "
                                      "exist; the database is damaged.")
                                       .arg(regionCode(region)));
        }
        read.emplace_back(r.columnInt(3), rel);
    }
    if (rc != SQLITE_DONE)
        return r.error(tr("Reading unit relations"));
    std::vector<Relation> relations(read.size());
    std::vector<quint8> placed(read.size(), 0);
    bool permutation = true;
    for (const auto &[position, rel] : read) {
        if (position < 0 || position >= qint64(read.size()) || placed[std::size_t(position)]) {
            permutation = false;
            break;
        }
        placed[std::size_t(position)] = 1;
        relations[std::size_t(position)] = rel;
    }
    if (!permutation) { // e.g. a version-1 file: every position 0, key order breaks the ties
        std::stable_sort(read.begin(), read.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (std::size_t k = 0; k < read.size(); ++k)
            relations[k] = read[k].second;
    }
    return std::make_shared<const UnitTree>(std::move(units), std::move(relations));
}

Result<std::vector<UnitState>> UnitRepository::loadStates(RegionId region, qsizetype unitCount,
                                                          const ProgressSpan &progress) const
{
    const QByteArray code = regionCode(region).toLatin1();
    NativeStatement q(m_db.nativeHandle(),
                      "SELECT idx, status, exec_serial, start_ms, end_ms, scheduled_ms, exit_code, "
                      "flags FROM unit_state WHERE region = ?");
    if (!q.isPrepared())
        return q.error(tr("Reading unit statuses"));
    q.bindStatic(1, code.constData());
    std::vector<UnitState> states(static_cast<std::size_t>(unitCount));
    RowDecoder decode;
    qint64 rows = 0;
    int rc = 0;
    while ((rc = q.step()) == SQLITE_ROW) {
        const qint64 idx = q.columnInt(0);
        int bytes = 0;
        const char *text = q.columnText(1, bytes);
        const auto status = decode.status(text, bytes);
        if (idx < 0 || idx >= unitCount || !status) {
            return Error::database(tr("The status table of the %1 region has an invalid row "
                                      "(unit %2); the database is damaged.")
                                       .arg(regionCode(region))
                                       .arg(idx));
        }
        UnitState &s = states[std::size_t(idx)];
        s.status = *status;
        s.execSerial = qint32(q.columnInt(2));
        s.startMs = q.columnInt(3);
        s.endMs = q.columnInt(4);
        s.scheduledMs = q.columnInt(5);
        s.exitCode = qint32(q.columnInt(6));
        s.flags = quint8(q.columnInt(7));
        if (++rows % kProgressRows == 0)
            progress.at(rows, unitCount);
    }
    if (rc != SQLITE_DONE)
        return q.error(tr("Reading unit statuses"));
    return states;
}

} // namespace dr
