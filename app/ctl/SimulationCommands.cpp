#include "SimulationCommands.h"

#include "JsonViews.h"
#include "Session.h"
#include "TextFormat.h"

#include "engine/JapanTime.h"

namespace dr::ctl {

QList<CommandSpec> SimulationCommands::commands()
{
    QList<CommandSpec> list;
    list << CommandSpec{.words = {QStringLiteral("clock"), QStringLiteral("advance")},
                        .arguments = QStringLiteral("DURATION"),
                        .summary = tr("Run the simulation forward (90s, 15m, 2h, 1d, 1h30m)"),
                        .minPositional = 1,
                        .maxPositional = 1,
                        .operatorUse = OperatorUse::Optional,
                        .run = &SimulationCommands::clockAdvance};
    list << CommandSpec{.words = {QStringLiteral("clock"), QStringLiteral("set")},
                        .arguments = QStringLiteral("ISO-8601"),
                        .summary = tr("Run the simulation forward to a time (Z or an offset; "
                                      "without one, Japan time)"),
                        .minPositional = 1,
                        .maxPositional = 1,
                        .operatorUse = OperatorUse::Optional,
                        .run = &SimulationCommands::clockSet};
    list << CommandSpec{.words = {QStringLiteral("sync")},
                        .summary = tr("Synchronise the primary to the DR environment now"),
                        .operatorUse = OperatorUse::Optional,
                        .run = &SimulationCommands::sync};
    list << CommandSpec{.words = {QStringLiteral("disaster")},
                        .arguments = QStringLiteral("primary|dr"),
                        .summary = tr("Make a region unavailable (regional outage)"),
                        .minPositional = 1,
                        .maxPositional = 1,
                        .operatorUse = OperatorUse::Optional,
                        .run = &SimulationCommands::disaster};
    list << CommandSpec{.words = {QStringLiteral("restore")},
                        .arguments = QStringLiteral("primary|dr"),
                        .summary = tr("Make a region available again"),
                        .minPositional = 1,
                        .maxPositional = 1,
                        .operatorUse = OperatorUse::Optional,
                        .run = &SimulationCommands::restore};
    return list;
}

void SimulationCommands::printClock(Session &session)
{
    const qint64 now = session.console().clockMs();
    if (session.json()) {
        session.out().printJson(QJsonObject{{QStringLiteral("clock"), JsonViews::time(now)}});
        return;
    }
    session.out().line(tr("Clock: %1").arg(TextFormat::time(now)));
}

Status SimulationCommands::clockAdvance(Session &session)
{
    const QString text = session.args().positional().first();
    qint64 ms = 0;
    if (!jst::parseDuration(text, ms) || ms <= 0) {
        return Error::badInput(
            QStringLiteral("duration"),
            tr("\"%1\" is not a duration; write e.g. 90s, 15m, 2h, 1d or 1h30m.").arg(text));
    }
    if (auto s = session.console().advanceClock(session.actor(), ms); !s)
        return s;
    printClock(session);
    return {};
}

Status SimulationCommands::clockSet(Session &session)
{
    const QString text = session.args().positional().first();
    qint64 ms = 0;
    if (!jst::parseIso(text, ms)) {
        return Error::badInput(QStringLiteral("time"),
                               tr("\"%1\" is not an ISO-8601 time; write e.g. "
                                  "2026-11-25T01:30:00Z or 2026-11-25T10:30:00+09:00.")
                                   .arg(text));
    }
    if (auto s = session.console().setClock(session.actor(), ms); !s)
        return s;
    printClock(session);
    return {};
}

Status SimulationCommands::sync(Session &session)
{
    Console &console = session.console();
    if (auto s = console.syncNow(session.actor()); !s)
        return s;
    const RegionRuntime &dr = console.region(RegionId::Dr).runtime;
    if (session.json()) {
        session.out().printJson(
            QJsonObject{{QStringLiteral("syncPoint"), JsonViews::time(dr.syncAtMs)},
                        {QStringLiteral("seq"), double(dr.syncSeq)}});
        return {};
    }
    session.out().line(tr("Sync point %1: %2").arg(dr.syncSeq).arg(TextFormat::time(dr.syncAtMs)));
    return {};
}

Status SimulationCommands::disaster(Session &session)
{
    auto region = Session::parseRegion(session.args().positional().first());
    if (!region)
        return region.error();
    Console &console = session.console();
    if (auto s = console.declareOutage(session.actor(), *region); !s)
        return s;
    const RegionRuntime &rt = console.region(*region).runtime;
    const RegionRuntime &dr = console.region(RegionId::Dr).runtime;
    if (session.json()) {
        QJsonObject o = JsonViews::region(console, *region);
        if (*region == RegionId::Primary)
            o.insert(QStringLiteral("unitsChangedSinceSync"), double(rt.lostUnits));
        session.out().printJson(o);
        return {};
    }
    Output &out = session.out();
    out.line(tr("The %1 is unavailable since %2.")
                 .arg(RegionNames::displayName(*region), TextFormat::time(rt.downSinceMs)));
    if (*region == RegionId::Primary) {
        out.line(tr("Last sync point: %1; %n unit(s) changed after it (their changes are lost).",
                    nullptr, int(rt.lostUnits))
                     .arg(TextFormat::time(dr.syncAtMs)));
    }
    return {};
}

Status SimulationCommands::restore(Session &session)
{
    auto region = Session::parseRegion(session.args().positional().first());
    if (!region)
        return region.error();
    Console &console = session.console();
    if (auto s = console.restoreRegion(session.actor(), *region); !s)
        return s;
    if (session.json()) {
        session.out().printJson(JsonViews::region(console, *region));
        return {};
    }
    const RegionRuntime &rt = console.region(*region).runtime;
    session.out().line(tr("The %1 is available again; its manager is %2.")
                           .arg(RegionNames::displayName(*region), TextFormat::manager(rt)));
    return {};
}

} // namespace dr::ctl
