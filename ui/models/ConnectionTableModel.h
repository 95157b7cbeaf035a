#pragma once

#include "KeyedTableModel.h"

#include "model/NetworkConnection.h"

namespace dr {
class Console;
}

namespace dr::ui {

// The network connections of one region (domain.md §2): name, kind, the kind's identifiers,
// CIDR blocks, whether it is in service, whether it counts as configured, and for Azure whether
// the pre-shared key is configured (the key itself is never stored or shown).
class ConnectionTableModel : public KeyedTableModel<NetworkConnection>
{
    Q_OBJECT
public:
    // Whether it is usable comes first; the long identifiers last, where the row may run on.
    enum Column
    {
        NameColumn,
        KindColumn,
        ConfiguredColumn,
        InServiceColumn,
        PreSharedKeyColumn,
        CidrColumn,
        IdentifiersColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ConfiguredRole
    };

    ConnectionTableModel(Console &console, RegionId region, QObject *parent = nullptr);

    RegionId region() const { return m_region; }
    void setRegion(RegionId region);
    int rowOfId(qint64 id) const { return rowOfKey(QString::number(id)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const NetworkConnection &connection) const override;

private:
    void refresh();
    static QString identifiers(const NetworkConnection &c);
    static QString yesNo(bool value);

    Console &m_console;
    RegionId m_region;
};

} // namespace dr::ui
