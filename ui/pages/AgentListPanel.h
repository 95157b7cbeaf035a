#pragma once

#include "ListPanel.h"

#include "model/Region.h"

namespace dr::ui {

class AgentTableModel;

// The execution agents of one region with Add…/Edit…/Remove. Removing asks first and is never
// offered for the built-in @SYSTEM agent.
class AgentListPanel : public ListPanel
{
    Q_OBJECT
public:
    AgentListPanel(Session &session, RegionId region, QWidget *parent = nullptr);

    AgentTableModel *model() const { return m_model; }
    void setRegion(RegionId region);
    QString selectedName() const;
    void selectAgent(const QString &name);

protected:
    void addItem() override;
    void editItem() override;
    void removeItem() override;
    void updateActions() override;

private:
    void openDialog(const QString &name);

    RegionId m_region;
    AgentTableModel *m_model;
};

} // namespace dr::ui
