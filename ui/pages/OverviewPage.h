#pragma once

#include "model/Region.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QPushButton;

namespace dr::ui {

class RegionCard;
class Session;

// The first tab: both regions side by side, where the switchover stands (next step and who acts),
// and the most recent audited actions.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(Session &session, QWidget *parent = nullptr);

    RegionCard *card(RegionId region) const;

Q_SIGNALS:
    void preflightRequested(dr::RegionId target);
    void wizardRequested();

private:
    void refreshSwitchover();
    void refreshActivity();

    Session &m_session;
    RegionCard *m_primary;
    RegionCard *m_dr;
    QLabel *m_switchover;
    QPushButton *m_wizard;
    QTextBrowser *m_activity;
};

} // namespace dr::ui
