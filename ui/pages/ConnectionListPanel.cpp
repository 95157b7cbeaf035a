#include "ConnectionListPanel.h"

#include "ActionGate.h"
#include "Prompts.h"
#include "Session.h"
#include "dialogs/ConnectionDialog.h"
#include "models/ConnectionTableModel.h"

#include "Console.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace dr::ui {

ConnectionListPanel::ConnectionListPanel(Session &session, RegionId region, QWidget *parent)
    : ListPanel(session, QStringLiteral("connection"), tr("Network connections"), parent),
      m_region(region), m_model(new ConnectionTableModel(session.console(), region, this))
{
    setSourceModel(m_model);
    // Every column fits its contents (identifiers and CIDR blocks one per line, so the longest
    // ID sets the width and none is cut); the connection's name takes what is left and wraps.
    QHeaderView *header = view()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConnectionTableModel::NameColumn, QHeaderView::Stretch);
    view()->setWordWrap(true);
    view()->setTextElideMode(Qt::ElideNone);
    view()->verticalHeader()->setMinimumSectionSize(view()->fontMetrics().height() + 10);
    view()->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(header, &QHeaderView::sectionResized, this,
            [this] { view()->verticalHeader()->resizeSections(QHeaderView::ResizeToContents); });
    m_summary->setWordWrap(true);
    updateActions();
}

void ConnectionListPanel::setRegion(RegionId region)
{
    m_region = region;
    m_model->setRegion(region);
    updateActions();
}

qint64 ConnectionListPanel::selectedId() const
{
    const int row = selectedSourceRow();
    return row < 0 ? 0 : m_model->rowValue(row).id;
}

void ConnectionListPanel::updateActions()
{
    const Status allowed = ActionGate::permission(m_session, Action::ConnectionChange);
    const bool selected = selectedSourceRow() >= 0;
    Session::gate(m_add, allowed, tr("Record a network connection of this region"));
    Session::gate(m_edit, ActionGate::require(allowed, selected, tr("Select a connection first.")),
                  tr("Change the selected connection"));
    Session::gate(m_remove,
                  ActionGate::require(allowed, selected, tr("Select a connection first.")),
                  tr("Remove the selected connection"));
    const bool configured = m_session.console().region(m_region).hasConfiguredConnection();
    m_summary->setText(
        configured ? tr("At least one connection is configured.")
                   : tr("No configured connection: a switch to this region cannot succeed."));
}

void ConnectionListPanel::openDialog(qint64 id)
{
    std::optional<NetworkConnection> existing;
    for (const NetworkConnection &c : m_session.console().region(m_region).connections) {
        if (c.id == id)
            existing = c;
    }
    auto *dialog = new ConnectionDialog(m_session, m_region, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::saved, this,
            [this](qint64 saved) { selectSourceRow(m_model->rowOfId(saved)); });
    dialog->open();
}

void ConnectionListPanel::addItem()
{
    openDialog(0);
}

void ConnectionListPanel::editItem()
{
    if (const qint64 id = selectedId(); id != 0)
        openDialog(id);
}

void ConnectionListPanel::removeItem()
{
    const int row = selectedSourceRow();
    if (row < 0)
        return;
    const NetworkConnection c = m_model->rowValue(row);
    if (!Prompts::instance().confirm(this, tr("Remove network connection"),
                                     tr("Remove the connection \"%1\" from the %2?")
                                         .arg(c.label, RegionNames::displayName(m_region)))) {
        return;
    }
    m_session.report(m_session.console().removeConnection(m_session.op(), m_region, c.id), this,
                     tr("The connection was not removed"));
}

} // namespace dr::ui
