#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace dr::ui {

class Session;

// "Export report...": asks where to save, as a PDF document or an HTML page, and writes the
// switchover report of a run.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    enum class Format
    {
        Pdf,
        Html
    };
    struct Target
    {
        QString path;
        Format format = Format::Pdf;
    };

    // The file dialog's filters, PDF first.
    static QString filters();
    // What to write for the name the operator chose and the filter selected with it. A .pdf,
    // .html or .htm the operator typed decides; otherwise (no such suffix, or the suggested
    // name kept) the selected filter does, and the name gets that format's suffix: the
    // suggested "...-1.pdf" kept with "HTML page" selected becomes an HTML page "...-1.html".
    static Target target(const QString &chosenPath, const QString &selectedFilter,
                         const QString &suggestedName);
    // Returns the written path, or an empty string when cancelled or refused (already reported).
    static QString exportRun(Session &session, qint64 runId, QWidget *parent);
};

} // namespace dr::ui
