#include "AgentRegistry.h"

#include "engine/JapanTime.h"

namespace dr {

namespace {

int indexOfAgent(const QList<ExecutionAgent> &agents, const QString &name)
{
    for (int i = 0; i < agents.size(); ++i) {
        if (agents[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int indexOfHost(const HostTable &hosts, const QString &name)
{
    for (int i = 0; i < hosts.entries.size(); ++i) {
        if (hosts.entries[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString describe(const ExecutionAgent &a)
{
    return QStringLiteral("%1 host=%2 limits=%3 restriction=%4")
        .arg(a.name, a.host, formatWindows(a.windows), restrictionCode(a.restriction));
}

Error notFound(const QString &what)
{
    return Error::badInput(QStringLiteral("not-found"), what);
}

} // namespace

Error AgentRegistry::fieldErrors(const QList<Validation::FieldError> &errors)
{
    QStringList lines;
    for (const Validation::FieldError &e : errors)
        lines << e.error.message;
    return Error::badInput(errors.first().error.code, lines.join(QLatin1Char('\n')));
}

Status AgentRegistry::addAgent(EngineContext &ctx, RegionId region, const ExecutionAgent &agent)
{
    RegionData &r = ctx.state.region(region);
    if (agent.isSystem()) {
        return Error::refused(QStringLiteral("agent-system"),
                              tr("@SYSTEM is built in; it cannot be added again."));
    }
    if (const auto errors = Validation::agent(agent, r.agents, r.hosts); !errors.isEmpty())
        return fieldErrors(errors);
    r.agents.append(agent);
    ctx.mutation.region(region).agents = true;
    ctx.mutation.audited(QStringLiteral("agent.add"),
                         QStringLiteral("%1: added %2").arg(regionCode(region), describe(agent)));
    dispatchQueued(ctx, region);
    return {};
}

Status AgentRegistry::updateAgent(EngineContext &ctx, RegionId region, const QString &name,
                                  const ExecutionAgent &agent)
{
    RegionData &r = ctx.state.region(region);
    const int index = indexOfAgent(r.agents, name);
    if (index < 0) {
        return notFound(tr("There is no agent \"%1\" in the %2.").arg(name, RegionNames::displayName(region)));
    }
    const ExecutionAgent &old = r.agents[index];
    if (old.isSystem() && (agent.name != old.name || agent.host != old.host)) {
        return Error::refused(QStringLiteral("agent-system"),
                              tr("@SYSTEM is the built-in default agent on the manager host; it "
                                 "cannot be renamed or moved to another host."));
    }
    if (agent == old)
        return {}; // nothing to change, nothing to record
    if (!old.isSystem()) {
        if (const auto errors = Validation::agent(agent, r.agents, r.hosts, old.name); !errors.isEmpty())
            return fieldErrors(errors);
    } else if (auto w = Validation::windows(agent.windows); !w) {
        return w.error();
    } else if (auto d = Validation::agentDescription(agent.description); !d) {
        return d.error();
    }
    const QString before = describe(old);
    r.agents[index] = agent;
    ctx.mutation.region(region).agents = true;
    ctx.mutation.audited(QStringLiteral("agent.update"),
                         QStringLiteral("%1: %2 -> %3").arg(regionCode(region), before, describe(agent)));
    dispatchQueued(ctx, region);
    return {};
}

Status AgentRegistry::canRemoveAgent(const RegionData &region, const QString &name)
{
    const int index = indexOfAgent(region.agents, name);
    if (index < 0)
        return notFound(tr("There is no agent \"%1\" in the %2.").arg(name, RegionNames::displayName(region.id)));
    if (region.agents[index].isSystem()) {
        return Error::refused(QStringLiteral("agent-system"),
                              tr("@SYSTEM is the built-in default agent; it cannot be removed."));
    }
    return {};
}

Status AgentRegistry::removeAgent(EngineContext &ctx, RegionId region, const QString &name)
{
    RegionData &r = ctx.state.region(region);
    if (auto s = canRemoveAgent(r, name); !s)
        return s;
    const int index = indexOfAgent(r.agents, name);
    const QString removed = describe(r.agents[index]);
    r.agents.removeAt(index);
    ctx.mutation.region(region).agents = true;
    ctx.mutation.audited(QStringLiteral("agent.remove"),
                         QStringLiteral("%1: removed %2").arg(regionCode(region), removed));
    dispatchQueued(ctx, region);
    return {};
}

Status AgentRegistry::copyAgents(EngineContext &ctx, RegionId from, RegionId to, bool onlyMissing,
                                 const QStringList &names)
{
    if (from == to) {
        return Error::badInput(QStringLiteral("same-region"),
                               tr("The source and target regions must differ: agents are copied "
                                  "from one region to the other (from the %1 to the %2, or back).")
                                   .arg(RegionNames::displayName(RegionId::Primary),
                                        RegionNames::displayName(RegionId::Dr)));
    }
    const RegionData &src = ctx.state.region(from);
    RegionData &dst = ctx.state.region(to);
    QList<ExecutionAgent> result = dst.agents;
    QStringList copied, problems;
    for (const QString &name : names) {
        if (indexOfAgent(src.agents, name) < 0)
            problems << tr("%1: not in the %2").arg(name, RegionNames::displayName(from));
    }
    for (const ExecutionAgent &a : src.agents) {
        if (a.isSystem())
            continue;
        if (!names.isEmpty() && !names.contains(a.name, Qt::CaseInsensitive))
            continue;
        const int existing = indexOfAgent(result, a.name);
        if (existing >= 0 && (onlyMissing || result[existing] == a))
            continue;
        const auto errors = Validation::agent(a, result, dst.hosts, existing >= 0 ? a.name : QString());
        if (!errors.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(a.name, errors.first().error.message);
            continue;
        }
        if (existing >= 0)
            result[existing] = a;
        else
            result.append(a);
        copied << a.name;
    }
    if (!problems.isEmpty()) {
        return Error::badInput(QStringLiteral("copy-agents"),
                               tr("No agent was copied, because:") + QLatin1Char('\n') +
                                   problems.join(QLatin1Char('\n')));
    }
    if (copied.isEmpty()) {
        return Error::refused(QStringLiteral("nothing-to-copy"),
                              tr("The %1 already has every agent of the %2; nothing to copy.")
                                  .arg(RegionNames::displayName(to), RegionNames::displayName(from)));
    }
    dst.agents = result;
    ctx.mutation.region(to).agents = true;
    ctx.mutation.audited(QStringLiteral("agent.copy"),
                         QStringLiteral("%1 -> %2: %3").arg(regionCode(from), regionCode(to),
                                                            copied.join(QStringLiteral(", "))));
    dispatchQueued(ctx, to);
    return {};
}

void AgentRegistry::dispatchQueued(EngineContext &ctx, RegionId region)
{
    if (!ctx.state.region(region).runtime.managerRunning)
        return; // a stopped manager sends nothing; its start rebuilds the queues
    ctx.scheduler(region).dispatchAll();
    ctx.collect(region);
}

Status AgentRegistry::addHost(EngineContext &ctx, RegionId region, const HostEntry &entry)
{
    RegionData &r = ctx.state.region(region);
    if (const auto errors = Validation::hostEntry(entry, r.hosts); !errors.isEmpty())
        return fieldErrors(errors);
    r.hosts.entries.append(entry);
    ctx.mutation.region(region).hosts = true;
    ctx.mutation.audited(QStringLiteral("host.add"),
                         QStringLiteral("%1: added %2 %3").arg(regionCode(region), entry.name,
                                                               entry.addresses.join(QLatin1Char(' '))));
    dispatchQueued(ctx, region);
    return {};
}

Status AgentRegistry::updateHost(EngineContext &ctx, RegionId region, const QString &name,
                                 const HostEntry &entry)
{
    RegionData &r = ctx.state.region(region);
    const int index = indexOfHost(r.hosts, name);
    if (index < 0)
        return notFound(tr("There is no host \"%1\" in the %2.").arg(name, RegionNames::displayName(region)));
    if (const auto errors = Validation::hostEntry(entry, r.hosts, name); !errors.isEmpty())
        return fieldErrors(errors);
    if (entry.name.compare(name, Qt::CaseInsensitive) != 0) {
        for (const ExecutionAgent &a : r.agents) {
            if (a.host.compare(name, Qt::CaseInsensitive) == 0) {
                return Error::refused(QStringLiteral("host-in-use"),
                                      tr("Agent \"%1\" runs on host \"%2\"; change the agent before "
                                         "renaming the host.")
                                          .arg(a.name, name));
            }
        }
    }
    const HostEntry before = r.hosts.entries[index];
    r.hosts.entries[index] = entry;
    ctx.mutation.region(region).hosts = true;
    ctx.mutation.audited(QStringLiteral("host.update"),
                         QStringLiteral("%1: %2 %3 -> %4 %5")
                             .arg(regionCode(region), before.name, before.addresses.join(QLatin1Char(' ')),
                                  entry.name, entry.addresses.join(QLatin1Char(' '))));
    dispatchQueued(ctx, region);
    return {};
}

Status AgentRegistry::removeHost(EngineContext &ctx, RegionId region, const QString &name)
{
    RegionData &r = ctx.state.region(region);
    const int index = indexOfHost(r.hosts, name);
    if (index < 0)
        return notFound(tr("There is no host \"%1\" in the %2.").arg(name, RegionNames::displayName(region)));
    QStringList users;
    for (const ExecutionAgent &a : r.agents) {
        if (a.host.compare(name, Qt::CaseInsensitive) == 0)
            users << a.name;
    }
    if (!users.isEmpty()) {
        return Error::refused(QStringLiteral("host-in-use"),
                              tr("Host \"%1\" is the execution host of %2; change or remove those "
                                 "agents first.")
                                  .arg(name, users.join(QStringLiteral(", "))));
    }
    r.hosts.entries.removeAt(index);
    ctx.mutation.region(region).hosts = true;
    ctx.mutation.audited(QStringLiteral("host.remove"),
                         QStringLiteral("%1: removed %2").arg(regionCode(region), name));
    dispatchQueued(ctx, region);
    return {};
}

Status AgentRegistry::setIpv6Enabled(EngineContext &ctx, RegionId region, bool enabled)
{
    RegionData &r = ctx.state.region(region);
    if (!enabled) {
        for (const ExecutionAgent &a : r.agents) {
            if (Validation::isIpv6Address(a.host)) {
                return Error::refused(QStringLiteral("ipv6-in-use"),
                                      tr("Agent \"%1\" runs on the IPv6 address %2; change its host before "
                                         "switching to IPv4 only.")
                                          .arg(a.name, a.host));
            }
        }
        for (const HostEntry &h : r.hosts.entries) {
            for (const QString &a : h.addresses) {
                if (Validation::isIpv6Address(a)) {
                    return Error::refused(QStringLiteral("ipv6-in-use"),
                                          tr("Host \"%1\" has the IPv6 address %2; remove it before "
                                             "switching to IPv4 only.")
                                              .arg(h.name, a));
                }
            }
        }
    }
    r.hosts.ipv6Enabled = enabled;
    ctx.mutation.region(region).hosts = true;
    ctx.mutation.audited(QStringLiteral("host.resolve"),
                         QStringLiteral("%1: +DefaultResolve %2").arg(regionCode(region)).arg(enabled ? 1 : 0));
    dispatchQueued(ctx, region);
    return {};
}

Result<NetworkConnection> AgentRegistry::saveConnection(EngineContext &ctx, const NetworkConnection &c)
{
    if (const auto errors = Validation::connection(c); !errors.isEmpty())
        return fieldErrors(errors);
    RegionData &r = ctx.state.region(c.region);
    int index = -1;
    for (int i = 0; i < r.connections.size(); ++i) {
        if (c.id != 0 && r.connections[i].id == c.id)
            index = i;
    }
    if (c.id != 0 && index < 0)
        return notFound(tr("That connection no longer exists."));
    if (index >= 0)
        r.connections[index] = c;
    else
        r.connections.append(c);
    ctx.mutation.region(c.region).connections = true;
    ctx.mutation.audited(index >= 0 ? QStringLiteral("connection.update") : QStringLiteral("connection.add"),
                         QStringLiteral("%1: %2 \"%3\" %4 (pre-shared key %5)")
                             .arg(regionCode(c.region), connectionKindCode(c.kind), c.label,
                                  c.cidrBlocks.join(QLatin1Char(' ')),
                                  c.preSharedKeyConfigured ? QStringLiteral("configured")
                                                           : QStringLiteral("not configured")));
    return c;
}

Status AgentRegistry::removeConnection(EngineContext &ctx, RegionId region, qint64 id)
{
    RegionData &r = ctx.state.region(region);
    for (int i = 0; i < r.connections.size(); ++i) {
        if (r.connections[i].id == id) {
            const QString label = r.connections[i].label;
            r.connections.removeAt(i);
            ctx.mutation.region(region).connections = true;
            ctx.mutation.audited(QStringLiteral("connection.remove"),
                                 QStringLiteral("%1: removed \"%2\"").arg(regionCode(region), label));
            return {};
        }
    }
    return notFound(tr("That connection no longer exists."));
}

} // namespace dr
