#pragma once

#include "Console.h"

#include <QJsonObject>
#include <QJsonValue>

namespace dr::ctl {

// The --json shapes of drctl in one place, so that a field keeps its name and type whichever
// command prints it. Times are ISO-8601 UTC (null when unset), statuses and roles are codes.
class JsonViews
{
public:
    static QJsonValue time(qint64 utcMs);
    static QJsonValue textOrNull(const QString &text);

    static QJsonObject status(const Console &console);
    static QJsonObject region(const Console &console, RegionId id);
    // The run in progress as "status" shows it, or null.
    static QJsonValue switchover(const SwitchoverRun *run);

    // The run "switch show" shows: the current one, else the last one, else none.
    static const SwitchoverRun *shownRun(const ConsoleState &state);
    static QJsonObject switchShow(const ConsoleState &state);

    static QJsonObject unit(const RegionData &region, UnitIndex index);
    // A job's agent: its ex=, @SYSTEM when empty; other units keep what they have.
    static QString unitAgent(const Unit &unit);
    static QJsonObject agent(const ExecutionAgent &agent);
    static QJsonObject host(const HostEntry &host);
    static QJsonObject auditEntry(const AuditEntry &entry);
};

} // namespace dr::ctl
