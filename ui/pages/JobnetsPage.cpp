#include "JobnetsPage.h"

#include "Prompts.h"
#include "Session.h"
#include "dialogs/ChangeStatusDialog.h"
#include "models/UnitTreeModel.h"
#include "widgets/FlowLayout.h"
#include "widgets/StatusPalette.h"

#include "Console.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dr::ui {

namespace {

QString rerunText(RerunFrom from)
{
    switch (from) {
    case RerunFrom::Top:
        return JobnetsPage::tr("Rerun the root jobnet from the top");
    case RerunFrom::Abnormal:
        return JobnetsPage::tr("Rerun from the abnormally ended job");
    case RerunFrom::AfterAbnormal:
        return JobnetsPage::tr("Rerun from the job after the abnormally ended one");
    case RerunFrom::WarningOnly:
        return JobnetsPage::tr("Rerun only the jobs that ended with a warning");
    case RerunFrom::This:
        return JobnetsPage::tr("Rerun this job and its successors");
    case RerunFrom::ThisOnly:
        return JobnetsPage::tr("Rerun this job only");
    }
    return {};
}

// All selected units must allow the action; the first refusal explains why not.
Status forAll(const QList<UnitIndex> &units, const std::function<Status(UnitIndex)> &check)
{
    if (units.isEmpty())
        return Error::usage(JobnetsPage::tr("Select a jobnet or job first."));
    for (UnitIndex u : units) {
        if (auto s = check(u); !s)
            return s;
    }
    return {};
}

} // namespace

