#include "AgentTableModel.h"

#include "Console.h"
#include "model/Validation.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace dr::ui {

AgentTableModel::AgentTableModel(Console &console, RegionId region, QObject *parent)
    : KeyedTableModel<ExecutionAgent>(parent), m_console(console), m_region(region)
{
    connect(&m_console, &Console::agentsChanged, this, [this](RegionId r) {
        if (r == m_region)
            refresh();
    });
    connect(&m_console, &Console::hostsChanged, this, [this](RegionId r) {
        if (r == m_region)
            hostsChanged();
    });
    connect(&m_console, &Console::reloaded, this, &AgentTableModel::refresh);
    resetRows(m_console.region(m_region).agents);
}

void AgentTableModel::setRegion(RegionId region)
{
    if (region == m_region)
        return;
    m_region = region;
    resetRows(m_console.region(m_region).agents); // another region's list: no rows in common
}

int AgentTableModel::rowOf(const QString &name) const
{
    return rowOfKey(name.toCaseFolded());
}

void AgentTableModel::refresh()
{
    sync(m_console.region(m_region).agents);
}

void AgentTableModel::hostsChanged()
{
    // Only whether each host resolves can change.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, HostColumn), index(rowCount() - 1, HostColumn));
}

QString AgentTableModel::keyOf(const ExecutionAgent &agent) const
{
    return agent.name.toCaseFolded(); // names are unique case-insensitively
}

int AgentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgentTableModel::hostProblem(const ExecutionAgent &agent) const
{
    if (agent.isSystem())
        return {}; // runs on the manager host, which is not in the customer's host information
    const Status s =
        Validation::executionHostResolves(agent.host, m_console.region(m_region).hosts);
    return s ? QString() : s.error().message;
}

QVariant AgentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExecutionAgent &a = rowValue(index.row());
    switch (role) {
    case NameRole:
        return a.name;
    case BuiltInRole:
        return a.isSystem();
    case RestrictionRole:
        return int(a.restriction);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return a.isSystem() ? tr("%1 (built-in)").arg(a.name) : a.name;
        case HostColumn:
            return a.host;
        case WindowsColumn:
            return formatWindows(a.windows);
        case RestrictionColumn:
            return AgentNames::restrictionName(a.restriction);
        case DescriptionColumn:
            return a.description;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && a.isSystem()) {
            return tr("The built-in default agent runs jobs on the manager host. Its limits, "
                      "restriction and description can be changed; it cannot be renamed or "
                      "removed.");
        }
        if (index.column() == HostColumn) {
            const QString problem = hostProblem(a);
            return problem.isEmpty() ? QVariant() : QVariant(problem);
        }
        if (index.column() == DescriptionColumn && !a.description.isEmpty())
            return a.description; // often cut off in a narrow window
        if (index.column() == WindowsColumn) {
            return tr("At most this many jobs at once in each part of the day (Japan time); "
                      "time no window covers allows no jobs.");
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == HostColumn && !hostProblem(a).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (index.column() == NameColumn && a.isSystem()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant AgentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == WindowsColumn) {
        return tr("hh:mm-hh:mm=limit: at most this many jobs at once in that part of the day "
                  "(Japan time)");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Agent");
    case HostColumn:
        return tr("Execution host");
    case WindowsColumn:
        return tr("Concurrent jobs");
    case RestrictionColumn:
        return tr("Job transfer");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

} // namespace dr::ui
