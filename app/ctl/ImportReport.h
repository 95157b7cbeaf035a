#pragma once

#include "Output.h"

#include "interop/ImportPreview.h"
#include "model/Region.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dr::ctl {

// How drctl shows an import preview or result: text for people (counts, the paths or names,
// warnings; regions and modes by their translated names) and one JSON shape for scripts (regions
// and modes by their codes); errors go to stderr as FILE:LINE:COLUMN: message.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
public:
    struct Context
    {
        QString file;
        QString kind; // "ajsprint", "jp1hosts2", "agents"
        RegionId region = RegionId::Primary;
        std::optional<DefinitionImportMode> mode; // definitions only
        QString subtree;                          // definitions, replace mode
        bool preview = false;
        bool applied = false;
    };

    static QJsonObject json(const Context &context, const ImportPreview &preview);
    static QStringList text(const Context &context, const ImportPreview &preview);
    // "FILE:LINE:COLUMN: message" (or "FILE: message" when the problem has no line), the first
    // `limit` of them and a count of the rest.
    static QStringList issueLines(const QString &file, const QList<ParseIssue> &issues,
                                  int limit = 20);
    // Prints the errors to stderr (and the JSON to stdout) and returns the bad-input error.
    static Error refuse(Output &out, const Context &context, const ImportPreview &preview);
};

} // namespace dr::ctl
