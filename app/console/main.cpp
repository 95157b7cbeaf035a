// drconsole: opens (or creates) the database and shows the operator console.

#include "ConsoleLoader.h"
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
#include <cstdlib>
#include <cstring>

namespace {

// Qt aborts when it cannot reach a display; say what to do instead.
bool displayAvailable(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strncmp(argv[i], "-platform=", 10) == 0)
            return true;
    }
    for (const char *var : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        const char *value = std::getenv(var);
        if (value && *value)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (!displayAvailable(argc, argv)) {
        std::fprintf(
            stderr,
            "drconsole: no display is available (DISPLAY and WAYLAND_DISPLAY are not set).\n"
            "Run it on a desktop session, or without a screen:\n"
            "  xvfb-run -a drconsole            (a virtual X display; package xvfb)\n"
            "  drconsole -platform offscreen    (renders nothing visible)\n"
            "The command-line twin works without a display: drctl status\n");
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("drconsole"));
    QApplication::setApplicationDisplayName(QStringLiteral("DR Console"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/drconsole.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("DR Console: disaster-recovery operator console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database file (default: %1)").arg(dr::AppPaths::defaultDatabase()),
        QStringLiteral("PATH"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("UI language: ja or en"), QStringLiteral("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    // --lang wins; otherwise the choice made in View > Language; otherwise the system locale.
    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = QSettings(QStringLiteral("drconsole"), QStringLiteral("drconsole"))
                       .value(QStringLiteral("language"))
                       .toString();
    dr::Localization::install(app, dr::Localization::choose(language));
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : dr::AppPaths::defaultDatabase();
    // A large database takes seconds to check and load: that happens on a worker thread while
    // a progress dialog keeps the GUI alive.
    auto console = dr::ui::ConsoleLoader::openWithProgress(path);
    if (!console) {
        std::fprintf(stderr, "drconsole: %s\n", qPrintable(console.error().message));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the database"),
                              console.error().message);
        return 5;
    }
    if (!(*console)->isInitialized()) {
        if (auto s = (*console)->initialize({}); !s) {
            std::fprintf(stderr, "drconsole: %s\n", qPrintable(s.error().message));
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
