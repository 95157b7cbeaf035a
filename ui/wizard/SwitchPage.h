#pragma once

#include "StepPage.h"

class QLabel;

namespace dr::ui {

// Steps 2 and 8 (provider): start the target manager in disaster-recovery start mode, suppressed.
// Shows source and target, the data the target starts from (sync point, data-loss window, or
// the reverse copy / drill restart), and what a switch does not carry over.
class SwitchPage : public StepPage
{
    Q_OBJECT
public:
    SwitchPage(Session &session, int step, QWidget *parent = nullptr);

protected:
    Status complete() override;
    void refresh() override;

private:
    QLabel *m_direction;
    QLabel *m_data;
    QLabel *m_drillWarning;
};

} // namespace dr::ui
