#pragma once

#include "model/Role.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace dr::ui {

// Who is at the keyboard: an operator name and a role (customer or service provider). Every
// action is recorded in the audit log under this identity.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(const Operator &current, QWidget *parent = nullptr);
    Operator chosen() const;

private:
    QLineEdit *m_name;
    QRadioButton *m_customer;
    QRadioButton *m_provider;
    QDialogButtonBox *m_buttons;
};

} // namespace dr::ui
