#pragma once

#include "model/Result.h"
#include "runbook/Permissions.h"

#include <QCoreApplication>

namespace dr::ui {

class Session;

// Why a page's button is disabled, as a Status for Session::gate: first whether someone is
// signed in and the facade allows the role the action, then the page's own condition (a row is
// selected, the row is not built in). The role rule itself stays in the core.
class ActionGate
{
    Q_DECLARE_TR_FUNCTIONS(ActionGate)
public:
    static Status permission(const Session &session, Action action);
    // `allowed` if it failed, otherwise a refusal with `reason` unless `condition` holds.
    static Status require(const Status &allowed, bool condition, const QString &reason);
};

} // namespace dr::ui
