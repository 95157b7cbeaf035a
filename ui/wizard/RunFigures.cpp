#include "RunFigures.h"

#include "engine/JapanTime.h"
#include "model/ListText.h"
#include "rules/StartModeRules.h"
#include "runbook/SwitchoverReport.h"

namespace dr::ui {

QString RunFigures::startRules(const QJsonObject &drStart)
{
    QString html = QStringLiteral(
        "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'>");
    html += QStringLiteral("<tr><th align='left'>%1</th><th align='right'>%2</th></tr>")
                .arg(tr("Rule applied"), tr("Units"));
    const QJsonObject byRule = drStart.value(QStringLiteral("changedByRule")).toObject();
    for (int r = 0; r < kStartRuleCount; ++r) {
        const QString code = StartModeRules::ruleCode(StartRule(r));
        if (!byRule.contains(code))
            continue;
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                    .arg(StartModeRules::ruleText(StartRule(r)).toHtmlEscaped())
                    .arg(byRule.value(code).toInt());
    }
    return html + QStringLiteral("</table>");
}

QString RunFigures::startSentences(const StepRecord &switchStep, int overdueNow)
{
    const QJsonObject drStart = switchStep.details.value(QStringLiteral("drStart")).toObject();
    const int overdueAtStart = drStart.value(QStringLiteral("overdue")).toInt();
    QString overdue = tr("%n root jobnet(s) are overdue now.", nullptr, overdueNow);
    if (overdueAtStart != overdueNow)
        overdue = ListText::sentences(overdue, tr("%n were overdue at the disaster-recovery start.",
                                                  nullptr, overdueAtStart));
    QString html =
        ListText::sentences(SwitchoverReport::reviewBreakdown(switchStep).toHtmlEscaped(), overdue);
    if (drStart.value(QStringLiteral("suppressed")).toBool())
        html = ListText::sentences(html, QStringLiteral("<b>%1</b>")
                                             .arg(tr("The manager runs with job execution "
                                                     "suppressed: no job starts until release.")));
    return html;
}

QString RunFigures::figures(const SwitchoverRun &run, qint64 nowMs)
{
    QString html;
    auto line = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const QJsonObject &f = run.facts;
    if (f.contains(QStringLiteral("dataLossMs"))) {
        line(tr("Data-loss window (RPO)"),
             jst::formatDuration(f.value(QStringLiteral("dataLossMs")).toInteger()));
        qint64 syncPoint = 0;
        jst::parseIso(f.value(QStringLiteral("syncPoint")).toString(), syncPoint);
        line(tr("Sync point used"), jst::format(syncPoint));
        line(tr("Units changed after the sync point"),
             QString::number(f.value(QStringLiteral("unitsAffected")).toInteger()));
    }
    if (const StepRecord *s1 = run.step(1)) {
        const StepRecord *s6 = run.step(6);
        line(s6 ? tr("Failover time, step 1 to step 6 (RTO)")
                : tr("Failover time so far (step 1 to now)"),
             jst::formatDuration((s6 ? s6->atMs : nowMs) - s1->atMs));
    }
    if (const StepRecord *s7 = run.step(7)) {
        const StepRecord *s12 = run.step(12);
        line(s12 ? tr("Failback time, step 7 to step 12")
                 : tr("Failback time so far (step 7 to now)"),
             jst::formatDuration((s12 ? s12->atMs : nowMs) - s7->atMs));
    }
    html += QStringLiteral("</table><table cellspacing='0' cellpadding='5' border='1' "
                           "style='border-collapse:collapse; margin-top:8px'>");
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(tr("Step"), tr("Done by"), tr("At (JST)"), tr("Took"));
    qint64 previous = run.startedAtMs;
    for (const StepRecord &r : run.steps) {
        html += QStringLiteral("<tr><td>%1. %2</td><td>%3 (%4)</td><td>%5</td><td>%6</td></tr>")
                    .arg(r.step)
                    .arg(SwitchoverNames::stepTitle(r.step).toHtmlEscaped(),
                         r.operatorName.toHtmlEscaped(), RoleNames::displayName(r.role),
                         jst::format(r.atMs), jst::formatDuration(r.atMs - previous));
        previous = r.atMs;
    }
    return html + QStringLiteral("</table>");
}

} // namespace dr::ui
