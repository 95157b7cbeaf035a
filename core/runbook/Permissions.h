#pragma once

#include "model/Result.h"
#include "model/Role.h"

#include <QCoreApplication>
#include <QList>

namespace dr {

// What each role may do outside the switchover steps (steps carry their own role).
enum class Action : quint8
{
    UnitOperation,       // change status, rerun, hold, release hold, kill
    AgentChange,         // execution agents and host information
    ConnectionChange,    // network connections
    ContractChange,      // service tier, edition, authentication linkage, access path
    MaintenanceChange,   // maintenance date
    SuppressionChange,   // suppress / release outside a switchover
    ImportDefinitions,   // import unit definitions
    Simulation,          // clock, sync, outage and restore (the simulator's controls)
    GenerateEnvironment, // replace the environment by a synthetic one (its definitions too)
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static QList<Role> allowedRoles(Action action);
    static Status check(const Operator &op, Action action);
    // Every action is someone's: an operator without a name (nobody signed in) may do nothing.
    static Status signedIn(const Operator &op);
    // "Only the customer can do this." / "Only the service provider can do this."
    static QString whoCan(Action action);
    static QString actionName(Action action);
};

} // namespace dr
