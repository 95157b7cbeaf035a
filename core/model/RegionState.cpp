#include "RegionState.h"

namespace dr {

QString regionItemKindCode(RegionItemKind kind)
{
    switch (kind) {
    case RegionItemKind::PortalLog:
        return QStringLiteral("portal-log");
    case RegionItemKind::Metric:
        return QStringLiteral("metric");
    case RegionItemKind::Route:
        return QStringLiteral("route");
    case RegionItemKind::Maintenance:
        return QStringLiteral("maintenance");
    }
    return {};
}

std::optional<RegionItemKind> regionItemKindFromCode(const QString &code)
{
    for (auto k : {RegionItemKind::PortalLog, RegionItemKind::Metric, RegionItemKind::Route,
                   RegionItemKind::Maintenance}) {
        if (code == regionItemKindCode(k))
            return k;
    }
    return std::nullopt;
}

const ExecutionAgent *RegionData::findAgent(const QString &name) const
{
    // The scheduler asks for every job it starts: an exact match (a length check and a memory
    // compare) finds nearly all; names unique case-insensitively make that the same answer.
    for (const ExecutionAgent &a : agents) {
        if (a.name == name)
            return &a;
    }
    for (const ExecutionAgent &a : agents) {
        if (a.name.size() == name.size() && a.name.compare(name, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

bool RegionData::hasConfiguredConnection() const
{
    for (const NetworkConnection &c : connections) {
        if (c.isConfigured())
            return true;
    }
    return false;
}

} // namespace dr
