#include "SwitchCommands.h"

#include "JsonViews.h"
#include "ReportCommand.h"
#include "Session.h"
#include "TextFormat.h"
#include "TextTable.h"

#include "engine/JapanTime.h"
#include "runbook/Preflight.h"

#include <QJsonArray>

namespace dr::ctl {

namespace {

const QString kNote = QStringLiteral("note");

} // namespace

QList<CommandSpec> SwitchCommands::commands()
{
    const OptionSpec note{kNote, QStringLiteral("TEXT"), tr("a note recorded with the step")};
    const OptionSpec region{QStringLiteral("region"), QStringLiteral("primary|dr"),
                            tr("the region"), true};
    QList<CommandSpec> list;
    list << CommandSpec{
        .words = {QStringLiteral("switch"), QStringLiteral("start")},
        .arguments = QStringLiteral("failover|failback"),
        .summary = tr("Request a switch: step 1 (failover) or step 7 (failback)"),
        .options = {{QStringLiteral("mode"), QStringLiteral("disaster|drill"),
                     tr("disaster: the source is unavailable; drill: training or verification"),
                     true},
                    note},
        .minPositional = 1,
        .maxPositional = 1,
        .operatorUse = OperatorUse::Required,
        .run = &SwitchCommands::start};
    list << CommandSpec{
        .words = {QStringLiteral("switch"), QStringLiteral("complete")},
        .arguments = QStringLiteral("STEP"),
        .summary = tr("Complete step 2-6 or 8-12 of the switchover"),
        .options = {note,
                    {QStringLiteral("ack-warnings"),
                     {},
                     tr("acknowledge the pre-flight warnings (steps 4 and 10)")},
                    {QStringLiteral("overdue"), QStringLiteral("run|skip"),
                     tr("steps 3 and 9: run every overdue jobnet after release, or skip it")}},
        .minPositional = 1,
        .maxPositional = 1,
        .operatorUse = OperatorUse::Required,
        .run = &SwitchCommands::complete};
    list << CommandSpec{.words = {QStringLiteral("switch"), QStringLiteral("show")},
                        .summary = tr("Show every step of the current (or last) switchover"),
                        .run = &SwitchCommands::show};
    list << CommandSpec{
        .words = {QStringLiteral("switch"), QStringLiteral("report")},
        .summary = tr("Write the report of a switchover (timeline, RTO/RPO, pre-flight, audit)"),
        .options = {{QStringLiteral("format"), QStringLiteral("html|pdf"), tr("the file format"),
                     true},
                    {QStringLiteral("output"), QStringLiteral("FILE"), tr("where to write it"),
                     true},
                    {QStringLiteral("run"), QStringLiteral("ID"),
                     tr("the run to report (default: the current or most recent one)")}},
        .run = &ReportCommand::run};
    list << CommandSpec{
        .words = {QStringLiteral("preflight")},
        .summary = tr("Run the pre-flight check (exit 3 when it finds errors)"),
        .options = {{QStringLiteral("region"), QStringLiteral("primary|dr"),
                     tr("the region to check (default: the one a switch would activate)")}},
        .run = &SwitchCommands::preflight};
    list << CommandSpec{.words = {QStringLiteral("suppress")},
                        .summary = tr("Suppress job execution in a region (provider)"),
                        .options = {region},
                        .operatorUse = OperatorUse::Required,
                        .run = &SwitchCommands::suppress};
    list << CommandSpec{.words = {QStringLiteral("release")},
                        .summary = tr("Release job execution suppression in a region (provider)"),
                        .options = {region},
                        .operatorUse = OperatorUse::Required,
                        .run = &SwitchCommands::release};
    return list;
}

Status SwitchCommands::start(Session &session)
{
    const QString kind = session.args().positional().first().toLower();
    if (kind != QLatin1String("failover") && kind != QLatin1String("failback")) {
        return Error::badInput(QStringLiteral("switch"),
                               tr("\"%1\" is not a switch; write failover or failback.")
                                   .arg(session.args().positional().first()));
    }
    const QString modeText = session.args().value(QStringLiteral("mode"));
    const auto mode = switchModeFromCode(modeText.toLower());
    if (!mode)
        return Error::badInput(QStringLiteral("mode"),
                               tr("\"%1\" is not a mode; write disaster or drill.").arg(modeText));
    const Phase phase = kind == QLatin1String("failover") ? Phase::Failover : Phase::Failback;
    Console &console = session.console();
    if (auto s = console.startSwitch(session.actor(), phase, *mode, session.args().value(kNote));
        !s)
        return s;
    if (session.json() && phase == Phase::Failback && *mode == SwitchMode::Drill) {
        // What the switch back will leave behind, counted by the core.
        auto loss = console.drillLoss();
        if (!loss)
            return loss.error();
        QJsonObject shown = JsonViews::switchShow(console.state());
        shown.insert(QStringLiteral("drillLoss"), loss->toJson());
        session.out().printJson(shown);
        return {};
    }
    printStepOutcome(session, *console.currentRun(), phase == Phase::Failover ? 1 : 7);
    return {};
}

Status SwitchCommands::complete(Session &session)
{
    const QString text = session.args().positional().first();
    bool ok = false;
    const int step = text.toInt(&ok);
    if (!ok)
        return Error::badInput(
            QStringLiteral("step"),
            tr("\"%1\" is not a step number; the steps are numbered 1 to 12.").arg(text));
    StepOptions options;
    options.note = session.args().value(kNote);
    options.acknowledgeWarnings = session.args().isSet(QStringLiteral("ack-warnings"));
    if (session.args().isSet(QStringLiteral("overdue"))) {
        const QString choice = session.args().value(QStringLiteral("overdue")).toLower();
        if (choice != QLatin1String("run") && choice != QLatin1String("skip"))
            return Error::badInput(
                QStringLiteral("overdue"),
                tr("\"%1\" is not a choice for overdue jobnets; write run or skip.")
                    .arg(session.args().value(QStringLiteral("overdue"))));
        options.skipOverdue = choice == QLatin1String("skip");
    }
    Console &console = session.console();
    if (auto s = console.completeStep(session.actor(), step, options); !s)
        return s;
    // The run that the step belongs to: the current one, or the one step 12 just completed.
    const SwitchoverRun *run = JsonViews::shownRun(console.state());
    printStepOutcome(session, *run, step);
    return {};
}

void SwitchCommands::printStepOutcome(Session &session, const SwitchoverRun &run, int step)
{
    if (session.json()) {
        printShow(session);
        return;
    }
    Output &out = session.out();
    const StepRecord *record = run.step(step);
    out.line(tr("Completed %1 as %2 (%3) at %4.")
                 .arg(TextFormat::step(step), record->operatorName,
                      RoleNames::displayName(record->role), TextFormat::time(record->atMs)));
    const QJsonObject &d = record->details;
    if (step == 1 || step == 7) {
        // Shown at the request so that nobody is surprised by what stays behind.
        out.line(tr("Not carried over by the switch (the target's copies start empty):"));
        for (const QString &item : SwitchoverNames::notCarriedOver())
            out.line(QStringLiteral("  - ") + item);
    }
    if (step == 7 && run.mode == SwitchMode::Drill) {
        out.line(tr("Warning: this is a drill. Nothing updated in the DR environment during the "
                    "drill is carried back: executions, status changes and agent or host "
                    "changes made there are lost, and the primary restarts from its own data as "
                    "of the drill's start."));
        auto loss = session.console().drillLoss();
        out.line(tr("Not carried back to the primary environment:"));
        for (const QString &line : loss ? loss->lines() : QStringList{loss.error().message})
            out.line(QStringLiteral("  - ") + line);
    }
    if (step == 2 || step == 8) {
        const QJsonObject start = d.value(QStringLiteral("drStart")).toObject();
        out.line(tr("The %1 manager started in disaster-recovery start, job execution suppressed.")
                     .arg(RegionNames::displayName(SwitchoverService::targetOf(step))));
        if (step == 2) {
            qint64 syncPointMs = 0;
            (void)jst::parseIso(d.value(QStringLiteral("syncPoint")).toString(), syncPointMs);
            out.line(tr("Data from the sync point %1; %2 lost (%n unit(s) changed after it).",
                        nullptr, int(d.value(QStringLiteral("unitsAffected")).toDouble()))
                         .arg(TextFormat::time(syncPointMs),
                              jst::formatDuration(
                                  qint64(d.value(QStringLiteral("dataLossMs")).toDouble()))));
        } else if (!d.value(QStringLiteral("reverseSync")).toBool()) {
            out.line(tr("Drill: the DR environment's changes were discarded (%1).")
                         .arg(d.value(QStringLiteral("discarded")).toString()));
        } else {
            out.line(tr("The DR environment's data was copied back to the primary first."));
        }
        out.line(tr("Units needing review: %1; overdue root jobnets: %2.")
                     .arg(start.value(QStringLiteral("review")).toInt())
                     .arg(start.value(QStringLiteral("overdue")).toInt()));
        out.line(tr("Not carried over by the switch (the target's copies start empty):"));
        for (const QString &item : SwitchoverNames::notCarriedOver())
            out.line(QStringLiteral("  - ") + item);
    }
    if (step == 3 || step == 9) {
        out.line(tr("Overdue root jobnets: %1 run after release, %2 skipped.")
                     .arg(d.value(QStringLiteral("overdueRun")).toInt())
                     .arg(d.value(QStringLiteral("overdueSkip")).toInt()));
    }
    if ((step == 4 || step == 10) && d.value(QStringLiteral("warningsAcknowledged")).toBool())
        out.line(tr("Pre-flight warnings acknowledged."));
    if (step == 5 || step == 11) {
        out.line(tr("Job execution released; %n unit(s) started.", nullptr,
                    d.value(QStringLiteral("startedCount")).toInt()));
    }
    if (step == 6 || step == 12) {
        const QJsonObject figures = d.value(QStringLiteral("figures")).toObject();
        const QString key = step == 6 ? QStringLiteral("rtoMs") : QStringLiteral("failbackMs");
        if (figures.contains(key)) {
            out.line((step == 6 ? tr("Recovery time (steps 1-6): %1")
                                : tr("Switch-back time (steps 7-12): %1"))
                         .arg(jst::formatDuration(qint64(figures.value(key).toDouble()))));
        }
    }
    out.line(TextFormat::nextStep(run));
}

Status SwitchCommands::show(Session &session)
{
    printShow(session);
    return {};
}

void SwitchCommands::printShow(Session &session)
{
    const ConsoleState &st = session.console().state();
    if (session.json()) {
        session.out().printJson(JsonViews::switchShow(st));
        return;
    }
    Output &out = session.out();
    const SwitchoverRun *run = JsonViews::shownRun(st);
    if (!run) {
        out.line(tr("No switchover has been requested yet."));
    } else {
        out.line(tr("Run %1 (%2 mode), started %3%4")
                     .arg(run->id)
                     .arg(SwitchoverNames::modeName(run->mode).toLower(),
                          TextFormat::time(run->startedAtMs),
                          run->completed
                              ? tr(", completed %1").arg(TextFormat::time(run->finishedAtMs))
                              : QString()));
    }
    TextTable table({tr("Step"), tr("Phase"), tr("Title"), tr("Role"), tr("State"), tr("By"),
                     tr("At"), tr("Note")});
    for (const StepInfo &info : allSteps()) {
        const StepRecord *done = run ? run->step(info.number) : nullptr;
        table.addRow({QString::number(info.number), SwitchoverNames::phaseName(info.phase),
                      SwitchoverNames::stepTitle(info.number), RoleNames::displayName(info.role),
                      done ? tr("done") : tr("pending"), done ? done->operatorName : QString(),
                      done ? TextFormat::time(done->atMs) : QString(),
                      done ? done->note : QString()});
    }
    out.lines(table.render());
    if (run)
        out.line(TextFormat::nextStep(*run));
}

Status SwitchCommands::preflight(Session &session)
{
    const Console &console = session.console();
    auto region = session.regionOption(QStringLiteral("region"),
                                       SwitchoverService::nextTarget(console.state()));
    if (!region)
        return region.error();
    const PreflightResult result = console.preflight(*region);
    if (session.json()) {
        session.out().printJson(result.toJson());
    } else {
        Output &out = session.out();
        // One plural form per count: tr() takes a single %n.
        const QStringList counts = Preflight::countTexts(result);
        out.line(tr("Pre-flight check of the %1: %2, %3, %4.", "errors, warnings, notes")
                     .arg(RegionNames::displayName(*region), counts.at(0), counts.at(1),
                          counts.at(2)));
        for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
            for (const PreflightFinding &f : result.of(severity)) {
                out.line(QStringLiteral("%1 [%2] %3")
                             .arg(TextFormat::severity(severity), f.code, f.message));
                for (const QString &sample : f.samples)
                    out.line(QStringLiteral("    %1").arg(sample));
            }
        }
    }
    if (result.hasErrors()) {
        return Error::refused(QStringLiteral("preflight-errors"),
                              tr("The pre-flight check of the %1 found %n error(s).", nullptr,
                                 result.count(Severity::Error))
                                  .arg(RegionNames::displayName(*region)));
    }
    return {};
}

