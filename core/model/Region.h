#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace dr {

// The two regions of a customer environment: primary (AWS Tokyo) and DR (AWS Osaka).
enum class RegionId : quint8 { Primary = 0, Dr = 1 };

inline constexpr std::array<RegionId, 2> kAllRegions{RegionId::Primary, RegionId::Dr};

enum class ServiceTier : quint8 { Standard, Enterprise };

class RegionNames
{
    Q_DECLARE_TR_FUNCTIONS(RegionNames)
public:
    static QString displayName(RegionId region);  // "Primary environment" / "DR environment"
    static QString shortName(RegionId region);    // "Primary" / "DR"
    static QString location(RegionId region);     // "AWS Tokyo" / "AWS Osaka"
    static QString tierName(ServiceTier tier);
};

QString regionCode(RegionId region);     // "primary" / "dr"
QString awsRegionCode(RegionId region);  // "ap-northeast-1" / "ap-northeast-3"
std::optional<RegionId> regionFromCode(const QString &code);
constexpr RegionId otherRegion(RegionId region)
{
    return region == RegionId::Primary ? RegionId::Dr : RegionId::Primary;
}
constexpr int regionIndex(RegionId region)
{
    return static_cast<int>(region);
}

QString tierCode(ServiceTier tier); // "standard" / "enterprise"
std::optional<ServiceTier> tierFromCode(const QString &code);

} // namespace dr
