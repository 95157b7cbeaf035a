#include "SwitchoverReport.h"

#include "Preflight.h"
#include "engine/JapanTime.h"
#include "model/AuditAction.h"
#include "model/Language.h"
#include "model/ListText.h"
#include "rules/StartModeRules.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dr {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &c : cells)
        html += QStringLiteral("<td>%1</td>").arg(c);
    return html + QStringLiteral("</tr>\n");
}

// A header row whose cells have the given widths (percent of the table), so that short columns
// (numbers, times) do not take the room that titles and details need.
QString headerRow(const QList<std::pair<QString, int>> &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const auto &[label, width] : cells)
        html += QStringLiteral("<th width='%1%'>%2</th>").arg(width).arg(label.toHtmlEscaped());
    return html + QStringLiteral("</tr>\n");
}

// QTextDocument (which prints the PDF) ignores a CSS width on tables; the attribute works
// there and in browsers alike.
QString table()
{
    return QStringLiteral(
        "<table width='100%' cellspacing='0' cellpadding='4' style='margin-bottom: 10px'>\n");
}

// A duration kept on one line in narrow columns ("40 min 00 s").
QString unbroken(const QString &text)
{
    return QString(text).replace(QLatin1Char(' '), QChar(0x00a0));
}

// A time in a narrow column: the date may go on its own line, the clock time stays whole
// ("2024-05-01" / "10:00:00 JST").
QString stamp(qint64 utcMs)
{
    QString text = jst::format(utcMs);
    const qsizetype zone = text.lastIndexOf(QLatin1Char(' '));
    if (zone > 0)
        text[zone] = QChar(0x00a0);
    return text;
}

// Facts keep ISO UTC (for scripts); people read Japan time.
QString localTime(const QString &iso)
{
    qint64 ms = 0;
    return jst::parseIso(iso, ms) ? jst::format(ms) : iso;
}

// Latin text (digits, times, names) in a Latin font, which also keeps the PDF's text layer
// searchable; the CJK font first for a Japanese report, so that its punctuation and kana are
// consistent, with the Latin font as fallback.
QString fontFamilies()
{
    return uiLanguage() == Language::Japanese
               ? QStringLiteral("'Noto Sans CJK JP', 'DejaVu Sans', 'Noto Sans', sans-serif")
               : QStringLiteral("'DejaVu Sans', 'Noto Sans', 'Noto Sans CJK JP', sans-serif");
}

QString style()
{
    return QStringLiteral(
               "body { font-family: %1; font-size: 9.5pt; }"
               "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14pt; }"
               "table { border-collapse: collapse; margin-bottom: 6pt; }"
               "th, td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; font-size: "
               "9pt; }"
               "th { background: #e8edf4; text-align: left; }"
               ".figure { font-size: 11pt; font-weight: bold; } .error { color: #a31414; }"
               ".warning { color: #8a5a00; } .code { color: #666; font-size: 8pt; }")
        .arg(fontFamilies());
}

} // namespace

Result<qint64> SwitchoverReport::defaultRun(const ConsoleState &state)
{
    if (state.runs.isEmpty()) {
        return Error::refused(
            QStringLiteral("no-run"),
            tr("There is no switchover to report yet; a report covers a run that has "
               "at least started (step 1)."));
    }
    return state.runs.last().id;
}

QString SwitchoverReport::reviewBreakdown(const StepRecord &switchStep)
{
    const QJsonObject start = switchStep.details.value(QStringLiteral("drStart")).toObject();
    const QJsonObject byRule = start.value(QStringLiteral("changedByRule")).toObject();
    const qint64 unknown =
        byRule.value(StartModeRules::ruleCode(StartRule::RunningUnknown)).toInteger() +
        byRule.value(StartModeRules::ruleCode(StartRule::MonitoringUnknown)).toInteger();
    const qint64 review = start.value(QStringLiteral("review")).toInteger();
    const qint64 earlier = std::max<qint64>(0, review - unknown);
    if (review == 0)
        return tr("No unit needs review.");
    // The rule table counts status changes; review also covers units that ended abnormally
    // before the data the manager started from was taken, and keep that status. That data is the
    // sync point's at a failover; at a failback it is the DR environment's data copied back
    // (disaster) or the primary's own data from the drill's start (drill): no sync point.
    QString detail;
    if (switchStep.step != 8) {
        detail = tr("%1 became \"Unknown end status\" at this start (they were running or "
                    "monitoring when the copy was taken); %2 had already ended abnormally before "
                    "the sync point.");
    } else if (switchStep.details.value(QStringLiteral("reverseSync")).toBool()) {
        detail = tr("%1 became \"Unknown end status\" at this start (they were running or "
                    "monitoring when the DR environment's data was copied back); %2 had already "
                    "ended abnormally in the DR environment before its data was copied back.");
    } else {
        detail = tr("%1 became \"Unknown end status\" at this start (they were running or "
                    "monitoring when the primary stopped at the drill's start); %2 had already "
                    "ended abnormally before the drill started.");
    }
    return ListText::sentences(tr("%n unit(s) need review:", nullptr, int(review)),
                               detail.arg(unknown).arg(earlier));
}

