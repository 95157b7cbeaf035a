#include "Role.h"

namespace dr {

QString RoleNames::displayName(Role role)
{
    switch (role) {
    case Role::Customer:
        return tr("Customer");
    case Role::Provider:
        return tr("Service provider");
    case Role::System:
        return tr("Simulator");
    }
    return {};
}

Result<Operator> RoleNames::parseOperator(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const auto role = colon > 0 ? roleFromCode(text.left(colon)) : std::nullopt;
    const QString name = colon > 0 ? text.mid(colon + 1).trimmed() : QString();
    if (!role || *role == Role::System || name.isEmpty() || name.size() > 64) {
        return Error::badInput(
            QStringLiteral("operator"),
            tr("Operator \"%1\" is not valid: write customer:NAME or provider:NAME "
               "(a name of 1 to 64 characters).")
                .arg(text));
    }
    return Operator{name, *role};
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Customer:
        return QStringLiteral("customer");
    case Role::Provider:
        return QStringLiteral("provider");
    case Role::System:
        return QStringLiteral("system");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("customer"))
        return Role::Customer;
    if (c == QLatin1String("provider"))
        return Role::Provider;
    if (c == QLatin1String("system"))
        return Role::System;
    return std::nullopt;
}

} // namespace dr
