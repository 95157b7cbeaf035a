#include "RunbookModel.h"

#include "Console.h"
#include "engine/JapanTime.h"

#include <QBrush>
#include <QFont>

namespace dr::ui {

RunbookModel::RunbookModel(Console &console, QObject *parent)
    : QAbstractTableModel(parent), m_console(console)
{
    // Twelve rows always: a step change is a data change, not a reset.
    connect(&m_console, &Console::switchoverChanged, this,
            [this] { Q_EMIT dataChanged(index(0, 0), index(11, ColumnCount - 1)); });
    connect(&m_console, &Console::reloaded, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

void RunbookModel::showRun(qint64 runId)
{
    beginResetModel();
    m_runId = runId;
    endResetModel();
}

const SwitchoverRun *RunbookModel::run() const
{
    const QList<SwitchoverRun> &runs = m_console.state().runs;
    if (m_runId == 0)
        return runs.isEmpty() ? nullptr : &runs.last();
    for (const SwitchoverRun &r : runs) {
        if (r.id == m_runId)
            return &r;
    }
    return nullptr;
}

int RunbookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 12;
}

int RunbookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunbookModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int step = index.row() + 1;
    const StepInfo &info = stepInfo(step);
    const SwitchoverRun *r = run();
    const StepRecord *record = r ? r->step(step) : nullptr;
    const bool next = r && !r->completed && r->nextStep() == step;
    if (role == Qt::FontRole && next) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::BackgroundRole) {
        if (record)
            return QBrush(QColor(0xd6, 0xe6, 0xfb));
        if (next)
            return QBrush(QColor(0xfd, 0xe8, 0xb4));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        // The whole step, however narrow the columns: title, who acts, and the note if any.
        QString tip = tr("Step %1 (%2): %3\nDone by: %4")
                          .arg(step)
                          .arg(SwitchoverNames::phaseName(info.phase),
                               SwitchoverNames::stepTitle(step), RoleNames::displayName(info.role));
        if (record && !record->note.isEmpty())
            tip += QLatin1Char('\n') + tr("Note: %1").arg(record->note);
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StepColumn:
        return step;
    case PhaseColumn:
        return SwitchoverNames::phaseName(info.phase);
    case TitleColumn:
        return SwitchoverNames::stepTitle(step);
    case RoleColumn:
        return RoleNames::displayName(info.role);
    case StateColumn:
        if (record)
            return tr("Done");
        return next ? tr("Next") : tr("Pending");
    case ByColumn:
        return record ? record->operatorName : QString();
    case AtColumn:
        return record ? jst::format(record->atMs) : QString();
    case NoteColumn:
        return record ? record->note : QString();
    }
    return {};
}

QVariant RunbookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case PhaseColumn:
        return tr("Phase");
    case TitleColumn:
        return tr("Title");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case ByColumn:
        return tr("By");
    case AtColumn:
        return tr("At (JST)");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace dr::ui
