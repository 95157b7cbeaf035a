#pragma once

#include "model/Switchover.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dr::ui {

// Rich text for the wizard's summaries: the disaster-recovery start of a step and the measured
// figures of a run (RTO, data loss, step durations, actors).
class RunFigures
{
    Q_DECLARE_TR_FUNCTIONS(RunFigures)
public:
    // The disaster-recovery start of a step in two parts: the sentences (what needs review, what
    // is overdue, suppression) and the table of how many units each rule changed. The sentences
    // need the whole step record (step 2 or 8): what the start began from differs. More jobnets
    // come due while the target is suppressed, so the overdue count is `overdueNow`, the one the
    // page lists; the start's own count is named as such when it differs.
    static QString startSentences(const StepRecord &switchStep, int overdueNow);
    static QString startRules(const QJsonObject &drStart);
    // Figures so far; `nowMs` closes the running interval when the run is not finished.
    static QString figures(const SwitchoverRun &run, qint64 nowMs);
};

} // namespace dr::ui
