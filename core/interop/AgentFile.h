#pragma once

#include "ParseIssue.h"
#include "model/ExecutionAgent.h"
#include "model/HostEntry.h"

#include <QCoreApplication>

namespace dr {

// One agent as a file gives it, with where its fields start so that a check done later
// (against a region) can still point at the field.
struct AgentRow
{
    enum Field
    {
        Name,
        Host,
        Windows,
        Restriction,
        Description,
        FieldCount
    };
    ExecutionAgent agent;
    bool hostGiven = true; // ajsagtadd -s may be left out
    int line = 0;
    int columns[FieldCount] = {1, 1, 1, 1, 1};
};

struct AgentRows
{
    QList<AgentRow> rows;
    QList<ParseIssue> errors;
    QList<ParseIssue> warnings;
};

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

    // The rows with the format of each field checked (windows, restriction, quoting); names,
    // hosts and limits per region are the importer's to check.
    static AgentRows readCsv(const QString &text);
    // Every field checked, host names resolving in `hosts` (the demo environment's loader).
    static Parsed parseCsv(const QString &text, const HostTable &hosts);
    static QString writeCsv(const QList<ExecutionAgent> &agents);
    // Fields of one line; `starts` receives the 0-based position where each field starts.
    static QStringList splitCsvLine(const QString &line, bool *ok = nullptr,
                                    QList<int> *starts = nullptr);
    // Column of the field a validation error is about.
    static int columnOf(const AgentRow &row, int field);
};

} // namespace dr
