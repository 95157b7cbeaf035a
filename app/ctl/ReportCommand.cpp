#include "ReportCommand.h"

#include "Output.h"
#include "Session.h"

#include "Console.h"
#include "model/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

namespace dr::ctl {

namespace {

const QString kOutput = QStringLiteral("output");

// drreport's exit code for a file it could not read or write (as drctl's own bad input).
constexpr int kPrinterBadInput = 4;

} // namespace

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

Status ReportCommand::checkOutput(const QString &path, const QString &format)
{
    if (path.trimmed().isEmpty()) {
        return Error::badInput(kOutput,
                               tr("--output is empty; give the file to write the report to."));
    }
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (file.isDir()) {
        return Error::badInput(
            kOutput, tr("\"%1\" is a folder; give --output a file name in it, "
                        "for example \"%2\".")
                         .arg(path, QDir(path).filePath(QStringLiteral("report.") + format)));
    }
    if (!folder.exists()) {
        return Error::badInput(kOutput,
                               tr("Cannot write the report to \"%1\": the folder \"%2\" does not "
                                  "exist. Create it first, or give --output a file in an existing "
                                  "folder.")
                                   .arg(path, QDir::toNativeSeparators(folder.filePath())));
    }
    if (!folder.isDir()) {
        return Error::badInput(kOutput,
                               tr("Cannot write the report to \"%1\": \"%2\" is not a folder. "
                                  "Give --output a file in an existing folder.")
                                   .arg(path, QDir::toNativeSeparators(folder.filePath())));
    }
    // QSaveFile writes a temporary file next to the target, so the folder must be writable even
    // when the file exists.
    if (!folder.isWritable() || (file.exists() && !file.isWritable())) {
        return Error::badInput(
            kOutput, tr("Cannot write the report to \"%1\": you may not write there. "
                        "Choose another --output path, or get write permission for "
                        "\"%2\".")
                         .arg(path, QDir::toNativeSeparators(file.exists() ? file.absoluteFilePath()
                                                                           : folder.filePath())));
    }
    return {};
}

Status ReportCommand::writeFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        return Error::badInput(kOutput,
                               tr("Cannot write \"%1\": %2.").arg(path, file.errorString()));
    }
    return {};
}

Status ReportCommand::printPdf(const QString &html, const QString &output)
{
    const QString printer = findPrinter();
    if (printer.isEmpty()) {
        return Error::database(
            tr("drreport, which prints PDF reports, was not found next to drctl. "
               "Reinstall DR Console, or export HTML instead (--format html)."));
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return Error::database(tr("No temporary folder for printing the PDF: %1. Check the space "
                                  "and permissions of the temporary folder (TMPDIR).")
                                   .arg(scratch.errorString()));
    }
    const QString source = scratch.filePath(QStringLiteral("report.html"));
    if (auto s = writeFile(source, html); !s)
        return Error::database(s.error().message);
    QProcess process;
    // drreport speaks the language drctl speaks; its own messages are the only ones on its
    // stderr (it keeps Qt's diagnostics to itself).
    process.start(printer, {QStringLiteral("--lang"), languageCode(uiLanguage()),
                            QStringLiteral("--html"), source, QStringLiteral("--pdf"), output});
    const bool finished = process.waitForFinished(120000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    QStringList said;
    const QString prefix = QStringLiteral("drreport: ");
    for (const QString &line :
         QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'))) {
        if (line.startsWith(prefix))
            said << line.mid(prefix.size()).trimmed();
    }
    const QString message =
        !said.isEmpty() ? said.join(QLatin1Char(' '))
        : !finished     ? tr("Printing the PDF took more than two minutes and was stopped.")
                        : tr("Printing the PDF failed (drreport stopped with exit code %1).")
                          .arg(process.exitCode());
    if (finished && process.exitStatus() == QProcess::NormalExit &&
        process.exitCode() == kPrinterBadInput)
        return Error::badInput(kOutput, message);
    return Error::database(message);
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
    // Checked before anything is generated or printed: a wrong path is the caller's to fix.
    const QString output = session.args().value(kOutput);
    if (auto s = checkOutput(output, format); !s)
        return s;
    auto html = session.console().switchoverReport(runId);
    if (!html)
        return html.error();
    if (auto s =
            format == QLatin1String("html") ? writeFile(output, *html) : printPdf(*html, output);
        !s)
        return s;
    const QString written = QFileInfo(output).absoluteFilePath();
    if (session.json()) {
        session.out().printJson(
            {{QStringLiteral("format"), format}, {QStringLiteral("output"), written}});
    } else {
        session.out().line(tr("Report written to %1.").arg(written));
    }
    return {};
}

} // namespace dr::ctl
