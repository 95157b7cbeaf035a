#include "UnitRepository.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace dr {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

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

Status failed(const QSqlQuery &q, const QString &what)
{
    return Error::database(QCoreApplication::translate("dr::UnitRepository", "%1 failed: %2")
                               .arg(what, q.lastError().text()));
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

Status UnitRepository::saveTree(RegionId region, const UnitTree &tree)
{
    const QSqlDatabase db = m_db.connection();
    const QString code = regionCode(region);
    return m_db.transaction([&]() -> Status {
        for (const char *table : {"unit", "unit_relation"}) {
            SqlQuery del(db, QStringLiteral("DELETE FROM %1 WHERE region = ?").arg(QLatin1String(table)));
            if (auto s = del.bind(0, code).exec(); !s)
                return s;
        }
        QSqlQuery insert(db);
        if (!insert.prepare(QStringLiteral(
                "INSERT INTO unit (region, idx, parent, name, type, agent, sim_duration, "
                "sim_outcome, sim_exit, comment, script, run_user, permission, owner, "
                "resource_group, schedule, params) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")))
            return failed(insert, tr("Preparing the unit insert"));
        const QVariant nullText{QMetaType::fromType<QString>()};
        for (UnitIndex i = 0; i < tree.size(); ++i) {
            const Unit &u = tree.unit(i);
            insert.bindValue(0, code);
            insert.bindValue(1, i);
            insert.bindValue(2, u.parent);
            insert.bindValue(3, sqlText(u.name));
            insert.bindValue(4, u.typeCode());
            insert.bindValue(5, sqlText(u.agent));
            insert.bindValue(6, u.simDurationSec);
            insert.bindValue(7, int(u.simOutcome));
            insert.bindValue(8, int(u.simExitCode));
            if (u.details) {
                const UnitDetails &d = *u.details;
                insert.bindValue(9, textOrNull(d.comment));
                insert.bindValue(10, textOrNull(d.script));
                insert.bindValue(11, textOrNull(d.user));
                insert.bindValue(12, textOrNull(d.permission));
                insert.bindValue(13, textOrNull(d.owner));
                insert.bindValue(14, textOrNull(d.resourceGroup));
                insert.bindValue(15, textOrNull(encodeSchedule(d.schedule)));
                insert.bindValue(16, textOrNull(encodeParams(d.otherParameters)));
            } else {
                for (int c = 9; c <= 16; ++c)
                    insert.bindValue(c, nullText);
            }
            if (!insert.exec())
                return failed(insert, tr("Saving unit %1").arg(tree.path(i)));
        }
        QSqlQuery rel(db);
        if (!rel.prepare(QStringLiteral(
                "INSERT INTO unit_relation (region, from_idx, to_idx, kind, position) "
                "VALUES (?,?,?,?,?)")))
            return failed(rel, tr("Preparing the relation insert"));
        qint32 position = 0;
        for (const Relation &r : tree.relations()) {
            rel.bindValue(0, code);
            rel.bindValue(1, r.from);
            rel.bindValue(2, r.to);
            rel.bindValue(3, r.kind == RelationKind::Conditional ? QStringLiteral("con")
                                                                  : QStringLiteral("seq"));
            rel.bindValue(4, position++);
            if (!rel.exec())
                return failed(rel, tr("Saving a relation"));
        }
        return {};
    });
}

Status UnitRepository::saveStates(RegionId region, const std::vector<UnitState> &states)
{
    const QSqlDatabase db = m_db.connection();
    const QString code = regionCode(region);
    return m_db.transaction([&]() -> Status {
        SqlQuery del(db, QStringLiteral("DELETE FROM unit_state WHERE region = ?"));
        if (auto s = del.bind(0, code).exec(); !s)
            return s;
        QSqlQuery insert(db);
        if (!insert.prepare(QStringLiteral(
                "INSERT INTO unit_state (region, idx, status, exec_serial, start_ms, end_ms, "
                "scheduled_ms, exit_code, flags) VALUES (?,?,?,?,?,?,?,?,?)")))
            return failed(insert, tr("Preparing the status insert"));
        for (std::size_t i = 0; i < states.size(); ++i) {
            const UnitState &s = states[i];
            insert.bindValue(0, code);
            insert.bindValue(1, qint32(i));
            insert.bindValue(2, QLatin1String(statusInfo(s.status).code));
            insert.bindValue(3, s.execSerial);
            insert.bindValue(4, s.startMs);
            insert.bindValue(5, s.endMs);
            insert.bindValue(6, s.scheduledMs);
            insert.bindValue(7, s.exitCode);
            insert.bindValue(8, int(s.flags));
            if (!insert.exec())
                return failed(insert, tr("Saving unit statuses"));
        }
        return {};
    });
}

Status UnitRepository::updateStates(RegionId region, const std::vector<UnitState> &states,
                                    std::span<const UnitIndex> changed)
{
    if (changed.empty())
        return {};
    const QSqlDatabase db = m_db.connection();
    const QString code = regionCode(region);
    return m_db.transaction([&]() -> Status {
        QSqlQuery update(db);
        if (!update.prepare(QStringLiteral(
                "INSERT INTO unit_state (region, idx, status, exec_serial, start_ms, end_ms, "
                "scheduled_ms, exit_code, flags) VALUES (?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT (region, idx) DO UPDATE SET status = excluded.status, "
                "exec_serial = excluded.exec_serial, start_ms = excluded.start_ms, "
                "end_ms = excluded.end_ms, scheduled_ms = excluded.scheduled_ms, "
                "exit_code = excluded.exit_code, flags = excluded.flags")))
            return failed(update, tr("Preparing the status update"));
        for (UnitIndex i : changed) {
            const UnitState &s = states[std::size_t(i)];
            update.bindValue(0, code);
            update.bindValue(1, i);
            update.bindValue(2, QLatin1String(statusInfo(s.status).code));
            update.bindValue(3, s.execSerial);
            update.bindValue(4, s.startMs);
            update.bindValue(5, s.endMs);
            update.bindValue(6, s.scheduledMs);
            update.bindValue(7, s.exitCode);
            update.bindValue(8, int(s.flags));
            if (!update.exec())
                return failed(update, tr("Saving unit statuses"));
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
                columns = QStringLiteral("idx, status, exec_serial, start_ms, end_ms, scheduled_ms, "
                                         "exit_code, flags");
            } else if (table == QLatin1String("unit")) {
                columns = QStringLiteral("idx, parent, name, type, agent, sim_duration, sim_outcome, "
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

Result<std::shared_ptr<const UnitTree>> UnitRepository::loadTree(RegionId region) const
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT idx, parent, name, type, agent, sim_duration, sim_outcome, sim_exit, comment, "
        "script, run_user, permission, owner, resource_group, schedule, params FROM unit "
        "WHERE region = ? ORDER BY idx"));
    q.bindValue(0, regionCode(region));
    if (!q.exec())
        return failed(q, tr("Reading unit definitions")).error();
    std::vector<Unit> units;
    QHash<QString, QString> agentNames; // share one QString per distinct agent name
    while (q.next()) {
        const qint32 idx = q.value(0).toInt();
        if (idx != qint32(units.size())) {
            return Error::database(tr("The unit table of the %1 region has a gap at index %2; the "
                                      "database is damaged.")
                                       .arg(regionCode(region))
                                       .arg(units.size()));
        }
        Unit u;
        u.parent = q.value(1).toInt();
        u.name = q.value(2).toString();
        const QString typeCode = q.value(3).toString();
        u.type = unitTypeFromCode(typeCode);
        const QString agent = q.value(4).toString();
        if (!agent.isEmpty()) {
            auto it = agentNames.find(agent);
            if (it == agentNames.end())
                it = agentNames.insert(agent, agent);
            u.agent = it.value();
        }
        u.simDurationSec = q.value(5).toInt();
        u.simOutcome = SimOutcome(q.value(6).toInt());
        u.simExitCode = qint16(q.value(7).toInt());
        bool hasDetails = u.type == UnitType::Other;
        for (int c = 8; c <= 15 && !hasDetails; ++c)
            hasDetails = !q.value(c).isNull();
        if (hasDetails) {
            auto d = std::make_shared<UnitDetails>();
            d->comment = q.value(8).toString();
            d->script = q.value(9).toString();
            d->user = q.value(10).toString();
            d->permission = q.value(11).toString();
            d->owner = q.value(12).toString();
            d->resourceGroup = q.value(13).toString();
            d->schedule = decodeSchedule(q.value(14).toString());
            d->otherParameters = decodeParams(q.value(15).toString());
            if (u.type == UnitType::Other)
                d->typeCode = typeCode;
            u.details = std::move(d);
        }
        if (u.parent >= qint32(units.size())) {
            return Error::database(tr("Unit %1 of the %2 region names a parent that comes after "
                                      "it; the database is damaged.")
                                       .arg(idx)
                                       .arg(regionCode(region)));
        }
        units.push_back(std::move(u));
    }
    QSqlQuery r(db);
    r.setForwardOnly(true);
    r.prepare(QStringLiteral("SELECT from_idx, to_idx, kind FROM unit_relation WHERE region = ? "
                             "ORDER BY position, from_idx, to_idx"));
    r.bindValue(0, regionCode(region));
    if (!r.exec())
        return failed(r, tr("Reading unit relations")).error();
    std::vector<Relation> relations;
    const auto count = qint32(units.size());
    while (r.next()) {
        Relation rel{r.value(0).toInt(), r.value(1).toInt(),
                     r.value(2).toString() == QLatin1String("con") ? RelationKind::Conditional
                                                                    : RelationKind::Sequence};
        if (rel.from < 0 || rel.from >= count || rel.to < 0 || rel.to >= count) {
            return Error::database(tr("A relation of the %1 region names a unit that does not "
                                      "exist; the database is damaged.")
                                       .arg(regionCode(region)));
        }
        relations.push_back(rel);
    }
    return std::make_shared<const UnitTree>(std::move(units), std::move(relations));
}

Result<std::vector<UnitState>> UnitRepository::loadStates(RegionId region, qsizetype unitCount) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT idx, status, exec_serial, start_ms, end_ms, scheduled_ms, "
                             "exit_code, flags FROM unit_state WHERE region = ? ORDER BY idx"));
    q.bindValue(0, regionCode(region));
    if (!q.exec())
        return failed(q, tr("Reading unit statuses")).error();
    std::vector<UnitState> states(static_cast<std::size_t>(unitCount));
    while (q.next()) {
        const qint32 idx = q.value(0).toInt();
        const auto status = statusFromCode(q.value(1).toString());
        if (idx < 0 || idx >= unitCount || !status) {
            return Error::database(tr("The status table of the %1 region has an invalid row "
                                      "(unit %2); the database is damaged.")
                                       .arg(regionCode(region))
                                       .arg(idx));
        }
        UnitState &s = states[std::size_t(idx)];
        s.status = *status;
        s.execSerial = q.value(2).toInt();
        s.startMs = q.value(3).toLongLong();
        s.endMs = q.value(4).toLongLong();
        s.scheduledMs = q.value(5).toLongLong();
        s.exitCode = q.value(6).toInt();
        s.flags = quint8(q.value(7).toInt());
    }
    return states;
}

} // namespace dr
