#pragma once

#include "model/Contract.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace dr::ui {

// The service provider's contract settings: customer, service tier, DR option edition, the
// authentication linkage that blocks the DR option, and the customer's access path.
class ContractDialog : public QDialog
{
    Q_OBJECT
public:
    ContractDialog(const Contract &contract, QWidget *parent = nullptr);
    Contract contract() const;

private:
    Contract m_original;
    QLineEdit *m_customer;
    QComboBox *m_tier;
    QComboBox *m_edition;
    QCheckBox *m_authLinkage;
    QComboBox *m_access;
};

} // namespace dr::ui
