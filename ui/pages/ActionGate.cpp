#include "ActionGate.h"

#include "Session.h"

#include "Console.h"

namespace dr::ui {

Status ActionGate::permission(const Session &session, Action action)
{
    if (!session.signedIn())
        return Error::refused(QStringLiteral("signed-out"), tr("Sign in to make changes."));
    return session.console().checkPermission(session.op(), action);
}

Status ActionGate::require(const Status &allowed, bool condition, const QString &reason)
{
    if (!allowed)
        return allowed;
    if (!condition)
        return Error::refused(QStringLiteral("ui-condition"), reason);
    return {};
}

} // namespace dr::ui
