#include "UnitTreeModel.h"

#include "widgets/StatusPalette.h"

#include "Console.h"
#include "engine/JapanTime.h"

#include <QFont>
#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <limits>

namespace dr::ui {

UnitTreeModel::UnitTreeModel(Console &console, RegionId region, QObject *parent)
    : QAbstractItemModel(parent), m_console(console), m_region(region),
      m_watcher(new QFutureWatcher<std::vector<quint8>>(this))
{
    connect(&m_console, &Console::unitsChanged, this, &UnitTreeModel::onUnitsChanged);
    connect(&m_console, &Console::unitsReset, this, [this](RegionId r) {
        if (r == m_region)
            rebuild();
    });
    connect(&m_console, &Console::reloaded, this, &UnitTreeModel::rebuild);
    rebuild();
}

const RegionData &UnitTreeModel::regionData() const
{
    return m_console.region(m_region);
}

void UnitTreeModel::setRegion(RegionId region)
{
    if (region == m_region)
        return;
    m_region = region;
    rebuild();
}

void UnitTreeModel::setFilter(const UnitFilter &filter)
{
    if (filter == m_requested && (m_filtering || filter == m_filter))
        return;
    m_requested = filter;
    ++m_generation; // a background result for an older request is dropped
    const bool cached =
        filter.text().isEmpty() || (m_textTree == m_tree.get() && m_textFor == filter.text());
    if (cached || m_tree->size() < m_asyncThreshold) {
        apply(filter);
        return;
    }
    // Matching a text against a million names takes longer than a frame: do it on a worker.
    // It reads only the tree, which is immutable and kept alive by the task.
    m_filtering = true;
    Q_EMIT filterStarted();
    auto promise = std::make_shared<QPromise<std::vector<quint8>>>();
    const quint64 generation = m_generation;
    const std::shared_ptr<const UnitTree> tree = m_tree;
    const QString text = filter.text();
    disconnect(m_watcher, &QFutureWatcherBase::finished, this, nullptr);
    connect(m_watcher, &QFutureWatcherBase::finished, this,
            [this, generation, tree, text] { textReady(generation, tree.get(), text); });
    m_watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, tree, filter] {
        promise->start();
        promise->addResult(filter.textHits(*tree));
        promise->finish();
    });
}

void UnitTreeModel::textReady(quint64 generation, const UnitTree *tree, const QString &text)
{
    if (generation != m_generation || m_watcher->future().resultCount() == 0)
        return; // superseded by a newer request
    if (tree != m_tree.get()) {
        // The region's tree was replaced meanwhile: match the text against the new one.
        const UnitFilter requested = m_requested;
        m_requested = m_filter;
        m_filtering = false;
        setFilter(requested);
        return;
    }
    m_textHit = m_watcher->future().takeResult();
    m_textTree = tree;
    m_textFor = text;
    apply(m_requested);
}

void UnitTreeModel::apply(const UnitFilter &filter)
{
    m_filter = filter;
    m_requested = filter;
    m_filtering = false;
    rebuild();
    Q_EMIT filterApplied();
}

void UnitTreeModel::ensureTextHits()
{
    if (m_filter.text().isEmpty() || (m_textTree == m_tree.get() && m_textFor == m_filter.text()))
        return;
    m_textHit = m_filter.textHits(*m_tree);
    m_textTree = m_tree.get();
    m_textFor = m_filter.text();
}

void UnitTreeModel::rebuild()
{
    beginResetModel();
    m_tree = regionData().tree;
    m_children.clear();
    m_row.assign(std::size_t(m_tree->size()), -1);
    ensureTextHits();
    computeMatches();
    endResetModel();
}

