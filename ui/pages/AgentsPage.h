#pragma once

#include "model/Region.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;

namespace dr::ui {

class AgentListPanel;
class ConnectionListPanel;
class HostListPanel;
class RegionComparePanel;
class Session;

// "Agents and hosts": where the customer keeps each region's execution agents, host
// information and network connections, and pre-registers standby agents in the DR region by
// comparing it with the primary. The main window shows it with a region selector; the
// switchover wizard embeds it for the target region with the selector hidden.
class AgentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AgentsPage(Session &session, QWidget *parent = nullptr);

    RegionId region() const { return m_region; }
    void setRegion(RegionId region);
    // Hidden when the page is embedded for one fixed region.
    void setRegionSelectorVisible(bool visible);
    bool isRegionSelectorVisible() const;

    AgentListPanel *agentPanel() const { return m_agents; }
    HostListPanel *hostPanel() const { return m_hosts; }
    ConnectionListPanel *connectionPanel() const { return m_connections; }
    RegionComparePanel *comparePanel() const { return m_compare; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void regionChanged(dr::RegionId region);

private:
    void updateRegionLabel();
    void updateCompareTab(int differences);

    Session &m_session;
    RegionId m_region = RegionId::Primary;
    QWidget *m_selectorBar;
    QComboBox *m_regionCombo;
    QLabel *m_regionLabel;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    AgentListPanel *m_agents;
    HostListPanel *m_hosts;
    ConnectionListPanel *m_connections;
    RegionComparePanel *m_compare;
    int m_compareTab = -1;
};

} // namespace dr::ui
