#include "HelpText.h"

#include "TextTable.h"

#include "AppPaths.h"

namespace dr::ctl {

namespace {

QString optionUsage(const OptionSpec &o)
{
    return o.valueName.isEmpty() ? QStringLiteral("--%1").arg(o.name)
                                 : QStringLiteral("--%1 %2").arg(o.name, o.valueName);
}

QStringList optionLines(const QList<OptionSpec> &options)
{
    TextTable table;
    for (const OptionSpec &o : options)
        table.addRow({QStringLiteral("  ") + optionUsage(o), o.help});
    return table.render();
}

} // namespace

QList<OptionSpec> HelpText::globalOptions()
{
    return {
        {QStringLiteral("db"), QStringLiteral("PATH"),
         tr("database file (default: %1)").arg(AppPaths::defaultDatabase())},
        {QStringLiteral("json"), {}, tr("print results as JSON (codes and ISO-8601 UTC times)")},
        {QStringLiteral("lang"), QStringLiteral("ja|en"),
         tr("language of the messages (default: the system's; English with --json)")},
    };
}

QString HelpText::synopsis(const CommandSpec &spec)
{
    QStringList parts{QStringLiteral("drctl"), spec.name()};
    if (!spec.arguments.isEmpty())
        parts << spec.arguments;
    for (const OptionSpec &o : spec.options) {
        if (o.name == QLatin1String("as"))
            continue;
        parts << (o.required ? optionUsage(o) : QStringLiteral("[%1]").arg(optionUsage(o)));
    }
    if (spec.operatorUse == OperatorUse::Required)
        parts << QStringLiteral("--as ROLE:NAME");
    else if (spec.operatorUse == OperatorUse::Optional)
        parts << QStringLiteral("[--as ROLE:NAME]");
    return parts.join(QLatin1Char(' '));
}

QStringList HelpText::overview(const QList<CommandSpec> &commands)
{
    QStringList lines;
    lines << tr("Usage: drctl [--db PATH] [--json] [--lang ja|en] COMMAND ...")
          << tr("The command-line twin of DR Console: operate the primary and DR environments, the "
                "twelve-step switchover, units, agents and host information.")
          << QString() << tr("Global options:") << optionLines(globalOptions()) << QString()
          << tr("Commands:");
    TextTable table;
    for (const CommandSpec &spec : commands) {
        QString usage = spec.name();
        if (!spec.arguments.isEmpty())
            usage += QLatin1Char(' ') + spec.arguments;
        table.addRow({QStringLiteral("  ") + usage, spec.summary});
    }
    lines << table.render() << QString()
          << tr("Commands that change the environment take --as customer:NAME or --as "
                "provider:NAME; the core checks that the role may do it.")
          << tr("import and export read and write JP1/AJS3 files (ajsprint definitions, "
                "jp1hosts2 host information, agents as CSV or ajsagtadd lines); a file with "
                "errors changes nothing and its errors are listed as FILE:LINE:COLUMN: message.")
          << tr("Exit codes: 0 success, 2 usage error, 3 refused by a rule, 4 bad input, "
                "5 database error, 6 audit verification failed.")
          << tr("Run \"drctl COMMAND --help\" for the options of one command.");
    return lines;
}

QStringList HelpText::group(const QList<CommandSpec> &commands, const QString &word)
{
    QStringList lines{tr("Usage: drctl %1 SUBCOMMAND ...").arg(word), QString(),
                      tr("Subcommands:")};
    // Synopses are long (agents add has six options): summary on its own line below each.
    for (const CommandSpec &spec : commands) {
        if (spec.words.size() > 1 && spec.words.first() == word)
            lines << QStringLiteral("  ") + synopsis(spec)
                  << QStringLiteral("      ") + spec.summary;
    }
    lines << QString()
          << tr("Run \"drctl %1 SUBCOMMAND --help\" for the options of one subcommand.").arg(word);
    return lines;
}

QStringList HelpText::command(const CommandSpec &spec)
{
    QStringList lines{tr("Usage: %1").arg(synopsis(spec)), spec.summary};
    QList<OptionSpec> options = spec.options;
    if (spec.operatorUse != OperatorUse::None) {
        options << OptionSpec{QStringLiteral("as"), QStringLiteral("ROLE:NAME"),
                              spec.operatorUse == OperatorUse::Required
                                  ? tr("who acts: customer:NAME or provider:NAME")
                                  : tr("who acts (default: the simulator)")};
    }
    options << OptionSpec{QStringLiteral("help"), {}, tr("show this help")};
    lines << QString() << tr("Options:") << optionLines(options);
    return lines;
}

} // namespace dr::ctl
