#include "HostTableModel.h"

#include "Console.h"

namespace dr::ui {

HostTableModel::HostTableModel(Console &console, RegionId region, QObject *parent)
    : KeyedTableModel<HostEntry>(parent), m_console(console), m_region(region)
{
    connect(&m_console, &Console::hostsChanged, this, [this](RegionId r) {
        if (r == m_region)
            refresh();
    });
    connect(&m_console, &Console::reloaded, this, &HostTableModel::refresh);
    resetRows(m_console.region(m_region).hosts.entries);
}

void HostTableModel::setRegion(RegionId region)
{
    if (region == m_region)
        return;
    m_region = region;
    resetRows(m_console.region(m_region).hosts.entries);
}

int HostTableModel::rowOf(const QString &name) const
{
    return rowOfKey(name.toCaseFolded());
}

void HostTableModel::refresh()
{
    sync(m_console.region(m_region).hosts.entries);
}

QString HostTableModel::keyOf(const HostEntry &entry) const
{
    return entry.name.toCaseFolded(); // host names compare case-insensitively
}

int HostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HostEntry &e = rowValue(index.row());
    switch (role) {
    case NameRole:
        return e.name;
    case AddressesRole:
        return e.addresses;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case AddressesColumn:
            return e.addresses.join(QStringLiteral(", "));
        case CommentColumn:
            return e.comment;
        }
        return {};
    }
    return {};
}

QVariant HostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Host name");
    case AddressesColumn:
        return tr("IP addresses");
    case CommentColumn:
        return tr("Comment");
    }
    return {};
}

} // namespace dr::ui
