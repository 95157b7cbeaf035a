#pragma once

#include "model/Region.h"
#include "model/Result.h"
#include "model/Switchover.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace dr::ui {

class Session;

// One step of the switchover wizard: its number and title, who must act, what to do, and the
// data needed to do it (in subclasses). Completing the page completes the step in the core;
// a refusal stays on the page with the core's reason. When the signed-in role is not the
// step's role, the page says who must act and offers to switch operator; Next stays disabled.
class StepPage : public QWizardPage
{
    Q_OBJECT
public:
    StepPage(Session &session, int step, QWidget *parent = nullptr);

    static constexpr int kSummaryId = 13;

    int step() const { return m_step; }
    int nextId() const override;
    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;
    QString lastError() const;

Q_SIGNALS:
    void switchOperatorRequested();

protected:
    Session &session() const { return m_session; }
    // The region this phase brings into use (DR for 1-6, primary for 7-12) and the other one.
    RegionId target() const;
    RegionId source() const;
    const SwitchoverRun *run() const;
    QVBoxLayout *body() const { return m_body; }

    // The step's own readiness beyond the role (e.g. pre-flight errors fixed).
    virtual bool stepReady() const { return true; }
    // Performs the step through the facade.
    virtual Status complete() = 0;
    // Re-reads what the page shows (called on entry and when the console changes).
    virtual void refresh() {}
    // Schedules a refresh, coalescing bursts of console signals.
    void scheduleRefresh();

private:
    void updateRole();

    Session &m_session;
    int m_step;
    QLabel *m_who;
    QLabel *m_what;
    QLabel *m_roleBanner;
    QPushButton *m_switchOperator;
    QLabel *m_error;
    QVBoxLayout *m_body;
    QTimer *m_refreshTimer;
};

} // namespace dr::ui
