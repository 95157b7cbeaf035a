#include "ReportCommand.h"

#include "Output.h"
#include "Session.h"

#include "Console.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

namespace dr::ctl {

QString ReportCommand::findPrinter()
{
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {dir + QStringLiteral("/drreport"),
                                     dir + QStringLiteral("/../libexec/drconsole/drreport")}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return {};
}

Status ReportCommand::run(Session &session)
{
    const QString format = session.args().value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("html") && format != QLatin1String("pdf"))
        return Error::badInput(QStringLiteral("format"),
                               tr("\"%1\" is not a report format; write html or pdf.").arg(format));
    qint64 runId = 0;
    if (session.args().isSet(QStringLiteral("run"))) {
        bool ok = false;
        runId = session.args().value(QStringLiteral("run")).toLongLong(&ok);
        if (!ok || runId <= 0)
            return Error::badInput(
                QStringLiteral("run"),
                tr("\"%1\" is not a run number.").arg(session.args().value(QStringLiteral("run"))));
    }
    auto html = session.console().switchoverReport(runId);
    if (!html)
        return html.error();
    const QString output = session.args().value(QStringLiteral("output"));
    auto writeHtml = [](const QString &path, const QString &text) -> Status {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return Error::database(tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
        return {};
    };
    if (format == QLatin1String("html")) {
        if (auto s = writeHtml(output, *html); !s)
            return s;
    } else {
        const QString printer = findPrinter();
        if (printer.isEmpty()) {
            return Error::database(tr("drreport, which prints PDF reports, was not found next to drctl. "
                                      "Reinstall DR Console, or export HTML instead (--format html)."));
        }
        QTemporaryDir scratch;
        const QString source = scratch.filePath(QStringLiteral("report.html"));
        if (auto s = writeHtml(source, *html); !s)
            return s;
        QProcess process;
        process.start(printer, {QStringLiteral("--html"), source, QStringLiteral("--pdf"), output});
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            return Error::database(tr("Printing the PDF failed: %1")
                                       .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
        }
    }
    const QString written = QFileInfo(output).absoluteFilePath();
    if (session.json()) {
        session.out().printJson({{QStringLiteral("format"), format}, {QStringLiteral("output"), written}});
    } else {
        session.out().line(tr("Report written to %1.").arg(written));
    }
    return {};
}

} // namespace dr::ctl
