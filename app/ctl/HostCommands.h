#pragma once

#include "CommandSpec.h"

#include <QCoreApplication>

namespace dr::ctl {

// Host information per region (jp1hosts2-like): list, add, remove.
class HostCommands
{
    Q_DECLARE_TR_FUNCTIONS(HostCommands)
public:
    static QList<CommandSpec> commands();

private:
    static Status list(Session &session);
    static Status add(Session &session);
    static Status remove(Session &session);
};

} // namespace dr::ctl
