#include "AgentRepository.h"

#include "Database.h"
#include "SqlQuery.h"
#include "model/Validation.h"

namespace dr {

Status AgentRepository::saveAgents(RegionId region, const QList<ExecutionAgent> &agents)
{
    const QSqlDatabase db = m_db.connection();
    return m_db.transaction([&]() -> Status {
        SqlQuery del(db, QStringLiteral("DELETE FROM agent WHERE region = ?"));
        if (auto s = del.bind(0, regionCode(region)).exec(); !s)
            return s;
        SqlQuery insert(db, QStringLiteral(
            "INSERT INTO agent (region, name, host, windows, restriction, description, position) "
            "VALUES (?,?,?,?,?,?,?)"));
        for (int i = 0; i < agents.size(); ++i) {
            const ExecutionAgent &a = agents[i];
            insert.bind(0, regionCode(region)).bind(1, a.name).bind(2, a.host);
            insert.bind(3, formatWindows(a.windows)).bind(4, restrictionCode(a.restriction));
            insert.bind(5, a.description).bind(6, i);
            if (auto s = insert.exec(); !s)
                return s;
        }
        return {};
    });
}

Result<QList<ExecutionAgent>> AgentRepository::loadAgents(RegionId region) const
{
    SqlQuery q(m_db.connection(), QStringLiteral(
        "SELECT name, host, windows, restriction, description FROM agent WHERE region = ? "
        "ORDER BY position"));
    if (auto s = q.bind(0, regionCode(region)).exec(); !s)
        return s.error();
    QList<ExecutionAgent> agents;
    while (q.next()) {
        ExecutionAgent a;
        a.name = q.value(0).toString();
        a.host = q.value(1).toString();
        auto windows = Validation::parseWindows(q.value(2).toString());
        if (!windows) {
            return Error::database(tr("Agent %1 of the %2 region has unreadable concurrency "
                                      "windows (%3); the database is damaged.")
                                       .arg(a.name, regionCode(region), windows.error().message));
        }
        a.windows = *windows;
        a.restriction =
            restrictionFromCode(q.value(3).toString()).value_or(TransferRestriction::Effective);
        a.description = q.value(4).toString();
        agents.append(a);
    }
    return agents;
}

Status AgentRepository::saveHosts(RegionId region, const HostTable &hosts)
{
    const QSqlDatabase db = m_db.connection();
    return m_db.transaction([&]() -> Status {
        SqlQuery del(db, QStringLiteral("DELETE FROM host WHERE region = ?"));
        if (auto s = del.bind(0, regionCode(region)).exec(); !s)
            return s;
        SqlQuery insert(db, QStringLiteral(
            "INSERT INTO host (region, name, addresses, comment, position) VALUES (?,?,?,?,?)"));
        for (int i = 0; i < hosts.entries.size(); ++i) {
            const HostEntry &h = hosts.entries[i];
            insert.bind(0, regionCode(region)).bind(1, h.name);
            insert.bind(2, h.addresses.join(QLatin1Char(' '))).bind(3, h.comment).bind(4, i);
            if (auto s = insert.exec(); !s)
                return s;
        }
        SqlQuery flag(db, QStringLiteral("UPDATE region SET ipv6_enabled = ? WHERE region = ?"));
        return flag.bind(0, hosts.ipv6Enabled).bind(1, regionCode(region)).exec();
    });
}

Result<HostTable> AgentRepository::loadHosts(RegionId region) const
{
    HostTable table;
    SqlQuery flag(m_db.connection(), QStringLiteral("SELECT ipv6_enabled FROM region WHERE region = ?"));
    auto ipv6 = flag.bind(0, regionCode(region)).scalar();
    if (!ipv6)
        return ipv6.error();
    table.ipv6Enabled = ipv6->toBool();
    SqlQuery q(m_db.connection(), QStringLiteral(
        "SELECT name, addresses, comment FROM host WHERE region = ? ORDER BY position"));
    if (auto s = q.bind(0, regionCode(region)).exec(); !s)
        return s.error();
    while (q.next()) {
        table.entries.append({q.value(0).toString(),
                              q.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
                              q.value(2).toString()});
    }
    return table;
}

Result<NetworkConnection> AgentRepository::saveConnection(NetworkConnection c)
{
    const bool update = c.id > 0;
    SqlQuery q(m_db.connection(),
               update ? QStringLiteral(
                            "UPDATE network_connection SET region = ?, kind = ?, label = ?, "
                            "aws_account_id = ?, vpc_id = ?, tgw_attachment_id = ?, "
                            "dx_gateway_id = ?, azure_gateway_ip = ?, psk_configured = ?, "
                            "cidr_blocks = ?, enabled = ? WHERE id = ?")
                      : QStringLiteral(
                            "INSERT INTO network_connection (region, kind, label, aws_account_id, "
                            "vpc_id, tgw_attachment_id, dx_gateway_id, azure_gateway_ip, "
                            "psk_configured, cidr_blocks, enabled) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    q.bind(0, regionCode(c.region)).bind(1, connectionKindCode(c.kind)).bind(2, c.label);
    q.bind(3, c.awsAccountId).bind(4, c.vpcId).bind(5, c.tgwAttachmentId);
    q.bind(6, c.dxGatewayId).bind(7, c.azureGatewayIp).bind(8, c.preSharedKeyConfigured);
    q.bind(9, c.cidrBlocks.join(QLatin1Char(' '))).bind(10, c.enabled);
    if (update)
        q.bind(11, c.id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!update)
        c.id = q.query().lastInsertId().toLongLong();
    return c;
}

Status AgentRepository::removeConnection(qint64 id)
{
    SqlQuery q(m_db.connection(), QStringLiteral("DELETE FROM network_connection WHERE id = ?"));
    return q.bind(0, id).exec();
}

Result<QList<NetworkConnection>> AgentRepository::loadConnections(RegionId region) const
{
    SqlQuery q(m_db.connection(), QStringLiteral(
        "SELECT id, kind, label, aws_account_id, vpc_id, tgw_attachment_id, dx_gateway_id, "
        "azure_gateway_ip, psk_configured, cidr_blocks, enabled FROM network_connection "
        "WHERE region = ? ORDER BY id"));
    if (auto s = q.bind(0, regionCode(region)).exec(); !s)
        return s.error();
    QList<NetworkConnection> list;
    while (q.next()) {
        NetworkConnection c;
        c.id = q.value(0).toLongLong();
        c.region = region;
        c.kind = connectionKindFromCode(q.value(1).toString()).value_or(ConnectionKind::AwsTransitGateway);
        c.label = q.value(2).toString();
        c.awsAccountId = q.value(3).toString();
        c.vpcId = q.value(4).toString();
        c.tgwAttachmentId = q.value(5).toString();
        c.dxGatewayId = q.value(6).toString();
        c.azureGatewayIp = q.value(7).toString();
        c.preSharedKeyConfigured = q.value(8).toBool();
        c.cidrBlocks = q.value(9).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        c.enabled = q.value(10).toBool();
        list.append(c);
    }
    return list;
}

} // namespace dr
