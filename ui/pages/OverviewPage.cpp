#include "OverviewPage.h"

#include "Session.h"
#include "widgets/RegionCard.h"

#include "Console.h"
#include "engine/JapanTime.h"
#include "model/AuditAction.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dr::ui {

OverviewPage::OverviewPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("overviewTab"));
    Console &console = session.console();
    // Everything in one scroll area: a small window scrolls instead of squeezing the cards'
    // lines into each other (the cards report the height their wrapped text needs).
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("overviewContent"));
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    auto *cards = new QHBoxLayout;
    m_primary = new RegionCard(console, RegionId::Primary, content);
    m_dr = new RegionCard(console, RegionId::Dr, content);
    cards->addWidget(m_primary, 1);
    cards->addWidget(m_dr, 1);
    for (RegionCard *card : {m_primary, m_dr})
        connect(card, &RegionCard::preflightRequested, this, &OverviewPage::preflightRequested);
    layout->addLayout(cards);

    auto *lower = new QHBoxLayout;
    auto *switchBox = new QGroupBox(tr("Switchover"), content);
    auto *switchLayout = new QVBoxLayout(switchBox);
    m_switchover = new QLabel(switchBox);
    m_switchover->setObjectName(QStringLiteral("switchoverSummary"));
    m_switchover->setWordWrap(true);
    m_switchover->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    switchLayout->addWidget(m_switchover, 1);
    m_wizard = new QPushButton(tr("Open the switchover wizard..."), switchBox);
    m_wizard->setObjectName(QStringLiteral("overviewWizardButton"));
    connect(m_wizard, &QPushButton::clicked, this, &OverviewPage::wizardRequested);
    switchLayout->addWidget(m_wizard, 0, Qt::AlignLeft);
    lower->addWidget(switchBox, 1);
    auto *activityBox = new QGroupBox(tr("Recent activity"), content);
    auto *activityLayout = new QVBoxLayout(activityBox);
    // Whole sentences, re-wrapped when the width changes (a list view would cut them off).
    m_activity = new QTextBrowser(activityBox);
    m_activity->setObjectName(QStringLiteral("recentActivity"));
    m_activity->setOpenLinks(false);
    m_activity->setMinimumHeight(110);
    activityLayout->addWidget(m_activity);
    lower->addWidget(activityBox, 1);
    layout->addLayout(lower, 1);

    connect(&console, &Console::switchoverChanged, this, &OverviewPage::refreshSwitchover);
    connect(&console, &Console::regionChanged, this, &OverviewPage::refreshSwitchover);
    connect(&session, &Session::operatorChanged, this, &OverviewPage::refreshSwitchover);
    connect(&console, &Console::auditAppended, this, &OverviewPage::refreshActivity);
    connect(&console, &Console::reloaded, this, &OverviewPage::refreshActivity);
    refreshSwitchover();
    refreshActivity();
}

RegionCard *OverviewPage::card(RegionId region) const
{
    return region == RegionId::Primary ? m_primary : m_dr;
}

void OverviewPage::refreshSwitchover()
{
    Console &console = m_session.console();
    const SwitchoverRun *run = console.currentRun();
    QStringList lines;
    if (!run) {
        lines << tr("No switchover is in progress. Operation runs in the %1.")
                     .arg(RegionNames::displayName(console.activeRegion()));
        lines << tr(
            "In a wide-area disaster, or for a drill, the customer requests the switch (step 1).");
    } else {
        const int next = run->nextStep();
        lines << tr("Run %1 (%2): %3")
                     .arg(run->id)
                     .arg(SwitchoverNames::modeName(run->mode),
                          SwitchoverNames::phaseName(run->reachedPhase()));
        if (next == 7) {
            lines << tr("The failover is complete; operation runs in the %1 until the customer "
                        "requests the switch back.")
                         .arg(RegionNames::displayName(console.activeRegion()));
        }
        lines << tr("Next: step %1 of 12, %2").arg(next).arg(SwitchoverNames::stepTitle(next));
        const Role role = stepInfo(next).role;
        lines << tr("To be done by: %1").arg(RoleNames::displayName(role));
        if (m_session.signedIn() && m_session.op().role != role)
            lines << tr("You are signed in as the %1; the %2 acts next.")
                         .arg(RoleNames::displayName(m_session.op().role).toLower(),
                              RoleNames::displayName(role).toLower());
    }
    m_switchover->setText(lines.join(QLatin1Char('\n')));
}

void OverviewPage::refreshActivity()
{
    auto entries = m_session.console().auditEntries({-1, QString(), 12});
    if (!entries)
        return;
    QStringList paragraphs; // newest first, one paragraph (one text block) per entry
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        paragraphs << QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                          .arg(tr("%1  %2 (%3)  %4: %5")
                                   .arg(jst::format(it->atMs), it->operatorName,
                                        RoleNames::displayName(it->role),
                                        AuditActions::displayName(it->action),
                                        AuditActions::displayDetails(it->details))
                                   .toHtmlEscaped());
    }
    m_activity->setHtml(paragraphs.join(QString()));
}

} // namespace dr::ui
