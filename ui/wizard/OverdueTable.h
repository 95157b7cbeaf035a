#pragma once

#include "model/Region.h"
#include "model/Unit.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dr::ui {

class Session;

// Root jobnets whose start time passed while no manager ran or the manager was suppressed: for
// each, run after release (the default) or skip ("Skipped so not exe."), one by one or all at
// once. The list follows the clock: a jobnet that comes due while the page is open joins it.
class OverdueTable : public QWidget
{
    Q_OBJECT
public:
    OverdueTable(Session &session, QWidget *parent = nullptr);

    void setRegion(RegionId region);
    void refresh();
    int overdueCount() const;
    void chooseAll(bool skip);

Q_SIGNALS:
    void countChanged(int overdue);

private:
    void choose(qint32 root, bool skip);
    void unitsChanged(RegionId region, const std::vector<UnitIndex> &units);

    Session &m_session;
    RegionId m_region = RegionId::Dr;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_runAll;
    QPushButton *m_skipAll;
    std::vector<std::pair<UnitIndex, bool>> m_shown; // overdue roots and their skip choice
    bool m_shownValid = false;
};

} // namespace dr::ui