void UnitTreeModel::computeMatches()
{
    const UnitTree &t = *m_tree;
    const auto &states = regionData().states;
    const std::size_t n = std::size_t(t.size());
    m_matches.assign(n, 0);
    m_matchCount.assign(n, 0);
    const bool text = !m_filter.text().isEmpty();
    m_matching = 0;
    // Text matches (ancestors' included) come from ensureTextHits(); statuses are checked here...
    for (UnitIndex i = 0; i < UnitIndex(n); ++i) {
        if (m_filter.matchesGiven(t, states, i, text && m_textHit[std::size_t(i)])) {
            m_matches[std::size_t(i)] = 1;
            m_matchCount[std::size_t(i)] = 1;
            ++m_matching;
        }
    }
    // ...and subtree counts flow up in one backward pass.
    for (UnitIndex i = UnitIndex(n) - 1; i >= 0; --i) {
        const UnitIndex parent = t.unit(i).parent;
        if (parent != kNoUnit)
            m_matchCount[std::size_t(parent)] += m_matchCount[std::size_t(i)];
    }
}

const std::vector<UnitIndex> &UnitTreeModel::children(UnitIndex parent) const
{
    auto it = m_children.find(parent);
    if (it != m_children.end())
        return it.value();
    std::vector<UnitIndex> list;
    for (UnitIndex child : m_tree->children(parent)) {
        if (visible(child))
            list.push_back(child);
    }
    if (m_sortColumn >= 0) {
        std::stable_sort(list.begin(), list.end(),
                         [this](UnitIndex a, UnitIndex b) { return lessThan(a, b); });
    }
    for (std::size_t r = 0; r < list.size(); ++r)
        m_row[std::size_t(list[r])] = qint32(r);
    return *m_children.insert(parent, std::move(list));
}

