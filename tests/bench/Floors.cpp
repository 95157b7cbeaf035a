#include "Floors.h"

#include "engine/EnvironmentGenerator.h"
#include "store/Database.h"
#include "store/UnitRepository.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <string>

namespace bench {

namespace {

Measurement failed(sqlite3 *db, const char *what)
{
    Measurement m;
    m.error = QStringLiteral("%1: %2").arg(
        QLatin1String(what), QString::fromUtf8(db ? sqlite3_errmsg(db) : "no connection"));
    return m;
}

// A raw connection configured like the console's: the Qt driver opens with SQLITE_OPEN_NOMUTEX,
// and Database::configure() sets these pragmas. The console checkpoints the write-ahead log on a
// background thread, outside the commit it times (WalCheckpointer), so the floors do not
// checkpoint inside theirs either: the log is checkpointed when the connection closes, after
// the clock stopped.
sqlite3 *openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK)
        return db;
    sqlite3_busy_timeout(db, 5000);
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
          "PRAGMA temp_store = MEMORY", "PRAGMA wal_autocheckpoint = 0",
          // reads the schema now, as the console did when it opened
          "SELECT count(*) FROM sqlite_master"})
        sqlite3_exec(db, pragma, nullptr, nullptr, nullptr);
    return db;
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// The rows as UTF-8, prepared before the clock starts.
struct UnitRow
{
    int idx, parent, duration, outcome, exitCode;
    std::string name, type, agent, comment, schedule;
    bool hasDetails;
};

void bindText(sqlite3_stmt *s, int column, const std::string &text)
{
    sqlite3_bind_text(s, column, text.data(), int(text.size()), SQLITE_STATIC);
}

} // namespace

