#pragma once

#include "model/Result.h"

#include <QCoreApplication>

namespace dr::ctl {

class Session;

// switch report --format html|pdf --output FILE [--run ID]: the switchover report. PDF is
// printed by drreport (drctl itself uses Qt Core only).
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    static Status run(Session &session);
    // drreport next to drctl, or where it is installed.
    static QString findPrinter();
    // Whether `path` can take the report (its folder exists and is writable): checked before
    // anything is generated, so that a wrong path is a bad-input error and nothing is written.
    static Status checkOutput(const QString &path, const QString &format);

private:
    static Status writeFile(const QString &path, const QString &text);
    // Runs drreport on `html`; its own (translated) message when it fails.
    static Status printPdf(const QString &html, const QString &output);
};

} // namespace dr::ctl
