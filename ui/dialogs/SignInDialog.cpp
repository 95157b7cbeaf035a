#include "SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dr::ui {

SignInDialog::SignInDialog(const Operator &current, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every action is recorded in the audit log under your name and role."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(current.name, this);
    m_name->setObjectName(QStringLiteral("operatorName"));
    m_name->setMaxLength(64);
    form->addRow(tr("Operator name:"), m_name);
    m_customer = new QRadioButton(RoleNames::displayName(Role::Customer), this);
    m_customer->setObjectName(QStringLiteral("roleCustomer"));
    m_customer->setToolTip(tr("Requests switches, adjusts agents and host information, reviews jobnets."));
    m_provider = new QRadioButton(RoleNames::displayName(Role::Provider), this);
    m_provider->setObjectName(QStringLiteral("roleProvider"));
    m_provider->setToolTip(tr("Starts managers, releases job execution suppression, manages the contract."));
    (current.role == Role::Provider ? m_provider : m_customer)->setChecked(true);
    auto *roles = new QVBoxLayout;
    roles->addWidget(m_customer);
    roles->addWidget(m_provider);
    form->addRow(tr("Role:"), roles);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    update();
}

Operator SignInDialog::chosen() const
{
    return {m_name->text().trimmed(), m_provider->isChecked() ? Role::Provider : Role::Customer};
}

} // namespace dr::ui
