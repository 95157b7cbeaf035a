#include "HostImport.h"

#include "HostsFile.h"

namespace dr {

ImportPreview HostImport::plan(const RegionData &region, const QByteArray &bytes, HostTable &table)
{
    ImportPreview p;
    p.format = QStringLiteral("jp1hosts2");
    TextPosition badAt;
    auto text = TextDecoding::decode(bytes, TextEncoding::Auto, &badAt);
    if (!text) {
        p.errors.append({badAt.line, badAt.column, text.error().code, text.error().message});
        return p;
    }
    p.encoding = text->encoding;
    const HostsFile::Parsed parsed = HostsFile::parse(text->text);
    p.errors = parsed.errors;
    p.warnings = parsed.warnings;
    if (!p.ok())
        return p;
    table = parsed.table;
    if (table.entries.isEmpty()) {
        p.warnings.append({0, 0, QStringLiteral("no-hosts"),
                           tr("The file lists no hosts; importing it empties the host information "
                              "of the %1.")
                               .arg(RegionNames::displayName(region.id))});
    }
    for (const HostEntry &e : table.entries) {
        const HostEntry *before = region.hosts.find(e.name);
        if (!before)
            p.added << e.name;
        else if (!(*before == e))
            p.changed << e.name;
        else
            ++p.unchanged;
    }
    for (const HostEntry &e : region.hosts.entries) {
        if (!table.find(e.name))
            p.removed << e.name;
    }
    if (table.ipv6Enabled != region.hosts.ipv6Enabled)
        p.changed << QStringLiteral("+DefaultResolve %1").arg(table.ipv6Enabled ? 1 : 0);
    // The table is replaced as a whole: every agent must still reach its host afterwards.
    QStringList stranded;
    for (const ExecutionAgent &a : region.agents) {
        if (!a.isSystem() && !table.resolves(a.host))
            stranded << tr("%1 (host %2)").arg(a.name, a.host);
    }
    if (!stranded.isEmpty()) {
        p.errors.append(
            {0, 0, QStringLiteral("host-in-use"),
             tr("After this import these agents of the %1 would run on hosts that do "
                "not resolve: %2. Keep those hosts in the file, or change the agents "
                "first.")
                 .arg(RegionNames::displayName(region.id), stranded.join(QStringLiteral(", ")))});
    }
    return p;
}

ImportPreview HostImport::preview(const RegionData &region, const QByteArray &bytes)
{
    HostTable table;
    return plan(region, bytes, table);
}

Result<ImportPreview> HostImport::apply(EngineContext &ctx, RegionId region,
                                        const QByteArray &bytes, const QString &source)
{
    RegionData &r = ctx.state.region(region);
    HostTable table;
    const ImportPreview p = plan(r, bytes, table);
    if (!p.ok())
        return ImportPreviews::refusal(p, tr("The host information file"));
    ctx.mutation.audited(QStringLiteral("host.import"),
                         QStringLiteral("%1: %2: %3 added, %4 changed, %5 removed, %6 unchanged")
                             .arg(regionCode(region), source)
                             .arg(p.added.size())
                             .arg(p.changed.size())
                             .arg(p.removed.size())
                             .arg(p.unchanged));
    if (p.hasChanges()) {
        r.hosts = table;
        ctx.mutation.region(region).hosts = true;
    }
    return p;
}

QByteArray HostImport::write(const RegionData &region)
{
    return HostsFile::write(region.hosts,
                            tr("Host information of the %1 (jp1hosts2), exported by DR Console")
                                .arg(RegionNames::displayName(region.id)))
        .toUtf8();
}

} // namespace dr
