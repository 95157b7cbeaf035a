// drctl: the command-line twin of the console (Qt Core only).

#include "CommandLine.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("drctl"));
    return dr::ctl::CommandLine(app).run(QCoreApplication::arguments());
}