QString SwitchoverReport::startSummary(const StepRecord &switchStep)
{
    const QJsonObject start = switchStep.details.value(QStringLiteral("drStart")).toObject();
    QString html = table() + headerRow({{tr("Rule"), 80}, {tr("Units changed"), 20}});
    const QJsonObject byRule = start.value(QStringLiteral("changedByRule")).toObject();
    for (int r = 0; r < kStartRuleCount; ++r) {
        const QString code = StartModeRules::ruleCode(StartRule(r));
        if (byRule.contains(code))
            html += row({esc(StartModeRules::ruleText(StartRule(r))),
                         QString::number(byRule.value(code).toInt())});
    }
    if (byRule.isEmpty())
        html += row({esc(tr("No status had to change.")), QStringLiteral("0")});
    html += QStringLiteral("</table><p>") +
            esc(ListText::sentences(reviewBreakdown(switchStep),
                                    tr("Overdue root jobnets: %1; the manager started suppressed.")
                                        .arg(start.value(QStringLiteral("overdue")).toInt()))) +
            QStringLiteral("</p>");
    return html;
}

QString SwitchoverReport::failbackBasis(const SwitchoverRun &run, const StepRecord &step8)
{
    if (step8.details.value(QStringLiteral("reverseSync")).toBool()) {
        return tr("The DR environment's data as of %1 was copied back to the primary before it "
                  "started; "
                  "nothing done in the DR environment was lost.")
            .arg(jst::format(step8.atMs));
    }
    const StepRecord *takeover = run.step(2);
    const qint64 since = takeover ? takeover->atMs : run.startedAtMs;
    return tr("Drill: the primary restarted from its own data as of the drill's start (%1). "
              "Nothing "
              "updated in the DR environment in the %2 since then was carried back.")
        .arg(jst::format(since), jst::formatDuration(step8.atMs - since));
}

