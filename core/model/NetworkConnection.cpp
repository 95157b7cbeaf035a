#include "NetworkConnection.h"

namespace dr {

bool NetworkConnection::isConfigured() const
{
    if (!enabled || cidrBlocks.isEmpty())
        return false;
    switch (kind) {
    case ConnectionKind::AwsTransitGateway:
        return !awsAccountId.isEmpty() && !vpcId.isEmpty() && !tgwAttachmentId.isEmpty();
    case ConnectionKind::OnPremisesDirectConnect:
        return !dxGatewayId.isEmpty();
    case ConnectionKind::AzureVpn:
        return !azureGatewayIp.isEmpty() && preSharedKeyConfigured;
    }
    return false;
}

QString ConnectionNames::kindName(ConnectionKind kind)
{
    switch (kind) {
    case ConnectionKind::AwsTransitGateway:
        return tr("AWS (Transit Gateway)");
    case ConnectionKind::OnPremisesDirectConnect:
        return tr("On-premises (Direct Connect)");
    case ConnectionKind::AzureVpn:
        return tr("Azure (internet VPN)");
    }
    return {};
}

QString connectionKindCode(ConnectionKind kind)
{
    switch (kind) {
    case ConnectionKind::AwsTransitGateway:
        return QStringLiteral("aws");
    case ConnectionKind::OnPremisesDirectConnect:
        return QStringLiteral("onprem");
    case ConnectionKind::AzureVpn:
        return QStringLiteral("azure");
    }
    return {};
}

std::optional<ConnectionKind> connectionKindFromCode(const QString &code)
{
    for (auto k : {ConnectionKind::AwsTransitGateway, ConnectionKind::OnPremisesDirectConnect,
                   ConnectionKind::AzureVpn}) {
        if (code == connectionKindCode(k))
            return k;
    }
    return std::nullopt;
}

} // namespace dr
