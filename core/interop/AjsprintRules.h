#pragma once

#include "TextDecoding.h"
#include "model/Result.h"
#include "model/Unit.h"

#include <QCoreApplication>

#include <vector>

namespace dr {

// The rules an ajsprint definition must follow beyond its syntax, shared by the file builder
// and the import that places a file's units into an existing tree: which unit may stand in
// which, the forms of sd=/st=/cy=, el= and sz=, and the order units are kept in.
class AjsprintRules
{
    Q_DECLARE_TR_FUNCTIONS(AjsprintRules)
public:
    // Why `child` cannot be defined in `parent` (nullptr: at the top level), or an empty string.
    static QString placementError(const Unit &child, const Unit *parent);

    // The unit name rules of domain.md §10 (Validation::unitName), with a message for a name
    // that is too long which says how it is measured: the console and the service's manager
    // store names in UTF-8, so a name that fits 30 bytes in a Shift_JIS file may not.
    static Status unitName(const QString &name, TextEncoding fileEncoding);
    // Long text quoted in a message: its start and an ellipsis.
    static QString shown(const QString &text);

    // sd=/st=/cy= values without their rule number. False for forms the simulator cannot run
    // (the caller keeps them verbatim).
    static bool parseScheduleParameter(const QString &key, const QString &value,
                                       ScheduleRule &rule);
    // What is impossible in an sd=/st=/cy= value without its rule number (month 13, 25:99, a
    // cycle of 0 or of an unknown unit), or an empty string. Valid forms the simulator does not
    // run (sd=en, st=+01:00 ...) are not errors: parseScheduleParameter keeps them.
    // `written` is the whole value as the file has it, rule number included, for the message.
    static QString scheduleError(const QString &key, const QString &value, const QString &written);
    // The sd=/st=/cy= parameters that give back `rules` when read.
    static QList<UnitParameter> scheduleParameters(const QList<ScheduleRule> &rules);

    // el=CHILD,TYPE,+H +V (the position also as +Hx+V or H×V): the child's name, or an error.
    static QString elementChild(const QString &value, QString *error);
    // sz=WxH (or W×H): an error, or an empty string.
    static QString sizeError(const QString &value);

    // The units of a jobnet's relations that lie on (or after) a cycle: those that would never
    // start. Empty when the relations form no cycle.
    static std::vector<UnitIndex> unitsInCycles(const std::vector<Relation> &relations);

    // Depth-first order (each unit followed by its subtree, siblings in definition order) and
    // relations grouped by jobnet in that order, so that writing units and reading them back
    // gives the same indexes. `order[new] = old`.
    static std::vector<UnitIndex> depthFirstOrder(const std::vector<Unit> &units);
    static void reorder(std::vector<Unit> &units, std::vector<Relation> &relations,
                        const std::vector<UnitIndex> &order);
};

} // namespace dr
