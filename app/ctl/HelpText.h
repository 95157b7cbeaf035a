#pragma once

#include "CommandSpec.h"

#include <QCoreApplication>

namespace dr::ctl {

// The --help texts: the command list, one group's subcommands, one command's options.
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)
public:
    static QStringList overview(const QList<CommandSpec> &commands);
    static QStringList group(const QList<CommandSpec> &commands, const QString &word);
    static QStringList command(const CommandSpec &spec);
    static QString synopsis(const CommandSpec &spec);
    // The options every command takes before its name.
    static QList<OptionSpec> globalOptions();
};

} // namespace dr::ctl
