#include "RegionCompareModel.h"

#include "widgets/StatusPalette.h"

#include "Console.h"

#include <QHash>
#include <QSet>

namespace dr::ui {

namespace {

// Name -> entry, case-insensitively: up to 10,000 host entries per region are matched by name,
// so a linear find per entry would be quadratic.
template <typename T>
QHash<QString, const T *> byName(const QList<T> &list)
{
    QHash<QString, const T *> index;
    index.reserve(list.size());
    for (const T &item : list)
        index.insert(item.name.toCaseFolded(), &item);
    return index;
}

QSet<QString> addressSet(const QStringList &addresses)
{
    QSet<QString> set;
    for (const QString &a : addresses)
        set.insert(a.toLower());
    return set;
}

} // namespace

RegionCompareModel::RegionCompareModel(Console &console, QObject *parent)
    : KeyedTableModel<RegionDifference>(parent), m_console(console)
{
    connect(&m_console, &Console::agentsChanged, this, &RegionCompareModel::refresh);
    connect(&m_console, &Console::hostsChanged, this, &RegionCompareModel::refresh);
    connect(&m_console, &Console::reloaded, this, &RegionCompareModel::refresh);
    resetRows(compute());
}

void RegionCompareModel::setStrict(bool strict)
{
    if (strict == m_strict)
        return;
    m_strict = strict;
    refresh();
}

void RegionCompareModel::refresh()
{
    sync(compute());
}

QStringList RegionCompareModel::agentsMissingIn(RegionId region) const
{
    const auto state = region == RegionId::Dr ? RegionDifference::State::MissingInDr
                                              : RegionDifference::State::MissingInPrimary;
    QStringList names;
    for (const RegionDifference &d : rows()) {
        if (d.kind == RegionDifference::Kind::Agent && d.state == state)
            names << d.name;
    }
    return names;
}

QString RegionCompareModel::keyOf(const RegionDifference &row) const
{
    const QString prefix = row.kind == RegionDifference::Kind::Agent ? QStringLiteral("agent:")
                                                                     : QStringLiteral("host:");
    return prefix + row.name.toCaseFolded();
}

QList<RegionDifference> RegionCompareModel::compute() const
{
    QList<RegionDifference> out;
    compareAgents(out);
    compareHosts(out);
    return out;
}

QString RegionCompareModel::agentValue(const ExecutionAgent &a) const
{
    QString text =
        QStringLiteral("%1; %2; %3")
            .arg(a.host, formatWindows(a.windows), AgentNames::restrictionName(a.restriction));
    if (m_strict && !a.description.isEmpty())
        text += QStringLiteral("; ") + a.description;
    return text;
}

QStringList RegionCompareModel::agentDifferences(const ExecutionAgent &p,
                                                 const ExecutionAgent &d) const
{
    QStringList fields;
    if (p.host.compare(d.host, Qt::CaseInsensitive) != 0)
        fields << tr("execution host");
    if (p.windows != d.windows)
        fields << tr("concurrency windows");
    if (p.restriction != d.restriction)
        fields << tr("transfer restriction");
    if (m_strict && p.description != d.description)
        fields << tr("description");
    if (m_strict && p.name != d.name)
        fields << tr("letter case of the name");
    return fields;
}

void RegionCompareModel::compareAgents(QList<RegionDifference> &out) const
{
    const RegionData &primary = m_console.region(RegionId::Primary);
    const RegionData &dr = m_console.region(RegionId::Dr);
    const auto primaryIndex = byName(primary.agents);
    const auto drIndex = byName(dr.agents);
    // @SYSTEM is built into every region and runs on that region's own manager host.
    for (const ExecutionAgent &p : primary.agents) {
        if (p.isSystem())
            continue;
        const ExecutionAgent *d = drIndex.value(p.name.toCaseFolded());
        if (!d) {
            out.append({RegionDifference::Kind::Agent, p.name, RegionDifference::State::MissingInDr,
                        agentValue(p), QString(), QString()});
            continue;
        }
        const QStringList fields = agentDifferences(p, *d);
        if (!fields.isEmpty()) {
            out.append({RegionDifference::Kind::Agent, p.name, RegionDifference::State::Different,
                        agentValue(p), agentValue(*d), fields.join(QStringLiteral(", "))});
        }
    }
    for (const ExecutionAgent &d : dr.agents) {
        if (!d.isSystem() && !primaryIndex.contains(d.name.toCaseFolded())) {
            out.append({RegionDifference::Kind::Agent, d.name,
                        RegionDifference::State::MissingInPrimary, QString(), agentValue(d),
                        QString()});
        }
    }
}

void RegionCompareModel::compareHosts(QList<RegionDifference> &out) const
{
    const HostTable &primary = m_console.region(RegionId::Primary).hosts;
    const HostTable &dr = m_console.region(RegionId::Dr).hosts;
    const QString sep = QStringLiteral(", ");
    const auto primaryIndex = byName(primary.entries);
    const auto drIndex = byName(dr.entries);
    for (const HostEntry &p : primary.entries) {
        const HostEntry *d = drIndex.value(p.name.toCaseFolded());
        if (!d) {
            out.append({RegionDifference::Kind::Host, p.name, RegionDifference::State::MissingInDr,
                        p.addresses.join(sep), QString(), QString()});
        } else if (m_strict && addressSet(p.addresses) != addressSet(d->addresses)) {
            out.append({RegionDifference::Kind::Host, p.name, RegionDifference::State::Different,
                        p.addresses.join(sep), d->addresses.join(sep), tr("IP addresses")});
        }
    }
    for (const HostEntry &d : dr.entries) {
        if (!primaryIndex.contains(d.name.toCaseFolded())) {
            out.append({RegionDifference::Kind::Host, d.name,
                        RegionDifference::State::MissingInPrimary, QString(), d.addresses.join(sep),
                        QString()});
        }
    }
}

int RegionCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RegionCompareModel::kindName(RegionDifference::Kind kind)
{
    return kind == RegionDifference::Kind::Agent ? tr("Execution agent") : tr("Host information");
}

QString RegionCompareModel::stateName(RegionDifference::State state)
{
    switch (state) {
    case RegionDifference::State::MissingInDr:
        return tr("Missing in DR");
    case RegionDifference::State::MissingInPrimary:
        return tr("Missing in primary");
    case RegionDifference::State::Different:
        return tr("Different");
    }
    return {};
}

QVariant RegionCompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegionDifference &d = rowValue(index.row());
    const StatusClass look = d.state == RegionDifference::State::Different ? StatusClass::Warning
                                                                           : StatusClass::Abnormal;
    switch (role) {
    case KindRole:
        return int(d.kind);
    case NameRole:
        return d.name;
    case StateRole:
        return int(d.state);
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindName(d.kind);
        case NameColumn:
            return d.name;
        case StateColumn:
            return d.details.isEmpty() ? stateName(d.state)
                                       : tr("%1: %2").arg(stateName(d.state), d.details);
        case PrimaryColumn:
            return d.primaryValue.isEmpty() ? tr("(none)") : d.primaryValue;
        case DrColumn:
            return d.drValue.isEmpty() ? tr("(none)") : d.drValue;
        }
        return {};
    case Qt::ToolTipRole:
        // Every cell's whole text, however narrow its column.
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(StatusPalette::icon(look)) : QVariant();
    case Qt::BackgroundRole:
        return index.column() == StateColumn ? QVariant(StatusPalette::background(look))
                                             : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StateColumn ? QVariant(StatusPalette::foreground(look))
                                             : QVariant();
    }
    return {};
}

QVariant RegionCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case PrimaryColumn:
        return RegionNames::displayName(RegionId::Primary);
    case DrColumn:
        return RegionNames::displayName(RegionId::Dr);
    }
    return {};
}

} // namespace dr::ui