Status SwitchCommands::suppress(Session &session)
{
    auto region = session.regionOption(QStringLiteral("region"));
    if (!region)
        return region.error();
    Console &console = session.console();
    if (auto s = console.suppress(session.actor(), *region); !s)
        return s;
    if (session.json()) {
        session.out().printJson(JsonViews::region(console, *region));
        return {};
    }
    session.out().line(
        tr("Job execution is suppressed in the %1.").arg(RegionNames::displayName(*region)));
    return {};
}

Status SwitchCommands::release(Session &session)
{
    auto region = session.regionOption(QStringLiteral("region"));
    if (!region)
        return region.error();
    Console &console = session.console();
    const SwitchoverRun *before = console.currentRun();
    const int stepBefore = before ? before->lastCompletedStep() : 0;
    if (auto s = console.release(session.actor(), *region); !s)
        return s;
    // During a switchover the release is its step 5 or 11: report it as that step.
    const SwitchoverRun *run = JsonViews::shownRun(console.state());
    if (before && run && run->lastCompletedStep() != stepBefore) {
        printStepOutcome(session, *run, run->lastCompletedStep());
        return {};
    }
    if (session.json()) {
        session.out().printJson(JsonViews::region(console, *region));
        return {};
    }
    session.out().line(tr("Job execution suppression is released in the %1.")
                           .arg(RegionNames::displayName(*region)));
    return {};
}

} // namespace dr::ctl
