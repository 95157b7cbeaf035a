#pragma once

#include "Region.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace dr {

enum class DrEdition : quint8 { Standard, Enterprise };
// How the customer reaches the service: only the closed network works in the DR region.
enum class AccessPath : quint8 { ClosedNetwork, InternetOnly };

// The customer's contract with the service (what the provider configured).
struct Contract
{
    QString customerName;
    ServiceTier primaryTier = ServiceTier::Enterprise;
    DrEdition drEdition = DrEdition::Standard;
    // Job management and system management share one authentication server: the DR option
    // cannot be used in this configuration (domain.md §3, step 1).
    bool authLinkage = false;
    AccessPath accessPath = AccessPath::ClosedNetwork;
    QDate maintenanceDate; // next planned maintenance of the primary environment

    friend bool operator==(const Contract &, const Contract &) = default;
};

class ContractNames
{
    Q_DECLARE_TR_FUNCTIONS(ContractNames)
public:
    static QString editionName(DrEdition edition);
    static QString accessPathName(AccessPath path);
};

QString editionCode(DrEdition edition);    // "standard" / "enterprise"
std::optional<DrEdition> editionFromCode(const QString &code);
QString accessPathCode(AccessPath path);   // "closed-network" / "internet-only"
std::optional<AccessPath> accessPathFromCode(const QString &code);

} // namespace dr
