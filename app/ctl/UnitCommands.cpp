#include "UnitCommands.h"

#include "JsonViews.h"
#include "Session.h"
#include "TextFormat.h"
#include "TextTable.h"

#include <QJsonDocument>

namespace dr::ctl {

namespace {

// Units are operated in the active region only (domain.md §6); the core refuses the standby.
Result<std::pair<RegionId, UnitIndex>> activeUnit(Session &session)
{
    const RegionId region = session.console().activeRegion();
    auto unit = session.unit(region, session.args().positional().first());
    if (!unit)
        return unit.error();
    return std::pair{region, *unit};
}

} // namespace

QList<CommandSpec> UnitCommands::commands()
{
    const auto action = [](const QString &word, const QString &summary, auto run) {
        return CommandSpec{.words = {QStringLiteral("units"), word},
                           .arguments = QStringLiteral("PATH"),
                           .summary = summary,
                           .minPositional = 1,
                           .maxPositional = 1,
                           .operatorUse = OperatorUse::Required,
                           .run = run};
    };
    QList<CommandSpec> list;
    list << CommandSpec{
        .words = {QStringLiteral("units"), QStringLiteral("list")},
        .summary = tr("List jobnets and jobs with their status"),
        .options = {{QStringLiteral("region"), QStringLiteral("primary|dr"),
                     tr("the region (default: the active one)")},
                    {QStringLiteral("status"), QStringLiteral("CODE"),
                     tr("only units in this status (e.g. unknown, abnormal, running)")},
                    {QStringLiteral("attention"),
                     {},
                     tr("only units that need the operator's review")},
                    {QStringLiteral("path"), QStringLiteral("PREFIX"),
                     tr("only units whose path starts so")}},
        .run = &UnitCommands::list};
    CommandSpec set = action(QStringLiteral("set-status"),
                             tr("Change a job's status (normal, warning, abnormal, fail, bypass)"),
                             &UnitCommands::setStatus);
    set.arguments = QStringLiteral("PATH STATUS");
    set.minPositional = set.maxPositional = 2;
    list << set;
    CommandSpec rerun =
        action(QStringLiteral("rerun"), tr("Rerun a root jobnet or a job"), &UnitCommands::rerun);
    rerun.options = {
        {QStringLiteral("from"),
         QStringLiteral("top|abnormal|after-abnormal|warning-only|this|this-only"),
         tr("where the rerun starts (the first four for root jobnets, the last two for jobs)"),
         true},
        {QStringLiteral("hold"), {}, tr("put the unit on hold as it is rerun")}};
    list << rerun;
    list << action(QStringLiteral("hold"), tr("Put a unit on hold"), &UnitCommands::hold);
    list << action(QStringLiteral("release"), tr("Release a unit's hold"),
                   &UnitCommands::releaseHold);
    list << action(QStringLiteral("kill"), tr("Kill a running unit"), &UnitCommands::kill);
    return list;
}

Status UnitCommands::list(Session &session)
{
    const Console &console = session.console();
    auto region = session.regionOption(QStringLiteral("region"), console.activeRegion());
    if (!region)
        return region.error();
    std::optional<UnitStatus> status;
    if (session.args().isSet(QStringLiteral("status"))) {
        const QString code = session.args().value(QStringLiteral("status")).trimmed().toLower();
        status = statusFromCode(code);
        if (!status) {
            return Error::badInput(QStringLiteral("status"),
                                   tr("\"%1\" is not a status code; use one of the codes such as "
                                      "normal, abnormal, unknown, running, termwait.")
                                       .arg(session.args().value(QStringLiteral("status"))));
        }
    }
    const bool attention = session.args().isSet(QStringLiteral("attention"));
    const QString prefix = session.args().value(QStringLiteral("path"));
    const RegionData &r = console.region(*region);
    std::vector<UnitIndex> units;
    for (UnitIndex i = 0; i < UnitIndex(r.tree->size()); ++i) {
        const UnitState &s = r.states[std::size_t(i)];
        if (status && s.status != *status)
            continue;
        if (attention && !s.has(FlagNeedsReview))
            continue;
        if (!prefix.isEmpty() && !r.tree->path(i).startsWith(prefix))
            continue;
        units.push_back(i);
    }
    printList(session, *region, units);
    return {};
}

void UnitCommands::printList(Session &session, RegionId region, const std::vector<UnitIndex> &units)
{
    const RegionData &r = session.console().region(region);
    Output &out = session.out();
    // A region may hold a million units: stream rows instead of building one document.
    if (session.json()) {
        out.raw(QByteArrayLiteral("{\n    \"region\": \"") + regionCode(region).toUtf8() +
                QByteArrayLiteral("\",\n    \"units\": ["));
        bool first = true;
        for (UnitIndex i : units) {
            out.raw((first ? QByteArrayLiteral("\n        ") : QByteArrayLiteral(",\n        ")) +
                    QJsonDocument(JsonViews::unit(r, i)).toJson(QJsonDocument::Compact));
            first = false;
        }
        out.raw(first ? QByteArrayLiteral("]\n}\n") : QByteArrayLiteral("\n    ]\n}\n"));
        return;
    }
    const QStringList headers{tr("Path"),    tr("Type"),  tr("Status"), tr("Agent"),
                              tr("Exec ID"), tr("Start"), tr("End"),    tr("Review")};
    auto cells = [&](UnitIndex i) {
        const Unit &u = r.tree->unit(i);
        const UnitState &s = r.states[std::size_t(i)];
        return QStringList{r.tree->path(i),
                           u.typeCode(),
                           isExecutable(u.type) ? statusName(s.status) : QString(),
                           JsonViews::unitAgent(u),
                           s.execSerial > 0 ? formatExecId(s.execSerial) : QString(),
                           s.startMs ? TextFormat::time(s.startMs) : QString(),
                           s.endMs ? TextFormat::time(s.endMs) : QString(),
                           s.has(FlagNeedsReview) ? tr("needs review") : QString()};
    };
    QList<int> widths;
    for (const QString &h : headers)
        widths << TextTable::displayWidth(h);
    for (UnitIndex i : units) {
        const QStringList row = cells(i);
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], TextTable::displayWidth(row.at(c)));
    }
    out.line(TextTable::formatRow(headers, widths));
    QStringList rules;
    for (int w : widths)
        rules << QString(w, QLatin1Char('-'));
    out.line(TextTable::formatRow(rules, widths));
    for (UnitIndex i : units)
        out.line(TextTable::formatRow(cells(i), widths));
    out.line(tr("%n unit(s) in the %1.", nullptr, int(units.size()))
                 .arg(RegionNames::displayName(region)));
}

