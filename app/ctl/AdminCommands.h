#pragma once

#include "CommandSpec.h"

#include <QCoreApplication>

namespace dr::ctl {

// The database itself: init (create, optionally with the demo environment) and the audit log
// with its hash-chain verification.
class AdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommands)
public:
    static QList<CommandSpec> initCommands();
    static QList<CommandSpec> auditCommands();

private:
    // What init created, for its report.
    struct Created
    {
        QString customer;
        qint64 clockMs = 0;
        qsizetype units = 0;
    };

    static Status init(Session &session);
    static Status audit(Session &session);
    // Seeds `path` (a new file, or one without an environment).
    static Result<Created> create(const QString &path, bool demo);
    // init --force: builds the new database in a temporary file beside `path`, then renames it
    // over the old one. Only a DR Console database (or an empty file) is replaced.
    static Result<Created> replace(const QString &path, bool demo);
    static Status checkReplaceable(const QString &path);
    // Removes SQLite's companions of a database (-wal, -shm, -journal), and the file itself
    // when `withFile`.
    static Status removeDatabase(const QString &path, bool withFile);
};

} // namespace dr::ctl
