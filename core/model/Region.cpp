#include "Region.h"

namespace dr {

QString RegionNames::displayName(RegionId region)
{
    return region == RegionId::Primary ? tr("Primary environment") : tr("DR environment");
}

QString RegionNames::shortName(RegionId region)
{
    return region == RegionId::Primary ? tr("Primary") : tr("DR");
}

QString RegionNames::location(RegionId region)
{
    return region == RegionId::Primary ? tr("AWS Tokyo") : tr("AWS Osaka");
}

QString RegionNames::tierName(ServiceTier tier)
{
    return tier == ServiceTier::Enterprise ? tr("Enterprise") : tr("Standard");
}

QString regionCode(RegionId region)
{
    return region == RegionId::Primary ? QStringLiteral("primary") : QStringLiteral("dr");
}

QString awsRegionCode(RegionId region)
{
    return region == RegionId::Primary ? QStringLiteral("ap-northeast-1")
                                       : QStringLiteral("ap-northeast-3");
}

std::optional<RegionId> regionFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("primary"))
        return RegionId::Primary;
    if (c == QLatin1String("dr"))
        return RegionId::Dr;
    return std::nullopt;
}

QString tierCode(ServiceTier tier)
{
    return tier == ServiceTier::Enterprise ? QStringLiteral("enterprise")
                                           : QStringLiteral("standard");
}

std::optional<ServiceTier> tierFromCode(const QString &code)
{
    if (code == QLatin1String("enterprise"))
        return ServiceTier::Enterprise;
    if (code == QLatin1String("standard"))
        return ServiceTier::Standard;
    return std::nullopt;
}

} // namespace dr