Measurement Floors::save(const QString &path, qint64 units, quint32 seed)
{
    const dr::GeneratedEnvironment env =
        dr::EnvironmentGenerator::build({units, seed}, benchNowMs(), 0, 20261125);
    std::vector<UnitRow> rows;
    rows.reserve(std::size_t(env.tree->size()));
    for (dr::UnitIndex i = 0; i < env.tree->size(); ++i) {
        const dr::Unit &u = env.tree->unit(i);
        UnitRow r{i,
                  u.parent,
                  u.simDurationSec,
                  int(u.simOutcome),
                  u.simExitCode,
                  u.name.toStdString(),
                  u.typeCode().toStdString(),
                  u.agent.toStdString(),
                  {},
                  {},
                  bool(u.details)};
        if (u.details) {
            r.comment = u.details->comment.toStdString();
            r.schedule = dr::UnitRepository::encodeSchedule(u.details->schedule).toStdString();
        }
        rows.push_back(std::move(r));
    }
    { // the schema, created by the console
        auto created = dr::Database::open(path);
        if (!created) {
            Measurement m;
            m.error = created.error().message;
            return m;
        }
    }
    sqlite3 *db = openRaw(path);
    QElapsedTimer t;
    t.start();
    if (!exec(db, "BEGIN IMMEDIATE"))
        return failed(db, "begin");
    sqlite3_stmt *unit = nullptr, *rel = nullptr, *state = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO unit (region, idx, parent, name, type, agent, sim_duration, "
                       "sim_outcome, sim_exit, comment, script, run_user, permission, owner, "
                       "resource_group, schedule, params) VALUES "
                       "('primary',?,?,?,?,?,?,?,?,?,NULL,NULL,NULL,NULL,NULL,?,NULL)",
                       -1, &unit, nullptr);
    for (const UnitRow &r : rows) {
        sqlite3_bind_int(unit, 1, r.idx);
        sqlite3_bind_int(unit, 2, r.parent);
        bindText(unit, 3, r.name);
        bindText(unit, 4, r.type);
        bindText(unit, 5, r.agent);
        sqlite3_bind_int(unit, 6, r.duration);
        sqlite3_bind_int(unit, 7, r.outcome);
        sqlite3_bind_int(unit, 8, r.exitCode);
        if (r.comment.empty())
            sqlite3_bind_null(unit, 9);
        else
            bindText(unit, 9, r.comment);
        if (r.schedule.empty())
            sqlite3_bind_null(unit, 10);
        else
            bindText(unit, 10, r.schedule);
        if (sqlite3_step(unit) != SQLITE_DONE)
            return failed(db, "unit insert");
        sqlite3_reset(unit);
    }
    sqlite3_prepare_v2(db,
                       "INSERT INTO unit_relation (region, from_idx, to_idx, kind, position) "
                       "VALUES ('primary',?,?,?,?)",
                       -1, &rel, nullptr);
    int position = 0;
    for (const dr::Relation &r : env.tree->relations()) {
        sqlite3_bind_int(rel, 1, r.from);
        sqlite3_bind_int(rel, 2, r.to);
        sqlite3_bind_text(rel, 3, r.kind == dr::RelationKind::Conditional ? "con" : "seq", 3,
                          SQLITE_STATIC);
        sqlite3_bind_int(rel, 4, position++);
        if (sqlite3_step(rel) != SQLITE_DONE)
            return failed(db, "relation insert");
        sqlite3_reset(rel);
    }
    sqlite3_prepare_v2(
        db,
        "INSERT INTO unit_state (region, idx, status, exec_serial, start_ms, end_ms, "
        "scheduled_ms, exit_code, flags) VALUES ('primary',?,?,?,?,?,?,?,?)",
        -1, &state, nullptr);
    for (std::size_t i = 0; i < env.states.size(); ++i) {
        const dr::UnitState &s = env.states[i];
        const char *code = dr::statusInfo(s.status).code;
        sqlite3_bind_int(state, 1, int(i));
        sqlite3_bind_text(state, 2, code, -1, SQLITE_STATIC);
        sqlite3_bind_int(state, 3, s.execSerial);
        sqlite3_bind_int64(state, 4, s.startMs);
        sqlite3_bind_int64(state, 5, s.endMs);
        sqlite3_bind_int64(state, 6, s.scheduledMs);
        sqlite3_bind_int(state, 7, s.exitCode);
        sqlite3_bind_int(state, 8, s.flags);
        if (sqlite3_step(state) != SQLITE_DONE)
            return failed(db, "status insert");
        sqlite3_reset(state);
    }
    sqlite3_finalize(unit);
    sqlite3_finalize(rel);
    sqlite3_finalize(state);
    if (!exec(db, "COMMIT"))
        return failed(db, "commit");
    Measurement m;
    m.seconds = double(t.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return m;
}

Measurement Floors::load(const QString &path)
{
    sqlite3 *db = openRaw(path);
    QElapsedTimer t;
    t.start();
    // The rows the console reads: the primary's definitions and relations (DR shares them after
    // a sync), and both regions' statuses; DR's definitions too when they differ.
    QStringList queries{
        QStringLiteral(
            "SELECT idx, parent, name, type, agent, sim_duration, sim_outcome, sim_exit, "
            "comment, script, run_user, permission, owner, resource_group, schedule, params "
            "FROM unit WHERE region = 'primary'"),
        QStringLiteral(
            "SELECT from_idx, to_idx, kind, position FROM unit_relation WHERE region = 'primary'"),
        QStringLiteral(
            "SELECT idx, status, exec_serial, start_ms, end_ms, scheduled_ms, exit_code, flags "
            "FROM unit_state WHERE region = 'primary'"),
        QStringLiteral(
            "SELECT idx, status, exec_serial, start_ms, end_ms, scheduled_ms, exit_code, flags "
            "FROM unit_state WHERE region = 'dr'")};
    sqlite3_stmt *rev = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(DISTINCT definitions_rev) FROM region", -1, &rev, nullptr);
    if (sqlite3_step(rev) == SQLITE_ROW && sqlite3_column_int(rev, 0) > 1) {
        queries
            << QStringLiteral(
                   "SELECT idx, parent, name, type, agent, sim_duration, sim_outcome, sim_exit, "
                   "comment, script, run_user, permission, owner, resource_group, schedule, params "
                   "FROM unit WHERE region = 'dr'")
            << QStringLiteral("SELECT from_idx, to_idx, kind, position FROM unit_relation WHERE "
                              "region = 'dr'");
    }
    sqlite3_finalize(rev);
    qint64 checksum = 0;
    for (const QString &sql : std::as_const(queries)) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK)
            return failed(db, "prepare");
        const int columns = sqlite3_column_count(s);
        while (sqlite3_step(s) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                if (sqlite3_column_type(s, c) == SQLITE_TEXT) {
                    const unsigned char *text = sqlite3_column_text(s, c);
                    checksum += sqlite3_column_bytes(s, c) + (text ? text[0] : 0);
                } else {
                    checksum += sqlite3_column_int64(s, c);
                }
            }
        }
        sqlite3_finalize(s);
    }
    Measurement m;
    m.seconds = double(t.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    if (checksum == 0)
        m.error = QStringLiteral("nothing was read");
    return m;
}

