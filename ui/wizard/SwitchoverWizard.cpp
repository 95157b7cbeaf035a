#include "SwitchoverWizard.h"

#include "PreflightPage.h"
#include "RecoveryPage.h"
#include "ReleasePage.h"
#include "RequestPage.h"
#include "Session.h"
#include "StartUsingPage.h"
#include "SwitchPage.h"

#include "Console.h"

namespace dr::ui {

SwitchoverWizard::SwitchoverWizard(Session &session, QWidget *parent) : QWizard(parent), m_session(session)
{
    setObjectName(QStringLiteral("switchoverWizard"));
    setWindowTitle(tr("Switchover"));
    setWizardStyle(QWizard::ModernStyle);
    // Completed steps cannot be taken back, so there is no Back button at all.
    setButtonLayout({QWizard::Stretch, QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton,
                     QWizard::CancelButton});
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CancelButton, tr("Close (resume later)"));
    setButtonText(QWizard::FinishButton, tr("Close"));
    for (int step = 1; step <= 12; ++step) {
        StepPage *page = nullptr;
        switch ((step - 1) % 6 + 1) {
        case 1: page = new RequestPage(session, step, this); break;
        case 2: page = new SwitchPage(session, step, this); break;
        case 3: page = new RecoveryPage(session, step, this); break;
        case 4: page = new PreflightPage(session, step, this); break;
        case 5: page = new ReleasePage(session, step, this); break;
        case 6: page = new StartUsingPage(session, step, this); break;
        }
        connect(page, &StepPage::switchOperatorRequested, this, &SwitchoverWizard::switchOperatorRequested);
        setPage(step, page);
    }
    setPage(StepPage::kSummaryId, new SummaryPage(session, this));
    setStartId(startStep(session.console()));
    // Room for the recovery work of steps 3 and 9 (two tables and their tools) at once.
    resize(1180, 860);
}

int SwitchoverWizard::startStep(const Console &console)
{
    const SwitchoverRun *run = console.currentRun();
    return run && run->nextStep() > 0 ? run->nextStep() : 1;
}

StepPage *SwitchoverWizard::stepPage(int step) const
{
    return qobject_cast<StepPage *>(page(step));
}

} // namespace dr::ui
