#include "AgentCommands.h"

#include "JsonViews.h"
#include "Session.h"
#include "TextTable.h"

#include "model/Validation.h"

#include <QJsonArray>

namespace dr::ctl {

namespace {

const QString kRegion = QStringLiteral("region");
const QString kName = QStringLiteral("name");

// `adding`: a new agent (host required, defaults named); otherwise an update, where what is not
// given keeps its value.
QList<OptionSpec> fieldOptions(bool adding)
{
    const QString kept = AgentCommands::tr("(unchanged when not given)");
    return {
        {kRegion, QStringLiteral("primary|dr"), AgentCommands::tr("the region"), true},
        {kName, QStringLiteral("NAME"), AgentCommands::tr("the agent name"), true},
        {QStringLiteral("host"), QStringLiteral("HOST"),
         AgentCommands::tr(
             "execution host: a name in the region's host information, or an IP address") +
             (adding ? QString() : QLatin1Char(' ') + kept),
         adding},
        {QStringLiteral("limits"), QStringLiteral("WINDOWS"),
         AgentCommands::tr("concurrency windows, e.g. \"00:00-12:00=3,12:00-00:00=5\"") +
             QLatin1Char(' ') + (adding ? AgentCommands::tr("(default 00:00-00:00=5)") : kept)},
        {QStringLiteral("restriction"), QStringLiteral("effective|ineffective|hold|blockade"),
         AgentCommands::tr("job transfer restriction") + QLatin1Char(' ') +
             (adding ? AgentCommands::tr("(default effective)") : kept)},
        {QStringLiteral("description"), QStringLiteral("TEXT"),
         AgentCommands::tr("description, up to 80 bytes") +
             (adding ? QString() : QLatin1Char(' ') + kept)},
    };
}

} // namespace

QList<CommandSpec> AgentCommands::commands()
{
    QList<CommandSpec> list;
    list << CommandSpec{
        .words = {QStringLiteral("agents"), QStringLiteral("list")},
        .summary = tr("List the execution agents of a region"),
        .options = {{kRegion, QStringLiteral("primary|dr"), tr("the region"), true}},
        .run = &AgentCommands::list};
    list << CommandSpec{.words = {QStringLiteral("agents"), QStringLiteral("add")},
                        .summary = tr("Register an execution agent in a region"),
                        .options = fieldOptions(true),
                        .operatorUse = OperatorUse::Required,
                        .run = &AgentCommands::add};
    list << CommandSpec{.words = {QStringLiteral("agents"), QStringLiteral("update")},
                        .summary = tr("Change an agent; options not given keep their values"),
                        .options = fieldOptions(false),
                        .operatorUse = OperatorUse::Required,
                        .run = &AgentCommands::update};
    list << CommandSpec{.words = {QStringLiteral("agents"), QStringLiteral("remove")},
                        .summary = tr("Remove an agent from a region"),
                        .options = fieldOptions(false).mid(0, 2),
                        .operatorUse = OperatorUse::Required,
                        .run = &AgentCommands::remove};
    list << CommandSpec{
        .words = {QStringLiteral("agents"), QStringLiteral("copy")},
        .summary = tr("Copy agents from one region to the other"),
        .options =
            {{QStringLiteral("from"), QStringLiteral("primary|dr"), tr("the source region"), true},
             {QStringLiteral("to"), QStringLiteral("primary|dr"), tr("the target region"), true},
             {QStringLiteral("only-missing"), {}, tr("keep the agents the target already has")},
             {QStringLiteral("names"), QStringLiteral("A,B,..."), tr("copy only these agents")}},
        .operatorUse = OperatorUse::Required,
        .run = &AgentCommands::copy};
    return list;
}

void AgentCommands::printAgents(Session &session, RegionId region)
{
    const RegionData &r = session.console().region(region);
    if (session.json()) {
        QJsonArray agents;
        for (const ExecutionAgent &a : r.agents)
            agents.append(JsonViews::agent(a));
        session.out().printJson(QJsonObject{{QStringLiteral("region"), regionCode(region)},
                                            {QStringLiteral("agents"), agents}});
        return;
    }
    TextTable table({tr("Name"), tr("Host"), tr("Limits"), tr("Restriction"), tr("Description")});
    for (const ExecutionAgent &a : r.agents) {
        table.addRow({a.name, a.host, formatWindows(a.windows),
                      AgentNames::restrictionName(a.restriction), a.description});
    }
    session.out().lines(table.render());
    session.out().line(tr("%n agent(s) in the %1.", nullptr, int(r.agents.size()))
                           .arg(RegionNames::displayName(region)));
}

Status AgentCommands::list(Session &session)
{
    auto region = session.regionOption(kRegion);
    if (!region)
        return region.error();
    printAgents(session, *region);
    return {};
}

Status AgentCommands::applyOptions(const Session &session, ExecutionAgent &agent)
{
    const ArgumentParser &args = session.args();
    if (args.isSet(QStringLiteral("host")))
        agent.host = args.value(QStringLiteral("host")).trimmed();
    if (args.isSet(QStringLiteral("limits"))) {
        auto windows = Validation::parseWindows(args.value(QStringLiteral("limits")));
        if (!windows)
            return windows.error();
        agent.windows = *windows;
    }
    if (args.isSet(QStringLiteral("restriction"))) {
        const QString text = args.value(QStringLiteral("restriction"));
        const auto restriction = restrictionFromCode(text);
        if (!restriction) {
            return Error::badInput(QStringLiteral("restriction"),
                                   tr("\"%1\" is not a transfer restriction; write effective, "
                                      "ineffective, hold or blockade.")
                                       .arg(text));
        }
        agent.restriction = *restriction;
    }
    if (args.isSet(QStringLiteral("description")))
        agent.description = args.value(QStringLiteral("description"));
    return {};
}

Status AgentCommands::add(Session &session)
{
    auto region = session.regionOption(kRegion);
    if (!region)
        return region.error();
    ExecutionAgent agent;
    agent.name = session.args().value(kName).trimmed();
    if (auto s = applyOptions(session, agent); !s)
        return s;
    if (auto s = session.console().addAgent(session.actor(), *region, agent); !s)
        return s;
    if (session.json()) {
        session.out().printJson(JsonViews::agent(agent));
        return {};
    }
    session.out().line(
        tr("Agent %1 added to the %2.").arg(agent.name, RegionNames::displayName(*region)));
    return {};
}

Status AgentCommands::update(Session &session)
{
    auto region = session.regionOption(kRegion);
    if (!region)
        return region.error();
    const QString name = session.args().value(kName).trimmed();
    const RegionData &r = session.console().region(*region);
    // An unknown name goes to the core as it is, so that its refusal is the one reported.
    const ExecutionAgent *current = r.findAgent(name);
    ExecutionAgent agent;
    if (current)
        agent = *current;
    else
        agent.name = name;
    if (auto s = applyOptions(session, agent); !s)
        return s;
    const bool unchanged = current && *current == agent;
    if (auto s = session.console().updateAgent(session.actor(), *region, name, agent); !s)
        return s;
    if (session.json()) {
        QJsonObject o = JsonViews::agent(agent);
        o.insert(QStringLiteral("changed"), !unchanged);
        session.out().printJson(o);
        return {};
    }
    if (unchanged) {
        session.out().line(tr("Agent %1 in the %2 unchanged: the values given are the ones it has.")
                               .arg(agent.name, RegionNames::displayName(*region)));
        return {};
    }
    session.out().line(tr("Agent %1 in the %2 updated: host %3, limits %4, %5.")
                           .arg(agent.name, RegionNames::displayName(*region), agent.host,
                                formatWindows(agent.windows),
                                AgentNames::restrictionName(agent.restriction)));
    return {};
}

Status AgentCommands::remove(Session &session)
{
    auto region = session.regionOption(kRegion);
    if (!region)
        return region.error();
    const QString given = session.args().value(kName).trimmed();
    // Names match case-insensitively: report the agent as it was registered.
    const ExecutionAgent *agent = session.console().region(*region).findAgent(given);
    const QString name = agent ? agent->name : given;
    if (auto s = session.console().removeAgent(session.actor(), *region, given); !s)
        return s;
    if (session.json()) {
        session.out().printJson(QJsonObject{{QStringLiteral("region"), regionCode(*region)},
                                            {QStringLiteral("removed"), name}});
        return {};
    }
    session.out().line(
        tr("Agent %1 removed from the %2.").arg(name, RegionNames::displayName(*region)));
    return {};
}

Status AgentCommands::copy(Session &session)
{
    auto from = session.regionOption(QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = session.regionOption(QStringLiteral("to"));
    if (!to)
        return to.error();
    QStringList names;
    for (const QString &n :
         session.args().value(QStringLiteral("names")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        names << n.trimmed();
    Console &console = session.console();
    const QList<ExecutionAgent> before = console.region(*to).agents;
    if (auto s = console.copyAgents(session.actor(), *from, *to,
                                    session.args().isSet(QStringLiteral("only-missing")), names);
        !s)
        return s;
    // What changed in the target: new agents and replaced ones.
    QStringList copied;
    for (const ExecutionAgent &a : console.region(*to).agents) {
        if (!before.contains(a))
            copied << a.name;
    }
    if (session.json()) {
        session.out().printJson(
            QJsonObject{{QStringLiteral("from"), regionCode(*from)},
                        {QStringLiteral("to"), regionCode(*to)},
                        {QStringLiteral("copied"), QJsonArray::fromStringList(copied)}});
        return {};
    }
    session.out().line(
        tr("Copied %n agent(s) from the %1 to the %2: %3", nullptr, int(copied.size()))
            .arg(RegionNames::displayName(*from), RegionNames::displayName(*to),
                 copied.join(QStringLiteral(", "))));
    return {};
}

} // namespace dr::ctl