QString SwitchoverReport::preflightSection(const QJsonObject &details)
{
    const QJsonObject preflight = details.value(QStringLiteral("preflight")).toObject();
    QString html = table() + headerRow({{tr("Severity"), 14}, {tr("Finding"), 86}});
    int rows = 0;
    for (const auto &[key, label, css] :
         {std::tuple{QStringLiteral("errors"), tr("Error"), "error"},
          std::tuple{QStringLiteral("warnings"), tr("Warning"), "warning"},
          std::tuple{QStringLiteral("info"), tr("Information"), ""}}) {
        for (const QJsonValue &v : preflight.value(key).toArray()) {
            const QJsonObject finding = v.toObject();
            QString text = esc(Preflight::message(finding));
            QStringList samples;
            for (const QJsonValue &s : finding.value(QStringLiteral("samples")).toArray())
                samples << s.toString();
            if (!samples.isEmpty()) {
                const qint64 more =
                    finding.value(QStringLiteral("count")).toInteger() - samples.size();
                text += QStringLiteral("<br><span class='code'>%1%2</span>")
                            .arg(esc(ListText::join(samples)),
                                 more > 0 ? QLatin1Char(' ') + esc(ListText::andMore(more))
                                          : QString());
            }
            html += row(
                {QStringLiteral("<span class='%1'>%2</span>").arg(QLatin1String(css), esc(label)),
                 text});
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

QString SwitchoverReport::figuresSection(const SwitchoverRun &run)
{
    const QJsonObject f = run.facts;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Recovery figures"))) + table();
    html += headerRow({{tr("Figure"), 50}, {tr("Value"), 50}});
    const auto figure = [&](const QString &label, const QString &value) {
        html += row({esc(label), QStringLiteral("<span class='figure'>%1</span>").arg(esc(value))});
    };
    if (f.contains(QStringLiteral("dataLossMs"))) {
        figure(tr("Data-loss window (RPO)"),
               jst::formatDuration(f.value(QStringLiteral("dataLossMs")).toInteger()));
        figure(tr("Sync point used"), localTime(f.value(QStringLiteral("syncPoint")).toString()));
        figure(tr("Outage or switch time"),
               localTime(f.value(QStringLiteral("outage")).toString()));
        figure(tr("Units changed after the sync point"),
               QString::number(f.value(QStringLiteral("unitsAffected")).toInteger()));
    }
    if (const StepRecord *s1 = run.step(1); s1 && run.step(6))
        figure(tr("Failover time, step 1 to step 6 (RTO)"),
               jst::formatDuration(run.step(6)->atMs - s1->atMs));
    if (const StepRecord *s7 = run.step(7); s7 && run.step(12))
        figure(tr("Failback time, step 7 to step 12"),
               jst::formatDuration(run.step(12)->atMs - s7->atMs));
    return html + QStringLiteral("</table>\n");
}

QString SwitchoverReport::timelineSection(const SwitchoverRun &run)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Timeline"))) + table();
    // Wide enough for "10:00:00 JST", "10 min 00 s", "pending" and "運用切り替え" on one line at
    // the report's 9 pt; titles, roles and notes wrap at their spaces.
    html += headerRow({{tr("#", "column of step numbers"), 4},
                       {tr("Phase"), 14},
                       {tr("Title"), 18},
                       {tr("Role"), 12},
                       {tr("By"), 11},
                       {tr("At (JST)"), 15},
                       {tr("Duration"), 13},
                       {tr("Note"), 13}});
    qint64 previous = run.startedAtMs;
    for (const StepInfo &info : allSteps()) {
        const StepRecord *r = run.step(info.number);
        html += row(
            {QString::number(info.number), esc(SwitchoverNames::phaseName(info.phase)),
             esc(SwitchoverNames::stepTitle(info.number)), esc(RoleNames::displayName(info.role)),
             r ? esc(r->operatorName) : esc(tr("pending")), r ? esc(stamp(r->atMs)) : QString(),
             r ? esc(unbroken(jst::formatDuration(r->atMs - previous))) : QString(),
             r ? esc(r->note) : QString()});
        if (r)
            previous = r->atMs;
    }
    return html + QStringLiteral("</table>\n");
}

QString SwitchoverReport::auditSection(const QList<AuditEntry> &audit)
{
    QString html =
        QStringLiteral("<h2>%1</h2>").arg(esc(tr("Audit entries of this run"))) + table();
    html += headerRow({{tr("No."), 7},
                       {tr("Time (JST)"), 15},
                       {tr("Operator"), 12},
                       {tr("Role"), 14},
                       {tr("Action"), 17},
                       {tr("Details"), 35}});
    for (const AuditEntry &e : audit) {
        const QString action =
            esc(AuditActions::displayName(e.action)) +
            QStringLiteral("<br><span class='code'>%1</span>").arg(esc(e.action));
        html += row({QString::number(e.seq), esc(stamp(e.atMs)), esc(e.operatorName),
                     esc(RoleNames::displayName(e.role)), action,
                     esc(AuditActions::displayDetails(e.details))});
    }
    if (audit.isEmpty())
        html +=
            row({QString(), QString(), QString(), QString(), QString(), esc(tr("No entries."))});
    return html + QStringLiteral("</table>\n");
}

Result<QString> SwitchoverReport::html(const ConsoleState &state, qint64 runId,
                                       const QList<AuditEntry> &audit)
{
    const SwitchoverRun *run = nullptr;
    for (const SwitchoverRun &r : state.runs) {
        if (r.id == runId)
            run = &r;
    }
    if (!run)
        return Error::badInput(QStringLiteral("no-run"),
                               tr("There is no switchover run %1.").arg(runId));
    const QString title = esc(tr("Switchover report - run %1").arg(run->id));
    QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang='%1'><head><meta charset='utf-8'><title>%2</title>"
            "<style>%3</style></head><body>\n")
            .arg(languageCode(uiLanguage()), title, style());
    html += QStringLiteral("<h1>%1</h1>\n").arg(title);
    html +=
        QStringLiteral("<p>%1<br>%2<br>%3</p>\n")
            .arg(esc(tr("Customer: %1").arg(state.contract.customerName)),
                 esc(tr("Mode: %1; started %2; %3")
                         .arg(SwitchoverNames::modeName(run->mode), jst::format(run->startedAtMs),
                              run->completed
                                  ? tr("completed %1").arg(jst::format(run->finishedAtMs))
                                  : tr("in progress (next step %1)").arg(run->nextStep()))),
                 esc(tr("Report generated at %1 (simulated clock).")
                         .arg(jst::format(state.clockMs))));
    html += figuresSection(*run);
    html += timelineSection(*run);

    for (int step : {2, 8}) {
        if (const StepRecord *r = run->step(step)) {
            auto regionName = [&](const char *key) {
                const auto id = regionFromCode(r->details.value(QLatin1String(key)).toString());
                return id ? RegionNames::displayName(*id) : QString();
            };
            html += QStringLiteral("<h2>%1</h2>\n")
                        .arg(esc(tr("Disaster-recovery start at step %1 (%2 \u2192 %3)")
                                     .arg(step)
                                     .arg(regionName("source"), regionName("target"))));
            if (step == 8)
                html += QStringLiteral("<p>%1</p>").arg(esc(failbackBasis(*run, *r)));
            html += startSummary(*r);
        }
    }
    for (int step : {4, 10}) {
        if (const StepRecord *r = run->step(step)) {
            html += QStringLiteral("<h2>%1</h2>\n")
                        .arg(esc(tr("Pre-flight check at step %1").arg(step)));
            html += preflightSection(r->details);
        }
    }
    for (int step : {5, 11}) {
        if (const StepRecord *r = run->step(step)) {
            html +=
                QStringLiteral("<p>%1</p>\n")
                    .arg(esc(
                        tr("Step %1: suppression released; %n unit(s) started or settled at once.",
                           nullptr, r->details.value(QStringLiteral("startedCount")).toInt())
                            .arg(step)));
        }
    }
    html += auditSection(audit);
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace dr
