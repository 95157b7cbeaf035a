#pragma once

#include "model/Region.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace dr::ui {

class RegionCompareModel;
class Session;

// What the DR region lacks compared with the primary (and the other way round) for execution
// agents and host information, with the ways to fix it: copy every missing agent from the
// primary to DR, or copy the selected agent to the other region (overwriting a different one,
// after a confirmation).
class RegionComparePanel : public QWidget
{
    Q_OBJECT
public:
    explicit RegionComparePanel(Session &session, QWidget *parent = nullptr);

    RegionCompareModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Selects the agent row for `name`; returns whether there is one.
    bool selectAgent(const QString &name);

public Q_SLOTS:
    void copyMissingFromPrimary();
    void copySelectedTo(dr::RegionId target);

Q_SIGNALS:
    void differenceCountChanged(int count);

private:
    void updateActions();
    void updateSummary();
    void showMenu(const QPoint &pos);
    int selectedRow() const;

    Session &m_session;
    RegionCompareModel *m_model;
    QLabel *m_summary;
    QCheckBox *m_strict;
    QTableView *m_view;
    QPushButton *m_copyMissing;
    QPushButton *m_copyToDr;
    QPushButton *m_copyToPrimary;
};

} // namespace dr::ui
