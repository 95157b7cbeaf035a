#pragma once

#include "ParseIssue.h"
#include "TextDecoding.h"
#include "model/Unit.h"

#include <QCoreApplication>

#include <vector>

namespace dr {

struct AjsSyntax;
struct AjsUnitNode;

// Units read from an ajsprint file, in parents-first order with file-local indexes, ready to be
// placed into a region's tree. Any error refuses the whole file.
struct AjsprintDocument
{
    std::vector<Unit> units;
    std::vector<Relation> relations;
    // 1: only named in a top-level full path, so the file does not say what the unit is. It
    // carries the job-group type a missing path is created with; placement under it is not
    // checked here but against the target tree (DefinitionMerge).
    std::vector<quint8> implied;
    std::vector<qint32> lines;   // where each unit is defined (implied groups: the unit= whose
    std::vector<qint32> columns; // path names them)
    QList<ParseIssue> errors;
    QList<ParseIssue> warnings;
    TextEncoding encoding = TextEncoding::Utf8;

    bool ok() const { return errors.isEmpty(); }
    QString path(UnitIndex index) const;
};

// Gives meaning to the syntax: unit types, comments, agents, schedules, relations, and the
// limits of domain.md §10. Parameters it does not interpret are kept verbatim.
class Ajsprint
{
    Q_DECLARE_TR_FUNCTIONS(Ajsprint)
public:
    static AjsprintDocument parse(const QString &text);
    static AjsprintDocument parse(const QByteArray &bytes, TextEncoding encoding);
    // `encoding` is the file's, for messages that depend on it (never Auto).
    static AjsprintDocument build(const AjsSyntax &syntax,
                                  TextEncoding encoding = TextEncoding::Utf8);

    // sd=/st=/cy= values. Returns false for forms the simulator cannot run (kept verbatim).
    static bool parseScheduleParameter(const QString &key, const QString &value,
                                       ScheduleRule &rule);
};

} // namespace dr
