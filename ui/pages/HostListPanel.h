#pragma once

#include "ListPanel.h"

#include "model/Region.h"

class QCheckBox;
class QLineEdit;

namespace dr::ui {

class HostTableModel;

// The host information of one region (up to 10,000 lines, hence the filter) with Add…/Edit…/
// Remove and the region's resolve setting: "Allow IPv6" is jp1hosts2's +DefaultResolve 1.
class HostListPanel : public ListPanel
{
    Q_OBJECT
public:
    HostListPanel(Session &session, RegionId region, QWidget *parent = nullptr);

    HostTableModel *model() const { return m_model; }
    void setRegion(RegionId region);
    QString selectedName() const;
    void selectHost(const QString &name);

protected:
    void addItem() override;
    void editItem() override;
    void removeItem() override;
    void updateActions() override;

private:
    void openDialog(const QString &name);
    void setIpv6(bool enabled);
    void showIpv6Setting();

    RegionId m_region;
    HostTableModel *m_model;
    QLineEdit *m_filter;
    QCheckBox *m_ipv6;
};

} // namespace dr::ui
