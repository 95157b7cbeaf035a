#include "RequestPage.h"

#include "Session.h"
#include "StepTexts.h"

#include "Console.h"
#include "engine/JapanTime.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dr::ui {

RequestPage::RequestPage(Session &session, int step, QWidget *parent) : StepPage(session, step, parent)
{
    auto *form = new QFormLayout;
    if (step == 1) {
        m_modes = new QButtonGroup(this);
        m_disaster = new QRadioButton(tr("Disaster: the primary environment is unavailable"), this);
        m_disaster->setObjectName(QStringLiteral("modeDisaster"));
        m_drill = new QRadioButton(tr("Drill: training or verification without a disaster"), this);
        m_drill->setObjectName(QStringLiteral("modeDrill"));
        m_drill->setToolTip(tr("The primary keeps its data. After the switch back it restarts from its own "
                               "data as of the drill's start: nothing done in the DR environment comes back."));
        m_modes->addButton(m_disaster, int(SwitchMode::Disaster));
        m_modes->addButton(m_drill, int(SwitchMode::Drill));
        connect(m_modes, &QButtonGroup::idToggled, this, &QWizardPage::completeChanged);
        auto *modes = new QVBoxLayout;
        modes->addWidget(m_disaster);
        modes->addWidget(m_drill);
        auto *drillHelp = new QLabel(m_drill->toolTip(), this);
        drillHelp->setWordWrap(true);
        drillHelp->setStyleSheet(QStringLiteral("color: #555;"));
        modes->addWidget(drillHelp);
        form->addRow(tr("Mode:"), modes);
    } else {
        m_modeLabel = new QLabel(this);
        m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
        form->addRow(tr("Mode:"), m_modeLabel);
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("reasonNote"));
    m_note->setPlaceholderText(step == 1 ? tr("Why the switch is requested, e.g. \"Tokyo region outage\"")
                                         : tr("Why operation can return, e.g. \"Tokyo region restored\""));
    form->addRow(tr("Reason:"), m_note);
    body()->addLayout(form);

    m_drillWarning = new QLabel(this);
    m_drillWarning->setObjectName(QStringLiteral("drillWarning"));
    m_drillWarning->setWordWrap(true);
    m_drillWarning->setTextFormat(Qt::RichText);
    m_drillWarning->setStyleSheet(QStringLiteral("QLabel { background: #fde8b4; border: 2px solid #f0a202; "
                                                 "padding: 6px; font-weight: bold; }"));
    body()->addWidget(m_drillWarning);

    auto *carried = new QGroupBox(tr("Not carried over by a switch (they start empty in the target region)"), this);
    auto *carriedLayout = new QVBoxLayout(carried);
    auto *list = new QLabel(StepTexts::bulletList(SwitchoverNames::notCarriedOver()), carried);
    list->setObjectName(QStringLiteral("notCarriedOver"));
    list->setTextFormat(Qt::RichText);
    carriedLayout->addWidget(list);
    body()->addWidget(carried);

    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("blockedReason"));
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("QLabel { background: #f8d0d0; color: #a31414; padding: 6px; }"));
    body()->addWidget(m_blocked);
    body()->addStretch();
}

SwitchMode RequestPage::mode() const
{
    if (m_modes)
        return SwitchMode(m_modes->checkedId());
    const SwitchoverRun *r = run();
    return r ? r->mode : SwitchMode::Disaster;
}

void RequestPage::refresh()
{
    const ConsoleState &st = session().console().state();
    QString blocked;
    if (step() == 1) {
        // Preselect what the situation says; the operator confirms.
        if (m_modes->checkedId() < 0)
            (st.region(RegionId::Primary).runtime.available ? m_drill : m_disaster)->setChecked(true);
        if (st.contract.authLinkage) {
            blocked = tr("This environment cannot use the disaster recovery option: job management and "
                         "system management share one authentication server (JP1 user authentication "
                         "is linked to system management), and the DR environment has no system "
                         "management to authenticate against. Ask the service desk to separate the "
                         "authentication first.");
        }
        m_drillWarning->hide();
    } else {
        m_modeLabel->setText(SwitchoverNames::modeName(mode()));
        const bool drill = mode() == SwitchMode::Drill;
        m_drillWarning->setVisible(drill);
        if (drill)
            m_drillWarning->setText(drillWarning());
        if (mode() == SwitchMode::Disaster && !st.region(RegionId::Primary).runtime.available)
            blocked = tr("The primary environment is still unavailable. Restore it (Simulation menu) before "
                         "requesting the switch back.");
    }
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());
}

QString RequestPage::drillWarning() const
{
    // Counted by the core from what was really done in the DR region since step 2.
    auto loss = session().console().drillLoss();
    const SwitchoverRun *r = run();
    const StepRecord *takeover = r ? r->step(2) : nullptr;
    return tr("Drill: nothing done in the DR environment during the drill comes back to the "
              "primary "
              "environment. These will be lost:") +
           StepTexts::bulletList(loss ? loss->lines() : QStringList{loss.error().message}) +
           tr("The primary environment restarts from its own data as of the drill's start (%1).")
               .arg(takeover ? jst::format(takeover->atMs) : QString());
}

bool RequestPage::stepReady() const
{
    return m_blocked->isHidden() && (!m_modes || m_modes->checkedId() >= 0);
}

Status RequestPage::complete()
{
    const Phase phase = step() == 1 ? Phase::Failover : Phase::Failback;
    return session().console().startSwitch(session().op(), phase, mode(), m_note->text().trimmed());
}

} // namespace dr::ui
