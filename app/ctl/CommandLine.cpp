#include "CommandLine.h"

#include "AdminCommands.h"
#include "AgentCommands.h"
#include "GenerateCommands.h"
#include "HelpText.h"
#include "HostCommands.h"
#include "InteropCommands.h"
#include "Session.h"
#include "SimulationCommands.h"
#include "StatusCommands.h"
#include "SwitchCommands.h"
#include "UnitCommands.h"

#include "AppPaths.h"
#include "Localization.h"

#include <QFileInfo>

namespace dr::ctl {

int CommandLine::exitCode(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
        return UsageError;
    case ErrorKind::Refused:
        return Refused;
    case ErrorKind::BadInput:
        return BadInput;
    case ErrorKind::Database:
        return DatabaseError;
    case ErrorKind::Audit:
        return AuditBroken;
    }
    return UsageError;
}

QList<CommandSpec> CommandLine::allCommands()
{
    QList<CommandSpec> all;
    all << AdminCommands::initCommands() << StatusCommands::commands()
        << SimulationCommands::commands() << SwitchCommands::commands() << UnitCommands::commands()
        << AgentCommands::commands() << HostCommands::commands() << AdminCommands::auditCommands()
        << GenerateCommands::commands() << InteropCommands::commands();
    return all;
}

CommandLine::Globals CommandLine::parseGlobals(const QStringList &arguments)
{
    // Global options come before the command, so that a command's own values (a --note text,
    // a unit path) are never mistaken for them. No tr() here: the language is not chosen yet.
    Globals g;
    qsizetype i = 1;
    auto valueOf = [&](const QString &word, const QString &name, QString &target) {
        if (word.startsWith(name + QLatin1Char('='))) {
            target = word.mid(name.size() + 1);
            return true;
        }
        if (word != name)
            return false;
        if (i + 1 >= arguments.size()) {
            g.badOption = name;
            g.missingValue = true;
        } else {
            target = arguments.at(++i);
        }
        return true;
    };
    for (; i < arguments.size() && g.badOption.isEmpty(); ++i) {
        const QString &word = arguments.at(i);
        if (!word.startsWith(QLatin1Char('-')))
            break;
        if (word == QLatin1String("--json"))
            g.json = true;
        else if (word == QLatin1String("--help") || word == QLatin1String("-h"))
            g.help = true;
        else if (!valueOf(word, QStringLiteral("--db"), g.database) &&
                 !valueOf(word, QStringLiteral("--lang"), g.language))
            g.badOption = word;
    }
    g.commandStart = i;
    return g;
}

int CommandLine::fail(const Error &error)
{
    m_output.error(error);
    m_output.flush();
    return exitCode(error.kind);
}

const CommandSpec *CommandLine::match(const QList<CommandSpec> &commands, const QStringList &words)
{
    const CommandSpec *best = nullptr;
    for (const CommandSpec &spec : commands) {
        if (spec.words.size() > words.size())
            continue;
        if (words.mid(0, spec.words.size()) != spec.words)
            continue;
        if (!best || spec.words.size() > best->words.size())
            best = &spec;
    }
    return best;
}

