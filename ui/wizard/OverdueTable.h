#pragma once

#include "model/Region.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dr::ui {

class Session;

// Root jobnets whose start time passed while no manager ran: for each, run after release
// (the default) or skip ("Skipped so not exe."), one by one or all at once.
class OverdueTable : public QWidget
{
    Q_OBJECT
public:
    OverdueTable(Session &session, QWidget *parent = nullptr);

    void setRegion(RegionId region);
    void refresh();
    int overdueCount() const;
    void chooseAll(bool skip);

private:
    void choose(qint32 root, bool skip);

    Session &m_session;
    RegionId m_region = RegionId::Dr;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_runAll;
    QPushButton *m_skipAll;
};

} // namespace dr::ui