JobnetsPage::JobnetsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_textTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("jobnetsPage"));
    Console &console = m_session.console();
    m_model = new UnitTreeModel(console, console.activeRegion(), this);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QWidget(this);
    buildFilterBar(bar);
    layout->addWidget(bar);

    m_toolbar = new QToolBar(this);
    m_toolbar->setObjectName(QStringLiteral("unitToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_changeStatus = m_toolbar->addAction(tr("Change status..."), this, &JobnetsPage::changeStatus);
    m_changeStatus->setObjectName(QStringLiteral("changeStatusAction"));
    m_rerunMenu = new QMenu(this);
    m_rerunMenu->setObjectName(QStringLiteral("rerunMenu"));
    m_rerunMenu->setToolTipsVisible(true);
    for (RerunFrom from : {RerunFrom::Top, RerunFrom::Abnormal, RerunFrom::AfterAbnormal,
                           RerunFrom::WarningOnly, RerunFrom::This, RerunFrom::ThisOnly}) {
        QAction *action =
            m_rerunMenu->addAction(rerunText(from), this, [this, from] { rerun(from); });
        action->setObjectName(QStringLiteral("rerun_%1").arg(rerunFromCode(from)));
        m_rerunActions << action;
    }
    m_rerunMenu->addSeparator();
    m_holdOnRerun = m_rerunMenu->addAction(tr("Hold after rerun"));
    m_holdOnRerun->setObjectName(QStringLiteral("holdOnRerun"));
    m_holdOnRerun->setCheckable(true);
    m_rerunButton = m_toolbar->addAction(tr("Rerun"));
    m_rerunButton->setObjectName(QStringLiteral("rerunAction"));
    m_rerunButton->setMenu(m_rerunMenu);
    if (auto *button = qobject_cast<QToolButton *>(m_toolbar->widgetForAction(m_rerunButton)))
        button->setPopupMode(QToolButton::InstantPopup);
    m_hold = m_toolbar->addAction(tr("Hold"), this, &JobnetsPage::hold);
    m_hold->setObjectName(QStringLiteral("holdAction"));
    m_release = m_toolbar->addAction(tr("Release hold"), this, &JobnetsPage::releaseHold);
    m_release->setObjectName(QStringLiteral("releaseHoldAction"));
    m_kill = m_toolbar->addAction(tr("Kill"), this, &JobnetsPage::kill);
    m_kill->setObjectName(QStringLiteral("killAction"));
    layout->addWidget(m_toolbar);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("unitTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true); // a million rows scroll without measuring each
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->resizeSection(UnitTreeModel::NameColumn, 260);
    m_view->header()->resizeSection(UnitTreeModel::TypeColumn, 150);
    m_view->header()->resizeSection(UnitTreeModel::StatusColumn, 170);
    m_view->header()->resizeSection(UnitTreeModel::AgentColumn, 120);
    m_view->header()->resizeSection(UnitTreeModel::StartColumn, 150);
    m_view->header()->resizeSection(UnitTreeModel::EndColumn, 150);
    layout->addWidget(m_view, 1);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.setToolTipsVisible(true);
        menu.addAction(m_changeStatus);
        menu.addMenu(m_rerunMenu)->setText(tr("Rerun"));
        menu.addAction(m_hold);
        menu.addAction(m_release);
        menu.addAction(m_kill);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobnetsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobnetsPage::updateActions);
    connect(m_model, &UnitTreeModel::filterApplied, this, &JobnetsPage::filterApplied);
    connect(m_model, &UnitTreeModel::filterStarted, this,
            [this] { m_matchCount->setText(tr("Filtering...")); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobnetsPage::updateActions);
    connect(&m_session, &Session::operatorChanged, this, &JobnetsPage::updateActions);
    connect(&console, &Console::regionChanged, this, &JobnetsPage::updateActions);
    // After a switch the work is in the newly active region: show it. A region the operator
    // picks afterwards stays until the next switch.
    m_followedActive = console.activeRegion();
    for (auto signal : {&Console::switchoverChanged, &Console::reloaded})
        connect(&console, signal, this, &JobnetsPage::followActiveRegion);
    connect(&console, &Console::regionChanged, this, &JobnetsPage::followActiveRegion);
    m_view->expandToDepth(0);
    updateActions();
}

void JobnetsPage::buildFilterBar(QWidget *bar)
{
    // Region, text and "needs review" on one line; the status classes below it, wrapping
    // between boxes when the window is narrow.
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    rows->addLayout(row);
    auto *classes = new FlowLayout(nullptr, 12, 2);
    rows->addLayout(classes);
    m_regionSelector = new QComboBox(bar);
    m_regionSelector->setObjectName(QStringLiteral("regionSelector"));
    for (RegionId r : kAllRegions)
        m_regionSelector->addItem(RegionNames::displayName(r), int(r));
    m_regionSelector->setCurrentIndex(regionIndex(m_model->region()));
    connect(m_regionSelector, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_model->setRegion(RegionId(m_regionSelector->itemData(i).toInt()));
        m_view->expandToDepth(0);
        updateActions();
    });
    row->addWidget(m_regionSelector);
    for (StatusClass c : {StatusClass::Running, StatusClass::Wait, StatusClass::Normal,
                          StatusClass::Warning, StatusClass::Abnormal, StatusClass::None}) {
        auto *box = new QCheckBox(statusClassName(c), bar);
        box->setObjectName(QStringLiteral("classFilter_%1").arg(statusClassCode(c)));
        box->setIcon(StatusPalette::icon(c));
        box->setChecked(true);
        box->setProperty("statusClass", int(c));
        connect(box, &QCheckBox::toggled, this, &JobnetsPage::applyFilter);
        m_classBoxes << box;
        classes->addWidget(box);
    }
    m_needsReview = new QCheckBox(tr("Needs review"), bar);
    m_needsReview->setObjectName(QStringLiteral("needsReviewFilter"));
    m_needsReview->setToolTip(
        tr("Units the disaster-recovery start marked for review, such as jobs "
           "with an unknown end status."));
    connect(m_needsReview, &QCheckBox::toggled, this, &JobnetsPage::applyFilter);
    row->addWidget(m_needsReview);
    m_text = new QLineEdit(bar);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Filter by name, path or agent"));
    m_text->setClearButtonEnabled(true);
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(250); // typing does not re-filter a million units per key
    connect(m_text, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_textTimer, &QTimer::timeout, this, &JobnetsPage::applyFilter);
    row->addWidget(m_text, 1);
    m_matchCount = new QLabel(bar);
    m_matchCount->setObjectName(QStringLiteral("matchCount"));
    row->addWidget(m_matchCount);
}

void JobnetsPage::applyFilter()
{
    UnitFilter filter;
    for (QCheckBox *box : std::as_const(m_classBoxes))
        filter.setClassShown(StatusClass(box->property("statusClass").toInt()), box->isChecked());
    filter.setText(m_text->text());
    filter.setNeedsReviewOnly(m_needsReview->isChecked());
    m_model->setFilter(filter); // filterApplied() expands, at once or when a background match ends
}

void JobnetsPage::filterApplied()
{
    // Expanding is work per visible row: everything for a focused result, the jobnets for a
    // large one (a million units must not be laid out at once).
    if (!m_model->filter().isActive())
        m_view->expandToDepth(0);
    else if (m_model->matchingUnits() <= kExpandAllLimit)
        m_view->expandAll();
    else
        m_view->expandToDepth(1);
    updateActions();
}

void JobnetsPage::followActiveRegion()
{
    const RegionId active = m_session.console().activeRegion();
    if (active == m_followedActive)
        return;
    m_followedActive = active;
    setRegion(active);
}

RegionId JobnetsPage::region() const
{
    return m_model->region();
}

void JobnetsPage::setRegion(RegionId region)
{
    m_regionSelector->setCurrentIndex(regionIndex(region));
}

void JobnetsPage::setRegionSelectorVisible(bool visible)
{
    m_regionSelector->setVisible(visible);
}

void JobnetsPage::setNeedsReviewOnly(bool on)
{
    m_needsReview->setChecked(on);
}

QList<UnitIndex> JobnetsPage::selectedUnits() const
{
    QList<UnitIndex> units;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        units << m_model->unitAt(index);
    return units;
}

bool JobnetsPage::selectUnit(UnitIndex unit)
{
    const QModelIndex index = m_model->indexOf(unit);
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QAction *JobnetsPage::rerunAction(RerunFrom from) const
{
    return m_rerunActions.value(int(from));
}

void JobnetsPage::updateActions()
{
    Console &console = m_session.console();
    const RegionId r = region();
    const RegionData &data = console.region(r);
    const QList<UnitIndex> units = selectedUnits();
    const Status base = console.checkUnitAction(m_session.op(), r);
    auto gate = [&](QAction *action, const std::function<Status(UnitIndex)> &check,
                    const QString &tip) {
        Status allowed = base;
        if (allowed)
            allowed = forAll(units, check);
        QString note = tip;
        if (allowed && data.runtime.suppressed) {
            note +=
                QLatin1Char('\n') + tr("The %1 is suppressed; jobs will not start until release.")
                                        .arg(RegionNames::displayName(r));
        }
        Session::gate(action, allowed, note);
    };
    gate(
        m_changeStatus,
        [&](UnitIndex u) -> Status {
            if (UnitActionRules::allowedTargets(data, u).isEmpty()) {
                // The most telling refusal: changing it to "normal".
                return UnitActionRules::canChangeStatus(data, u, UnitStatus::Normal);
            }
            return {};
        },
        tr("Set the status of the selected jobs"));
    for (int i = 0; i < m_rerunActions.size(); ++i) {
        const auto from = RerunFrom(i);
        gate(
            m_rerunActions[i],
            [&](UnitIndex u) -> Status {
                if (units.size() > 1)
                    return Error::usage(tr("Rerun one unit at a time."));
                return UnitActionRules::canRerun(data, u, from);
            },
            rerunText(from));
    }
    bool anyRerun = false;
    for (QAction *a : std::as_const(m_rerunActions))
        anyRerun = anyRerun || a->isEnabled();
    m_rerunButton->setEnabled(true); // the menu itself explains each variant
    m_rerunButton->setToolTip(anyRerun ? tr("Rerun the selected unit")
                                       : m_rerunActions.first()->toolTip());
    gate(
        m_hold, [&](UnitIndex u) { return UnitActionRules::canHold(data, u); },
        tr("Hold the selected units"));
    gate(
        m_release, [&](UnitIndex u) { return UnitActionRules::canReleaseHold(data, u); },
        tr("Release the hold of the selected units"));
    gate(
        m_kill, [&](UnitIndex u) { return UnitActionRules::canKill(data, u); },
        tr("Kill the selected running units"));
    if (!m_model->isFiltering())
        m_matchCount->setText(tr("%n unit(s) match", nullptr, int(m_model->matchingUnits())));
}

void JobnetsPage::changeStatus()
{
    const QList<UnitIndex> units = selectedUnits();
    if (units.isEmpty() || !m_changeStatus->isEnabled())
        return;
    const RegionId r = region();
    auto *dialog = new ChangeStatusDialog(m_session.console().region(r), units, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, units, r] {
        m_session.report(
            m_session.console().changeStatuses(m_session.op(), r, units, dialog->target()), this,
            tr("Change status"));
    });
    dialog->open();
}

void JobnetsPage::rerun(RerunFrom from)
{
    const QList<UnitIndex> units = selectedUnits();
    if (units.size() != 1)
        return;
    m_session.report(m_session.console().rerun(m_session.op(), region(), units.first(), from,
                                               m_holdOnRerun->isChecked()),
                     this, tr("Rerun"));
}

void JobnetsPage::hold()
{
    for (UnitIndex u : selectedUnits()) {
        if (!m_session.report(m_session.console().hold(m_session.op(), region(), u), this,
                              tr("Hold")))
            return;
    }
}

void JobnetsPage::releaseHold()
{
    for (UnitIndex u : selectedUnits()) {
        if (!m_session.report(m_session.console().releaseHold(m_session.op(), region(), u), this,
                              tr("Release hold")))
            return;
    }
}

void JobnetsPage::kill()
{
    const QList<UnitIndex> units = selectedUnits();
    if (units.isEmpty())
        return;
    if (!Prompts::instance().confirm(
            this, tr("Kill"),
            tr("Kill %n running unit(s)? They end as \"Killed\" (abnormal).", nullptr,
               int(units.size()))))
        return;
    for (UnitIndex u : units) {
        if (!m_session.report(m_session.console().kill(m_session.op(), region(), u), this,
                              tr("Kill")))
            return;
    }
}

} // namespace dr::ui
