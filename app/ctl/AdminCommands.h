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
    static Status init(Session &session);
    static Status audit(Session &session);
    // Removes the database file and SQLite's companions (-wal, -shm, -journal).
    static Status removeDatabase(const QString &path);
};

} // namespace dr::ctl
