// The facade's JP1/AJS3 file operations (declared in Console.h): each import checks the role,
// then runs through perform() so that the change and its audit entry are one transaction.
#include "Console.h"

#include "engine/Simulation.h"
#include "interop/AgentImport.h"
#include "interop/AjsprintWriter.h"
#include "interop/DefinitionImport.h"
#include "interop/HostImport.h"
#include "rules/AgentRegistry.h"

namespace dr {

Status Console::checkImportDefinitions(const Operator &op) const
{
    if (auto s = Permissions::check(op, Action::ImportDefinitions); !s)
        return s;
    return DefinitionImport::checkAllowed(view());
}

Result<ImportPreview>
Console::performImport(const Operator &op, Action action,
                       const std::function<Result<ImportPreview>(EngineContext &)> &apply)
{
    if (auto s = Permissions::check(op, action); !s)
        return s.error();
    ImportPreview applied;
    const Status s = perform(op, [&](EngineContext &ctx) -> Status {
        auto r = apply(ctx);
        if (!r)
            return r.error();
        applied = *r;
        return {};
    });
    if (!s)
        return s.error();
    return applied;
}

ImportPreview Console::previewDefinitions(const DefinitionImportRequest &request) const
{
    return DefinitionImport::preview(view(), request);
}

Result<ImportPreview> Console::importDefinitions(const Operator &op,
                                                 const DefinitionImportRequest &request)
{
    return performImport(op, Action::ImportDefinitions,
                         [&](EngineContext &ctx) { return DefinitionImport::apply(ctx, request); });
}

Result<QByteArray> Console::exportDefinitions(RegionId region, const QString &path,
                                              TextEncoding encoding) const
{
    const UnitTree &tree = *view().region(region).tree;
    if (tree.isEmpty()) {
        return Error::refused(
            QStringLiteral("nothing-to-export"),
            tr("The %1 has no unit definitions to export.").arg(RegionNames::displayName(region)));
    }
    UnitIndex root = kNoUnit;
    if (!path.trimmed().isEmpty()) {
        root = tree.find(path.trimmed());
        if (root == kNoUnit) {
            return Error::badInput(QStringLiteral("no-unit"),
                                   tr("There is no unit %1 in the %2.")
                                       .arg(path.trimmed(), RegionNames::displayName(region)));
        }
    }
    return AjsprintWriter::write(tree, root, encoding);
}

ImportPreview Console::previewHosts(RegionId region, const QByteArray &bytes) const
{
    return HostImport::preview(view().region(region), bytes);
}

Result<ImportPreview> Console::importHosts(const Operator &op, RegionId region,
                                           const QByteArray &bytes, const QString &source)
{
    return performImport(op, Action::AgentChange, [&](EngineContext &ctx) {
        auto applied = HostImport::apply(ctx, region, bytes, source);
        if (applied)
            AgentRegistry::dispatchQueued(ctx, region);
        return applied;
    });
}

QByteArray Console::exportHosts(RegionId region) const
{
    return HostImport::write(view().region(region));
}

ImportPreview Console::previewAgents(RegionId region, const QByteArray &bytes) const
{
    return AgentImport::preview(view().region(region), bytes);
}

Result<ImportPreview> Console::importAgents(const Operator &op, RegionId region,
                                            const QByteArray &bytes, const QString &source)
{
    return performImport(op, Action::AgentChange, [&](EngineContext &ctx) {
        auto applied = AgentImport::apply(ctx, region, bytes, source);
        if (applied)
            AgentRegistry::dispatchQueued(ctx, region);
        return applied;
    });
}

QByteArray Console::exportAgents(RegionId region, AgentFileFormat format) const
{
    return AgentImport::write(view().region(region), format);
}

} // namespace dr
