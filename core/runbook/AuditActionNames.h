#pragma once

#include <QCoreApplication>
#include <QString>

namespace dr {

// Readable, translated names of the audit log's action codes ("switch.step" → "Switchover
// step"), for the switchover report. The codes themselves stay in the log and in --json.
class AuditActionNames
{
    Q_DECLARE_TR_FUNCTIONS(AuditActionNames)
public:
    // The code itself when it has no name (an action added later).
    static QString name(const QString &code);
};

} // namespace dr
