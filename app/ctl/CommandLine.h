#pragma once

#include "CommandSpec.h"
#include "Output.h"

#include <QCoreApplication>

namespace dr::ctl {

// drctl [--db PATH] [--json] [--lang ja|en] COMMAND ...: reads the global options, installs
// the language, finds the command, checks its arguments and operator, opens the database and
// maps the outcome to the documented exit code.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum ExitCode
    {
        Success = 0,
        UsageError = 2,
        Refused = 3,
        BadInput = 4,
        DatabaseError = 5,
        AuditBroken = 6,
    };

    explicit CommandLine(QCoreApplication &app) : m_app(app) {}

    int run(const QStringList &arguments);

    static int exitCode(ErrorKind kind);
    static QList<CommandSpec> allCommands();

private:
    struct Globals
    {
        QString database;
        QString language;
        bool json = false;
        bool help = false;
        qsizetype commandStart = 0;
        QString badOption; // an unknown global option, or one missing its value
        bool missingValue = false;
    };
    static Globals parseGlobals(const QStringList &arguments);

    int fail(const Error &error);
    // The command whose words start `words`, the longest match (so "switch start" wins over a
    // hypothetical "switch"); nullptr when none.
    static const CommandSpec *match(const QList<CommandSpec> &commands, const QStringList &words);
    int runCommand(const CommandSpec &spec, const QStringList &words, const QString &database);
    Status prepare(const CommandSpec &spec, class Session &session);
    static Status openDatabase(class Session &session);

    QCoreApplication &m_app;
    Output m_output;
};

} // namespace dr::ctl
