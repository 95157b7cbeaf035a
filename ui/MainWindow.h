#pragma once

#include "model/Region.h"
#include "model/Role.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QTabWidget;

namespace dr {
class Console;
}

namespace dr::ui {

class AgentsPage;
class AuditPage;
class ElidedLabel;
class ConsoleActions;
class JobnetsPage;
class OverviewPage;
class RegionCard;
class RunbookPage;
class Session;
class SimulationController;
class SwitchoverWizard;

// The operator's main window: both regions side by side, the jobnets of a region, agents and
// hosts, the runbook and the audit log; the status bar shows the signed-in operator, the
// simulated clock and the database.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Console &console, QWidget *parent = nullptr);
    ~MainWindow() override;

    Console &console() const { return m_console; }
    Session &session() const { return *m_session; }
    SimulationController &simulation() const { return *m_simulation; }
    ConsoleActions &actions() const { return *m_actions; }
    QTabWidget *tabs() const { return m_tabs; }
    RegionCard *card(RegionId region) const;
    JobnetsPage *jobnetsPage() const { return m_jobnets; }
    AgentsPage *agentsPage() const { return m_agents; }
    RunbookPage *runbookPage() const { return m_runbook; }
    AuditPage *auditPage() const { return m_audit; }

    // How the console starts: shows the window, runs the simulated clock and asks who is
    // operating.
    void start();
    // Asks who is operating (non-blocking: the dialog opens and signs in when accepted).
    void signIn();
    void setOperator(const Operator &op);
    void showPreflight(RegionId target);
    // Opens the switchover wizard at the current step (or brings the open one forward).
    SwitchoverWizard *openWizard();
    SwitchoverWizard *wizard() const;

private:
    void updateStatusBar();
    void signInFrom(QWidget *parent);

    Console &m_console;
    Session *m_session;
    SimulationController *m_simulation;
    ConsoleActions *m_actions;
    QTabWidget *m_tabs;
    OverviewPage *m_overview;
    JobnetsPage *m_jobnets;
    AgentsPage *m_agents;
    RunbookPage *m_runbook;
    AuditPage *m_audit;
    QLabel *m_operatorLabel;
    QLabel *m_clockLabel;
    ElidedLabel *m_databaseLabel;
    QPointer<SwitchoverWizard> m_wizard;
};

} // namespace dr::ui
