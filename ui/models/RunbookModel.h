#pragma once

#include "model/Switchover.h"

#include <QAbstractTableModel>

namespace dr {
class Console;
}

namespace dr::ui {

// The twelve steps of one switchover run (or of the next one, all pending, when none runs):
// number, phase, title, role, state, by, at, note.
class RunbookModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, PhaseColumn, TitleColumn, RoleColumn, StateColumn, ByColumn, AtColumn,
                  NoteColumn, ColumnCount };

    explicit RunbookModel(Console &console, QObject *parent = nullptr);

    // 0 follows the current run (or the most recent one); otherwise a past run's id.
    void showRun(qint64 runId);
    qint64 shownRun() const { return m_runId; }
    const SwitchoverRun *run() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Console &m_console;
    qint64 m_runId = 0;
};

} // namespace dr::ui
