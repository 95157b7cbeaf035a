#include "AdminCommands.h"

#include "JsonViews.h"
#include "Session.h"
#include "TextFormat.h"
#include "TextTable.h"
#include "model/AuditAction.h"

#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <filesystem>

namespace dr::ctl {

QList<CommandSpec> AdminCommands::initCommands()
{
    return {CommandSpec{
        .words = {QStringLiteral("init")},
        .summary = tr("Create the database, empty or with the demo environment"),
        .options = {{QStringLiteral("demo"),
                     {},
                     tr("seed the demo customer (two regions, jobnets, agents), clock at today")},
                    {QStringLiteral("force"),
                     {},
                     tr("replace an existing database (its contents and audit log are lost)")}},
        .createsDatabase = true,
        .run = &AdminCommands::init}};
}

QList<CommandSpec> AdminCommands::auditCommands()
{
    return {CommandSpec{
        .words = {QStringLiteral("audit")},
        .summary = tr("List the audit log; --verify checks its hash chain (exit 6 when broken)"),
        .options = {{QStringLiteral("verify"), {}, tr("verify the hash chain of every entry")},
                    {QStringLiteral("limit"), QStringLiteral("N"), tr("only the newest N entries")},
                    {QStringLiteral("run"), QStringLiteral("ID"),
                     tr("only the entries of a switchover run")},
                    {QStringLiteral("search"), QStringLiteral("TEXT"),
                     tr("only entries whose operator, action or details contain TEXT")}},
        .run = &AdminCommands::audit}};
}

Status AdminCommands::removeDatabase(const QString &path, bool withFile)
{
    QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"),
                         QStringLiteral("-journal")};
    if (withFile)
        suffixes.prepend(QString());
    for (const QString &suffix : suffixes) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove()) {
            return Error::database(
                tr("Cannot remove \"%1\": %2")
                    .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        }
    }
    return {};
}

Status AdminCommands::checkReplaceable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.isFile()) {
        return Error::refused(QStringLiteral("not-a-database"),
                              tr("\"%1\" is not a file; init --force replaces a DR Console "
                                 "database only. Nothing was changed.")
                                  .arg(shown));
    }
    // A file that is not a DR Console database (or one of a newer version) is somebody's data.
    if (auto probe = Database::probe(path); !probe) {
        return Error::refused(QStringLiteral("not-a-database"),
                              tr("init --force replaces a DR Console database only, and this "
                                 "file was refused: %1 Nothing was changed.")
                                  .arg(probe.error().message));
    }
    return {};
}

Result<AdminCommands::Created> AdminCommands::create(const QString &path, bool demo)
{
    auto opened = Console::open(path);
    if (!opened)
        return opened.error();
    Console &console = **opened;
    Console::SeedOptions options;
    options.demo = demo;
    // Refused by the core when the file already holds an environment; nothing is written then.
    if (auto s = console.initialize(options); !s)
        return s.error();
    return Created{console.state().contract.customerName, console.clockMs(),
                   console.region(RegionId::Primary).tree->size()};
}

Result<AdminCommands::Created> AdminCommands::replace(const QString &path, bool demo)
{
    if (auto s = checkReplaceable(path); !s)
        return s.error();
    // The new database is built beside the old one and then takes its name in one rename, so
    // a failure on the way leaves the old database as it was.
    const QString building = path + QStringLiteral(".init-tmp");
    const QFileInfo leftover(building);
    if (leftover.exists() && !leftover.isFile()) {
        return Error::database(tr("Cannot build the new database: \"%1\" is in the way. Remove "
                                  "it and try again. Nothing was changed.")
                                   .arg(QDir::toNativeSeparators(building)));
    }
    if (auto s = removeDatabase(building, true); !s) // an interrupted earlier init
        return s.error();
    auto created = create(building, demo);
    if (created && QFileInfo::exists(building + QStringLiteral("-wal"))) {
        created = Error::database(tr("The new database \"%1\" was not closed cleanly; nothing "
                                     "was changed.")
                                      .arg(QDir::toNativeSeparators(building)));
    }
    if (!created) {
        (void)removeDatabase(building, true);
        return created.error();
    }
    std::error_code error;
    std::filesystem::rename(QFileInfo(building).filesystemFilePath(),
                            QFileInfo(path).filesystemFilePath(), error);
    if (error) {
        (void)removeDatabase(building, true);
        return Error::database(
            tr("Cannot replace \"%1\": %2. Nothing was changed.")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(error.message())));
    }
    // The old database's write-ahead log must never be replayed into the new file.
    if (auto s = removeDatabase(path, false); !s)
        return s.error();
    return created;
}

