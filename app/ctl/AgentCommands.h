#pragma once

#include "CommandSpec.h"

#include "model/ExecutionAgent.h"

#include <QCoreApplication>

namespace dr::ctl {

// Execution agents per region (domain.md §8): list, add, update, remove, and the copy from one
// region to the other that step 3 of a failover usually starts with.
class AgentCommands
{
    Q_DECLARE_TR_FUNCTIONS(AgentCommands)
public:
    static QList<CommandSpec> commands();

private:
    static Status list(Session &session);
    static Status add(Session &session);
    static Status update(Session &session);
    static Status remove(Session &session);
    static Status copy(Session &session);

    // The options of add/update applied over `agent` (options not given keep its values).
    static Status applyOptions(const Session &session, ExecutionAgent &agent);
    static void printAgents(Session &session, RegionId region);
};

} // namespace dr::ctl
