// drreport: prints a switchover report (HTML) to an A4 PDF. drctl runs it for
// "switch report --format pdf", because drctl itself uses Qt Core only.

#include "report/ReportPrinter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    // No window is ever shown: render without a display.
    if (!std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints a DR Console report (HTML) to PDF."));
    parser.addHelpOption();
    const QCommandLineOption html(QStringLiteral("html"), QStringLiteral("Input HTML file"), QStringLiteral("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("Output PDF file"), QStringLiteral("FILE"));
    parser.addOption(html);
    parser.addOption(pdf);
    parser.process(app);
    if (!parser.isSet(html) || !parser.isSet(pdf)) {
        std::fprintf(stderr, "drreport: give --html FILE and --pdf FILE\n");
        return 2;
    }
    QFile in(parser.value(html));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "drreport: cannot read %s: %s\n", qPrintable(in.fileName()), qPrintable(in.errorString()));
        return 4;
    }
    const auto written = dr::ui::ReportPrinter::writePdf(QString::fromUtf8(in.readAll()), parser.value(pdf));
    if (!written) {
        std::fprintf(stderr, "drreport: %s\n", qPrintable(written.error().message));
        return 5;
    }
    return 0;
}
