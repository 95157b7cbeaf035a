#include "HostCommands.h"

#include "JsonViews.h"
#include "Session.h"
#include "TextFormat.h"
#include "TextTable.h"

#include <QJsonArray>

namespace dr::ctl {

namespace {

const QString kRegion = QStringLiteral("region");
const QString kName = QStringLiteral("name");

} // namespace

QList<CommandSpec> HostCommands::commands()
{
    const OptionSpec region{kRegion, QStringLiteral("primary|dr"), tr("the region"), true};
    const OptionSpec name{kName, QStringLiteral("HOST"), tr("the host name"), true};
    QList<CommandSpec> list;
    list << CommandSpec{.words = {QStringLiteral("hosts"), QStringLiteral("list")},
                        .summary = tr("List the host information of a region"),
                        .options = {region},
                        .run = &HostCommands::list};
    list << CommandSpec{
        .words = {QStringLiteral("hosts"), QStringLiteral("add")},
        .summary = tr("Add a host name and its IP addresses to a region"),
        .options = {region,
                    name,
                    {QStringLiteral("ip"), QStringLiteral("A[,B...]"),
                     tr("the host's IP addresses"), true},
                    {QStringLiteral("comment"), QStringLiteral("TEXT"), tr("a comment")}},
        .operatorUse = OperatorUse::Required,
        .run = &HostCommands::add};
    list << CommandSpec{.words = {QStringLiteral("hosts"), QStringLiteral("remove")},
                        .summary = tr("Remove a host from a region's host information"),
                        .options = {region, name},
                        .operatorUse = OperatorUse::Required,
                        .run = &HostCommands::remove};
    return list;
}

Status HostCommands::list(Session &session)
{
    auto region = session.regionOption(kRegion);
    if (!region)
        return region.error();
    const HostTable &hosts = session.console().region(*region).hosts;
    if (session.json()) {
        QJsonArray list;
        for (const HostEntry &h : hosts.entries)
            list.append(JsonViews::host(h));
        session.out().printJson(QJsonObject{{QStringLiteral("region"), regionCode(*region)},
                                            {QStringLiteral("ipv6Enabled"), hosts.ipv6Enabled},
                                            {QStringLiteral("hosts"), list}});
        return {};
    }
    TextTable table({tr("Host"), tr("Addresses"), tr("Comment")});
    for (const HostEntry &h : hosts.entries)
        table.addRow({h.name, h.addresses.join(QLatin1Char(' ')), h.comment});
    session.out().lines(table.render());
    session.out().line(
        tr("%n host(s) in the %1; IPv6 addresses: %2.", nullptr, int(hosts.entries.size()))
            .arg(RegionNames::displayName(*region),
                 hosts.ipv6Enabled ? tr("resolved") : tr("not resolved")));
    return {};
}

Status HostCommands::add(Session &session)
{
    auto region = session.regionOption(kRegion);
    if (!region)
        return region.error();
    HostEntry entry;
    entry.name = session.args().value(kName).trimmed();
    for (const QString &a :
         session.args().value(QStringLiteral("ip")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        entry.addresses << a.trimmed();
    entry.comment = session.args().value(QStringLiteral("comment"));
    if (auto s = session.console().addHost(session.actor(), *region, entry); !s)
        return s;
    if (session.json()) {
        session.out().printJson(JsonViews::host(entry));
        return {};
    }
    session.out().line(tr("Host %1 (%2) added to the %3.")
                           .arg(entry.name, entry.addresses.join(QLatin1Char(' ')),
                                RegionNames::displayName(*region)));
    return {};
}

Status HostCommands::remove(Session &session)
{
    auto region = session.regionOption(kRegion);
    if (!region)
        return region.error();
    const QString given = session.args().value(kName).trimmed();
    // Host names match case-insensitively: report the entry as it was written.
    const HostEntry *entry = session.console().region(*region).hosts.find(given);
    const QString name = entry ? entry->name : given;
    if (auto s = session.console().removeHost(session.actor(), *region, given); !s)
        return s;
    if (session.json()) {
        session.out().printJson(QJsonObject{{QStringLiteral("region"), regionCode(*region)},
                                            {QStringLiteral("removed"), name}});
        return {};
    }
    session.out().line(
        tr("Host %1 removed from the %2.").arg(name, RegionNames::displayName(*region)));
    return {};
}

} // namespace dr::ctl
