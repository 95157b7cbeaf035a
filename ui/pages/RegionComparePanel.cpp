#include "RegionComparePanel.h"

#include "ActionGate.h"
#include "Prompts.h"
#include "Session.h"
#include "models/RegionCompareModel.h"

#include "Console.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dr::ui {

RegionComparePanel::RegionComparePanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new RegionCompareModel(session.console(), this)),
      m_summary(new QLabel(this)),
      m_strict(new QCheckBox(tr("Also compare agent descriptions and host IP addresses"), this)),
      m_view(new QTableView(this)),
      m_copyMissing(new QPushButton(tr("Copy missing agents from primary"), this)),
      m_copyToDr(new QPushButton(tr("Copy to DR"), this)),
      m_copyToPrimary(new QPushButton(tr("Copy to primary"), this))
{
    setObjectName(QStringLiteral("comparePanel"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_strict->setObjectName(QStringLiteral("compareStrictCheck"));
    m_strict->setToolTip(tr("Descriptions and addresses usually differ between the regions "
                            "(separate networks), so they are not compared unless you ask."));
    m_view->setObjectName(QStringLiteral("compareTable"));
    m_copyMissing->setObjectName(QStringLiteral("copyMissingButton"));
    m_copyToDr->setObjectName(QStringLiteral("copyToDrButton"));
    m_copyToPrimary->setObjectName(QStringLiteral("copyToPrimaryButton"));

    auto *intro = new QLabel(tr("Agents pre-registered in the DR environment shorten the recovery "
                                "work after a switch: jobs find their agents there at once. "
                                "@SYSTEM is built into each region and not compared."),
                             this);
    intro->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    // Kind and name fit their contents; the two regions' values share the rest and wrap (at
    // "; "), rows growing with them, so neither region's value is cut off at any width.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(RegionCompareModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RegionCompareModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RegionCompareModel::StateColumn, QHeaderView::Interactive);
    header->resizeSection(RegionCompareModel::StateColumn, 220);
    header->setSectionResizeMode(RegionCompareModel::PrimaryColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RegionCompareModel::DrColumn, QHeaderView::Stretch);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->verticalHeader()->setMinimumSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(header, &QHeaderView::sectionResized, this,
            [this] { m_view->verticalHeader()->resizeSections(QHeaderView::ResizeToContents); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyMissing);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("Selected agent:"), this));
    buttons->addWidget(m_copyToDr);
    buttons->addWidget(m_copyToPrimary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_strict);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_strict, &QCheckBox::toggled, m_model, &RegionCompareModel::setStrict);
    connect(m_copyMissing, &QPushButton::clicked, this,
            &RegionComparePanel::copyMissingFromPrimary);
    connect(m_copyToDr, &QPushButton::clicked, this, [this] { copySelectedTo(RegionId::Dr); });
    connect(m_copyToPrimary, &QPushButton::clicked, this,
            [this] { copySelectedTo(RegionId::Primary); });
    connect(m_view, &QTableView::customContextMenuRequested, this, &RegionComparePanel::showMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegionComparePanel::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] { updateSummary(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegionComparePanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RegionComparePanel::updateSummary);
    connect(&m_session, &Session::operatorChanged, this, &RegionComparePanel::updateActions);
    updateSummary();
}

int RegionComparePanel::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool RegionComparePanel::selectAgent(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RegionDifference &d = m_model->rowValue(row);
        if (d.kind == RegionDifference::Kind::Agent &&
            d.name.compare(name, Qt::CaseInsensitive) == 0) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

void RegionComparePanel::updateSummary()
{
    int agents = 0, hosts = 0;
    for (const RegionDifference &d : m_model->rows())
        (d.kind == RegionDifference::Kind::Agent ? agents : hosts)++;
    if (agents == 0 && hosts == 0) {
        m_summary->setText(tr("The execution agents and host names of both regions match."));
    } else {
        m_summary->setText(tr("Differing execution agents: %1. Differing host entries: %2.")
                               .arg(agents)
                               .arg(hosts));
    }
    updateActions();
    Q_EMIT differenceCountChanged(int(m_model->rows().size()));
}

void RegionComparePanel::updateActions()
{
    const Status allowed = ActionGate::permission(m_session, Action::AgentChange);
    const QStringList missing = m_model->agentsMissingIn(RegionId::Dr);
    Session::gate(
        m_copyMissing,
        ActionGate::require(allowed, !missing.isEmpty(),
                            tr("The DR environment already has every agent of the primary.")),
        tr("Copy to the DR environment: %1").arg(missing.join(QStringLiteral(", "))));

    const int row = selectedRow();
    const RegionDifference *d = row >= 0 ? &m_model->rowValue(row) : nullptr;
    Status agentRow =
        ActionGate::require(allowed, d != nullptr, tr("Select an agent in the list first."));
    agentRow =
        ActionGate::require(agentRow, !d || d->kind == RegionDifference::Kind::Agent,
                            tr("Only execution agents are copied here. Host addresses differ "
                               "per region: add the host on the Host information list of "
                               "that region."));
    using State = RegionDifference::State;
    Session::gate(m_copyToDr,
                  ActionGate::require(agentRow, !d || d->state != State::MissingInPrimary,
                                      tr("The primary environment does not have this agent; copy "
                                         "it to the primary environment instead.")),
                  tr("Copy the selected agent from the primary to the DR environment"));
    Session::gate(m_copyToPrimary,
                  ActionGate::require(agentRow, !d || d->state != State::MissingInDr,
                                      tr("The DR environment does not have this agent; copy it to "
                                         "the DR environment instead.")),
                  tr("Copy the selected agent from the DR to the primary environment"));
}

void RegionComparePanel::showMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    m_view->selectRow(m_view->indexAt(pos).row());
    QMenu menu(this);
    for (QPushButton *button : {m_copyToDr, m_copyToPrimary}) {
        QAction *action = menu.addAction(button->text(), button, &QPushButton::click);
        action->setEnabled(button->isEnabled());
        action->setToolTip(button->toolTip());
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void RegionComparePanel::copyMissingFromPrimary()
{
    m_session.report(
        m_session.console().copyAgents(m_session.op(), RegionId::Primary, RegionId::Dr, true), this,
        tr("The agents were not copied"));
}

void RegionComparePanel::copySelectedTo(RegionId target)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const RegionDifference d = m_model->rowValue(row);
    if (d.kind != RegionDifference::Kind::Agent)
        return;
    const RegionId source = otherRegion(target);
    const bool overwrite = d.state == RegionDifference::State::Different;
    const QString text =
        overwrite
            ? tr("Overwrite the agent %1 in the %2 with its settings from the %3?\n\n%3: %4\n%2: "
                 "%5")
                  .arg(d.name, RegionNames::displayName(target), RegionNames::displayName(source),
                       source == RegionId::Primary ? d.primaryValue : d.drValue,
                       target == RegionId::Primary ? d.primaryValue : d.drValue)
            : tr("Copy the agent %1 from the %2 to the %3?")
                  .arg(d.name, RegionNames::displayName(source), RegionNames::displayName(target));
    if (!Prompts::instance().confirm(this, tr("Copy execution agent"), text))
        return;
    m_session.report(
        m_session.console().copyAgents(m_session.op(), source, target, false, {d.name}), this,
        tr("The agent was not copied"));
}

} // namespace dr::ui
