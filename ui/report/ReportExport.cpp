#include "ReportExport.h"

#include "Prompts.h"
#include "ReportPrinter.h"
#include "Session.h"

#include "Console.h"

namespace dr::ui {

QString ReportExport::exportRun(Session &session, qint64 runId, QWidget *parent)
{
    const QString path = Prompts::instance().saveFile(
        parent, tr("Export switchover report"), QStringLiteral("switchover-report-%1.pdf").arg(runId),
        tr("PDF document (*.pdf);;HTML page (*.html)"));
    if (path.isEmpty())
        return {};
    auto html = session.console().switchoverReport(runId);
    if (!session.report(html.ok() ? Status() : Status(html.error()), parent, tr("Export switchover report")))
        return {};
    const bool pdf = !path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) &&
                     !path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    const Status written = pdf ? ReportPrinter::writePdf(*html, path) : ReportPrinter::writeHtml(*html, path);
    if (!session.report(written, parent, tr("Export switchover report")))
        return {};
    Prompts::instance().information(parent, tr("Export switchover report"), tr("The report was saved to %1.").arg(path));
    return path;
}

} // namespace dr::ui
