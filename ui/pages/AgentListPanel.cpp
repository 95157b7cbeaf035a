#include "AgentListPanel.h"

#include "ActionGate.h"
#include "Prompts.h"
#include "Session.h"
#include "dialogs/AgentDialog.h"
#include "models/AgentTableModel.h"

#include "Console.h"
#include "model/Validation.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace dr::ui {

AgentListPanel::AgentListPanel(Session &session, RegionId region, QWidget *parent)
    : ListPanel(session, QStringLiteral("agent"), tr("Execution agents"), parent), m_region(region),
      m_model(new AgentTableModel(session.console(), region, this))
{
    setSourceModel(m_model);
    QHeaderView *header = view()->horizontalHeader();
    header->resizeSection(AgentTableModel::NameColumn, 150);
    header->resizeSection(AgentTableModel::HostColumn, 170);
    header->resizeSection(AgentTableModel::WindowsColumn, 300);
    header->resizeSection(AgentTableModel::RestrictionColumn, 100);
    m_add->setToolTip(tr("Register an execution agent in this region"));
    updateActions();
}

void AgentListPanel::setRegion(RegionId region)
{
    m_region = region;
    m_model->setRegion(region);
    updateActions();
}

QString AgentListPanel::selectedName() const
{
    const int row = selectedSourceRow();
    return row < 0 ? QString() : m_model->rowValue(row).name;
}

void AgentListPanel::selectAgent(const QString &name)
{
    selectSourceRow(m_model->rowOf(name));
}

void AgentListPanel::updateActions()
{
    const Status allowed = ActionGate::permission(m_session, Action::AgentChange);
    const int row = selectedSourceRow();
    const bool selected = row >= 0;
    const int count = m_model->rowCount();
    Session::gate(
        m_add,
        ActionGate::require(allowed, count < Validation::kMaxAgentsPerRegion,
                            tr("This region already has %1 agents, the most allowed.").arg(count)),
        tr("Register an execution agent in this region"));
    Session::gate(m_edit, ActionGate::require(allowed, selected, tr("Select an agent first.")),
                  tr("Change the selected agent"));
    Status removable = ActionGate::require(allowed, selected, tr("Select an agent first."));
    if (removable)
        removable = m_session.console().checkAgentRemoval(m_session.op(), m_region, m_model->rowValue(row).name);
    Session::gate(m_remove, removable, tr("Remove the selected agent from this region"));
    m_summary->setText(
        tr("Agents: %1 (at most %2 per region)").arg(count).arg(Validation::kMaxAgentsPerRegion));
}

void AgentListPanel::openDialog(const QString &name)
{
    auto *dialog = new AgentDialog(m_session, m_region, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AgentDialog::saved, this, &AgentListPanel::selectAgent);
    dialog->open();
}

void AgentListPanel::addItem()
{
    openDialog({});
}

void AgentListPanel::editItem()
{
    if (const QString name = selectedName(); !name.isEmpty())
        openDialog(name);
}

void AgentListPanel::removeItem()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (!Prompts::instance().confirm(
            this, tr("Remove execution agent"),
            tr("Remove the execution agent %1 from the %2?\n\nJobs that name this agent will fail "
               "to start in this region until it is registered again.")
                .arg(name, RegionNames::displayName(m_region)))) {
        return;
    }
    m_session.report(m_session.console().removeAgent(m_session.op(), m_region, name), this,
                     tr("The agent was not removed"));
}

} // namespace dr::ui
