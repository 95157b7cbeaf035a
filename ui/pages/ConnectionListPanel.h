#pragma once

#include "ListPanel.h"

#include "model/Region.h"

namespace dr::ui {

class ConnectionTableModel;

// How the customer's network reaches one region (domain.md §2), with Add…/Edit…/Remove. A
// region with no configured connection cannot be switched to; the summary says so.
class ConnectionListPanel : public ListPanel
{
    Q_OBJECT
public:
    ConnectionListPanel(Session &session, RegionId region, QWidget *parent = nullptr);

    ConnectionTableModel *model() const { return m_model; }
    void setRegion(RegionId region);
    qint64 selectedId() const;

protected:
    void addItem() override;
    void editItem() override;
    void removeItem() override;
    void updateActions() override;

private:
    void openDialog(qint64 id);

    RegionId m_region;
    ConnectionTableModel *m_model;
};

} // namespace dr::ui
