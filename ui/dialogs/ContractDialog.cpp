#include "ContractDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dr::ui {

ContractDialog::ContractDialog(const Contract &contract, QWidget *parent) : QDialog(parent), m_original(contract)
{
    setObjectName(QStringLiteral("contractDialog"));
    setWindowTitle(tr("Contract settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_customer = new QLineEdit(contract.customerName, this);
    m_customer->setObjectName(QStringLiteral("customerName"));
    form->addRow(tr("Customer:"), m_customer);
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("primaryTier"));
    for (ServiceTier t : {ServiceTier::Standard, ServiceTier::Enterprise})
        m_tier->addItem(RegionNames::tierName(t), int(t));
    m_tier->setCurrentIndex(m_tier->findData(int(contract.primaryTier)));
    form->addRow(tr("Primary service tier:"), m_tier);
    m_edition = new QComboBox(this);
    m_edition->setObjectName(QStringLiteral("drEdition"));
    for (DrEdition e : {DrEdition::Standard, DrEdition::Enterprise})
        m_edition->addItem(ContractNames::editionName(e), int(e));
    m_edition->setCurrentIndex(m_edition->findData(int(contract.drEdition)));
    form->addRow(tr("DR option edition:"), m_edition);
    m_authLinkage = new QCheckBox(tr("Job management and system management share one authentication server"), this);
    m_authLinkage->setObjectName(QStringLiteral("authLinkage"));
    m_authLinkage->setToolTip(tr("JP1 user authentication linked to system management. The DR option "
                                 "cannot be used in this configuration: a switch is refused at step 1."));
    m_authLinkage->setChecked(contract.authLinkage);
    form->addRow(tr("Authentication:"), m_authLinkage);
    m_access = new QComboBox(this);
    m_access->setObjectName(QStringLiteral("accessPath"));
    for (AccessPath a : {AccessPath::ClosedNetwork, AccessPath::InternetOnly})
        m_access->addItem(ContractNames::accessPathName(a), int(a));
    m_access->setCurrentIndex(m_access->findData(int(contract.accessPath)));
    m_access->setToolTip(tr("The DR environment accepts closed-network access only."));
    form->addRow(tr("Customer access:"), m_access);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_customer, &QLineEdit::textChanged, this, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
    layout->addWidget(buttons);
}

Contract ContractDialog::contract() const
{
    Contract c = m_original;
    c.customerName = m_customer->text().trimmed();
    c.primaryTier = ServiceTier(m_tier->currentData().toInt());
    c.drEdition = DrEdition(m_edition->currentData().toInt());
    c.authLinkage = m_authLinkage->isChecked();
    c.accessPath = AccessPath(m_access->currentData().toInt());
    return c;
}

} // namespace dr::ui
