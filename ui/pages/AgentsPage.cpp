#include "AgentsPage.h"

#include "AgentListPanel.h"
#include "ConnectionListPanel.h"
#include "HostListPanel.h"
#include "RegionComparePanel.h"
#include "Session.h"
#include "models/RegionCompareModel.h"

#include "Console.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dr::ui {

AgentsPage::AgentsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_selectorBar(new QWidget(this)),
      m_regionCombo(new QComboBox(m_selectorBar)), m_regionLabel(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_splitter(new QSplitter(Qt::Vertical, m_tabs)),
      m_agents(new AgentListPanel(session, m_region, m_splitter)),
      m_hosts(new HostListPanel(session, m_region, m_splitter)),
      m_connections(new ConnectionListPanel(session, m_region, m_tabs)),
      m_compare(new RegionComparePanel(session, m_tabs))
{
    setObjectName(QStringLiteral("agentsPage"));
    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    m_regionLabel->setObjectName(QStringLiteral("regionLabel"));
    m_regionLabel->setWordWrap(true); // a long sentence must not widen the window
    m_tabs->setObjectName(QStringLiteral("agentsTabs"));
    m_splitter->setObjectName(QStringLiteral("agentsSplitter"));
    for (RegionId r : kAllRegions)
        m_regionCombo->addItem(RegionNames::displayName(r), int(r));

    auto *selector = new QHBoxLayout(m_selectorBar);
    selector->setContentsMargins(0, 0, 0, 0);
    auto *regionTitle = new QLabel(tr("&Region:"), m_selectorBar);
    regionTitle->setBuddy(m_regionCombo);
    selector->addWidget(regionTitle);
    selector->addWidget(m_regionCombo);
    selector->addStretch();

    m_splitter->addWidget(m_agents);
    m_splitter->addWidget(m_hosts);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_tabs->addTab(m_splitter, tr("Agents and hosts"));
    m_compareTab = m_tabs->addTab(m_compare, tr("Compare regions"));
    m_tabs->addTab(m_connections, tr("Network connections"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_selectorBar);
    top->addWidget(m_regionLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_regionCombo, &QComboBox::currentIndexChanged, this,
            [this] { setRegion(RegionId(m_regionCombo->currentData().toInt())); });
    connect(m_compare, &RegionComparePanel::differenceCountChanged, this,
            &AgentsPage::updateCompareTab);
    connect(&m_session.console(), &Console::regionChanged, this, [this](RegionId r) {
        if (r == m_region)
            updateRegionLabel();
    });
    updateRegionLabel();
    updateCompareTab(m_compare->model()->rowCount());
}

void AgentsPage::setRegion(RegionId region)
{
    if (region == m_region)
        return;
    m_region = region;
    {
        const QSignalBlocker block(m_regionCombo);
        m_regionCombo->setCurrentIndex(m_regionCombo->findData(int(region)));
    }
    m_agents->setRegion(region);
    m_hosts->setRegion(region);
    m_connections->setRegion(region);
    updateRegionLabel();
    Q_EMIT regionChanged(region);
}

void AgentsPage::setRegionSelectorVisible(bool visible)
{
    m_selectorBar->setVisible(visible);
}

bool AgentsPage::isRegionSelectorVisible() const
{
    return !m_selectorBar->isHidden();
}

void AgentsPage::updateRegionLabel()
{
    const RegionData &r = m_session.console().region(m_region);
    const QString role = r.runtime.active ? tr("active") : tr("standby");
    m_regionLabel->setText(tr("<b>%1</b> (%2, %3): the agents, host information and network "
                              "connections of this region.")
                               .arg(RegionNames::displayName(m_region).toHtmlEscaped(),
                                    RegionNames::location(m_region).toHtmlEscaped(), role));
}

void AgentsPage::updateCompareTab(int differences)
{
    m_tabs->setTabText(m_compareTab, differences == 0
                                         ? tr("Compare regions")
                                         : tr("Compare regions (%1)").arg(differences));
}

} // namespace dr::ui
