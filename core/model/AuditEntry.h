#pragma once

#include "Role.h"

#include <QString>

namespace dr {

// One line of the append-only audit log. `hash` covers the entry's content and the previous
// entry's hash, so editing or removing any entry breaks the chain from there on.
struct AuditEntry
{
    qint64 seq = 0;
    qint64 atMs = 0;          // simulated time of the action
    qint64 recordedAtMs = 0;  // wall-clock time it was written
    QString operatorName;
    Role role = Role::System;
    QString action;           // stable code, e.g. "switch.step", "agent.add"
    QString details;          // human-readable, in English for a stable record
    qint64 runId = 0;         // switchover run it belongs to, 0 when none
    QString prevHash;
    QString hash;
};

struct AuditVerification
{
    bool ok = true;
    qint64 entriesChecked = 0;
    qint64 firstBrokenSeq = 0; // 0 when ok
    QString message;
};

} // namespace dr
