#include "ReportPrinter.h"

#include <QFile>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace dr::ui {

Status ReportPrinter::writePdf(const QString &html, const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("DR Console switchover report"));
        writer.setCreator(QStringLiteral("DR Console"));
        QTextDocument document;
        document.setHtml(html);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.print(&writer);
    }
    QFile written(path);
    if (!written.exists() || written.size() < 1000) {
        return Error::database(tr("The PDF could not be written to \"%1\". Check that the folder exists "
                                  "and is writable.")
                                   .arg(path));
    }
    return {};
}

Status ReportPrinter::writeHtml(const QString &html, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
        return Error::database(tr("The report could not be written to \"%1\": %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace dr::ui
