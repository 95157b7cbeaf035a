#pragma once

#include "ConsoleState.h"
#include "model/AuditEntry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace dr {

// What a drill's switch back will not carry to the primary (domain.md §3): in drill mode the
// primary restarts from its own data as of the drill's start, so everything done in the DR
// region since step 2 stays behind. Counted from the DR region's statuses, the run's audit
// entries, and the DR agents and hosts compared with the baseline recorded at step 2.
class DrillLoss
{
    Q_DECLARE_TR_FUNCTIONS(DrillLoss)
public:
    // Recorded in the run's facts at step 2 of a drill: the execution-ID counter and a
    // fingerprint of every DR agent and host entry, to compare with at the switch back.
    static QJsonObject baseline(const ConsoleState &state);
    // `runAudit`: the run's audit entries (oldest first).
    static DrillLoss compute(const ConsoleState &state, const SwitchoverRun &run,
                             const QList<AuditEntry> &runAudit);

    bool applies = false;   // a drill whose DR start is done and whose switch back is not
    qint64 sinceMs = 0;     // step 2: when the DR environment took over
    qint64 generations = 0; // jobnet generations (execution IDs) started in the DR region
    qint64 jobsRun = 0;     // jobs whose latest run started in the DR region since then
    qint64 statusChanges = 0;
    qint64 reruns = 0;
    qint64 otherActions = 0;         // holds, hold releases and kills
    bool configurationKnown = false; // false for runs recorded before the baseline existed
    QStringList agentsAdded, agentsChanged, agentsRemoved;
    QStringList hostsAdded, hostsChanged, hostsRemoved;

    bool nothingDone() const;
    QJsonObject toJson() const;
    // One translated line per kind of work (counts, then names), for the wizard and drctl.
    QStringList lines() const;
    // "a, b and 3 more" in the UI language's list style.
    static QString nameList(const QStringList &names, int shown = 8);
};

} // namespace dr
