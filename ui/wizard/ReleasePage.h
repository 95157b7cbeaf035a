#pragma once

#include "StepPage.h"

class QLabel;
class QTableWidget;

namespace dr::ui {

// Steps 5 and 11 (provider): release job execution suppression, after showing what will start
// right away (due and overdue root jobnets, jobs whose predecessors have ended).
class ReleasePage : public StepPage
{
    Q_OBJECT
public:
    ReleasePage(Session &session, int step, QWidget *parent = nullptr);

protected:
    Status complete() override;
    void refresh() override;

private:
    QLabel *m_summary;
    QTableWidget *m_pending;
    QLabel *m_nothing; // instead of an empty table
};

} // namespace dr::ui
