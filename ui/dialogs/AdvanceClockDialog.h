#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dr::ui {

// "Advance by...": a duration such as 90s, 15m, 2h or 1d, with presets.
class AdvanceClockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AdvanceClockDialog(QWidget *parent = nullptr);
    qint64 durationMs() const;

private:
    void validate();

    QLineEdit *m_duration;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace dr::ui