void UnitCommands::printUnit(Session &session, RegionId region, UnitIndex unit, const QString &what)
{
    const RegionData &r = session.console().region(region);
    if (session.json()) {
        QJsonObject o = JsonViews::unit(r, unit);
        o.insert(QStringLiteral("region"), regionCode(region));
        session.out().printJson(o);
        return;
    }
    session.out().line(tr("%1 (%2): %3; status now %4.")
                           .arg(r.tree->path(unit), RegionNames::shortName(region), what,
                                statusName(r.states[std::size_t(unit)].status)));
}

Status UnitCommands::setStatus(Session &session)
{
    auto target = activeUnit(session);
    if (!target)
        return target.error();
    const auto [region, unit] = *target;
    const QString code = session.args().positional().at(1);
    const auto status = statusFromCode(code.trimmed().toLower());
    if (!status) {
        return Error::badInput(QStringLiteral("status"),
                               tr("\"%1\" is not a status code; a status can be changed to normal, "
                                  "warning, abnormal, fail or bypass.")
                                   .arg(code));
    }
    Console &console = session.console();
    if (auto s = console.changeStatus(session.actor(), region, unit, *status); !s)
        return s;
    printUnit(session, region, unit, tr("status changed"));
    return {};
}

Status UnitCommands::rerun(Session &session)
{
    auto target = activeUnit(session);
    if (!target)
        return target.error();
    const auto [region, unit] = *target;
    const QString fromText = session.args().value(QStringLiteral("from"));
    const auto from = parseRerunFrom(fromText.trimmed().toLower());
    if (!from) {
        return Error::badInput(
            QStringLiteral("from"),
            tr("\"%1\" is not a rerun start; write top, abnormal, after-abnormal, "
               "warning-only, this or this-only.")
                .arg(fromText));
    }
    const bool hold = session.args().isSet(QStringLiteral("hold"));
    if (auto s = session.console().rerun(session.actor(), region, unit, *from, hold); !s)
        return s;
    printUnit(session, region, unit, hold ? tr("rerun (held)") : tr("rerun"));
    return {};
}

Status UnitCommands::hold(Session &session)
{
    auto target = activeUnit(session);
    if (!target)
        return target.error();
    const auto [region, unit] = *target;
    if (auto s = session.console().hold(session.actor(), region, unit); !s)
        return s;
    printUnit(session, region, unit, tr("held"));
    return {};
}

Status UnitCommands::releaseHold(Session &session)
{
    auto target = activeUnit(session);
    if (!target)
        return target.error();
    const auto [region, unit] = *target;
    if (auto s = session.console().releaseHold(session.actor(), region, unit); !s)
        return s;
    printUnit(session, region, unit, tr("hold released"));
    return {};
}

Status UnitCommands::kill(Session &session)
{
    auto target = activeUnit(session);
    if (!target)
        return target.error();
    const auto [region, unit] = *target;
    if (auto s = session.console().kill(session.actor(), region, unit); !s)
        return s;
    printUnit(session, region, unit, tr("killed"));
    return {};
}

} // namespace dr::ctl
