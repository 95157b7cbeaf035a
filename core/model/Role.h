#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dr {

// Who acts. Steps of the switchover and provider administration are bound to a role.
// System is the simulator itself (clock ticks, scheduled syncs); no person signs in as it.
enum class Role : quint8 { Customer, Provider, System };

// The signed-in operator: every mutating facade call takes one.
struct Operator
{
    QString name;
    Role role = Role::Customer;

    static Operator system() { return {QStringLiteral("simulator"), Role::System}; }
};

class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(RoleNames)
public:
    static QString displayName(Role role); // "Customer" / "Service provider"
    // "customer:NAME" or "provider:NAME" (the drctl --as form).
    static Result<Operator> parseOperator(const QString &text);
};

QString roleCode(Role role); // "customer" / "provider" / "system"
std::optional<Role> roleFromCode(const QString &code);

} // namespace dr
