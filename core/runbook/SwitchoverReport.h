#pragma once

#include "ConsoleState.h"
#include "model/AuditEntry.h"
#include "model/Result.h"

#include <QCoreApplication>

namespace dr {

// The report of one switchover run as a self-contained HTML document in the UI language: the
// timeline of steps (who, when, how long, notes), RTO and RPO, the disaster-recovery start
// summaries, pre-flight results and acknowledgements, and the run's audit entries. drctl
// writes it as HTML, and as PDF through drreport; the GUI prints the same document.
class SwitchoverReport
{
    Q_DECLARE_TR_FUNCTIONS(SwitchoverReport)
public:
    // The run to report when none is named: the current one, else the most recent.
    static Result<qint64> defaultRun(const ConsoleState &state);
    static Result<QString> html(const ConsoleState &state, qint64 runId,
                                const QList<AuditEntry> &audit);

    // Why the review count differs from the rule table's total: units that became Unknown at
    // the start, and units that had already ended abnormally (kept, but to be reviewed), said
    // for what the start of `switchStep` (step 2 or 8) started from.
    static QString reviewBreakdown(const StepRecord &switchStep);

private:
    static QString startSummary(const StepRecord &switchStep);
    static QString failbackBasis(const SwitchoverRun &run, const StepRecord &step8);
    static QString preflightSection(const QJsonObject &details);
    static QString figuresSection(const SwitchoverRun &run);
    static QString timelineSection(const SwitchoverRun &run);
    static QString auditSection(const QList<AuditEntry> &audit);
};

} // namespace dr
