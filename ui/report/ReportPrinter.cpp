#include "ReportPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace dr::ui {

namespace {

// Enough for crisp text and small enough for quick printing; the layout is done at this
// resolution, so point sizes in the report mean points on paper.
constexpr int kResolution = 300;

} // namespace

QPageLayout ReportPrinter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                       QPageLayout::Millimeter);
}

qreal ReportPrinter::footerHeight(int resolution)
{
    return 8.0 / 25.4 * resolution; // 8 mm for the page number
}

QList<ReportPages::Slice> ReportPrinter::layOut(QTextDocument &document, const QString &html,
                                                QPaintDevice *device, int resolution)
{
    // Laid out on the device itself: fonts are measured at its resolution, and a page of the
    // document is exactly a page of paper (not the screen's idea of one). One long page: the
    // cuts between pages are chosen by ReportPages, which keeps table rows whole.
    document.documentLayout()->setPaintDevice(device);
    document.setHtml(html);
    const QRect paint = pageLayout().paintRectPixels(resolution);
    document.setPageSize(QSizeF(paint.width(), -1));
    return ReportPages::split(document, paint.height() - footerHeight(resolution));
}

Status ReportPrinter::writePdf(const QString &html, const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setResolution(kResolution);
        writer.setPageLayout(pageLayout());
        writer.setCreator(QStringLiteral("DR Console"));
        QTextDocument document;
        const QList<ReportPages::Slice> pages = layOut(document, html, &writer, kResolution);
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        QPainter painter;
        if (!painter.begin(&writer)) {
            return Error::badInput(
                QStringLiteral("output"),
                tr("The PDF could not be written to \"%1\". Check that the folder exists "
                   "and is writable.")
                    .arg(path));
        }
        const QRect paint = pageLayout().paintRectPixels(kResolution);
        const qreal width = paint.width();
        const qreal height = paint.height() - footerHeight(kResolution);
        QFont footerFont = document.defaultFont();
        footerFont.setPointSizeF(8);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            const ReportPages::Slice &slice = pages.at(i);
            painter.save();
            painter.translate(0, -slice.top);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, slice.top, width, slice.bottom - slice.top);
            context.palette.setColor(QPalette::Text, Qt::black);
            painter.setClipRect(context.clip);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            painter.setFont(footerFont);
            painter.setPen(Qt::darkGray);
            painter.drawText(
                QRectF(0, height, width, footerHeight(kResolution)),
                Qt::AlignRight | Qt::AlignBottom,
                QStringLiteral("%1 / %2").arg(i + 1).arg(pages.size())); // any language
        }
        painter.end();
    }
    QFile written(path);
    if (!written.exists() || written.size() < 1000) {
        return Error::badInput(QStringLiteral("output"),
                               tr("The PDF could not be written to \"%1\". Check that the folder "
                                  "exists and is writable.")
                                   .arg(path));
    }
    return {};
}

Status ReportPrinter::writeHtml(const QString &html, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
        return Error::badInput(
            QStringLiteral("output"),
            tr("The report could not be written to \"%1\": %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace dr::ui
