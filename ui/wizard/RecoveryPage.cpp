#include "RecoveryPage.h"

#include "OverdueTable.h"
#include "RunFigures.h"
#include "Session.h"
#include "pages/AgentsPage.h"
#include "pages/JobnetsPage.h"

#include "Console.h"
#include "model/ListText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dr::ui {

RecoveryPage::RecoveryPage(Session &session, int step, QWidget *parent)
    : StepPage(session, step, parent)
{
    // The start summary stays short (its rule table folds away) so that the recovery tools
    // below keep most of the page.
    auto *summaryRow = new QHBoxLayout;
    m_startSummary = new QLabel(this);
    m_startSummary->setObjectName(QStringLiteral("startSummary"));
    m_startSummary->setWordWrap(true);
    m_startSummary->setTextFormat(Qt::RichText);
    summaryRow->addWidget(m_startSummary, 1);
    m_showRules = new QToolButton(this);
    m_showRules->setObjectName(QStringLiteral("showStartRules"));
    m_showRules->setCheckable(true);
    m_showRules->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showRules->setArrowType(Qt::RightArrow);
    m_showRules->setText(tr("Rules applied"));
    summaryRow->addWidget(m_showRules, 0, Qt::AlignTop);
    body()->addLayout(summaryRow);
    m_startRules = new QLabel(this);
    m_startRules->setObjectName(QStringLiteral("startRules"));
    m_startRules->setTextFormat(Qt::RichText);
    m_startRules->hide();
    body()->addWidget(m_startRules);
    connect(m_showRules, &QToolButton::toggled, this, [this](bool on) {
        m_startRules->setVisible(on);
        m_showRules->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("recoveryTabs"));
    m_agents = new AgentsPage(session, m_tabs);
    m_agents->setRegion(target());
    m_agents->setRegionSelectorVisible(false);
    m_tabs->addTab(m_agents, tr("1. Agents and host information"));
    m_review = new JobnetsPage(session, m_tabs);
    m_review->setRegion(target());
    m_review->setRegionSelectorVisible(false);
    m_review->setNeedsReviewOnly(true);
    m_tabs->addTab(m_review, tr("2. Units needing review"));
    m_overdue = new OverdueTable(session, m_tabs);
    m_overdue->setRegion(target());
    m_tabs->addTab(m_overdue, tr("3. Overdue jobnets"));
    // The summary's overdue count and the tab's are the same live count.
    connect(m_overdue, &OverdueTable::countChanged, this, [this](int overdue) {
        m_tabs->setTabText(2, tr("3. Overdue jobnets (%1)").arg(overdue));
        updateStartSummary();
    });
    body()->addWidget(m_tabs, 1);
}

void RecoveryPage::updateStartSummary()
{
    const SwitchoverRun *r = run();
    const StepRecord *start = r ? r->step(step() - 1) : nullptr;
    if (start) {
        const QJsonObject drStart = start->details.value(QStringLiteral("drStart")).toObject();
        m_startSummary->setText(
            ListText::sentences(tr("<b>The %1 manager started in disaster-recovery start mode.</b>")
                                    .arg(RegionNames::displayName(target())),
                                RunFigures::startSentences(*start, m_overdue->overdueCount())));
        m_startRules->setText(RunFigures::startRules(drStart));
    }
    m_startSummary->setVisible(start != nullptr);
    m_showRules->setVisible(start != nullptr);
    m_startRules->setVisible(start != nullptr && m_showRules->isChecked());
}

void RecoveryPage::refresh()
{
    m_overdue->refresh();
    updateStartSummary();
    int review = 0;
    const RegionData &region = session().console().region(target());
    for (const UnitState &s : region.states)
        review += s.has(FlagNeedsReview) ? 1 : 0;
    // A short review list is shown unfolded: the units themselves are what the operator needs.
    if (review <= kUnfoldReview)
        QTimer::singleShot(0, m_review->view(), &QTreeView::expandAll);
    m_tabs->setTabText(1, tr("2. Units needing review (%1)").arg(review));
    m_tabs->setTabText(2, tr("3. Overdue jobnets (%1)").arg(m_overdue->overdueCount()));
}

Status RecoveryPage::complete()
{
    return session().console().completeStep(session().op(), step());
}

} // namespace dr::ui
