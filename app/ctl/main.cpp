// drctl: the command-line twin of the console (Qt Core only).

#include "AppPaths.h"
#include "Console.h"
#include "Localization.h"
#include "engine/JapanTime.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("drctl"));
    dr::Localization::install(app, dr::Localization::systemLanguage());
    const QString path = dr::AppPaths::defaultDatabase();
    auto console = dr::Console::open(path);
    if (!console) {
        std::fprintf(stderr, "drctl: %s\n", qPrintable(console.error().message));
        return 5;
    }
    std::printf("%s\n", qPrintable(dr::jst::format((*console)->clockMs())));
    return 0;
}
