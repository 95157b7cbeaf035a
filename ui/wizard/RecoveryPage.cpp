#include "RecoveryPage.h"

#include "OverdueTable.h"
#include "RunFigures.h"
#include "Session.h"
#include "pages/AgentsPage.h"
#include "pages/JobnetsPage.h"

#include "Console.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dr::ui {

RecoveryPage::RecoveryPage(Session &session, int step, QWidget *parent) : StepPage(session, step, parent)
{
    m_startSummary = new QLabel(this);
    m_startSummary->setObjectName(QStringLiteral("startSummary"));
    m_startSummary->setWordWrap(true);
    m_startSummary->setTextFormat(Qt::RichText);
    body()->addWidget(m_startSummary);
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
    body()->addWidget(m_tabs, 1);
}

void RecoveryPage::refresh()
{
    const SwitchoverRun *r = run();
    const StepRecord *start = r ? r->step(step() - 1) : nullptr;
    if (start) {
        m_startSummary->setText(tr("<b>The %1 manager started in disaster-recovery start mode.</b>")
                                    .arg(RegionNames::displayName(target())) +
                                RunFigures::startSummary(start->details.value(QStringLiteral("drStart")).toObject()));
    }
    m_startSummary->setVisible(start != nullptr);
    m_overdue->refresh();
    int review = 0;
    const RegionData &region = session().console().region(target());
    for (const UnitState &s : region.states)
        review += s.has(FlagNeedsReview) ? 1 : 0;
    m_tabs->setTabText(1, tr("2. Units needing review (%1)").arg(review));
    m_tabs->setTabText(2, tr("3. Overdue jobnets (%1)").arg(m_overdue->overdueCount()));
}

Status RecoveryPage::complete()
{
    return session().console().completeStep(session().op(), step());
}

} // namespace dr::ui