bool UnitTreeModel::lessThan(UnitIndex a, UnitIndex b) const
{
    const auto &states = regionData().states;
    const UnitState &sa = states[std::size_t(a)];
    const UnitState &sb = states[std::size_t(b)];
    const Unit &ua = m_tree->unit(a);
    const Unit &ub = m_tree->unit(b);
    auto cmp = [](auto x, auto y) {
        return x < y ? -1 : x > y ? 1 : 0;
    };
    // Columns sort by what they show: the type's name, the agent a job really uses, and the
    // exit code only where one is shown (empty cells first, not mixed with the zeros).
    int c = 0;
    switch (m_sortColumn) {
    case NameColumn:
        c = QString::compare(ua.name, ub.name, Qt::CaseInsensitive);
        break;
    case TypeColumn:
        c = ua.type == ub.type ? 0
                               : QString::compare(unitTypeName(ua.type), unitTypeName(ub.type),
                                                  Qt::CaseInsensitive);
        break;
    case StatusColumn:
        c = cmp(int(sa.status), int(sb.status));
        break; // the status table's order
    case AgentColumn:
        c = QString::compare(shownAgent(a), shownAgent(b), Qt::CaseInsensitive);
        break;
    case ExecIdColumn:
        c = cmp(sa.execSerial, sb.execSerial);
        break;
    case StartColumn:
        c = cmp(sa.startMs, sb.startMs);
        break;
    case EndColumn:
        c = cmp(sa.endMs, sb.endMs);
        break;
    case ExitCodeColumn:
        c = cmp(showsExitCode(a) ? qint64(sa.exitCode) : std::numeric_limits<qint64>::min(),
                showsExitCode(b) ? qint64(sb.exitCode) : std::numeric_limits<qint64>::min());
        break;
    default:
        break;
    }
    if (c == 0)
        return a < b; // definition order breaks ties, in both directions
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

bool UnitTreeModel::sortDependsOnState() const
{
    switch (m_sortColumn) {
    case StatusColumn:
    case ExecIdColumn:
    case StartColumn:
    case EndColumn:
    case ExitCodeColumn:
        return true;
    default:
        return false;
    }
}

QString UnitTreeModel::shownAgent(UnitIndex unit) const
{
    return usesAgent(m_tree->unit(unit).type) ? m_tree->effectiveAgent(unit)
                                              : m_tree->unit(unit).agent;
}

bool UnitTreeModel::showsExitCode(UnitIndex unit) const
{
    const UnitType type = m_tree->unit(unit).type;
    return isExecutable(type) && usesAgent(type) &&
           hasExitCode(regionData().states[std::size_t(unit)].status);
}

void UnitTreeModel::resortChanged(const std::vector<UnitIndex> &units)
{
    // The lists (already built) holding a changed unit that are now out of order.
    std::vector<UnitIndex> parents;
    for (UnitIndex u : units)
        parents.push_back(m_tree->unit(u).parent);
    std::sort(parents.begin(), parents.end());
    parents.erase(std::unique(parents.begin(), parents.end()), parents.end());
    auto less = [this](UnitIndex a, UnitIndex b) {
        return lessThan(a, b);
    };
    std::vector<UnitIndex> unsorted;
    for (UnitIndex parent : parents) {
        auto it = m_children.constFind(parent);
        if (it != m_children.cend() && !std::is_sorted(it->begin(), it->end(), less))
            unsorted.push_back(parent);
    }
    if (unsorted.empty())
        return;
    QList<QPersistentModelIndex> hint;
    for (UnitIndex parent : unsorted)
        hint << QPersistentModelIndex(parent == kNoUnit ? QModelIndex() : indexOf(parent));
    Q_EMIT layoutAboutToBeChanged(hint, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (selection, current row, expanded rows) follow their units.
    QModelIndexList from;
    std::vector<UnitIndex> fromUnits;
    for (const QModelIndex &p : persistentIndexList()) {
        const UnitIndex u = unitAt(p);
        if (std::binary_search(unsorted.begin(), unsorted.end(), m_tree->unit(u).parent)) {
            from << p;
            fromUnits.push_back(u);
        }
    }
    for (UnitIndex parent : unsorted) {
        std::vector<UnitIndex> &list = m_children[parent];
        std::stable_sort(list.begin(), list.end(), less);
        for (std::size_t r = 0; r < list.size(); ++r)
            m_row[std::size_t(list[r])] = qint32(r);
    }
    QModelIndexList to;
    for (qsizetype k = 0; k < from.size(); ++k)
        to << createIndex(m_row[std::size_t(fromUnits[std::size_t(k)])], from[k].column(),
                          quintptr(fromUnits[std::size_t(k)]));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged(hint, QAbstractItemModel::VerticalSortHint);
}

void UnitTreeModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    std::vector<UnitIndex> units;
    units.reserve(std::size_t(persistent.size()));
    for (const QModelIndex &p : persistent)
        units.push_back(unitAt(p));
    m_sortColumn = column;
    m_sortOrder = order;
    m_children.clear();
    std::fill(m_row.begin(), m_row.end(), -1);
    QModelIndexList moved;
    for (qsizetype k = 0; k < persistent.size(); ++k)
        moved << indexOf(units[std::size_t(k)], persistent[k].column());
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged();
}

UnitIndex UnitTreeModel::unitAt(const QModelIndex &index) const
{
    return index.isValid() ? UnitIndex(index.internalId()) : kNoUnit;
}

QModelIndex UnitTreeModel::indexOf(UnitIndex unit, int column) const
{
    if (unit == kNoUnit || unit >= m_tree->size() || !visible(unit))
        return {};
    const UnitIndex parent = m_tree->unit(unit).parent;
    if (parent != kNoUnit && !indexOf(parent).isValid())
        return {};
    children(parent); // makes sure the row is known
    return createIndex(m_row[std::size_t(unit)], column, quintptr(unit));
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const std::vector<UnitIndex> &list = children(unitAt(parent));
    if (row >= int(list.size()))
        return {};
    return createIndex(row, column, quintptr(list[std::size_t(row)]));
}

QModelIndex UnitTreeModel::parent(const QModelIndex &child) const
{
    const UnitIndex unit = unitAt(child);
    if (unit == kNoUnit)
        return {};
    const UnitIndex parent = m_tree->unit(unit).parent;
    if (parent == kNoUnit)
        return {};
    if (m_row[std::size_t(parent)] < 0)
        children(m_tree->unit(parent).parent);
    return createIndex(m_row[std::size_t(parent)], 0, quintptr(parent));
}

int UnitTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(children(unitAt(parent)).size());
}

int UnitTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool UnitTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_matching > 0 || !m_tree->topLevel().empty();
    if (parent.column() != 0)
        return false;
    // Without building the list: some child is visible when the subtree counts more than self.
    const UnitIndex unit = unitAt(parent);
    return m_matchCount[std::size_t(unit)] > qint32(m_matches[std::size_t(unit)]);
}

Qt::ItemFlags UnitTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString UnitTreeModel::statusText(UnitIndex unit) const
{
    if (!isExecutable(m_tree->unit(unit).type))
        return QStringLiteral("\u2014");
    return statusName(regionData().states[std::size_t(unit)].status);
}

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const
{
    const UnitIndex unit = unitAt(index);
    if (unit == kNoUnit)
        return {};
    const Unit &u = m_tree->unit(unit);
    const UnitState &s = regionData().states[std::size_t(unit)];
    const bool executable = isExecutable(u.type);
    const StatusClass cls = statusClass(s.status);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return u.name;
        case TypeColumn:
            return unitTypeName(u.type);
        case StatusColumn:
            return statusText(unit);
        case AgentColumn:
            return shownAgent(unit);
        case ExecIdColumn:
            return formatExecId(s.execSerial);
        case StartColumn:
            return s.startMs
                       ? jst::toDateTime(s.startMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
        case EndColumn:
            return s.endMs
                       ? jst::toDateTime(s.endMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
        case ExitCodeColumn:
            return showsExitCode(unit) ? QVariant(s.exitCode) : QVariant();
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && executable)
            return StatusPalette::icon(cls);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn && executable)
            return StatusPalette::background(cls);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && executable)
            return StatusPalette::foreground(cls);
        return {};
    case Qt::FontRole:
        if (index.column() == NameColumn && s.has(FlagNeedsReview)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{m_tree->path(unit)};
        if (!u.comment().isEmpty())
            lines << u.comment();
        if (executable)
            lines << tr("Status: %1 (%2)").arg(statusName(s.status), statusClassName(cls));
        if (s.has(FlagNeedsReview))
            lines << tr(
                "Needs review: check the real result on the agent, then set the status or rerun.");
        if (s.has(FlagOverdue))
            lines << tr("Overdue: its start time passed while no manager was running.");
        if (s.has(FlagHold))
            lines << tr("Held.");
        if (m_tree->isRootJobnet(unit) && s.scheduledMs > 0)
            lines << tr("Next scheduled start: %1").arg(jst::format(s.scheduledMs));
        return lines.join(QLatin1Char('\n'));
    }
    case UnitIndexRole:
        return unit;
    case StatusCodeRole:
        return statusCode(s.status);
    case NeedsReviewRole:
        return s.has(FlagNeedsReview);
    case PathRole:
        return m_tree->path(unit);
    default:
        return {};
    }
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case AgentColumn:
        return tr("Execution agent");
    case ExecIdColumn:
        return tr("Execution ID");
    case StartColumn:
        return tr("Start (JST)");
    case EndColumn:
        return tr("End (JST)");
    case ExitCodeColumn:
        return tr("Exit code");
    }
    return {};
}

