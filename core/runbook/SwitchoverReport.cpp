#include "SwitchoverReport.h"

#include "Preflight.h"
#include "engine/JapanTime.h"
#include "model/Language.h"
#include "rules/StartModeRules.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dr {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QStringList &cells, const char *tag = "td")
{
    QString html = QStringLiteral("<tr>");
    for (const QString &c : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), c);
    return html + QStringLiteral("</tr>\n");
}

// Facts keep ISO UTC (for scripts); people read Japan time.
QString localTime(const QString &iso)
{
    qint64 ms = 0;
    return jst::parseIso(iso, ms) ? jst::format(ms) : iso;
}

const char *const kStyle =
    "body { font-family: 'Noto Sans CJK JP', 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 10pt; }"
    "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14pt; }"
    "table { border-collapse: collapse; width: 100%; }"
    "th, td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; }"
    "th { background: #e8edf4; text-align: left; }"
    ".figure { font-size: 12pt; font-weight: bold; } .error { color: #a31414; } .warning { color: #8a5a00; }";

} // namespace

Result<qint64> SwitchoverReport::defaultRun(const ConsoleState &state)
{
    if (state.runs.isEmpty()) {
        return Error::refused(QStringLiteral("no-run"),
                              tr("There is no switchover to report yet; a report covers a run that has "
                                 "at least started (step 1)."));
    }
    return state.runs.last().id;
}

QString SwitchoverReport::startSummary(const QJsonObject &start)
{
    QString html = QStringLiteral("<table>") + row({tr("Rule"), tr("Units changed")}, "th");
    const QJsonObject byRule = start.value(QStringLiteral("changedByRule")).toObject();
    for (int r = 0; r < kStartRuleCount; ++r) {
        const QString code = StartModeRules::ruleCode(StartRule(r));
        if (byRule.contains(code))
            html += row({esc(StartModeRules::ruleText(StartRule(r))), QString::number(byRule.value(code).toInt())});
    }
    if (byRule.isEmpty())
        html += row({esc(tr("No status had to change.")), QStringLiteral("0")});
    html += QStringLiteral("</table><p>") +
            esc(tr("Units marked for review: %1; overdue root jobnets: %2; the manager started suppressed.")
                    .arg(start.value(QStringLiteral("review")).toInt())
                    .arg(start.value(QStringLiteral("overdue")).toInt())) +
            QStringLiteral("</p>");
    return html;
}

QString SwitchoverReport::preflightSection(const QJsonObject &details)
{
    const QJsonObject preflight = details.value(QStringLiteral("preflight")).toObject();
    QString html = QStringLiteral("<table>") + row({tr("Severity"), tr("Finding")}, "th");
    int rows = 0;
    for (const auto &[key, label, css] : {std::tuple{QStringLiteral("errors"), tr("Error"), "error"},
                                          std::tuple{QStringLiteral("warnings"), tr("Warning"), "warning"},
                                          std::tuple{QStringLiteral("info"), tr("Information"), ""}}) {
        for (const QJsonValue &v : preflight.value(key).toArray()) {
            html += row({QStringLiteral("<span class='%1'>%2</span>").arg(QLatin1String(css), esc(label)),
                         esc(v.toObject().value(QStringLiteral("message")).toString())});
            ++rows;
        }
    }
    if (rows == 0)
        html += row({esc(tr("OK")), esc(tr("No problems found."))});
    html += QStringLiteral("</table><p>") +
            esc(details.value(QStringLiteral("warningsAcknowledged")).toBool()
                    ? tr("The warnings were acknowledged by the customer.")
                    : tr("No warning needed acknowledgement.")) +
            QStringLiteral("</p>");
    return html;
}

