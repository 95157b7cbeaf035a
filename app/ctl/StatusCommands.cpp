#include "StatusCommands.h"

#include "JsonViews.h"
#include "Session.h"
#include "TextFormat.h"
#include "TextTable.h"

#include "engine/JapanTime.h"

#include <QDir>
#include <QFileInfo>

namespace dr::ctl {

QList<CommandSpec> StatusCommands::commands()
{
    QList<CommandSpec> list;
    list << CommandSpec{
        .words = {QStringLiteral("status")},
        .summary = tr("Show both regions, the clock, the last sync point and the switchover"),
        .run = &StatusCommands::status};
    list << CommandSpec{.words = {QStringLiteral("clock"), QStringLiteral("show")},
                        .summary = tr("Show the simulated clock"),
                        .run = &StatusCommands::clockShow};
    return list;
}

Status StatusCommands::status(Session &session)
{
    const Console &console = session.console();
    if (session.json()) {
        session.out().printJson(JsonViews::status(console));
        return {};
    }
    const ConsoleState &st = console.state();
    Output &out = session.out();
    out.line(
        tr("Database: %1")
            .arg(QDir::toNativeSeparators(QFileInfo(console.databasePath()).absoluteFilePath())));
    out.line(tr("Customer: %1").arg(st.contract.customerName));
    out.line(tr("Clock: %1").arg(TextFormat::time(console.clockMs())));
    out.line();

    const RegionRuntime &p = console.region(RegionId::Primary).runtime;
    const RegionRuntime &d = console.region(RegionId::Dr).runtime;
    TextTable table({QString(), RegionNames::displayName(RegionId::Primary),
                     RegionNames::displayName(RegionId::Dr)});
    table.addRow({tr("Location"),
                  QStringLiteral("%1 (%2)").arg(RegionNames::location(RegionId::Primary),
                                                awsRegionCode(RegionId::Primary)),
                  QStringLiteral("%1 (%2)").arg(RegionNames::location(RegionId::Dr),
                                                awsRegionCode(RegionId::Dr))});
    table.addRow({tr("Operation"), TextFormat::operation(p), TextFormat::operation(d)});
    table.addRow({tr("Manager"), TextFormat::manager(p), TextFormat::manager(d)});
    table.addRow({tr("Job execution"), TextFormat::suppression(p), TextFormat::suppression(d)});
    table.addRow({tr("Availability"), TextFormat::availability(p), TextFormat::availability(d)});
    // The DR environment runs as the Standard tier whatever the primary's tier is.
    table.addRow({tr("Service tier"), RegionNames::tierName(st.contract.primaryTier),
                  RegionNames::tierName(ServiceTier::Standard)});
    table.addRow(
        {tr("Last sync point"), TextFormat::time(p.syncAtMs), TextFormat::time(d.syncAtMs)});
    table.addRow(
        {tr("Sync lag"), QStringLiteral("-"),
         d.syncAtMs ? jst::formatDuration(console.clockMs() - d.syncAtMs) : QStringLiteral("-")});
    out.lines(table.render());
    out.line();

    if (const SwitchoverRun *run = console.currentRun()) {
        out.line(tr("Switchover: run %1, %2, %3 mode.")
                     .arg(run->id)
                     .arg(SwitchoverNames::phaseName(run->reachedPhase()).toLower(),
                          SwitchoverNames::modeName(run->mode).toLower()));
        if (run->failoverCompleted() && run->reachedPhase() == Phase::Failover)
            out.line(tr("The failover is complete; no failback has been requested yet."));
        out.line(TextFormat::nextStep(*run));
    } else {
        out.line(tr("Switchover: none in progress."));
    }
    if (const QString blocker = console.syncBlocker(); !blocker.isEmpty())
        out.line(tr("Synchronisation paused: %1.").arg(blocker));
    return {};
}

Status StatusCommands::clockShow(Session &session)
{
    const qint64 now = session.console().clockMs();
    if (session.json()) {
        session.out().printJson(QJsonObject{{QStringLiteral("clock"), JsonViews::time(now)}});
        return {};
    }
    session.out().line(QStringLiteral("%1 (%2)").arg(TextFormat::time(now), jst::isoUtc(now)));
    return {};
}

} // namespace dr::ctl
