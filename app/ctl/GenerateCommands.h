#pragma once

#include "CommandSpec.h"

#include <QCoreApplication>

namespace dr::ctl {

// drctl generate: replaces the environment with a synthetic one of N units (scale testing,
// demonstrations at a large customer's size).
class GenerateCommands
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommands)
public:
    static QList<CommandSpec> commands();

private:
    static Status generate(Session &session);
};

} // namespace dr::ctl