Result<QString> SwitchoverReport::html(const ConsoleState &state, qint64 runId, const QList<AuditEntry> &audit)
{
    const SwitchoverRun *run = nullptr;
    for (const SwitchoverRun &r : state.runs) {
        if (r.id == runId)
            run = &r;
    }
    if (!run)
        return Error::badInput(QStringLiteral("no-run"), tr("There is no switchover run %1.").arg(runId));
    const QJsonObject f = run->facts;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang='%1'><head><meta charset='utf-8'><title>%2</title>"
                                  "<style>%3</style></head><body>\n")
                       .arg(languageCode(uiLanguage()),
                            esc(tr("Switchover report - run %1").arg(run->id)), QLatin1String(kStyle));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Switchover report - run %1").arg(run->id)));
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>\n")
                .arg(esc(tr("Customer: %1").arg(state.contract.customerName)),
                     esc(tr("Mode: %1; started %2; %3")
                             .arg(SwitchoverNames::modeName(run->mode), jst::format(run->startedAtMs),
                                  run->completed ? tr("completed %1").arg(jst::format(run->finishedAtMs))
                                                 : tr("in progress (next step %1)").arg(run->nextStep()))),
                     esc(tr("Report generated at %1 (simulated clock).").arg(jst::format(state.clockMs))));

    html += QStringLiteral("<h2>%1</h2><table>\n").arg(esc(tr("Recovery figures")));
    html += row({esc(tr("Figure")), esc(tr("Value"))}, "th");
    const auto figure = [&](const QString &label, const QString &value) {
        html += row({esc(label), QStringLiteral("<span class='figure'>%1</span>").arg(esc(value))});
    };
    if (f.contains(QStringLiteral("dataLossMs"))) {
        figure(tr("Data-loss window (RPO)"), jst::formatDuration(f.value(QStringLiteral("dataLossMs")).toInteger()));
        figure(tr("Sync point used"), localTime(f.value(QStringLiteral("syncPoint")).toString()));
        figure(tr("Outage or switch time"), localTime(f.value(QStringLiteral("outage")).toString()));
        figure(tr("Units changed after the sync point"), QString::number(f.value(QStringLiteral("unitsAffected")).toInteger()));
    }
    if (const StepRecord *s1 = run->step(1); s1 && run->step(6))
        figure(tr("Failover time, step 1 to step 6 (RTO)"), jst::formatDuration(run->step(6)->atMs - s1->atMs));
    if (const StepRecord *s7 = run->step(7); s7 && run->step(12))
        figure(tr("Failback time, step 7 to step 12"), jst::formatDuration(run->step(12)->atMs - s7->atMs));
    html += QStringLiteral("</table>\n");

    html += QStringLiteral("<h2>%1</h2><table>\n").arg(esc(tr("Timeline")));
    html += row({esc(tr("Step")), esc(tr("Phase")), esc(tr("Title")), esc(tr("Role")), esc(tr("By")),
                 esc(tr("At (JST)")), esc(tr("Duration")), esc(tr("Note"))},
                "th");
    qint64 previous = run->startedAtMs;
    for (const StepInfo &info : allSteps()) {
        const StepRecord *r = run->step(info.number);
        html += row({QString::number(info.number), esc(SwitchoverNames::phaseName(info.phase)),
                     esc(SwitchoverNames::stepTitle(info.number)), esc(RoleNames::displayName(info.role)),
                     r ? esc(r->operatorName) : esc(tr("pending")), r ? esc(jst::format(r->atMs)) : QString(),
                     r ? esc(jst::formatDuration(r->atMs - previous)) : QString(), r ? esc(r->note) : QString()});
        if (r)
            previous = r->atMs;
    }
    html += QStringLiteral("</table>\n");

    for (int step : {2, 8}) {
        if (const StepRecord *r = run->step(step)) {
            auto regionName = [&](const char *key) {
                const auto id = regionFromCode(r->details.value(QLatin1String(key)).toString());
                return id ? RegionNames::displayName(*id) : QString();
            };
            html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Disaster-recovery start at step %1 (%2 \u2192 %3)")
                                                               .arg(step)
                                                               .arg(regionName("source"), regionName("target"))));
            html += startSummary(r->details.value(QStringLiteral("drStart")).toObject());
            if (step == 8) {
                html += QStringLiteral("<p>%1</p>").arg(esc(r->details.value(QStringLiteral("reverseSync")).toBool()
                                                                ? tr("The DR environment's data was copied back to the primary first.")
                                                                : tr("Drill: nothing updated in the DR environment was carried back.")));
            }
        }
    }
    for (int step : {4, 10}) {
        if (const StepRecord *r = run->step(step)) {
            html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Pre-flight check at step %1").arg(step)));
            html += preflightSection(r->details);
        }
    }
    for (int step : {5, 11}) {
        if (const StepRecord *r = run->step(step)) {
            html += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Step %1: suppression released; %2 unit(s) started or settled at once.")
                                                              .arg(step)
                                                              .arg(r->details.value(QStringLiteral("startedCount")).toInt())));
        }
    }

    html += QStringLiteral("<h2>%1</h2><table>\n").arg(esc(tr("Audit entries of this run")));
    html += row({esc(tr("No.")), esc(tr("Time (JST)")), esc(tr("Operator")), esc(tr("Role")), esc(tr("Action")),
                 esc(tr("Details"))},
                "th");
    for (const AuditEntry &e : audit) {
        html += row({QString::number(e.seq), esc(jst::format(e.atMs)), esc(e.operatorName),
                     esc(RoleNames::displayName(e.role)), esc(e.action), esc(e.details)});
    }
    html += QStringLiteral("</table>\n</body></html>\n");
    return html;
}

} // namespace dr
