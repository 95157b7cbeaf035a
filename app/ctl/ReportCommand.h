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
};

} // namespace dr::ctl
