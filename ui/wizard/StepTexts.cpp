#include "StepTexts.h"

namespace dr::ui {

QString StepTexts::instructions(int step)
{
    switch (step) {
    case 1:
        return tr("Ask the service desk to switch operation to the DR environment (AWS Osaka). Choose "
                  "disaster when the primary environment is unavailable, or drill for training and "
                  "verification, and say why.");
    case 2:
        return tr("Start the DR manager from the last synchronised data in disaster-recovery start mode, "
                  "with job execution suppressed. The primary manager stops and the DR environment "
                  "becomes the active one.");
    case 3:
    case 9:
        return tr("Point the execution agents and host information of this region at its own machines "
                  "(agents pre-registered here are already in place), review every unit the start "
                  "marked, and decide for each overdue jobnet whether it runs after release or is "
                  "skipped. Nothing runs while suppressed.");
    case 4:
    case 10:
        return tr("Report the recovery work complete. The pre-flight check runs first: errors must be "
                  "fixed, warnings must be acknowledged.");
    case 5:
    case 11:
        return tr("Release job execution suppression. Jobs that are due start at once.");
    case 6:
        return tr("Confirm that operation continues in the DR environment. The failover's figures are "
                  "recorded for the report.");
    case 7:
        return tr("When the primary environment is rebuilt (or the drill is over), ask the service desk "
                  "to switch operation back to the primary environment.");
    case 8:
        return tr("Start the primary manager in disaster-recovery start mode, suppressed. In disaster "
                  "mode the DR environment's data is copied back first; in a drill the primary restarts "
                  "from its own data as of the drill's start.");
    case 12:
        return tr("Confirm that operation continues in the primary environment. The switchover is then "
                  "complete and synchronisation to the DR environment resumes.");
    }
    return {};
}

QString StepTexts::whatTheyDo(int step)
{
    switch (step) {
    case 2:
        return tr("The service provider starts the DR manager (suppressed) and confirms the switch.");
    case 5:
    case 11:
        return tr("The service provider releases job execution suppression.");
    case 8:
        return tr("The service provider starts the primary manager (suppressed) and confirms the switch back.");
    default:
        return tr("The customer completes this step.");
    }
}

QString StepTexts::bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style='margin-top:2px; margin-bottom:2px'>");
    for (const QString &i : items)
        html += QStringLiteral("<li>%1</li>").arg(i.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace dr::ui
