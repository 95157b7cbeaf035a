#include "AuditModel.h"

#include "Console.h"
#include "engine/JapanTime.h"
#include "model/AuditAction.h"

namespace dr::ui {

AuditModel::AuditModel(Console &console, QObject *parent)
    : QAbstractTableModel(parent), m_console(console)
{
    connect(&m_console, &Console::auditAppended, this, &AuditModel::appendNew);
    connect(&m_console, &Console::reloaded, this, &AuditModel::reload);
    reload();
}

void AuditModel::reload()
{
    beginResetModel();
    auto entries = m_console.auditEntries();
    m_entries = entries ? *entries : QList<AuditEntry>();
    endResetModel();
}

void AuditModel::appendNew()
{
    AuditLog::Filter newer;
    newer.afterSeq = m_entries.isEmpty() ? 0 : m_entries.last().seq;
    auto entries = m_console.auditEntries(newer);
    if (!entries)
        return;
    const QList<AuditEntry> &added = *entries;
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + added.size() - 1));
    m_entries.append(added);
    endInsertRows();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == ActionCodeRole)
        return e.action;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case SeqColumn:
        return e.seq;
    case AtColumn:
        // The simulated time of the action; the tooltip adds when it was written (wall clock).
        return tip ? tr("Recorded at %1 (wall clock)").arg(jst::format(e.recordedAtMs))
                   : jst::format(e.atMs);
    case OperatorColumn:
        return e.operatorName;
    case RoleColumn:
        return RoleNames::displayName(e.role);
    case ActionColumn:
        // The stored code stays visible in the tooltip: it is what drctl and the log file show.
        return tip ? tr("%1 (code %2)").arg(AuditActions::displayName(e.action), e.action)
                   : AuditActions::displayName(e.action);
    // Times inside the stored (English) text are shown in Japan time like every other time.
    case DetailsColumn:
        return AuditActions::displayDetails(e.details);
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case AtColumn:
        return tr("Time (JST)");
    case OperatorColumn:
        return tr("Operator");
    case RoleColumn:
        return tr("Role");
    case ActionColumn:
        return tr("Action");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

void AuditFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool AuditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString &text = m_text;
    if (text.isEmpty())
        return true;
    // What the operator reads (the translated action, Japan times), and the action's code.
    for (int column :
         {AuditModel::OperatorColumn, AuditModel::ActionColumn, AuditModel::DetailsColumn}) {
        const QModelIndex index = sourceModel()->index(sourceRow, column, sourceParent);
        if (index.data().toString().contains(text, Qt::CaseInsensitive))
            return true;
    }
    const QModelIndex action =
        sourceModel()->index(sourceRow, AuditModel::ActionColumn, sourceParent);
    return action.data(AuditModel::ActionCodeRole).toString().contains(text, Qt::CaseInsensitive);
}

} // namespace dr::ui
