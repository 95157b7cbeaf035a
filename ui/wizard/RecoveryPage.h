#pragma once

#include "StepPage.h"

class QLabel;
class QTabWidget;
class QToolButton;

namespace dr::ui {

class AgentsPage;
class JobnetsPage;
class OverdueTable;

// Steps 3 and 9 (customer): the recovery work in the page itself — the target region's agents
// and host information with the compare view and "copy missing from primary", the units the
// disaster-recovery start marked for review with their actions, and the overdue jobnets.
class RecoveryPage : public StepPage
{
    Q_OBJECT
public:
    RecoveryPage(Session &session, int step, QWidget *parent = nullptr);

    AgentsPage *agentsPage() const { return m_agents; }
    JobnetsPage *reviewPage() const { return m_review; }
    OverdueTable *overdueTable() const { return m_overdue; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    Status complete() override;
    void refresh() override;

private:
    static constexpr int kUnfoldReview = 500;

    void updateStartSummary();

    QLabel *m_startSummary;
    QToolButton *m_showRules; // unfolds the rule table
    QLabel *m_startRules;
    QTabWidget *m_tabs;
    AgentsPage *m_agents;
    JobnetsPage *m_review;
    OverdueTable *m_overdue;
};

} // namespace dr::ui
