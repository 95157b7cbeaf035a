#include "Permissions.h"

namespace dr {

QList<Role> Permissions::allowedRoles(Action action)
{
    switch (action) {
    case Action::UnitOperation:
    case Action::AgentChange:
    case Action::ConnectionChange:
    case Action::MaintenanceChange:
    case Action::ImportDefinitions:
    // It replaces the unit definitions, which are the customer's (as an import is).
    case Action::GenerateEnvironment:
        return {Role::Customer};
    case Action::ContractChange:
    case Action::SuppressionChange:
        return {Role::Provider};
    case Action::Simulation:
        return {Role::Customer, Role::Provider, Role::System};
    }
    return {};
}

QString Permissions::actionName(Action action)
{
    switch (action) {
    case Action::UnitOperation:
        return tr("Changing jobnet and job statuses");
    case Action::AgentChange:
        return tr("Changing execution agents and host information");
    case Action::ConnectionChange:
        return tr("Changing network connections");
    case Action::ContractChange:
        return tr("Changing the contract settings");
    case Action::MaintenanceChange:
        return tr("Changing the maintenance date");
    case Action::SuppressionChange:
        return tr("Suppressing or releasing job execution");
    case Action::ImportDefinitions:
        return tr("Importing unit definitions");
    case Action::Simulation:
        return tr("Controlling the simulation");
    case Action::GenerateEnvironment:
        return tr("Generating a synthetic environment");
    }
    return {};
}

QString Permissions::whoCan(Action action)
{
    const QList<Role> roles = allowedRoles(action);
    if (roles.size() == 1 && roles.first() == Role::Customer)
        return tr("Only the customer can do this.");
    if (roles.size() == 1 && roles.first() == Role::Provider)
        return tr("Only the service provider can do this.");
    return tr("Any operator can do this.");
}

Status Permissions::signedIn(const Operator &op)
{
    if (op.role == Role::System || !op.name.trimmed().isEmpty())
        return {};
    return Error::refused(QStringLiteral("no-operator"),
                          tr("No operator is signed in: sign in with your name and role first."));
}

Status Permissions::check(const Operator &op, Action action)
{
    if (auto s = signedIn(op); !s)
        return s;
    if (allowedRoles(action).contains(op.role))
        return {};
    const QString who = allowedRoles(action).contains(Role::Customer)
                            ? RoleNames::displayName(Role::Customer)
                            : RoleNames::displayName(Role::Provider);
    return Error::refused(QStringLiteral("role"),
                          tr("%1 is done by the %2, and %3 is signed in as the %4.")
                              .arg(actionName(action), who.toLower(), op.name,
                                   RoleNames::displayName(op.role).toLower()));
}

} // namespace dr
