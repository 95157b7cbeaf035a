// drreport: prints a switchover report (HTML) to an A4 PDF. drctl runs it for
// "switch report --format pdf", because drctl itself uses Qt Core only.
//
// Everything drreport writes to stderr is meant for the operator: drctl shows its
// "drreport: ..." lines as the error. So it speaks the language drctl passes on (--lang) and keeps
// Qt's own diagnostics (no XDG_RUNTIME_DIR, QPainter::begin() failing, font notes) out of it.

#include "report/ReportPrinter.h"

#include "Localization.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

namespace {

// The exit codes drctl uses for the same failures.
constexpr int kUsage = 2;
constexpr int kBadInput = 4;
constexpr int kFailed = 5;

void quietQt(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // A fatal message ends the process: say it, whoever it is for. The rest is for developers.
    if (type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
}

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "drreport: %s\n", message.toUtf8().constData());
    return code;
}

// `text` is marked with QT_TRANSLATE_NOOP("drreport", ...) where it is written.
QString say(const char *text)
{
    return QCoreApplication::translate("drreport", text);
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietQt);
    // No window is ever shown: render without a display.
    if (!std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints a DR Console report (HTML) to PDF."));
    parser.addHelpOption();
    const QCommandLineOption html(QStringLiteral("html"), QStringLiteral("Input HTML file"),
                                  QStringLiteral("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("Output PDF file"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language of the messages"),
                                  QStringLiteral("ja|en"));
    parser.addOption(html);
    parser.addOption(pdf);
    parser.addOption(lang);
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(kUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    dr::Localization::install(app, dr::Localization::choose(parser.value(lang)));
    if (!parser.isSet(html) || !parser.isSet(pdf))
        return fail(kUsage, say(QT_TRANSLATE_NOOP("drreport", "Give --html FILE and --pdf FILE.")));
    QFile in(parser.value(html));
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(kBadInput,
                    say(QT_TRANSLATE_NOOP("drreport", "Cannot read the report \"%1\": %2."))
                        .arg(in.fileName(), in.errorString()));
    }
    const dr::Status written =
        dr::ui::ReportPrinter::writePdf(QString::fromUtf8(in.readAll()), parser.value(pdf));
    if (!written) {
        return fail(written.error().kind == dr::ErrorKind::BadInput ? kBadInput : kFailed,
                    written.error().message);
    }
    return 0;
}
