#pragma once

#include "KeyedTableModel.h"
#include "RegionDifference.h"

#include "model/Region.h"

namespace dr {
class Console;
struct ExecutionAgent;
} // namespace dr

namespace dr::ui {

// Execution agents and host information that differ between the primary and the DR region:
// present in one and missing in the other, or present in both with different settings. This is
// what the customer reconciles before (pre-registration) and during a switchover (step 3).
//
// By default "different" means what changes where and how jobs run: an agent's execution host,
// concurrency windows or transfer restriction; a host entry only counts when missing. Agent
// descriptions and host addresses normally differ per region (separate VPCs, "DR standby"
// notes), so they are compared only in strict mode.
class RegionCompareModel : public KeyedTableModel<RegionDifference>
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        NameColumn,
        StateColumn,
        PrimaryColumn,
        DrColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        NameRole,
        StateRole
    };

    explicit RegionCompareModel(Console &console, QObject *parent = nullptr);

    bool isStrict() const { return m_strict; }
    void setStrict(bool strict);
    // Names of agents that `region` lacks and the other region has.
    QStringList agentsMissingIn(RegionId region) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindName(RegionDifference::Kind kind);
    static QString stateName(RegionDifference::State state);

protected:
    QString keyOf(const RegionDifference &row) const override;

private:
    void refresh();
    QList<RegionDifference> compute() const;
    void compareAgents(QList<RegionDifference> &out) const;
    void compareHosts(QList<RegionDifference> &out) const;
    QString agentValue(const ExecutionAgent &agent) const;
    QStringList agentDifferences(const ExecutionAgent &primary, const ExecutionAgent &dr) const;

    Console &m_console;
    bool m_strict = false;
};

} // namespace dr::ui
