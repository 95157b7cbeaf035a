#include "Schema.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QStringList>

namespace dr {

namespace {

struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

// Version 1: the first schema. Unit tables carry no foreign keys to keep million-row bulk
// writes linear; they are always rewritten whole per region inside one transaction.
Migration migration1()
{
    return {1, "initial schema", {
        QStringLiteral(R"(CREATE TABLE setting (
            key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE contract (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            customer_name TEXT NOT NULL,
            primary_tier TEXT NOT NULL CHECK (primary_tier IN ('standard', 'enterprise')),
            dr_edition TEXT NOT NULL CHECK (dr_edition IN ('standard', 'enterprise')),
            auth_linkage INTEGER NOT NULL CHECK (auth_linkage IN (0, 1)),
            access_path TEXT NOT NULL CHECK (access_path IN ('closed-network', 'internet-only')),
            maintenance_date TEXT))"),
        QStringLiteral(R"(CREATE TABLE region (
            region TEXT PRIMARY KEY CHECK (region IN ('primary', 'dr')),
            manager_host TEXT NOT NULL DEFAULT '',
            available INTEGER NOT NULL DEFAULT 1,
            manager_running INTEGER NOT NULL DEFAULT 0,
            suppressed INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 0,
            start_mode TEXT,
            started_at INTEGER NOT NULL DEFAULT 0,
            stopped_at INTEGER NOT NULL DEFAULT 0,
            down_since INTEGER NOT NULL DEFAULT 0,
            ipv6_enabled INTEGER NOT NULL DEFAULT 0,
            sync_at INTEGER NOT NULL DEFAULT 0,
            sync_seq INTEGER NOT NULL DEFAULT 0,
            changed_since_sync INTEGER NOT NULL DEFAULT 0,
            lost_units INTEGER NOT NULL DEFAULT 0,
            definitions_rev INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID)"),
        QStringLiteral("INSERT INTO region (region) VALUES ('primary'), ('dr')"),
        QStringLiteral(R"(CREATE TABLE unit (
            region TEXT NOT NULL, idx INTEGER NOT NULL, parent INTEGER NOT NULL,
            name TEXT NOT NULL, type TEXT NOT NULL, agent TEXT NOT NULL,
            sim_duration INTEGER NOT NULL, sim_outcome INTEGER NOT NULL, sim_exit INTEGER NOT NULL,
            comment TEXT, script TEXT, run_user TEXT, permission TEXT, owner TEXT,
            resource_group TEXT, schedule TEXT, params TEXT,
            PRIMARY KEY (region, idx)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE unit_relation (
            region TEXT NOT NULL, from_idx INTEGER NOT NULL, to_idx INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('seq', 'con')),
            PRIMARY KEY (region, from_idx, to_idx)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE unit_state (
            region TEXT NOT NULL, idx INTEGER NOT NULL, status TEXT NOT NULL,
            exec_serial INTEGER NOT NULL, start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL,
            scheduled_ms INTEGER NOT NULL, exit_code INTEGER NOT NULL, flags INTEGER NOT NULL,
            PRIMARY KEY (region, idx)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE agent (
            region TEXT NOT NULL REFERENCES region (region),
            name TEXT NOT NULL COLLATE NOCASE, host TEXT NOT NULL, windows TEXT NOT NULL,
            restriction TEXT NOT NULL
                CHECK (restriction IN ('effective', 'ineffective', 'hold', 'blockade')),
            description TEXT NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY (region, name)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE host (
            region TEXT NOT NULL REFERENCES region (region),
            name TEXT NOT NULL COLLATE NOCASE, addresses TEXT NOT NULL, comment TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (region, name)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE network_connection (
            id INTEGER PRIMARY KEY,
            region TEXT NOT NULL REFERENCES region (region),
            kind TEXT NOT NULL CHECK (kind IN ('aws', 'onprem', 'azure')),
            label TEXT NOT NULL, aws_account_id TEXT NOT NULL, vpc_id TEXT NOT NULL,
            tgw_attachment_id TEXT NOT NULL, dx_gateway_id TEXT NOT NULL,
            azure_gateway_ip TEXT NOT NULL, psk_configured INTEGER NOT NULL,
            cidr_blocks TEXT NOT NULL, enabled INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE region_item (
            id INTEGER PRIMARY KEY,
            region TEXT NOT NULL REFERENCES region (region),
            kind TEXT NOT NULL CHECK (kind IN ('portal-log', 'metric', 'route', 'maintenance')),
            at INTEGER NOT NULL, text TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE sync_point (
            seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, units_copied INTEGER NOT NULL,
            definitions_copied INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE switchover_run (
            id INTEGER PRIMARY KEY,
            mode TEXT NOT NULL CHECK (mode IN ('disaster', 'drill')),
            state TEXT NOT NULL CHECK (state IN ('active', 'completed')),
            started_at INTEGER NOT NULL, finished_at INTEGER NOT NULL DEFAULT 0,
            facts TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral(R"(CREATE TABLE switchover_step (
            run_id INTEGER NOT NULL REFERENCES switchover_run (id),
            step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 12),
            operator TEXT NOT NULL, role TEXT NOT NULL, at INTEGER NOT NULL,
            note TEXT NOT NULL, details TEXT NOT NULL,
            PRIMARY KEY (run_id, step)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, recorded_at INTEGER NOT NULL,
            operator TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL,
            details TEXT NOT NULL, run_id INTEGER,
            prev_hash TEXT NOT NULL, hash TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
    }};
}

// Version 2: relations keep the order of the definition file. A tree's successor and
// predecessor lists follow that order, so a reloaded tree must see it too.
Migration migration2()
{
    return {2, "relation order", {
        QStringLiteral("ALTER TABLE unit_relation ADD COLUMN position INTEGER NOT NULL DEFAULT 0"),
    }};
}

// Version 3: a suppressed region remembers the customer's choice for all overdue jobnets, so
// that jobnets coming due before the release follow it too.
Migration migration3()
{
    return {
        3,
        "overdue policy",
        {
            QStringLiteral("ALTER TABLE region ADD COLUMN skip_overdue INTEGER NOT NULL DEFAULT 0"),
        }};
}

QList<Migration> migrations()
{
    return {migration1(), migration2(), migration3()};
}

} // namespace

int Schema::currentVersion()
{
    return migrations().constLast().version;
}

Result<int> Schema::migrate(Database &db)
{
    const QSqlDatabase conn = db.connection();
    int version = 0;
    Status result = db.transaction([&]() -> Status {
        if (auto s = SqlQuery::run(conn, QStringLiteral(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
            !s)
            return s;
        SqlQuery read(conn, QStringLiteral("SELECT version FROM schema_version"));
        auto current = read.scalar();
        if (!current)
            return current.error();
        if (current->isNull()) {
            if (auto s = SqlQuery::run(conn, QStringLiteral("INSERT INTO schema_version VALUES (0)"));
                !s)
                return s;
        }
        version = current->toInt();
        for (const Migration &m : migrations()) {
            if (m.version <= version)
                continue;
            for (const QString &statement : m.statements) {
                if (auto s = SqlQuery::run(conn, statement); !s) {
                    return Error::database(tr("Upgrading the database to schema version %1 (%2) "
                                              "failed: %3")
                                               .arg(m.version)
                                               .arg(QLatin1String(m.description), s.error().message));
                }
            }
            SqlQuery set(conn, QStringLiteral("UPDATE schema_version SET version = ?"));
            if (auto s = set.bind(0, m.version).exec(); !s)
                return s;
            version = m.version;
        }
        return {};
    });
    if (!result)
        return result.error();
    return version;
}

} // namespace dr
