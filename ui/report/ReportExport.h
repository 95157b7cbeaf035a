#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace dr::ui {

class Session;

// "Export report...": asks where to save (HTML or PDF by the chosen extension) and writes the
// switchover report of a run.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    // Returns the written path, or an empty string when cancelled or refused (already reported).
    static QString exportRun(Session &session, qint64 runId, QWidget *parent);
};

} // namespace dr::ui
