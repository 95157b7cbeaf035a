#include "ReportExport.h"

#include "Prompts.h"
#include "ReportPrinter.h"
#include "Session.h"

#include "Console.h"

#include <QFileInfo>

namespace dr::ui {

namespace {

QString pdfFilter()
{
    return ReportExport::tr("PDF document (*.pdf)");
}

QString htmlFilter()
{
    return ReportExport::tr("HTML page (*.html)");
}

bool isHtmlSuffix(const QString &suffix)
{
    return suffix.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0 ||
           suffix.compare(QLatin1String("htm"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString ReportExport::filters()
{
    return pdfFilter() + QStringLiteral(";;") + htmlFilter();
}

ReportExport::Target ReportExport::target(const QString &chosenPath, const QString &selectedFilter,
                                          const QString &suggestedName)
{
    const QFileInfo info(chosenPath);
    const QString suffix = info.suffix();
    const bool pdfSuffix = suffix.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    const bool known = pdfSuffix || isHtmlSuffix(suffix);
    Target t{chosenPath, pdfSuffix ? Format::Pdf : Format::Html};
    if (known && info.fileName() != suggestedName)
        return t; // typed by the operator
    if (selectedFilter == htmlFilter() || selectedFilter == pdfFilter())
        t.format = selectedFilter == htmlFilter() ? Format::Html : Format::Pdf;
    else if (!known)
        t.format = Format::Pdf;
    QString base = chosenPath;
    if (known)
        base.chop(suffix.size() + 1);
    t.path = base + (t.format == Format::Html ? QStringLiteral(".html") : QStringLiteral(".pdf"));
    return t;
}

QString ReportExport::exportRun(Session &session, qint64 runId, QWidget *parent)
{
    QString selectedFilter = pdfFilter();
    const QString suggested = QStringLiteral("switchover-report-%1.pdf").arg(runId);
    const QString chosen = Prompts::instance().saveFile(parent, tr("Export switchover report"),
                                                        suggested, filters(), &selectedFilter);
    if (chosen.isEmpty())
        return {};
    const Target t = target(chosen, selectedFilter, suggested);
    auto html = session.console().switchoverReport(runId);
    if (!session.report(html.ok() ? Status() : Status(html.error()), parent, tr("Export switchover report")))
        return {};
    const Status written = t.format == Format::Pdf ? ReportPrinter::writePdf(*html, t.path)
                                                   : ReportPrinter::writeHtml(*html, t.path);
    if (!session.report(written, parent, tr("Export switchover report")))
        return {};
    Prompts::instance().information(parent, tr("Export switchover report"),
                                    tr("The report was saved to %1.").arg(t.path));
    return t.path;
}

} // namespace dr::ui
