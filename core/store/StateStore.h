#pragma once

#include "ConsoleState.h"
#include "LoadProgress.h"
#include "Mutation.h"
#include "model/Result.h"
#include "model/Role.h"

#include <QCoreApplication>

namespace dr {

class Database;

// Reads the whole console state from the database and writes what a Mutation changed, in one
// transaction with its audit entries.
class StateStore
{
    Q_DECLARE_TR_FUNCTIONS(StateStore)
public:
    explicit StateStore(Database &db) : m_db(db) {}

    // False when the database has no environment yet.
    Result<bool> load(ConsoleState &state, const LoadProgress &progress = {});
    Status saveAll(ConsoleState &state, const Operator &op, QList<AuditEntry> audit);
    // Refused with changedElsewhereError() when another program wrote the file since `state`
    // was read or last committed.
    Status commit(ConsoleState &state, Mutation &mutation, const Operator &op);
    Result<bool> changedElsewhere(const ConsoleState &state);
    static Error changedElsewhereError();
    static constexpr QLatin1String kChangedElsewhere{"changed-elsewhere"}; // its code

    // Sync points kept besides the ones a switchover run started from: the newest simulated day
    // at the default interval. Older ones would only grow the file (a year of simulated time
    // is half a million of them).
    static constexpr qint64 kSyncPointHistory = 1440;

    // The DR region uses the primary's definitions (equal, non-zero revisions).
    static bool sharesDefinitions(const RegionRuntime &primary, const RegionRuntime &dr);

private:
    Status settleDefinitions(const ConsoleState &state, const Mutation &m);
    Status saveSettings(const ConsoleState &state);
    Status saveRegion(ConsoleState &state, RegionId id, const Mutation::PerRegion &m);
    Status saveConnections(RegionData &region);
    Status saveSyncPoints(const ConsoleState &state, const Mutation &m);
    Status appendAudit(const ConsoleState &state, const Operator &op, QList<AuditEntry> &audit);

    Database &m_db;
};

} // namespace dr
