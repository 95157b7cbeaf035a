#pragma once

#include "CommandSpec.h"

#include <QCoreApplication>

namespace dr::ctl {

// Read-only overview: status (both regions, clock, sync, switchover) and clock show.
class StatusCommands
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommands)
public:
    static QList<CommandSpec> commands();

private:
    static Status status(Session &session);
    static Status clockShow(Session &session);
};

} // namespace dr::ctl
