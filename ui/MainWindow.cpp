#include "MainWindow.h"

#include "ConsoleActions.h"
#include "Prompts.h"
#include "Session.h"
#include "SimulationController.h"
#include "dialogs/PreflightDialog.h"
#include "dialogs/SignInDialog.h"
#include "interop/InteropActions.h"
#include "pages/AgentsPage.h"
#include "pages/AuditPage.h"
#include "pages/JobnetsPage.h"
#include "pages/OverviewPage.h"
#include "pages/RunbookPage.h"
#include "report/ReportExport.h"
#include "widgets/ElidedLabel.h"
#include "widgets/RegionCard.h"
#include "wizard/SwitchoverWizard.h"

#include "Console.h"
#include "engine/JapanTime.h"

#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace dr::ui {

MainWindow::MainWindow(Console &console, QWidget *parent)
    : QMainWindow(parent), m_console(console), m_session(new Session(console, this)),
      m_simulation(new SimulationController(console, this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("DR Console - %1").arg(m_console.state().contract.customerName));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));

    m_overview = new OverviewPage(*m_session, m_tabs);
    connect(m_overview, &OverviewPage::preflightRequested, this, &MainWindow::showPreflight);
    connect(m_overview, &OverviewPage::wizardRequested, this, &MainWindow::openWizard);
    m_tabs->addTab(m_overview, tr("Regions"));
    m_jobnets = new JobnetsPage(*m_session, m_tabs);
    m_tabs->addTab(m_jobnets, tr("Jobnets and jobs"));
    m_agents = new AgentsPage(*m_session, m_tabs);
    m_tabs->addTab(m_agents, tr("Agents and hosts"));
    m_runbook = new RunbookPage(*m_session, m_tabs);
    m_tabs->addTab(m_runbook, tr("Runbook"));
    m_audit = new AuditPage(*m_session, m_tabs);
    m_tabs->addTab(m_audit, tr("Audit log"));
    setCentralWidget(m_tabs);

    m_actions = new ConsoleActions(*m_session, *m_simulation, this);
    m_actions->populate(menuBar());
    (new InteropActions(*m_session, this))->populate(menuBar()); // File menu, in front
    connect(m_actions, &ConsoleActions::signInRequested, this, &MainWindow::signIn);
    connect(m_actions, &ConsoleActions::preflightRequested, this, &MainWindow::showPreflight);
    connect(m_actions, &ConsoleActions::wizardRequested, this, &MainWindow::openWizard);
    connect(m_runbook, &RunbookPage::wizardRequested, this, &MainWindow::openWizard);
    connect(m_runbook, &RunbookPage::reportRequested, this,
            [this](qint64 runId) { ReportExport::exportRun(*m_session, runId, this); });

    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    m_clockLabel = new QLabel(this);
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    m_databaseLabel =
        new ElidedLabel(Qt::ElideMiddle, this); // a long path must not widen the window
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addWidget(m_operatorLabel);
    statusBar()->addWidget(m_clockLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    connect(&m_console, &Console::clockChanged, this, &MainWindow::updateStatusBar);
    connect(m_session, &Session::operatorChanged, this, &MainWindow::updateStatusBar);
    connect(m_simulation, &SimulationController::stateChanged, this, &MainWindow::updateStatusBar);
    connect(m_simulation, &SimulationController::failed, this, [this](const QString &message) {
        Prompts::instance().error(this, tr("Simulation stopped"), message);
    });
    updateStatusBar();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

RegionCard *MainWindow::card(RegionId region) const
{
    return m_overview->card(region);
}

void MainWindow::start()
{
    show();
    m_simulation->setRunning(true);
    signIn();
}

void MainWindow::signIn()
{
    signInFrom(this);
}

void MainWindow::signInFrom(QWidget *parent)
{
    auto *dialog = new SignInDialog(m_session->op(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setOperator(dialog->chosen()); });
    dialog->open();
}

SwitchoverWizard *MainWindow::openWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new SwitchoverWizard(*m_session, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &SwitchoverWizard::switchOperatorRequested, this,
            [this] { signInFrom(m_wizard); });
    m_wizard->open();
    return m_wizard;
}

SwitchoverWizard *MainWindow::wizard() const
{
    return m_wizard;
}

void MainWindow::setOperator(const Operator &op)
{
    m_session->setOperator(op);
}

void MainWindow::showPreflight(RegionId target)
{
    auto *dialog = new PreflightDialog(m_console.preflight(target), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateStatusBar()
{
    const Operator &op = m_session->op();
    m_operatorLabel->setText(
        op.name.isEmpty() ? tr("Not signed in")
                          : tr("Operator: %1 (%2)").arg(op.name, RoleNames::displayName(op.role)));
    const QString simulation =
        m_simulation->isRunning() ? tr("running at %1x").arg(m_simulation->speed()) : tr("paused");
    m_clockLabel->setText(
        tr("Simulated clock: %1 (%2)").arg(jst::format(m_console.clockMs()), simulation));
    m_databaseLabel->setText(
        tr("Database: %1").arg(QDir::toNativeSeparators(m_console.databasePath())));
}

} // namespace dr::ui
