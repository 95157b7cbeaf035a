#include "ConnectionTableModel.h"

#include "Console.h"

namespace dr::ui {

ConnectionTableModel::ConnectionTableModel(Console &console, RegionId region, QObject *parent)
    : KeyedTableModel<NetworkConnection>(parent), m_console(console), m_region(region)
{
    connect(&m_console, &Console::connectionsChanged, this, [this](RegionId r) {
        if (r == m_region)
            refresh();
    });
    connect(&m_console, &Console::reloaded, this, &ConnectionTableModel::refresh);
    resetRows(m_console.region(m_region).connections);
}

void ConnectionTableModel::setRegion(RegionId region)
{
    if (region == m_region)
        return;
    m_region = region;
    resetRows(m_console.region(m_region).connections);
}

void ConnectionTableModel::refresh()
{
    sync(m_console.region(m_region).connections);
}

QString ConnectionTableModel::keyOf(const NetworkConnection &connection) const
{
    return QString::number(connection.id);
}

int ConnectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectionTableModel::identifiers(const NetworkConnection &c)
{
    switch (c.kind) {
    case ConnectionKind::AwsTransitGateway:
        // One identifier per line: the column fits the longest, never cutting an ID.
        return QStringList{tr("Account %1").arg(c.awsAccountId), c.vpcId, c.tgwAttachmentId}.join(
            QLatin1Char('\n'));
    case ConnectionKind::OnPremisesDirectConnect:
        return tr("Direct Connect gateway %1").arg(c.dxGatewayId);
    case ConnectionKind::AzureVpn:
        return tr("Gateway public IP %1").arg(c.azureGatewayIp);
    }
    return {};
}

QString ConnectionTableModel::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QVariant ConnectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NetworkConnection &c = rowValue(index.row());
    if (role == IdRole)
        return c.id;
    if (role == ConfiguredRole)
        return c.isConfigured();
    if (role == Qt::ToolTipRole && index.column() == ConfiguredColumn && !c.isConfigured()) {
        return tr("Not configured: a switch to this region cannot succeed until a connection is "
                  "in service with all of its identifiers and CIDR blocks (and, for Azure, the "
                  "pre-shared key configured).");
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c.label;
    case KindColumn:
        return ConnectionNames::kindName(c.kind);
    case IdentifiersColumn:
        return identifiers(c);
    case CidrColumn:
        return c.cidrBlocks.join(QLatin1Char('\n'));
    case InServiceColumn:
        return yesNo(c.enabled);
    case ConfiguredColumn:
        return yesNo(c.isConfigured());
    case PreSharedKeyColumn:
        // Only Azure VPN connections have a pre-shared key.
        return c.kind == ConnectionKind::AzureVpn
                   ? yesNo(c.preSharedKeyConfigured)
                   : tr("n/a", "pre-shared key of a non-VPN connection");
    }
    return {};
}

QVariant ConnectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == PreSharedKeyColumn)
        return tr("Whether the Azure VPN's pre-shared key is configured (the key itself is never "
                  "stored)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Connection");
    case KindColumn:
        return tr("Kind");
    case IdentifiersColumn:
        return tr("Identifiers");
    case CidrColumn:
        return tr("CIDR blocks");
    case InServiceColumn:
        return tr("In service");
    case ConfiguredColumn:
        return tr("Configured");
    case PreSharedKeyColumn:
        return tr("Pre-shared key");
    }
    return {};
}

} // namespace dr::ui
