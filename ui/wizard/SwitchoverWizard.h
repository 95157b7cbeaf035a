#pragma once

#include <QWizard>

namespace dr {
class Console;
}

namespace dr::ui {

class Session;
class StepPage;

// The twelve-step procedure, one page per step. It always opens at the current step of the
// current switchover (the database holds every completed step, so closing it loses nothing) and
// can be closed and resumed at any time. The core's runbook decides; the wizard guides and shows.
class SwitchoverWizard : public QWizard
{
    Q_OBJECT
public:
    SwitchoverWizard(Session &session, QWidget *parent = nullptr);

    // The page to open at: the next step of the current run, or step 1.
    static int startStep(const Console &console);
    StepPage *stepPage(int step) const;

Q_SIGNALS:
    void switchOperatorRequested();

private:
    Session &m_session;
};

} // namespace dr::ui
