#pragma once

#include "model/ExecutionAgent.h"
#include "model/HostEntry.h"
#include "model/NetworkConnection.h"
#include "model/Region.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QList>

namespace dr {

class Database;

// Execution agents, host information and network connections of each region.
class AgentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AgentRepository)
public:
    explicit AgentRepository(Database &db) : m_db(db) {}

    // Whole-table writes keep the order operators see.
    Status saveAgents(RegionId region, const QList<ExecutionAgent> &agents);
    Result<QList<ExecutionAgent>> loadAgents(RegionId region) const;

    Status saveHosts(RegionId region, const HostTable &hosts);
    Result<HostTable> loadHosts(RegionId region) const;

    Result<NetworkConnection> saveConnection(NetworkConnection connection); // insert or update
    Status removeConnection(qint64 id);
    Result<QList<NetworkConnection>> loadConnections(RegionId region) const;

private:
    Database &m_db;
};

} // namespace dr