Status AdminCommands::init(Session &session)
{
    const QString &path = session.databasePath();
    const bool demo = session.args().isSet(QStringLiteral("demo"));
    auto created =
        session.args().isSet(QStringLiteral("force")) ? replace(path, demo) : create(path, demo);
    if (!created)
        return created.error();
    const qsizetype units = created->units;
    if (session.json()) {
        session.out().printJson(
            QJsonObject{{QStringLiteral("database"), path},
                        {QStringLiteral("demo"), demo},
                        {QStringLiteral("customer"), created->customer},
                        {QStringLiteral("clock"), JsonViews::time(created->clockMs)},
                        {QStringLiteral("units"), double(units)}});
        return {};
    }
    session.out().line(
        demo ? tr("Created the demo environment (%1, %n unit(s)) in %2.", nullptr, int(units))
                   .arg(created->customer, QDir::toNativeSeparators(path))
             : tr("Created an empty environment in %1.").arg(QDir::toNativeSeparators(path)));
    session.out().line(tr("Clock: %1").arg(TextFormat::time(created->clockMs)));
    return {};
}

Status AdminCommands::audit(Session &session)
{
    const ArgumentParser &args = session.args();
    AuditLog::Filter filter;
    if (args.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = args.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit <= 0)
            return Error::badInput(QStringLiteral("limit"), tr("--limit needs a positive number."));
    }
    if (args.isSet(QStringLiteral("run"))) {
        bool ok = false;
        filter.runId = args.value(QStringLiteral("run")).toLongLong(&ok);
        if (!ok || filter.runId <= 0)
            return Error::badInput(QStringLiteral("run"),
                                   tr("--run needs a switchover run number."));
    }
    filter.text = args.value(QStringLiteral("search"));
    const Console &console = session.console();
    auto entries = console.auditEntries(filter);
    if (!entries)
        return entries.error();
    std::optional<AuditVerification> verification;
    if (args.isSet(QStringLiteral("verify"))) {
        auto v = console.verifyAudit();
        if (!v)
            return v.error();
        verification = *v;
    }
    if (session.json()) {
        QJsonArray list;
        for (const AuditEntry &e : *entries)
            list.append(JsonViews::auditEntry(e));
        QJsonObject o{{QStringLiteral("entries"), list},
                      {QStringLiteral("verified"),
                       verification ? QJsonValue(verification->ok) : QJsonValue(QJsonValue::Null)}};
        if (verification) {
            o.insert(QStringLiteral("verification"),
                     QJsonObject{
                         {QStringLiteral("entriesChecked"), double(verification->entriesChecked)},
                         {QStringLiteral("firstBrokenSeq"),
                          verification->ok ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(double(verification->firstBrokenSeq))},
                         {QStringLiteral("message"), verification->message}});
        }
        session.out().printJson(o);
    } else {
        TextTable table(
            {tr("Seq"), tr("At"), tr("Operator"), tr("Role"), tr("Action"), tr("Details")});
        for (const AuditEntry &e : *entries) {
            table.addRow({QString::number(e.seq), TextFormat::time(e.atMs), e.operatorName,
                          RoleNames::displayName(e.role), AuditActions::displayName(e.action),
                          AuditActions::displayDetails(e.details)});
        }
        session.out().lines(table.render());
        if (verification && verification->ok)
            session.out().line(verification->message);
    }
    if (verification && !verification->ok) {
        return Error{ErrorKind::Audit, QStringLiteral("audit-broken"),
                     tr("The audit log fails verification at entry %1: %2")
                         .arg(verification->firstBrokenSeq)
                         .arg(verification->message)};
    }
    return {};
}

} // namespace dr::ctl
