#include "HostListPanel.h"

#include "ActionGate.h"
#include "Prompts.h"
#include "Session.h"
#include "dialogs/HostDialog.h"
#include "models/HostTableModel.h"

#include "Console.h"
#include "model/Validation.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace dr::ui {

HostListPanel::HostListPanel(Session &session, RegionId region, QWidget *parent)
    : ListPanel(session, QStringLiteral("host"), tr("Host information"), parent), m_region(region),
      m_model(new HostTableModel(session.console(), region, this)), m_filter(new QLineEdit(this)),
      m_ipv6(new QCheckBox(tr("Allow IPv6 (+DefaultResolve 1)"), this))
{
    setSourceModel(m_model);
    view()->horizontalHeader()->resizeSection(HostTableModel::NameColumn, 180);
    view()->horizontalHeader()->resizeSection(HostTableModel::AddressesColumn, 220);

    m_filter->setObjectName(QStringLiteral("hostFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, address or comment"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_ipv6->setObjectName(QStringLiteral("ipv6Check"));
    // clicked, not toggled: only the operator's own click should reach the facade.
    connect(m_ipv6, &QCheckBox::clicked, this, &HostListPanel::setIpv6);
    connect(&m_session.console(), &Console::hostsChanged, this, [this](RegionId r) {
        if (r == m_region)
            showIpv6Setting();
    });
    connect(&m_session.console(), &Console::reloaded, this, &HostListPanel::showIpv6Setting);

    auto *options = new QHBoxLayout;
    options->addWidget(m_filter, 1);
    options->addWidget(m_ipv6);
    m_layout->insertLayout(1, options);
    showIpv6Setting();
    updateActions();
}

void HostListPanel::setRegion(RegionId region)
{
    m_region = region;
    m_model->setRegion(region);
    showIpv6Setting();
    updateActions();
}

QString HostListPanel::selectedName() const
{
    const int row = selectedSourceRow();
    return row < 0 ? QString() : m_model->rowValue(row).name;
}

void HostListPanel::selectHost(const QString &name)
{
    selectSourceRow(m_model->rowOf(name));
}

void HostListPanel::showIpv6Setting()
{
    m_ipv6->setChecked(m_session.console().region(m_region).hosts.ipv6Enabled);
}

void HostListPanel::updateActions()
{
    const Status allowed = ActionGate::permission(m_session, Action::AgentChange);
    const bool selected = selectedSourceRow() >= 0;
    const int count = m_model->rowCount();
    Session::gate(m_add,
                  ActionGate::require(allowed, count < Validation::kMaxHostsPerRegion,
                                      tr("This region already has %1 host entries, the most "
                                         "allowed.")
                                          .arg(count)),
                  tr("Add a host name and its IP addresses"));
    Session::gate(m_edit, ActionGate::require(allowed, selected, tr("Select a host first.")),
                  tr("Change the selected host entry"));
    Session::gate(m_remove, ActionGate::require(allowed, selected, tr("Select a host first.")),
                  tr("Remove the selected host entry"));
    Session::gate(m_ipv6, allowed,
                  tr("Whether this region's host information may hold IPv6 addresses and "
                     "resolves them (jp1hosts2 +DefaultResolve 1). Off resolves IPv4 only."));
    m_summary->setText(tr("Entries: %1").arg(count));
}

void HostListPanel::setIpv6(bool enabled)
{
    const Status status = m_session.console().setIpv6Enabled(m_session.op(), m_region, enabled);
    showIpv6Setting(); // on a refusal the box goes back to the region's real setting
    m_session.report(status, this, tr("The resolve setting was not changed"));
}

void HostListPanel::openDialog(const QString &name)
{
    auto *dialog = new HostDialog(m_session, m_region, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HostDialog::saved, this, &HostListPanel::selectHost);
    dialog->open();
}

void HostListPanel::addItem()
{
    openDialog({});
}

void HostListPanel::editItem()
{
    if (const QString name = selectedName(); !name.isEmpty())
        openDialog(name);
}

void HostListPanel::removeItem()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (!Prompts::instance().confirm(this, tr("Remove host"),
                                     tr("Remove the host %1 from the host information of the %2?")
                                         .arg(name, RegionNames::displayName(m_region)))) {
        return;
    }
    m_session.report(m_session.console().removeHost(m_session.op(), m_region, name), this,
                     tr("The host was not removed"));
}

} // namespace dr::ui
