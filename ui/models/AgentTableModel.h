#pragma once

#include "KeyedTableModel.h"

#include "model/ExecutionAgent.h"
#include "model/Region.h"

namespace dr {
class Console;
}

namespace dr::ui {

// The execution agents of one region as a table: name, execution host, concurrency windows,
// transfer restriction and description. @SYSTEM is listed and marked built-in; a host that does
// not resolve in the region's host information is flagged (the pre-flight check would fail).
class AgentTableModel : public KeyedTableModel<ExecutionAgent>
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        HostColumn,
        WindowsColumn,
        RestrictionColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        BuiltInRole,
        RestrictionRole
    };

    AgentTableModel(Console &console, RegionId region, QObject *parent = nullptr);

    RegionId region() const { return m_region; }
    void setRegion(RegionId region);
    // Row of the agent named `name` (case-insensitive), or -1.
    int rowOf(const QString &name) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const ExecutionAgent &agent) const override;

private:
    void refresh();
    void hostsChanged();
    QString hostProblem(const ExecutionAgent &agent) const;

    Console &m_console;
    RegionId m_region;
};

} // namespace dr::ui
