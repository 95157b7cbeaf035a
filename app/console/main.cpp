// drconsole: opens (or creates) the database and shows the operator console.

#include "ConsoleLoader.h"
#include "DisplayProbe.h"
#include "MainWindow.h"

#include "AppPaths.h"
#include "Console.h"
#include "Localization.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

namespace {

// drconsole's own options. Built twice: once before any application object exists, only to
// see what was asked for, and once with the application to read and describe them.
struct Options
{
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption db;
    QCommandLineOption lang;

    explicit Options(QCommandLineParser &parser, bool describe)
        : help(parser.addHelpOption()), version(parser.addVersionOption()),
          db(QStringLiteral("db"),
             describe ? QCoreApplication::translate("main", "Database file (default: %1)")
                            .arg(dr::AppPaths::defaultDatabase())
                      : QString(),
             QStringLiteral("PATH")),
          lang(QStringLiteral("lang"),
               describe ? QCoreApplication::translate("main", "UI language: ja or en") : QString(),
               QStringLiteral("LANG"))
    {
        // Qt's own options such as -platform or -reverse must not read as -p -l -a ...
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        if (describe) {
            parser.setApplicationDescription(QCoreApplication::translate(
                "main", "DR Console: disaster-recovery operator console"));
        }
        parser.addOption(db);
        parser.addOption(lang);
    }
};

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("drconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
}

QString savedLanguage()
{
    return QSettings(QStringLiteral("drconsole"), QStringLiteral("drconsole"))
        .value(QStringLiteral("language"))
        .toString();
}

void printError(const QString &message)
{
    std::fprintf(stderr, "drconsole: %s\n", qPrintable(message));
}

QString displayAdvice()
{
    return QCoreApplication::translate(
        "main", "Run it on a desktop session, or without a screen:\n"
                "  xvfb-run -a drconsole            (a virtual X display; package xvfb)\n"
                "  drconsole -platform offscreen    (renders nothing visible)\n"
                "The command-line twin works without a display: drctl status");
}

QString displayProblem(const DisplayProbe::Verdict &display)
{
    if (display.outcome == DisplayProbe::Outcome::NotConfigured) {
        return QCoreApplication::translate(
            "main", "No display is available (DISPLAY and WAYLAND_DISPLAY are not set).");
    }
    if (display.tried.isEmpty()) {
        return QCoreApplication::translate(
                   "main", "The display is unavailable: %1 is not a display name such as :0.")
            .arg(display.display);
    }
    return QCoreApplication::translate("main", "The display is unavailable: nothing answers "
                                               "for %1 (tried %2).")
        .arg(display.display, display.tried);
}

// What needs no display: help, version, a wrong --lang, and saying that there is no display.
// Returns the exit code.
int runWithoutDisplay(int argc, char **argv, bool languageValid, const QString &language,
                      const DisplayProbe::Verdict &display)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    dr::Localization::install(app, dr::Localization::choose(languageValid && !language.isEmpty()
                                                                ? language
                                                                : savedLanguage()));
    if (!languageValid) {
        printError(QCoreApplication::translate(
                       "main", "\"%1\" is not a language; write --lang ja or --lang en.")
                       .arg(language));
        return 2;
    }
    QCommandLineParser parser;
    const Options options(parser, true);
    parser.parse(app.arguments()); // Qt's GUI options are unknown here; they do not matter
    if (parser.isSet(options.help) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(options.version))
        parser.showVersion();
    printError(displayProblem(display) + QLatin1Char('\n') + displayAdvice());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    {
        // Look before QApplication: Qt aborts when the display it is given does not answer.
        QCommandLineParser early;
        const Options options(early, false);
        early.parse(arguments);
        const QString language = early.value(options.lang).trimmed().toLower();
        const bool languageValid = language.isEmpty() || language == QLatin1String("ja") ||
                                   language == QLatin1String("en");
        const bool informational = !languageValid || early.isSet(options.help) ||
                                   early.isSet(QStringLiteral("help-all")) ||
                                   early.isSet(options.version);
        const DisplayProbe::Verdict display =
            informational
                ? DisplayProbe::Verdict{}
                : DisplayProbe::check(arguments, QProcessEnvironment::systemEnvironment());
        if (informational || !display.usable())
            return runWithoutDisplay(argc, argv, languageValid, language, display);
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("DR Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/drconsole.svg")));

    // --lang wins; otherwise the choice made in View > Language; otherwise the system locale.
    QCommandLineParser early;
    const Options languageOnly(early, false);
    early.parse(app.arguments());
    QString language = early.value(languageOnly.lang).trimmed().toLower();
    if (language.isEmpty())
        language = savedLanguage();
    dr::Localization::install(app, dr::Localization::choose(language));

    QCommandLineParser parser;
    const Options options(parser, true);
    parser.process(app);
    const QString path =
        parser.isSet(options.db) ? parser.value(options.db) : dr::AppPaths::defaultDatabase();
    // A large database takes seconds to check and load: that happens on a worker thread while
    // a progress dialog keeps the GUI alive.
    auto console = dr::ui::ConsoleLoader::openWithProgress(path);
    if (!console) {
        printError(console.error().message);
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the database"),
                              console.error().message);
        return 5;
    }
    if (!(*console)->isInitialized()) {
        if (auto s = (*console)->initialize({}); !s) {
            printError(s.error().message);
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Cannot create the demo environment"),
                s.error().message);
            return 5;
        }
    }
    dr::ui::MainWindow window(**console);
    window.start();
    return app.exec();
}