void UnitTreeModel::setVisibility(UnitIndex unit, bool nowVisible)
{
    const UnitIndex parent = m_tree->unit(unit).parent;
    auto it = m_children.find(parent);
    if (it == m_children.end())
        return; // nobody has listed that parent's children yet
    std::vector<UnitIndex> &list = it.value();
    const QModelIndex parentIndex = parent == kNoUnit ? QModelIndex() : indexOf(parent);
    if (parent != kNoUnit && !parentIndex.isValid())
        return;
    if (nowVisible) {
        const auto pos =
            m_sortColumn >= 0
                ? std::lower_bound(list.begin(), list.end(), unit,
                                   [this](UnitIndex a, UnitIndex b) { return lessThan(a, b); })
                : std::lower_bound(list.begin(), list.end(), unit);
        const int row = int(pos - list.begin());
        beginInsertRows(parentIndex, row, row);
        list.insert(pos, unit);
        for (std::size_t r = std::size_t(row); r < list.size(); ++r)
            m_row[std::size_t(list[r])] = qint32(r);
        endInsertRows();
    } else {
        const auto pos = std::find(list.begin(), list.end(), unit);
        if (pos == list.end())
            return;
        const int row = int(pos - list.begin());
        beginRemoveRows(parentIndex, row, row);
        list.erase(pos);
        m_row[std::size_t(unit)] = -1;
        for (std::size_t r = std::size_t(row); r < list.size(); ++r)
            m_row[std::size_t(list[r])] = qint32(r);
        // Its own list and those below it go stale while it is hidden: build them afresh.
        for (UnitIndex d : m_tree->subtree(unit)) {
            m_children.remove(d);
            m_row[std::size_t(d)] = -1;
        }
        endRemoveRows();
    }
}

void UnitTreeModel::onUnitsChanged(RegionId region, const std::vector<UnitIndex> &units)
{
    if (region != m_region || regionData().tree != m_tree)
        return;
    const auto &states = regionData().states;
    std::vector<UnitIndex> refresh;
    for (UnitIndex u : units) {
        bool matchesNow = true;
        if (m_filter.isActive()) {
            const bool textHit = !m_filter.text().isEmpty() && m_textHit[std::size_t(u)];
            matchesNow = m_filter.matchesGiven(*m_tree, states, u, textHit);
        }
        const int delta = int(matchesNow) - int(m_matches[std::size_t(u)]);
        if (delta == 0) {
            refresh.push_back(u);
            continue;
        }
        m_matches[std::size_t(u)] = quint8(matchesNow);
        m_matching += delta;
        // Counts change along the ancestor chain; a unit appears or disappears when its
        // subtree count crosses zero, and such flips run contiguously up from the unit. Only
        // the topmost flipped unit moves (lists below it are rebuilt when next needed). Views
        // must see the old state until a removal is signalled and the new state when an
        // insertion is, so counts change after a removal and before an insertion.
        UnitIndex topFlip = kNoUnit;
        for (UnitIndex a = u; a != kNoUnit; a = m_tree->unit(a).parent) {
            const qint32 count = m_matchCount[std::size_t(a)];
            if ((count > 0) != (count + delta > 0))
                topFlip = a;
        }
        if (topFlip != kNoUnit && delta < 0)
            setVisibility(topFlip, false);
        for (UnitIndex a = u; a != kNoUnit; a = m_tree->unit(a).parent)
            m_matchCount[std::size_t(a)] += delta;
        if (topFlip != kNoUnit && delta > 0)
            setVisibility(topFlip, true);
        if (visible(u))
            refresh.push_back(u);
    }
    // A view sorted by a column the change alters gets its rows in order again before it hears
    // of the new values.
    if (sortDependsOnState())
        resortChanged(units);
    // Only rows a view has listed get dataChanged, one signal per run of adjacent rows.
    std::vector<std::pair<UnitIndex, int>> rows; // (parent, row)
    for (UnitIndex u : refresh) {
        if (m_row[std::size_t(u)] >= 0 && m_children.contains(m_tree->unit(u).parent))
            rows.emplace_back(m_tree->unit(u).parent, m_row[std::size_t(u)]);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (std::size_t k = 0; k < rows.size();) {
        std::size_t end = k;
        while (end + 1 < rows.size() && rows[end + 1].first == rows[k].first &&
               rows[end + 1].second == rows[end].second + 1)
            ++end;
        const UnitIndex parent = rows[k].first;
        const QModelIndex parentIndex = parent == kNoUnit ? QModelIndex() : indexOf(parent);
        Q_EMIT dataChanged(index(rows[k].second, 0, parentIndex),
                           index(rows[end].second, ColumnCount - 1, parentIndex));
        k = end + 1;
    }
}

} // namespace dr::ui
