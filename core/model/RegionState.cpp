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
    for (const ExecutionAgent &a : agents) {
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
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
