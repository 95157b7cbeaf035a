#pragma once

#include "ConsoleState.h"
#include "model/Result.h"

#include <QCoreApplication>

namespace dr {

// Builds the starting environment of a new database: empty, or the demo customer from the
// definition files embedded under :/demo (loaded through the same parsers as user imports).
class DemoEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(DemoEnvironment)
public:
    static Result<ConsoleState> demo(qint64 clockMs);
    static ConsoleState empty(qint64 clockMs);

    // Statuses of freshly registered definitions: scheduled root jobnets wait for their first
    // start, unscheduled ones are not registered.
    static std::vector<UnitState> initialStates(const UnitTree &tree, qint64 clockMs);
    // Applies "path<TAB>seconds<TAB>outcome<TAB>exit" rows to units before the tree is built.
    static Status applySimulation(std::vector<Unit> &units, const QString &tsv,
                                  const std::function<QString(UnitIndex)> &pathOf);

private:
    static Result<QString> readResource(const QString &name);
};

} // namespace dr
