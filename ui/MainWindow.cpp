#include "MainWindow.h"

#include "widgets/RegionCard.h"

#include "Console.h"
#include "engine/JapanTime.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>

namespace dr::ui {

MainWindow::MainWindow(Console &console, QWidget *parent)
    : QMainWindow(parent), m_console(console), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("DR Console - %1").arg(m_console.state().contract.customerName));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));

    auto *overview = new QWidget(m_tabs);
    overview->setObjectName(QStringLiteral("overviewTab"));
    auto *cards = new QHBoxLayout(overview);
    m_primaryCard = new RegionCard(m_console, RegionId::Primary, overview);
    m_drCard = new RegionCard(m_console, RegionId::Dr, overview);
    cards->addWidget(m_primaryCard);
    cards->addWidget(m_drCard);
    m_tabs->addTab(overview, tr("Regions"));
    setCentralWidget(m_tabs);

    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    m_clockLabel = new QLabel(this);
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addWidget(m_operatorLabel);
    statusBar()->addWidget(m_clockLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    connect(&m_console, &Console::clockChanged, this, &MainWindow::updateStatusBar);
    updateStatusBar();
    resize(1200, 760);
}

void MainWindow::setOperator(const Operator &op)
{
    m_operator = op;
    updateStatusBar();
    Q_EMIT operatorChanged(op);
}

void MainWindow::updateStatusBar()
{
    m_operatorLabel->setText(m_operator.name.isEmpty()
                                 ? tr("Not signed in")
                                 : tr("Operator: %1 (%2)").arg(m_operator.name, RoleNames::displayName(m_operator.role)));
    m_clockLabel->setText(tr("Simulated clock: %1").arg(jst::format(m_console.clockMs())));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_console.databasePath())));
}

} // namespace dr::ui
