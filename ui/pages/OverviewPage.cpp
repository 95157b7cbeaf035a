#include "OverviewPage.h"

#include "Session.h"
#include "widgets/RegionCard.h"

#include "Console.h"
#include "engine/JapanTime.h"
#include "model/AuditAction.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dr::ui {

OverviewPage::OverviewPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("overviewTab"));
    Console &console = session.console();
    auto *layout = new QVBoxLayout(this);
    auto *cards = new QHBoxLayout;
    m_primary = new RegionCard(console, RegionId::Primary, this);
    m_dr = new RegionCard(console, RegionId::Dr, this);
    cards->addWidget(m_primary);
    cards->addWidget(m_dr);
    for (RegionCard *card : {m_primary, m_dr})
        connect(card, &RegionCard::preflightRequested, this, &OverviewPage::preflightRequested);
    layout->addLayout(cards, 3);

    auto *lower = new QHBoxLayout;
    auto *switchBox = new QGroupBox(tr("Switchover"), this);
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
    auto *activityBox = new QGroupBox(tr("Recent activity"), this);
    auto *activityLayout = new QVBoxLayout(activityBox);
    m_activity = new QListWidget(activityBox);
    m_activity->setObjectName(QStringLiteral("recentActivity"));
    m_activity->setWordWrap(true);
    activityLayout->addWidget(m_activity);
    lower->addWidget(activityBox, 1);
    layout->addLayout(lower, 2);

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
                          SwitchoverNames::phaseName(run->phase()));
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
    m_activity->clear();
    auto entries = m_session.console().auditEntries({-1, QString(), 12});
    if (!entries)
        return;
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        m_activity->addItem(tr("%1  %2 (%3)  %4: %5")
                                .arg(jst::format(it->atMs), it->operatorName,
                                     RoleNames::displayName(it->role),
                                     AuditActions::displayName(it->action),
                                     AuditActions::displayDetails(it->details)));
    }
}

} // namespace dr::ui
