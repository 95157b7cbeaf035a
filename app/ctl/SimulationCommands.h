#pragma once

#include "CommandSpec.h"

#include <QCoreApplication>

namespace dr::ctl {

// The simulator's controls: move the clock, sync now, declare a regional outage and restore a
// region. Without --as they act as the simulator itself.
class SimulationCommands
{
    Q_DECLARE_TR_FUNCTIONS(SimulationCommands)
public:
    static QList<CommandSpec> commands();

private:
    static Status clockAdvance(Session &session);
    static Status clockSet(Session &session);
    static Status sync(Session &session);
    static Status disaster(Session &session);
    static Status restore(Session &session);
    static void printClock(Session &session);
};

} // namespace dr::ctl
