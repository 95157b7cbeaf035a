#pragma once

#include "engine/Simulation.h"
#include "model/Role.h"

#include <QCoreApplication>

namespace dr {

// The customer's choice for overdue root jobnets (domain.md §5): a generation whose start time
// passed while the target's manager could not start it (stopped, or suppressed during the
// switchover) runs after release (the default) or is skipped ("Skipped so not exe."). The
// choice is made per jobnet or for all during the recovery work; the choice for all also
// applies to jobnets that come due later, until the release.
class OverdueJobnets
{
    Q_DECLARE_TR_FUNCTIONS(OverdueJobnets)
public:
    // Whether a choice can be made now: from step 3 (9) until suppression is released.
    static bool choiceOpen(const ConsoleState &state);
    // One root jobnet.
    static Status choose(EngineContext &ctx, const Operator &op, UnitIndex root, bool skip);
    // Every overdue jobnet of `target`, and the policy for those that come due before the
    // release.
    static void chooseAll(EngineContext &ctx, RegionId target, bool skip, qint64 runId);
    // Marks the target's due root jobnets overdue while its manager cannot start them (so that
    // one whose time came at this very moment is covered by the choice too).
    static void note(EngineContext &ctx, RegionId target);
};

} // namespace dr
