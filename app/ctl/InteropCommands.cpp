#include "InteropCommands.h"

#include "ImportReport.h"
#include "Session.h"

#include <QFile>
#include <QSaveFile>

namespace dr::ctl {

namespace {

const QString kRegion = QStringLiteral("region");
const QString kPreview = QStringLiteral("preview");
const QString kOutput = QStringLiteral("output");
const QString kEncoding = QStringLiteral("encoding");

OptionSpec regionOption(bool required)
{
    return {kRegion, QStringLiteral("primary|dr"), InteropCommands::tr("the region"), required};
}

OptionSpec previewOption()
{
    return {kPreview, {}, InteropCommands::tr("show what the import would change; change nothing")};
}

OptionSpec outputOption()
{
    return {kOutput, QStringLiteral("FILE"),
            InteropCommands::tr("the file to write (- for stdout)"), true};
}

Result<TextEncoding> encodingOption(const Session &session, TextEncoding fallback)
{
    if (!session.args().isSet(kEncoding))
        return fallback;
    const auto e = TextDecoding::encodingFromName(session.args().value(kEncoding));
    if (!e) {
        return Error::badInput(QStringLiteral("encoding"),
                               InteropCommands::tr("\"%1\" is not an encoding; write --encoding "
                                                   "auto, utf-8 or shift_jis.")
                                   .arg(session.args().value(kEncoding)));
    }
    return *e;
}

} // namespace

QList<CommandSpec> InteropCommands::commands()
{
    QList<CommandSpec> list;
    const QString importWord = QStringLiteral("import");
    const QString exportWord = QStringLiteral("export");
    list << CommandSpec{
        .words = {importWord, QStringLiteral("ajsprint")},
        .arguments = QStringLiteral("FILE"),
        .summary = tr("Import JP1/AJS3 unit definitions (ajsprint format) into the primary region"),
        .options = {{kEncoding, QStringLiteral("auto|utf-8|shift_jis"),
                     tr("the file's encoding (default: detected)")},
                    {QStringLiteral("merge"),
                     {},
                     tr("add and change the file's units, keep the others")},
                    {QStringLiteral("replace"), QStringLiteral("PATH"),
                     tr("replace everything below PATH by the file's units")},
                    previewOption()},
        .minPositional = 1,
        .maxPositional = 1,
        .operatorUse = OperatorUse::Required,
        .run = &InteropCommands::importAjsprint};
    list << CommandSpec{.words = {importWord, QStringLiteral("jp1hosts2")},
                        .arguments = QStringLiteral("FILE"),
                        .summary = tr("Replace a region's host information by a jp1hosts2 file"),
                        .options = {regionOption(true), previewOption()},
                        .minPositional = 1,
                        .maxPositional = 1,
                        .operatorUse = OperatorUse::Required,
                        .run = &InteropCommands::importHosts};
    list << CommandSpec{
        .words = {importWord, QStringLiteral("agents")},
        .arguments = QStringLiteral("FILE"),
        .summary = tr("Add or change a region's execution agents from CSV or ajsagtadd lines"),
        .options = {regionOption(true), previewOption()},
        .minPositional = 1,
        .maxPositional = 1,
        .operatorUse = OperatorUse::Required,
        .run = &InteropCommands::importAgents};
    list << CommandSpec{
        .words = {exportWord, QStringLiteral("ajsprint")},
        .summary = tr("Write unit definitions in the ajsprint format"),
        .options = {{QStringLiteral("path"), QStringLiteral("PATH"),
                     tr("only this unit and what is below it")},
                    {kRegion, QStringLiteral("primary|dr"), tr("the region (default: primary)")},
                    {kEncoding, QStringLiteral("utf-8|shift_jis"), tr("default: utf-8")},
                    outputOption()},
        .run = &InteropCommands::exportAjsprint};
    list << CommandSpec{.words = {exportWord, QStringLiteral("jp1hosts2")},
                        .summary = tr("Write a region's host information as a jp1hosts2 file"),
                        .options = {regionOption(true), outputOption()},
                        .run = &InteropCommands::exportHosts};
    list << CommandSpec{
        .words = {exportWord, QStringLiteral("agents")},
        .summary = tr("Write a region's execution agents as CSV or ajsagtadd lines"),
        .options = {regionOption(true),
                    {QStringLiteral("format"), QStringLiteral("csv|ajsagtadd"), tr("default: csv")},
                    outputOption()},
        .run = &InteropCommands::exportAgents};
    return list;
}

Result<QByteArray> InteropCommands::readInput(const QString &path)
{
    QFile file(path);
    if (path == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly)
                                   : !file.open(QIODevice::ReadOnly)) {
        return Error::badInput(QStringLiteral("file"),
                               tr("Cannot read \"%1\": %2.").arg(path, file.errorString()));
    }
    return file.readAll();
}

