#pragma once

#include "StepPage.h"

#include "runbook/Preflight.h"

class QCheckBox;
class QLabel;
class QTreeWidget;
class QVBoxLayout;

namespace dr::ui {

// Steps 4 and 10 (customer): report the recovery work complete. The pre-flight result is shown
// live; errors keep the step closed, each with a way to fix it from here; warnings need the
// acknowledgement checkbox, which is recorded with the step.
class PreflightPage : public StepPage
{
    Q_OBJECT
public:
    PreflightPage(Session &session, int step, QWidget *parent = nullptr);

    QCheckBox *acknowledge() const { return m_acknowledge; }
    enum class AgentsTab
    {
        AgentsAndHosts,
        Connections
    };
    // Opens the target region's agents and hosts (or its network connections) in a dialog:
    // the "what to fix" links.
    void openAgents(AgentsTab tab);
    // The contract settings, where the service provider records the customer's access path.
    void openContract();

protected:
    bool stepReady() const override;
    Status complete() override;
    void refresh() override;

private:
    void rebuildFixes(const PreflightResult &result);
    // The "to fix" line of an error with its buttons, or nullptr when the error has no fix here.
    QWidget *fixRow(const PreflightFinding &finding, int index);
    void registerAgent(const QString &name);

    QLabel *m_summary;
    QTreeWidget *m_findings;
    QWidget *m_fixes;
    QVBoxLayout *m_fixLayout;
    QCheckBox *m_acknowledge;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace dr::ui
