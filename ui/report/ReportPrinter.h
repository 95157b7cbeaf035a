#pragma once

#include "ReportPages.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPaintDevice;
class QTextDocument;

namespace dr::ui {

// Prints an HTML document (the switchover report) to an A4 PDF, paginated, with page numbers.
// Japanese text needs a CJK font on the machine (the set-up script installs Noto CJK); the PDF
// embeds what it uses.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
public:
    static Status writePdf(const QString &html, const QString &path);
    static Status writeHtml(const QString &html, const QString &path);

    // A4 portrait with 15 mm margins.
    static QPageLayout pageLayout();
    // Lays `html` out on `device` at `resolution` dots per inch and cuts it into pages of
    // pageLayout() (less the footer), as writePdf() prints it; returns what each page shows.
    static QList<ReportPages::Slice> layOut(QTextDocument &document, const QString &html,
                                            QPaintDevice *device, int resolution);

private:
    static qreal footerHeight(int resolution);
};

} // namespace dr::ui
