#pragma once

#include "Region.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace dr {

// How the customer's network reaches a region (domain.md §2).
enum class ConnectionKind : quint8 {
    AwsTransitGateway,       // customer VPC attached to the shared Transit Gateway
    OnPremisesDirectConnect, // router → Direct Connect gateway → Transit Gateway
    AzureVpn                 // internet VPN from an Azure virtual network gateway
};

// One connection of a region. The Azure pre-shared key is never stored: only whether it is set.
struct NetworkConnection
{
    qint64 id = 0; // store key; 0 until saved
    RegionId region = RegionId::Primary;
    ConnectionKind kind = ConnectionKind::AwsTransitGateway;
    QString label;
    QString awsAccountId;      // 12 digits (AWS)
    QString vpcId;             // vpc-xxxxxxxx or vpc- + 17 hex (AWS)
    QString tgwAttachmentId;   // tgw-attach- + 17 hex (AWS)
    QString dxGatewayId;       // Direct Connect gateway ID, a UUID (on-premises)
    QString azureGatewayIp;    // public IPv4 of the virtual network gateway (Azure)
    bool preSharedKeyConfigured = false; // (Azure)
    QStringList cidrBlocks;    // VPC / on-premises / local network gateway address spaces
    bool enabled = true;       // the operator can mark a connection as not in service

    // Complete enough for traffic to flow: the kind's required fields are set and, for Azure,
    // the pre-shared key is configured.
    bool isConfigured() const;
    friend bool operator==(const NetworkConnection &, const NetworkConnection &) = default;
};

class ConnectionNames
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionNames)
public:
    static QString kindName(ConnectionKind kind);
};

QString connectionKindCode(ConnectionKind kind); // "aws", "onprem", "azure"
std::optional<ConnectionKind> connectionKindFromCode(const QString &code);

} // namespace dr
