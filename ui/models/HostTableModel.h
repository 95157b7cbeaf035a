#pragma once

#include "KeyedTableModel.h"

#include "model/HostEntry.h"
#include "model/Region.h"

namespace dr {
class Console;
}

namespace dr::ui {

// The host information of one region (jp1hosts2 lines) as a table: host name, IP addresses,
// comment. Up to 10,000 rows; changes arrive as row inserts/removals, not resets.
class HostTableModel : public KeyedTableModel<HostEntry>
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        AddressesColumn,
        CommentColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        AddressesRole
    };

    HostTableModel(Console &console, RegionId region, QObject *parent = nullptr);

    RegionId region() const { return m_region; }
    void setRegion(RegionId region);
    int rowOf(const QString &name) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const HostEntry &entry) const override;

private:
    void refresh();

    Console &m_console;
    RegionId m_region;
};

} // namespace dr::ui
