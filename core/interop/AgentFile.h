#pragma once

#include "ParseIssue.h"
#include "model/ExecutionAgent.h"
#include "model/HostEntry.h"

#include <QCoreApplication>

namespace dr {

// Execution agent tables as CSV: name,host,limits,restriction,description (a header line,
// RFC 4180 quoting; limits as "00:00-12:00=3,12:00-00:00=5").
class AgentFile
{
    Q_DECLARE_TR_FUNCTIONS(AgentFile)
public:
    struct Parsed
    {
        QList<ExecutionAgent> agents;
        QList<ParseIssue> errors;
        bool ok() const { return errors.isEmpty(); }
    };

    // Checks every field; host names must resolve in `hosts`.
    static Parsed parseCsv(const QString &text, const HostTable &hosts);
    static QString writeCsv(const QList<ExecutionAgent> &agents);
    static QStringList splitCsvLine(const QString &line, bool *ok = nullptr);
};

} // namespace dr
