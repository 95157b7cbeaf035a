#pragma once

#include "CommandSpec.h"
#include "Console.h"
#include "ImportReport.h"

#include <QCoreApplication>

namespace dr::ctl {

// JP1/AJS3 files: import and export unit definitions (ajsprint), host information
// (jp1hosts2) and execution agents (CSV or ajsagtadd lines). Every import can be previewed
// (--preview changes nothing); a file with errors is refused whole, exit 4, with each error as
// FILE:LINE:COLUMN: message on stderr.
class InteropCommands
{
    Q_DECLARE_TR_FUNCTIONS(InteropCommands)
public:
    static QList<CommandSpec> commands();

private:
    static Status importAjsprint(Session &session);
    static Status importHosts(Session &session);
    static Status importAgents(Session &session);
    static Status exportAjsprint(Session &session);
    static Status exportHosts(Session &session);
    static Status exportAgents(Session &session);

    using RegistryPreview = ImportPreview (Console::*)(RegionId, const QByteArray &) const;
    using RegistryImport = Result<ImportPreview> (Console::*)(const Operator &, RegionId, const QByteArray &,
                                                              const QString &);
    static Status importRegistry(Session &session, const QString &format, RegistryPreview previewFn,
                                 RegistryImport importFn);
    static void printReport(Session &session, const ImportReport::Context &context, const ImportPreview &p);

    static Result<QByteArray> readInput(const QString &path);
    static Status writeOutput(Session &session, const QString &what, const QByteArray &bytes);
};

} // namespace dr::ctl