Status InteropCommands::writeOutput(Session &session, const QString &what, const QByteArray &bytes)
{
    const QString path = session.args().value(kOutput);
    if (path == QLatin1String("-")) {
        session.out().raw(bytes);
        return {};
    }
    // QSaveFile: an existing file is replaced only once the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::badInput(QStringLiteral("file"),
                               tr("Cannot write \"%1\": %2.").arg(path, file.errorString()));
    }
    if (session.json()) {
        session.out().printJson(QJsonObject{{QStringLiteral("output"), path},
                                            {QStringLiteral("what"), what},
                                            {QStringLiteral("bytes"), qint64(bytes.size())}});
    } else {
        session.out().line(
            tr("Wrote %1 to %2 (%n byte(s)).", nullptr, int(bytes.size())).arg(what, path));
    }
    return {};
}

Status InteropCommands::importAjsprint(Session &session)
{
    const QString path = session.args().positional().first();
    const bool merge = session.args().isSet(QStringLiteral("merge"));
    const bool replace = session.args().isSet(QStringLiteral("replace"));
    if (merge && replace)
        return Error::usage(tr("Give --merge or --replace PATH, not both."));
    auto encoding = encodingOption(session, TextEncoding::Auto);
    if (!encoding)
        return encoding.error();
    const bool preview = session.args().isSet(kPreview);
    auto bytes = readInput(path);
    if (!bytes)
        return bytes.error();
    DefinitionImportRequest request;
    request.bytes = *bytes;
    request.encoding = *encoding;
    request.mode = replace ? DefinitionImportMode::ReplaceSubtree
                   : merge ? DefinitionImportMode::Merge
                           : DefinitionImportMode::IntoEmpty;
    request.subtree = session.args().value(QStringLiteral("replace"));
    request.source = path;
    ImportReport::Context context{
        path, QStringLiteral("ajsprint"), RegionId::Primary, request.mode, request.subtree, preview,
        false};
    Console &console = session.console();
    const ImportPreview p = console.previewDefinitions(request);
    if (!p.ok())
        return ImportReport::refuse(session.out(), context, p);
    if (preview) {
        if (auto s = console.checkImportDefinitions(session.actor()); !s)
            session.out().notice(tr("An import would be refused now: %1").arg(s.error().message));
    } else {
        auto applied = console.importDefinitions(session.actor(), request);
        if (!applied)
            return applied.error();
        context.applied = true;
    }
    printReport(session, context, p);
    return {};
}

// Host information and agents import the same way: preview, refuse with every error, or apply.
Status InteropCommands::importRegistry(Session &session, const QString &format,
                                       RegistryPreview previewFn, RegistryImport importFn)
{
    auto region = session.regionOption(kRegion);
    if (!region)
        return region.error();
    const bool preview = session.args().isSet(kPreview);
    const QString path = session.args().positional().first();
    auto bytes = readInput(path);
    if (!bytes)
        return bytes.error();
    ImportReport::Context context{path, format, *region, std::nullopt, {}, preview, false};
    const ImportPreview p = (session.console().*previewFn)(*region, *bytes);
    if (!p.ok())
        return ImportReport::refuse(session.out(), context, p);
    if (!preview) {
        auto applied = (session.console().*importFn)(session.actor(), *region, *bytes, path);
        if (!applied)
            return applied.error();
        context.applied = true;
    }
    printReport(session, context, p);
    return {};
}

Status InteropCommands::importHosts(Session &session)
{
    return importRegistry(session, QStringLiteral("jp1hosts2"), &Console::previewHosts,
                          &Console::importHosts);
}

Status InteropCommands::importAgents(Session &session)
{
    return importRegistry(session, QStringLiteral("agents"), &Console::previewAgents,
                          &Console::importAgents);
}

void InteropCommands::printReport(Session &session, const ImportReport::Context &context,
                                  const ImportPreview &p)
{
    if (session.json())
        session.out().printJson(ImportReport::json(context, p));
    else
        session.out().lines(ImportReport::text(context, p));
}

Status InteropCommands::exportAjsprint(Session &session)
{
    auto region = session.regionOption(kRegion, RegionId::Primary);
    if (!region)
        return region.error();
    auto encoding = encodingOption(session, TextEncoding::Utf8);
    if (!encoding)
        return encoding.error();
    auto bytes = session.console().exportDefinitions(
        *region, session.args().value(QStringLiteral("path")), *encoding);
    if (!bytes)
        return bytes.error();
    return writeOutput(session, tr("the unit definitions"), *bytes);
}

Status InteropCommands::exportHosts(Session &session)
{
    auto region = session.regionOption(kRegion);
    if (!region)
        return region.error();
    return writeOutput(session, tr("the host information"), session.console().exportHosts(*region));
}

Status InteropCommands::exportAgents(Session &session)
{
    auto region = session.regionOption(kRegion);
    if (!region)
        return region.error();
    const QString code = session.args().isSet(QStringLiteral("format"))
                             ? session.args().value(QStringLiteral("format"))
                             : QStringLiteral("csv");
    AgentFileFormat format = AgentFileFormat::Csv;
    if (code == QLatin1String("ajsagtadd"))
        format = AgentFileFormat::Ajsagtadd;
    else if (code != QLatin1String("csv"))
        return Error::badInput(QStringLiteral("format"),
                               tr("\"%1\" is not an agent file format; write --format csv or "
                                  "--format ajsagtadd.")
                                   .arg(code));
    return writeOutput(session, tr("the execution agents"),
                       session.console().exportAgents(*region, format));
}

} // namespace dr::ctl
