#pragma once

#include "model/RegionState.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;

namespace dr::ui {

// Change status (like ajschgstat) for one or more selected jobs: offers only the targets the
// core allows for every selected job, and says why the others are not offered.
class ChangeStatusDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeStatusDialog(const RegionData &region, const QList<UnitIndex> &units, QWidget *parent = nullptr);

    UnitStatus target() const;
    bool hasChoice() const;

private:
    QButtonGroup *m_targets;
    QDialogButtonBox *m_buttons;
    QLabel *m_summary;
};

} // namespace dr::ui
