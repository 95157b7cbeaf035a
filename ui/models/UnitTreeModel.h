#pragma once

#include "UnitFilter.h"

#include "model/Region.h"
#include "model/RegionState.h"

#include <QAbstractItemModel>
#include <QFutureWatcher>
#include <QHash>

#include <vector>

namespace dr {
class Console;
}

namespace dr::ui {

// The jobnets and jobs of one region as a tree (job group → jobnet → nested jobnet → job),
// built for a million units: filtering is one linear pass that counts matches per subtree,
// sorting and child lists are built only for the parents a view expands, and a simulation
// tick updates only the rows that changed (dataChanged), inserting or removing rows only when
// a status change moves a unit in or out of the filter, and re-sorting (one layout change) only
// the lists a change put out of order. Filtering and sorting live here rather
// than in QSortFilterProxyModel, whose per-row mapping does not scale to a million rows.
class UnitTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        StatusColumn,
        AgentColumn,
        ExecIdColumn,
        StartColumn,
        EndColumn,
        ExitCodeColumn,
        ColumnCount
    };
    enum Role
    {
        UnitIndexRole = Qt::UserRole + 1,
        StatusCodeRole,
        NeedsReviewRole,
        PathRole
    };

    UnitTreeModel(Console &console, RegionId region, QObject *parent = nullptr);

    RegionId region() const { return m_region; }
    void setRegion(RegionId region);
    const UnitFilter &filter() const { return m_filter; }
    // Applies a filter. A new text over a large tree is matched on a worker thread (the model
    // shows the previous result meanwhile, isFiltering() is true) and applied when ready;
    // everything else applies at once. filterApplied() follows either way.
    void setFilter(const UnitFilter &filter);
    // Trees with at least this many units match a new text in the background.
    void setAsyncThreshold(qsizetype units) { m_asyncThreshold = units; }
    UnitIndex unitAt(const QModelIndex &index) const;
    QModelIndex indexOf(UnitIndex unit, int column = 0) const; // invalid when filtered out
    qint64 matchingUnits() const { return m_matching; }
    // True while a filter is being computed in the background (large trees); the model shows
    // the previous result until then.
    bool isFiltering() const { return m_filtering; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void filterStarted(); // a text is being matched in the background
    void filterApplied(); // the filter asked for last is what the model shows

private:
    void apply(const UnitFilter &filter);
    void textReady(quint64 generation, const UnitTree *tree, const QString &text);
    // The text hits of m_filter for m_tree, computed here when the cache does not hold them.
    void ensureTextHits();
    const RegionData &regionData() const;
    const UnitTree &tree() const { return *regionData().tree; }
    void rebuild();
    void computeMatches();
    // Visible children of `parent` (kNoUnit: top level), built and sorted on first use.
    const std::vector<UnitIndex> &children(UnitIndex parent) const;
    bool visible(UnitIndex unit) const { return m_matchCount[std::size_t(unit)] > 0; }
    bool lessThan(UnitIndex a, UnitIndex b) const;
    bool sortDependsOnState() const; // whether a status change can move a row
    // Re-sorts the listed children of the changed units' parents that a change put out of order.
    void resortChanged(const std::vector<UnitIndex> &units);
    QString shownAgent(UnitIndex unit) const;
    bool showsExitCode(UnitIndex unit) const;
    void onUnitsChanged(RegionId region, const std::vector<UnitIndex> &units);
    void setVisibility(UnitIndex unit, bool nowVisible);
    QString statusText(UnitIndex unit) const;

    Console &m_console;
    RegionId m_region;
    UnitFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::shared_ptr<const UnitTree> m_tree; // keeps the tree alive while the model shows it
    std::vector<quint8> m_matches;          // the unit itself matches
    std::vector<qint32> m_matchCount;       // matching units in its subtree, itself included
    qint64 m_matching = 0;
    mutable QHash<UnitIndex, std::vector<UnitIndex>> m_children;
    mutable std::vector<qint32> m_row; // row in its parent's list, -1 until listed
    // Which units the text matches (itself or an ancestor), for m_textTree and m_textFor.
    std::vector<quint8> m_textHit;
    const UnitTree *m_textTree = nullptr;
    QString m_textFor;
    UnitFilter m_requested; // the filter asked for (m_filter once applied)
    QFutureWatcher<std::vector<quint8>> *m_watcher;
    quint64 m_generation = 0;
    qsizetype m_asyncThreshold = 200000;
    bool m_filtering = false;
};

} // namespace dr::ui
