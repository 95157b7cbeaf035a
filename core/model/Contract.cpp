#include "Contract.h"

namespace dr {

QString ContractNames::editionName(DrEdition edition)
{
    return edition == DrEdition::Enterprise ? tr("Enterprise edition") : tr("Standard edition");
}

QString ContractNames::accessPathName(AccessPath path)
{
    return path == AccessPath::InternetOnly ? tr("Internet only") : tr("Closed network");
}

QString editionCode(DrEdition edition)
{
    return edition == DrEdition::Enterprise ? QStringLiteral("enterprise")
                                            : QStringLiteral("standard");
}

std::optional<DrEdition> editionFromCode(const QString &code)
{
    if (code == QLatin1String("enterprise"))
        return DrEdition::Enterprise;
    if (code == QLatin1String("standard"))
        return DrEdition::Standard;
    return std::nullopt;
}

QString accessPathCode(AccessPath path)
{
    return path == AccessPath::InternetOnly ? QStringLiteral("internet-only")
                                            : QStringLiteral("closed-network");
}

std::optional<AccessPath> accessPathFromCode(const QString &code)
{
    if (code == QLatin1String("internet-only"))
        return AccessPath::InternetOnly;
    if (code == QLatin1String("closed-network"))
        return AccessPath::ClosedNetwork;
    return std::nullopt;
}

} // namespace dr
