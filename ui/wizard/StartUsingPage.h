#pragma once

#include "StepPage.h"

class QLabel;
class QPushButton;

namespace dr::ui {

// Steps 6 and 12 (customer): start using the target region; the run's figures so far (RTO,
// RPO / data loss, step durations, actors) and the report.
class StartUsingPage : public StepPage
{
    Q_OBJECT
public:
    StartUsingPage(Session &session, int step, QWidget *parent = nullptr);

protected:
    Status complete() override;
    void refresh() override;

private:
    QLabel *m_figures;
};

// The page after step 12: the completed switchover's figures and "Export report...".
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    SummaryPage(Session &session, QWidget *parent = nullptr);
    void initializePage() override;
    int nextId() const override { return -1; }
    QPushButton *exportButton() const { return m_export; }

private:
    Session &m_session;
    QLabel *m_figures;
    QPushButton *m_export;
};

} // namespace dr::ui
