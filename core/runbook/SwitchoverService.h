#pragma once

#include "Preflight.h"
#include "engine/Simulation.h"
#include "model/Role.h"
#include "model/Switchover.h"

#include <QCoreApplication>

#include <optional>

namespace dr {

// What an operator gives when completing a step.
struct StepOptions
{
    QString note;
    bool acknowledgeWarnings = false;   // steps 4 and 10
    // Steps 3 and 9 only: run (false) or skip (true) every overdue jobnet, and every one that
    // comes due before the release.
    std::optional<bool> skipOverdue;
};

// The twelve-step switchover of domain.md §3 as a state machine: order, roles, modes, the
// refusal rules, the manager starts and the measured figures.
class SwitchoverService
{
    Q_DECLARE_TR_FUNCTIONS(SwitchoverService)
public:
    // Steps 1 and 7.
    static Status start(EngineContext &ctx, const Operator &op, Phase phase, SwitchMode mode,
                        const QString &note);
    // Steps 2-6 and 8-12.
    static Status complete(EngineContext &ctx, const Operator &op, int step,
                           const StepOptions &options);

    // Whether `op` may complete `step` now as far as order and role go (the step's own
    // preconditions are checked when it is completed).
    static Status checkStep(const ConsoleState &state, const Operator &op, int step);
    // Whether `op` may complete the release step (5 or 11) now, including its own precondition.
    static Status checkRelease(const ConsoleState &state, const Operator &op, int step);
    // The region a step's phase makes active: DR for 1-6, primary for 7-12.
    static RegionId targetOf(int step) { return step <= 6 ? RegionId::Dr : RegionId::Primary; }
    // The region a switch would make active next (for the pre-flight badge).
    static RegionId nextTarget(const ConsoleState &state);
    static Preflight::DataLoss dataLoss(const ConsoleState &state, RegionId target);
    static PreflightResult preflight(const ConsoleState &state, RegionId target);

    // RTO, data loss, step durations and actors of a run.
    static QJsonObject figures(const SwitchoverRun &run);

private:
    static Status completeSwitch(EngineContext &ctx, SwitchoverRun &run, int step, QJsonObject &details);
    static Status completeReport(EngineContext &ctx, SwitchoverRun &run, int step,
                                 const StepOptions &options, QJsonObject &details);
    static Status releasePrecondition(const ConsoleState &state, int step);
    static Status completeRelease(EngineContext &ctx, SwitchoverRun &run, int step, QJsonObject &details);
};

} // namespace dr
