#pragma once

#include "AgentFile.h"
#include "ImportPreview.h"
#include "engine/Simulation.h"

#include <QCoreApplication>

namespace dr {

// Execution agents into a region from CSV or ajsagtadd lines (the format is detected): agents
// of the file are added, or change the agent of the same name; agents the file does not list
// stay. Every row is checked against the region (names, hosts resolving in its host
// information, the 1,024 limit); @SYSTEM keeps its name and host, only its limits, restriction
// and description are taken. Any error refuses the whole file.
class AgentImport
{
    Q_DECLARE_TR_FUNCTIONS(AgentImport)
public:
    static ImportPreview preview(const RegionData &region, const QByteArray &bytes);
    static Result<ImportPreview> apply(EngineContext &ctx, RegionId region, const QByteArray &bytes,
                                       const QString &source);
    static QByteArray write(const RegionData &region, AgentFileFormat format);
    static std::optional<AgentFileFormat> formatFromCode(const QString &code); // csv, ajsagtadd

private:
    // How many agents the region would have with the file's new ones, and the line of the
    // first new agent past the limit (0: within it).
    struct AgentLimit
    {
        int total = 0;
        int firstLineOver = 0;
    };
    static AgentLimit agentLimit(const RegionData &region, const QList<AgentRow> &rows);
    static ImportPreview plan(const RegionData &region, const QByteArray &bytes,
                              QList<ExecutionAgent> &agents);
};

} // namespace dr
