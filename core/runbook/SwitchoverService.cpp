#include "SwitchoverService.h"

#include "DrillLoss.h"
#include "OverdueJobnets.h"
#include "engine/JapanTime.h"
#include "engine/ReleasePreview.h"

#include <QJsonArray>

namespace dr {

namespace {

Error refused(const char *code, const QString &message)
{
    return Error::refused(QString::fromLatin1(code), message);
}

QString stepLabel(int step)
{
    return QStringLiteral("%1 (%2)").arg(step).arg(SwitchoverNames::stepTitle(step));
}

} // namespace

RegionId SwitchoverService::nextTarget(const ConsoleState &state)
{
    // During a run the target is the region its phase brings into use (DR through step 6, the
    // primary from step 7), even once it is already the active one.
    if (const SwitchoverRun *run = state.currentRun(); run && run->nextStep() > 0)
        return targetOf(run->nextStep());
    return otherRegion(state.activeRegion());
}

Status SwitchoverService::checkStep(const ConsoleState &state, const Operator &op, int step)
{
    if (step < 1 || step > 12) {
        return Error::badInput(
            QStringLiteral("no-such-step"),
            tr("There is no step %1; the steps are numbered 1 to 12.").arg(step));
    }
    const SwitchoverRun *run = state.currentRun();
    if (step == 1 && run) {
        return refused("switch-in-progress",
                       tr("A switchover is already in progress (run %1, next step %2); only one "
                          "switchover can run at a time.")
                           .arg(run->id)
                           .arg(stepLabel(run->nextStep())));
    }
    if (step != 1 && !run) {
        return refused("no-switchover",
                       step == 7
                           ? tr("A failback needs a completed failover (step 6 done), and no "
                                "switchover is in progress.")
                           : tr("No switchover is in progress; a switchover starts with step 1."));
    }
    if (run && step != run->nextStep()) {
        if (step == 7)
            return refused("failover-not-complete",
                           tr("A failback needs a completed failover (step 6 done); the next step "
                              "is %1.")
                               .arg(stepLabel(run->nextStep())));
        return refused("step-order", tr("Step %1 cannot be completed now: steps complete in order "
                                        "and the next step is %2.")
                                         .arg(step)
                                         .arg(stepLabel(run->nextStep())));
    }
    const Role role = stepInfo(step).role;
    if (op.role != role) {
        return refused("step-role",
                       role == Role::Provider
                           ? tr("Step %1 must be completed by the provider.").arg(step)
                           : tr("Step %1 must be completed by the customer.").arg(step));
    }
    return {};
}

Preflight::DataLoss SwitchoverService::dataLoss(const ConsoleState &state, RegionId target)
{
    Preflight::DataLoss loss;
    if (target != RegionId::Dr)
        return loss;
    const RegionRuntime &primary = state.region(RegionId::Primary).runtime;
    loss.syncPointMs = state.region(RegionId::Dr).runtime.syncAtMs;
    loss.outageMs = !primary.available       ? primary.downSinceMs
                    : primary.managerRunning ? state.clockMs
                                             : primary.stoppedAtMs;
    loss.unitsAffected = !primary.available ? primary.lostUnits : qint64(state.pendingSync.size());
    return loss;
}

PreflightResult SwitchoverService::preflight(const ConsoleState &state, RegionId target)
{
    qint64 serial = state.execSerial; // the preview counts on a copy
    const std::vector<UnitIndex> starting = ReleasePreview::units(
        state.region(target), state.clockMs, Scheduler::Context{&serial, state.seed});
    return Preflight::run(state.region(target), state.contract, dataLoss(state, target), starting);
}

Status SwitchoverService::start(EngineContext &ctx, const Operator &op, Phase phase,
                                SwitchMode mode, const QString &note)
{
    ConsoleState &st = ctx.state;
    const int step = phase == Phase::Failover ? 1 : 7;
    if (auto s = checkStep(st, op, step); !s)
        return s;
    const RegionRuntime &primary = st.region(RegionId::Primary).runtime;
    const RegionRuntime &dr = st.region(RegionId::Dr).runtime;
    if (phase == Phase::Failover) {
        if (st.contract.authLinkage) {
            return refused("auth-linkage",
                           tr("The switch cannot be requested: job management and system "
                              "management share one authentication server (JP1 user "
                              "authentication is linked to system management). The disaster "
                              "recovery option cannot be used in that configuration, because the "
                              "DR environment has no system management to authenticate against. "
                              "Ask the service desk to separate the authentication first."));
        }
        if (mode == SwitchMode::Disaster && primary.available) {
            return refused("no-outage",
                           tr("Disaster mode is for a primary environment that is unavailable, "
                              "and the primary environment is available. Choose drill mode for "
                              "training or verification, or record the regional outage first."));
        }
        if (mode == SwitchMode::Drill && !primary.available) {
            return refused("drill-during-outage",
                           tr("The primary environment is unavailable: this is a disaster, not a "
                              "drill. Choose disaster mode."));
        }
        if (!dr.available) {
            return refused("dr-unavailable",
                           tr("The DR environment is unavailable; it cannot take over operation."));
        }
        SwitchoverRun run;
        run.id = st.runs.isEmpty() ? 1 : st.runs.last().id + 1;
        run.mode = mode;
        run.startedAtMs = st.clockMs;
        st.runs.append(run);
    } else {
        SwitchoverRun &run = *st.currentRun();
        if (mode != run.mode) {
            return refused("mode-mismatch",
                           tr("This switchover runs in %1 mode; the failback must use the same "
                              "mode.")
                               .arg(SwitchoverNames::modeName(run.mode).toLower()));
        }
        if (mode == SwitchMode::Disaster && !primary.available) {
            return refused("primary-unavailable",
                           tr("The primary environment is still unavailable. Restore it before "
                              "requesting the switch back."));
        }
    }
    SwitchoverRun &run = *st.currentRun();
    StepRecord record{step, op.name, op.role, st.clockMs, note, {}};
    record.details.insert(QStringLiteral("mode"), switchModeCode(mode));
    record.details.insert(QStringLiteral("notCarriedOver"),
                          QJsonArray::fromStringList(SwitchoverNames::notCarriedOver()));
    run.steps.append(record);
    ctx.mutation.runs.insert(run.id);
    ctx.mutation.newSteps.append({run.id, record});
    ctx.mutation.audited(QStringLiteral("switch.step"),
                         QStringLiteral("Step %1 (%2, %3 mode) requested%4")
                             .arg(step)
                             .arg(phaseCode(phase), switchModeCode(mode),
                                  note.isEmpty() ? QString() : QStringLiteral(": ") + note),
                         run.id);
    return {};
}

Status SwitchoverService::complete(EngineContext &ctx, const Operator &op, int step,
                                   const StepOptions &options)
{
    ConsoleState &st = ctx.state;
    if (step == 1 || step == 7) {
        return Error::badInput(
            QStringLiteral("step-is-request"),
            tr("Step %1 is a request: start it with \"switch start %2\".")
                .arg(step)
                .arg(step == 1 ? QStringLiteral("failover") : QStringLiteral("failback")));
    }
    if (options.skipOverdue && step >= 1 && step <= 12 && (step - 1) % 6 + 1 != 3) {
        return Error::usage(tr("The choice for overdue jobnets (run after release or skip) is "
                               "made with step 3 or step 9, the customer's recovery work; step "
                               "%1 takes no such choice.")
                                .arg(step));
    }
    if (auto s = checkStep(st, op, step); !s)
        return s;
    SwitchoverRun &run = *st.currentRun();
    QJsonObject details;
    const int inPhase = (step - 1) % 6 + 1;
    Status s;
    switch (inPhase) {
    case 2:
        s = completeSwitch(ctx, run, step, details);
        break;
    case 3: {
        OverdueJobnets::note(ctx, targetOf(step));
        if (options.skipOverdue)
            OverdueJobnets::chooseAll(ctx, targetOf(step), *options.skipOverdue, run.id);
        const RegionData &target = st.region(targetOf(step));
        int runCount = 0, skipCount = 0;
        for (UnitIndex root : target.tree->rootJobnets()) {
            const UnitState &rs = target.states[std::size_t(root)];
            if (rs.has(FlagOverdue))
                (rs.has(FlagSkipOverdue) ? skipCount : runCount) += 1;
        }
        details.insert(QStringLiteral("overdueRun"), runCount);
        details.insert(QStringLiteral("overdueSkip"), skipCount);
        break;
    }
    case 4:
        s = completeReport(ctx, run, step, options, details);
        break;
    case 5:
        s = completeRelease(ctx, run, step, details);
        break;
    case 6:
        break;
    }
    if (!s)
        return s;
    StepRecord record{step, op.name, op.role, st.clockMs, options.note, details};
    run.steps.append(record);
    if (step == 6) {
        run.facts.insert(QStringLiteral("rtoMs"), st.clockMs - run.step(1)->atMs);
    } else if (step == 12) {
        run.completed = true;
        run.finishedAtMs = st.clockMs;
        run.facts.insert(QStringLiteral("failbackMs"), st.clockMs - run.step(7)->atMs);
    }
    run.steps.last().details.insert(QStringLiteral("figures"), figures(run));
    ctx.mutation.runs.insert(run.id);
    ctx.mutation.newSteps.append({run.id, run.steps.last()});
    ctx.mutation.audited(
        QStringLiteral("switch.step"),
        QStringLiteral("Step %1 completed (%2)%3")
            .arg(step)
            .arg(QLatin1String(SwitchoverNames::stepTitleSource(step)),
                 options.note.isEmpty() ? QString() : QStringLiteral(": ") + options.note),
        run.id);
    return {};
}

Status SwitchoverService::completeSwitch(EngineContext &ctx, SwitchoverRun &run, int step,
                                         QJsonObject &details)
{
    ConsoleState &st = ctx.state;
    const RegionId target = targetOf(step);
    const RegionId source = otherRegion(target);
    RegionData &t = st.region(target);
    RegionData &src = st.region(source);
    if (!t.runtime.available) {
        return refused("target-unavailable",
                       tr("The %1 is unavailable; it cannot be started. Restore it first.")
                           .arg(RegionNames::displayName(target)));
    }
    if (step == 2) {
        if (t.runtime.syncAtMs == 0) {
            return refused("no-sync-point",
                           tr("The DR environment has no synchronised copy yet (no sync point); "
                              "there is nothing to start it from."));
        }
        const Preflight::DataLoss loss = dataLoss(st, RegionId::Dr);
        const qint64 lossMs = std::max<qint64>(0, loss.outageMs - loss.syncPointMs);
        details.insert(QStringLiteral("syncPoint"), jst::isoUtc(loss.syncPointMs));
        details.insert(QStringLiteral("dataLossMs"), lossMs);
        details.insert(QStringLiteral("unitsAffected"), loss.unitsAffected);
        run.facts.insert(QStringLiteral("syncPoint"), jst::isoUtc(loss.syncPointMs));
        run.facts.insert(QStringLiteral("syncSeq"), t.runtime.syncSeq); // kept in the history
        run.facts.insert(QStringLiteral("outage"), jst::isoUtc(loss.outageMs));
        run.facts.insert(QStringLiteral("dataLossMs"), lossMs);
        run.facts.insert(QStringLiteral("unitsAffected"), loss.unitsAffected);
    } else {
        if (run.mode == SwitchMode::Disaster) {
            if (!src.runtime.available) {
                return refused("source-unavailable",
                               tr("The DR environment is unavailable, so its data cannot be copied "
                                  "back. Restore it first."));
            }
            // Disaster failback: the DR environment's data comes back to the primary first.
            t.tree = src.tree;
            t.states = src.states;
            t.runtime.definitionsRevision = src.runtime.definitionsRevision;
            ctx.mutation.region(target).copyFrom = source;
            ctx.mutation.region(target).copyDefinitions = true;
            details.insert(QStringLiteral("reverseSync"), true);
        } else {
            details.insert(QStringLiteral("reverseSync"), false);
            details.insert(QStringLiteral("discarded"),
                           tr("Executions, status changes and agent changes made in the DR "
                              "environment during the drill"));
        }
        run.facts.insert(QStringLiteral("failbackCopied"), run.mode == SwitchMode::Disaster);
    }
    // The source stops (if it still runs) and hands over.
    if (src.runtime.managerRunning) {
        src.runtime.managerRunning = false;
        src.runtime.stoppedAtMs = st.clockMs;
    }
    src.runtime.suppressed = false;
    src.runtime.active = false;
    ctx.mutation.region(source).runtime = true;
    // Items that a switch does not carry over start empty in the target.
    t.items.clear();
    ctx.mutation.region(target).items = true;
    t.runtime.active = true;
    t.runtime.downSinceMs = 0;
    QJsonObject summary;
    Simulation::startManager(ctx, target, StartMode::Disaster, true, &summary);
    // A drill's switch back leaves the DR region's work behind: remember where it started.
    if (step == 2 && run.mode == SwitchMode::Drill)
        run.facts.insert(QStringLiteral("drillBaseline"), DrillLoss::baseline(st));
    details.insert(QStringLiteral("drStart"), summary);
    details.insert(QStringLiteral("source"), regionCode(source));
    details.insert(QStringLiteral("target"), regionCode(target));
    run.facts.insert(step == 2 ? QStringLiteral("failoverStart") : QStringLiteral("failbackStart"),
                     summary);
    return {};
}

Status SwitchoverService::completeReport(EngineContext &ctx, SwitchoverRun &run, int step,
                                         const StepOptions &options, QJsonObject &details)
{
    Q_UNUSED(run)
    const PreflightResult result = preflight(ctx.state, targetOf(step));
    details.insert(QStringLiteral("preflight"), result.toJson());
    if (result.hasErrors()) {
        QStringList lines;
        for (const PreflightFinding &f : result.of(Severity::Error))
            lines << QStringLiteral("- ") + f.message;
        return refused("preflight-errors",
                       tr("Recovery work cannot be reported complete: the pre-flight check found "
                          "%n error(s):",
                          nullptr, result.count(Severity::Error)) +
                           QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
    const int warnings = result.count(Severity::Warning);
    if (warnings > 0 && !options.acknowledgeWarnings) {
        QStringList lines;
        for (const PreflightFinding &f : result.of(Severity::Warning))
            lines << QStringLiteral("- ") + f.message;
        return refused("preflight-warnings",
                       tr("The pre-flight check found %n warning(s); acknowledge them to report "
                          "the recovery work complete:",
                          nullptr, warnings) +
                           QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
    details.insert(QStringLiteral("warningsAcknowledged"), warnings > 0);
    return {};
}

Status SwitchoverService::checkRelease(const ConsoleState &state, const Operator &op, int step)
{
    if (auto s = checkStep(state, op, step); !s)
        return s;
    return releasePrecondition(state, step);
}

Status SwitchoverService::releasePrecondition(const ConsoleState &state, int step)
{
    const RegionId target = targetOf(step);
    if (!state.region(target).runtime.managerRunning) {
        return refused("manager-stopped", tr("The %1 manager is not running; start it first.")
                                              .arg(RegionNames::displayName(target)));
    }
    return {};
}

Status SwitchoverService::completeRelease(EngineContext &ctx, SwitchoverRun &run, int step,
                                          QJsonObject &details)
{
    Q_UNUSED(run)
    if (auto s = releasePrecondition(ctx.state, step); !s)
        return s;
    const RegionId target = targetOf(step);
    RegionData &t = ctx.state.region(target);
    t.runtime.suppressed = false;
    ctx.mutation.region(target).runtime = true;
    const std::vector<UnitIndex> started = ctx.scheduler(target).release(ctx.state.clockMs);
    ctx.collect(target);
    QJsonArray samples;
    for (std::size_t k = 0; k < started.size() && k < 20; ++k)
        samples.append(t.tree->path(started[k]));
    details.insert(QStringLiteral("startedCount"), qint64(started.size()));
    details.insert(QStringLiteral("started"), samples);
    return {};
}

QJsonObject SwitchoverService::figures(const SwitchoverRun &run)
{
    QJsonObject f;
    f.insert(QStringLiteral("mode"), switchModeCode(run.mode));
    if (run.facts.contains(QStringLiteral("dataLossMs")))
        f.insert(QStringLiteral("dataLossMs"), run.facts.value(QStringLiteral("dataLossMs")));
    if (run.facts.contains(QStringLiteral("unitsAffected")))
        f.insert(QStringLiteral("unitsAffected"), run.facts.value(QStringLiteral("unitsAffected")));
    if (const StepRecord *s1 = run.step(1); s1 && run.step(6))
        f.insert(QStringLiteral("rtoMs"), run.step(6)->atMs - s1->atMs);
    if (const StepRecord *s7 = run.step(7); s7 && run.step(12))
        f.insert(QStringLiteral("failbackMs"), run.step(12)->atMs - s7->atMs);
    QJsonArray steps;
    qint64 previous = run.startedAtMs;
    for (const StepRecord &r : run.steps) {
        steps.append(QJsonObject{{QStringLiteral("step"), r.step},
                                 {QStringLiteral("by"), r.operatorName},
                                 {QStringLiteral("role"), roleCode(r.role)},
                                 {QStringLiteral("at"), jst::isoUtc(r.atMs)},
                                 {QStringLiteral("durationMs"), r.atMs - previous}});
        previous = r.atMs;
    }
    f.insert(QStringLiteral("steps"), steps);
    return f;
}

} // namespace dr
