#pragma once

#include "StepPage.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace dr::ui {

// Steps 1 and 7 (customer): the request to switch. Step 1 chooses the mode and says what a
// drill means; both list what a switch does not carry over; in a drill, step 7 warns in plain
// words what will not come back to the primary. Refused configurations say why up front.
class RequestPage : public StepPage
{
    Q_OBJECT
public:
    RequestPage(Session &session, int step, QWidget *parent = nullptr);

    SwitchMode mode() const;

protected:
    bool stepReady() const override;
    Status complete() override;
    void refresh() override;

private:
    QString drillWarning() const;

    QRadioButton *m_disaster = nullptr;
    QRadioButton *m_drill = nullptr;
    QButtonGroup *m_modes = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLineEdit *m_note;
    QLabel *m_blocked;
    QLabel *m_drillWarning;
};

} // namespace dr::ui
