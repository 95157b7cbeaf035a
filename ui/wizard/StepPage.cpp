#include "StepPage.h"

#include "Session.h"
#include "StepTexts.h"

#include "Console.h"
#include "model/ListText.h"
#include "runbook/SwitchoverService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace dr::ui {

StepPage::StepPage(Session &session, int step, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_step(step), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("stepPage%1").arg(step));
    setTitle(tr("Step %1 of 12: %2").arg(step).arg(SwitchoverNames::stepTitle(step)));
    setCommitPage(true); // a completed step cannot be taken back
    setButtonText(QWizard::CommitButton, tr("Complete step %1").arg(step));

    auto *layout = new QVBoxLayout(this);
    m_who = new QLabel(this);
    m_who->setObjectName(QStringLiteral("whoActs"));
    m_who->setWordWrap(true);
    layout->addWidget(m_who);
    m_what = new QLabel(StepTexts::instructions(step), this);
    m_what->setObjectName(QStringLiteral("whatToDo"));
    m_what->setWordWrap(true);
    layout->addWidget(m_what);

    auto *banner = new QHBoxLayout;
    m_roleBanner = new QLabel(this);
    m_roleBanner->setObjectName(QStringLiteral("roleBanner"));
    m_roleBanner->setWordWrap(true);
    m_roleBanner->setStyleSheet(QStringLiteral("QLabel { background: #fde8b4; color: #4a3300; padding: 6px; "
                                               "border-radius: 4px; }"));
    banner->addWidget(m_roleBanner, 1);
    m_switchOperator = new QPushButton(tr("Switch operator..."), this);
    m_switchOperator->setObjectName(QStringLiteral("switchOperatorButton"));
    connect(m_switchOperator, &QPushButton::clicked, this, &StepPage::switchOperatorRequested);
    banner->addWidget(m_switchOperator, 0, Qt::AlignTop);
    layout->addLayout(banner);

    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("stepError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a31414; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(100);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        refresh();
        Q_EMIT completeChanged();
    });
    Console &console = m_session.console();
    connect(&m_session, &Session::operatorChanged, this, [this] {
        updateRole();
        Q_EMIT completeChanged();
        scheduleRefresh(); // what the page offers depends on who is signed in
    });
    connect(&console, &Console::switchoverChanged, this, &StepPage::scheduleRefresh);
    connect(&console, &Console::regionChanged, this, &StepPage::scheduleRefresh);
    connect(&console, &Console::agentsChanged, this, &StepPage::scheduleRefresh);
    connect(&console, &Console::hostsChanged, this, &StepPage::scheduleRefresh);
    connect(&console, &Console::connectionsChanged, this, &StepPage::scheduleRefresh);
    connect(&console, &Console::contractChanged, this, &StepPage::scheduleRefresh);
    connect(&console, &Console::unitsReset, this, &StepPage::scheduleRefresh);
    connect(&console, &Console::unitsChanged, this, &StepPage::scheduleRefresh);
    updateRole();
}

void StepPage::scheduleRefresh()
{
    if (isVisible() && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

int StepPage::nextId() const
{
    return m_step < 12 ? m_step + 1 : kSummaryId;
}

RegionId StepPage::target() const
{
    return SwitchoverService::targetOf(m_step);
}

RegionId StepPage::source() const
{
    return otherRegion(target());
}

const SwitchoverRun *StepPage::run() const
{
    const QList<SwitchoverRun> &runs = m_session.console().state().runs;
    return runs.isEmpty() ? nullptr : &runs.last();
}

void StepPage::updateRole()
{
    const Role role = stepInfo(m_step).role;
    m_who->setText(tr("Who acts: %1").arg(RoleNames::displayName(role)));
    const bool matches = m_session.signedIn() && m_session.op().role == role;
    m_roleBanner->setVisible(!matches);
    m_switchOperator->setVisible(!matches);
    if (!matches) {
        const QString who = m_session.signedIn() ? tr("You are signed in as %1 (%2).")
                                                       .arg(m_session.op().name, RoleNames::displayName(m_session.op().role))
                                                 : tr("No operator is signed in.");
        m_roleBanner->setText(ListText::sentences(
            who, tr("This step is done by the %1: %2 Switch operator to continue.")
                     .arg(RoleNames::displayName(role).toLower(), StepTexts::whatTheyDo(m_step))));
    }
}

bool StepPage::isComplete() const
{
    return m_session.signedIn() && m_session.op().role == stepInfo(m_step).role && stepReady();
}

void StepPage::initializePage()
{
    m_error->hide();
    updateRole();
    refresh();
}

bool StepPage::validatePage()
{
    const Status s = complete();
    if (s) {
        m_error->hide();
        return true;
    }
    m_error->setText(s.error().message);
    m_error->show();
    refresh();
    Q_EMIT completeChanged();
    return false;
}

QString StepPage::lastError() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace dr::ui