int CommandLine::run(const QStringList &arguments)
{
    const Globals g = parseGlobals(arguments);
    const QString lang = g.language.trimmed().toLower();
    const bool langValid =
        lang.isEmpty() || lang == QLatin1String("ja") || lang == QLatin1String("en");
    // JSON is for scripts: its messages stay English unless a language is asked for. --json may
    // also follow the command, and the language has to be chosen before anything is parsed.
    const bool json = g.json || arguments.mid(g.commandStart).contains(QLatin1String("--json"));
    const QString chosen = langValid && !lang.isEmpty() ? lang
                           : json                       ? QStringLiteral("en")
                                                        : QString();
    Localization::install(m_app, Localization::choose(chosen));
    m_output.setJson(json);

    if (g.missingValue)
        return fail(Error::usage(tr("Option \"%1\" needs a value.").arg(g.badOption)));
    if (!g.badOption.isEmpty()) {
        return fail(Error::usage(tr("Unknown option \"%1\"; the global options are --db, --json "
                                    "and --lang (see drctl --help).")
                                     .arg(g.badOption)));
    }
    if (!langValid) {
        return fail(Error::badInput(
            QStringLiteral("lang"),
            tr("\"%1\" is not a language; write --lang ja or --lang en.").arg(g.language)));
    }

    const QList<CommandSpec> commands = allCommands();
    QStringList words = arguments.mid(g.commandStart);
    if (!words.isEmpty() && words.first() == QLatin1String("help")) {
        // "drctl help switch complete" is "drctl switch complete --help".
        words.removeFirst();
        if (words.isEmpty()) {
            m_output.lines(HelpText::overview(commands));
            return Success;
        }
        words << QStringLiteral("--help");
    }
    if (words.isEmpty()) {
        if (g.help) {
            m_output.lines(HelpText::overview(commands));
            return Success;
        }
        m_output.usageHelp(HelpText::overview(commands));
        return fail(Error::usage(tr("No command given.")));
    }
    const CommandSpec *spec = match(commands, words);
    if (!spec) {
        const bool isGroup =
            std::any_of(commands.cbegin(), commands.cend(), [&](const CommandSpec &c) {
                return c.words.size() > 1 && c.words.first() == words.first();
            });
        if (isGroup) {
            const bool help = g.help || words.contains(QLatin1String("--help")) ||
                              words.contains(QLatin1String("-h"));
            if (help) {
                m_output.lines(HelpText::group(commands, words.first()));
                return Success;
            }
            return fail(Error::usage(
                words.size() > 1
                    ? tr("\"%1\" is not a subcommand of \"%2\" (see drctl %2 --help).")
                          .arg(words.at(1), words.first())
                    : tr("\"%1\" needs a subcommand (see drctl %1 --help).").arg(words.first())));
        }
        return fail(
            Error::usage(tr("Unknown command \"%1\" (see drctl --help).").arg(words.first())));
    }
    if (g.help)
        words << QStringLiteral("--help");
    const QString database = g.database.isEmpty() ? AppPaths::defaultDatabase() : g.database;
    return runCommand(*spec, words.mid(spec->words.size()), database);
}

int CommandLine::runCommand(const CommandSpec &spec, const QStringList &words,
                            const QString &database)
{
    QList<OptionSpec> options = spec.options;
    if (spec.operatorUse != OperatorUse::None)
        options << OptionSpec{QStringLiteral("as"), QStringLiteral("ROLE:NAME"), {}};
    options << OptionSpec{QStringLiteral("json"), {}, {}}; // also accepted after the command
    ArgumentParser args(options);
    const Status parsed = args.parse(words);
    if (args.helpRequested()) {
        m_output.lines(HelpText::command(spec));
        return Success;
    }
    if (!parsed)
        return fail(parsed.error());
    if (args.isSet(QStringLiteral("json")))
        m_output.setJson(true);

    Session session(m_output, args, database);
    if (auto s = prepare(spec, session); !s)
        return fail(s.error());
    if (auto s = spec.run(session); !s)
        return fail(s.error());
    m_output.flush();
    return Success;
}

Status CommandLine::prepare(const CommandSpec &spec, Session &session)
{
    const ArgumentParser &args = session.args();
    const qsizetype count = args.positional().size();
    if (count < spec.minPositional || count > spec.maxPositional) {
        return Error::usage(
            count < spec.minPositional
                ? tr("Missing argument. Usage: %1").arg(HelpText::synopsis(spec))
                : tr("Unexpected argument \"%1\". Usage: %2")
                      .arg(args.positional().at(spec.maxPositional), HelpText::synopsis(spec)));
    }
    for (const OptionSpec &o : spec.options) {
        if (o.required && !args.isSet(o.name)) {
            return Error::usage(
                tr("Option --%1 is required. Usage: %2").arg(o.name, HelpText::synopsis(spec)));
        }
    }
    if (spec.operatorUse == OperatorUse::Required && !args.isSet(QStringLiteral("as"))) {
        return Error::usage(tr("This command changes the environment: say who acts with --as "
                               "customer:NAME or --as provider:NAME."));
    }
    if (args.isSet(QStringLiteral("as"))) {
        auto op = RoleNames::parseOperator(args.value(QStringLiteral("as")));
        if (!op)
            return op.error();
        session.setActor(*op);
    }
    if (spec.createsDatabase)
        return {}; // init decides itself what to do with an existing file
    return openDatabase(session);
}

Status CommandLine::openDatabase(Session &session)
{
    const QString &path = session.databasePath();
    // Console::open would create a missing file; only init may do that.
    if (!QFileInfo::exists(path)) {
        return Error::database(tr("There is no database at \"%1\". Create one with \"drctl init "
                                  "--demo\" (or give the right file with --db).")
                                   .arg(path));
    }
    auto console = Console::open(path);
    if (!console)
        return console.error();
    if (!(*console)->isInitialized()) {
        return Error::refused(QStringLiteral("not-initialized"),
                              tr("The database \"%1\" holds no environment yet; run \"drctl init "
                                 "--demo\" first.")
                                  .arg(path));
    }
    session.setConsole(std::move(*console));
    return {};
}

} // namespace dr::ctl
