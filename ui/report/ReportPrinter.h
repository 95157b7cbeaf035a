#pragma once

#include "model/Result.h"

#include <QCoreApplication>

namespace dr::ui {

// Prints an HTML document (the switchover report) to an A4 PDF. Japanese text needs a CJK font
// on the machine (the set-up script installs Noto CJK); the PDF embeds what it uses.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
public:
    static Status writePdf(const QString &html, const QString &path);
    static Status writeHtml(const QString &html, const QString &path);
};

} // namespace dr::ui