namespace {

Measurement runAll(const QString &path, std::initializer_list<const char *> statements)
{
    sqlite3 *db = openRaw(path);
    QElapsedTimer t;
    t.start();
    for (const char *sql : statements) {
        if (!exec(db, sql))
            return failed(db, sql);
    }
    Measurement m;
    m.seconds = double(t.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return m;
}

} // namespace

// The same end state as the console's sync: DR's statuses replaced by the primary's, and no
// definition rows of DR's own (DR shares the primary's rows while their revisions are equal).
Measurement Floors::sync(const QString &path)
{
    return runAll(
        path, {"BEGIN IMMEDIATE", "DELETE FROM unit_relation WHERE region = 'dr'",
               "DELETE FROM unit WHERE region = 'dr'", "DELETE FROM unit_state WHERE region = 'dr'",
               "INSERT INTO unit_state (region, idx, status, exec_serial, start_ms, end_ms, "
               "scheduled_ms, exit_code, flags) SELECT 'dr', idx, status, exec_serial, start_ms, "
               "end_ms, scheduled_ms, exit_code, flags FROM unit_state WHERE region = 'primary'",
               "COMMIT"});
}

// A copy of definitions, relations and statuses: what a sync would cost if DR kept its own
// definition rows (and what the first definition change after a sync writes for DR).
Measurement Floors::fullCopy(const QString &path)
{
    return runAll(
        path,
        {"BEGIN IMMEDIATE", "DELETE FROM unit_state WHERE region = 'dr'",
         "INSERT INTO unit_state (region, idx, status, exec_serial, start_ms, end_ms, "
         "scheduled_ms, exit_code, flags) SELECT 'dr', idx, status, exec_serial, start_ms, end_ms, "
         "scheduled_ms, exit_code, flags FROM unit_state WHERE region = 'primary'",
         "DELETE FROM unit_relation WHERE region = 'dr'", "DELETE FROM unit WHERE region = 'dr'",
         "INSERT INTO unit (region, idx, parent, name, type, agent, sim_duration, sim_outcome, "
         "sim_exit, comment, script, run_user, permission, owner, resource_group, schedule, "
         "params) SELECT 'dr', idx, parent, name, type, agent, sim_duration, sim_outcome, "
         "sim_exit, comment, script, run_user, permission, owner, resource_group, schedule, "
         "params FROM unit WHERE region = 'primary'",
         "INSERT INTO unit_relation (region, from_idx, to_idx, kind, position) SELECT 'dr', "
         "from_idx, to_idx, kind, position FROM unit_relation WHERE region = 'primary'",
         "COMMIT"});
}

} // namespace bench
