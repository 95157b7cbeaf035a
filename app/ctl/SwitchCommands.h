#pragma once

#include "CommandSpec.h"

#include "model/Switchover.h"

#include <QCoreApplication>

namespace dr::ctl {

// The twelve-step switchover (switch start/complete/show), the pre-flight check and the
// provider's suppression controls.
class SwitchCommands
{
    Q_DECLARE_TR_FUNCTIONS(SwitchCommands)
public:
    static QList<CommandSpec> commands();

private:
    static Status start(Session &session);
    static Status complete(Session &session);
    static Status show(Session &session);
    static Status preflight(Session &session);
    static Status suppress(Session &session);
    static Status release(Session &session);

    // After a step: what the core recorded with it, and what comes next.
    static void printStepOutcome(Session &session, const SwitchoverRun &run, int step);
    static void printShow(Session &session);
};

} // namespace dr::ctl
