#pragma once

#include "model/NetworkConnection.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dr::ui {

class FieldFeedback;
class Session;

// Records how the customer's network reaches a region (domain.md §2): the kind (AWS Transit
// Gateway, on-premises Direct Connect, Azure VPN) decides which fields are shown. Checked as
// typed with Validation::connection. For Azure only whether the pre-shared key is configured is
// recorded: the console has no field for the key and never stores it.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(Session &session, RegionId region,
                     const std::optional<NetworkConnection> &existing = std::nullopt,
                     QWidget *parent = nullptr);

    NetworkConnection connection() const;
    bool isEditing() const { return m_original.id != 0; }
    QPushButton *okButton() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void saved(qint64 id);

private:
    QLineEdit *addLineRow(const QString &label, const QString &name, const QString &placeholder,
                          QWidget *extra = nullptr);
    void buildForm();
    void load(const NetworkConnection &c);
    void showKindFields();
    void validate();

    Session &m_session;
    NetworkConnection m_original;
    FieldFeedback *m_feedback;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_label = nullptr;
    QCheckBox *m_inService = nullptr;
    QLineEdit *m_awsAccount = nullptr;
    QLineEdit *m_vpc = nullptr;
    QLineEdit *m_tgwAttachment = nullptr;
    QLineEdit *m_dxGateway = nullptr;
    QLineEdit *m_azureIp = nullptr;
    QCheckBox *m_preSharedKey = nullptr;
    QLabel *m_keyNote = nullptr;
    QWidget *m_keyRow = nullptr;
    QLineEdit *m_cidr = nullptr;
    QLabel *m_configured = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dr::ui
