#include "ConnectionDialog.h"

#include "FieldFeedback.h"
#include "HostDialog.h"
#include "Session.h"

#include "Console.h"
#include "model/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dr::ui {

namespace {

QString fieldName(Validation::Field field)
{
    switch (field) {
    case Validation::Field::ConnectionLabel:
        return QStringLiteral("label");
    case Validation::Field::AwsAccountId:
        return QStringLiteral("awsAccount");
    case Validation::Field::VpcId:
        return QStringLiteral("vpc");
    case Validation::Field::TgwAttachmentId:
        return QStringLiteral("tgwAttachment");
    case Validation::Field::DxGatewayId:
        return QStringLiteral("dxGateway");
    case Validation::Field::AzureGatewayIp:
        return QStringLiteral("azureIp");
    case Validation::Field::CidrBlocks:
        return QStringLiteral("cidr");
    default:
        return {};
    }
}

} // namespace

ConnectionDialog::ConnectionDialog(Session &session, RegionId region,
                                   const std::optional<NetworkConnection> &existing,
                                   QWidget *parent)
    : QDialog(parent), m_session(session), m_feedback(new FieldFeedback(this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setStyleSheet(FieldFeedback::styleSheet());
    if (existing)
        m_original = *existing;
    m_original.region = region;
    setWindowTitle(isEditing()
                       ? tr("Edit network connection - %1").arg(RegionNames::displayName(region))
                       : tr("Add network connection - %1").arg(RegionNames::displayName(region)));
    buildForm();
    load(m_original);
    if (isEditing())
        m_feedback->touchAll();
    validate();
}

QLineEdit *ConnectionDialog::addLineRow(const QString &label, const QString &name,
                                        const QString &placeholder, QWidget *extra)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name + QStringLiteral("Edit"));
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(placeholder); // the example stays readable when the field is narrow
    m_feedback->addRow(m_form, label, edit, name, extra);
    connect(edit, &QLineEdit::textEdited, this, [this, name] { m_feedback->touch(name); });
    connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    return edit;
}

void ConnectionDialog::buildForm()
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (ConnectionKind k : {ConnectionKind::AwsTransitGateway,
                             ConnectionKind::OnPremisesDirectConnect, ConnectionKind::AzureVpn})
        m_kind->addItem(ConnectionNames::kindName(k), int(k));
    m_kind->setItemData(0,
                        tr("The customer's VPC is attached to the Transit Gateway the service "
                           "shares with the customer's AWS account (AWS Resource Access Manager)."),
                        Qt::ToolTipRole);
    m_kind->setItemData(1,
                        tr("The customer's router reaches the shared Transit Gateway through the "
                           "customer's AWS Direct Connect gateway."),
                        Qt::ToolTipRole);
    m_kind->setItemData(2,
                        tr("An internet VPN from the customer's Azure virtual network gateway, "
                           "set up with the connection parameters the service provides."),
                        Qt::ToolTipRole);
    m_form->addRow(tr("&Kind:"), m_kind);

    m_label =
        addLineRow(tr("&Name:"), QStringLiteral("label"), tr("for example Sakura DR VPC (Osaka)"));

    m_inService =
        new QCheckBox(tr("In &service (traffic to this region uses this connection)"), this);
    m_inService->setObjectName(QStringLiteral("inServiceCheck"));
    m_form->addRow(QString(), m_inService);

    m_awsAccount = addLineRow(tr("AWS &account ID:"), QStringLiteral("awsAccount"),
                              tr("12 digits, for example 304512987766"));
    m_vpc = addLineRow(tr("&VPC ID:"), QStringLiteral("vpc"),
                       tr("vpc- and 8 or 17 hexadecimal digits"));
    m_tgwAttachment =
        addLineRow(tr("Transit Gateway &attachment ID:"), QStringLiteral("tgwAttachment"),
                   tr("tgw-attach- and 17 hexadecimal digits"));
    m_dxGateway = addLineRow(tr("&Direct Connect gateway ID:"), QStringLiteral("dxGateway"),
                             tr("for example 5f294f92-bafb-4011-916d-9b0bec1e7c2a"));
    m_azureIp = addLineRow(tr("&Gateway public IP:"), QStringLiteral("azureIp"),
                           tr("public IPv4 address of the Azure virtual network gateway"));

    m_preSharedKey = new QCheckBox(tr("&Configured on both ends of the VPN"), this);
    m_preSharedKey->setObjectName(QStringLiteral("preSharedKeyCheck"));
    m_keyNote = new QLabel(tr("The console never asks for the pre-shared key and never stores it: "
                              "it records only whether the key has been configured."),
                           this);
    m_keyNote->setObjectName(QStringLiteral("preSharedKeyNote"));
    m_keyNote->setWordWrap(true);
    // One row for the box and its note, so hiding it for other kinds leaves no gap.
    m_keyRow = new QWidget(this);
    auto *keyLayout = new QVBoxLayout(m_keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_preSharedKey);
    keyLayout->addWidget(m_keyNote);
    m_form->addRow(tr("Pre-shared key:"), m_keyRow);

    m_cidr = addLineRow(tr("CIDR blocks:"), QStringLiteral("cidr"),
                        tr("for example 10.20.0.0/16 (separate several with spaces or commas)"));

    m_configured = new QLabel(this);
    m_configured->setObjectName(QStringLiteral("configuredNote"));
    m_configured->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    okButton()->setObjectName(QStringLiteral("okButton"));
    okButton()->setText(isEditing() ? tr("Save") : tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_configured);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showKindFields();
        validate();
    });
    connect(m_inService, &QCheckBox::toggled, this, &ConnectionDialog::validate);
    connect(m_preSharedKey, &QCheckBox::toggled, this, &ConnectionDialog::validate);
    setMinimumWidth(600);
}

void ConnectionDialog::load(const NetworkConnection &c)
{
    m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
    m_label->setText(c.label);
    m_inService->setChecked(c.enabled);
    m_awsAccount->setText(c.awsAccountId);
    m_vpc->setText(c.vpcId);
    m_tgwAttachment->setText(c.tgwAttachmentId);
    m_dxGateway->setText(c.dxGatewayId);
    m_azureIp->setText(c.azureGatewayIp);
    m_preSharedKey->setChecked(c.preSharedKeyConfigured);
    m_cidr->setText(c.cidrBlocks.join(QLatin1Char(' ')));
    showKindFields();
}

QPushButton *ConnectionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ConnectionDialog::showKindFields()
{
    const auto kind = ConnectionKind(m_kind->currentData().toInt());
    const bool aws = kind == ConnectionKind::AwsTransitGateway;
    const bool onPrem = kind == ConnectionKind::OnPremisesDirectConnect;
    const bool azure = kind == ConnectionKind::AzureVpn;
    for (const char *name : {"awsAccount", "vpc", "tgwAttachment"})
        m_form->setRowVisible(m_feedback->container(QString::fromLatin1(name)), aws);
    m_form->setRowVisible(m_feedback->container(QStringLiteral("dxGateway")), onPrem);
    m_form->setRowVisible(m_feedback->container(QStringLiteral("azureIp")), azure);
    m_form->setRowVisible(m_keyRow, azure);
    if (auto *label = qobject_cast<QLabel *>(
            m_form->labelForField(m_feedback->container(QStringLiteral("cidr"))))) {
        label->setText(aws      ? tr("VPC &CIDR blocks:")
                       : onPrem ? tr("On-premises &CIDR blocks:")
                                : tr("&Address spaces (CIDR):"));
    }
    m_cidr->setPlaceholderText(
        azure ? tr("local network gateway address spaces, e.g. 10.20.0.0/16")
              : tr("for example 10.20.0.0/16 (separate several with spaces or commas)"));
    m_cidr->setToolTip(m_cidr->placeholderText());
}

NetworkConnection ConnectionDialog::connection() const
{
    NetworkConnection c;
    c.id = m_original.id;
    c.region = m_original.region;
    c.kind = ConnectionKind(m_kind->currentData().toInt());
    c.label = m_label->text().trimmed();
    c.enabled = m_inService->isChecked();
    c.cidrBlocks = HostDialog::splitAddresses(m_cidr->text());
    // Only the chosen kind's identifiers are kept, so a changed kind leaves nothing stale behind.
    switch (c.kind) {
    case ConnectionKind::AwsTransitGateway:
        c.awsAccountId = m_awsAccount->text().trimmed();
        c.vpcId = m_vpc->text().trimmed();
        c.tgwAttachmentId = m_tgwAttachment->text().trimmed();
        break;
    case ConnectionKind::OnPremisesDirectConnect:
        c.dxGatewayId = m_dxGateway->text().trimmed();
        break;
    case ConnectionKind::AzureVpn:
        c.azureGatewayIp = m_azureIp->text().trimmed();
        c.preSharedKeyConfigured = m_preSharedKey->isChecked();
        break;
    }
    return c;
}

void ConnectionDialog::validate()
{
    const NetworkConnection c = connection();
    m_feedback->clearErrors();
    for (const Validation::FieldError &e : Validation::connection(c))
        m_feedback->setError(fieldName(e.field), e.error.message);
    const bool ok = !m_feedback->hasErrors();
    okButton()->setEnabled(ok);
    okButton()->setToolTip(ok ? QString() : m_feedback->firstError());
    if (!ok)
        m_configured->clear();
    else if (c.isConfigured())
        m_configured->setText(tr("With these values the connection counts as configured: a switch "
                                 "to this region can use it."));
    else if (!c.enabled)
        m_configured->setText(tr("Not in service: a switch to this region will not count on this "
                                 "connection."));
    else
        m_configured->setText(tr("Not configured yet: the pre-shared key is not configured. A "
                                 "switch to this region needs a configured connection."));
}

void ConnectionDialog::accept()
{
    validate();
    if (m_feedback->hasErrors()) {
        m_feedback->touchAll();
        return;
    }
    const auto result = m_session.console().saveConnection(m_session.op(), connection());
    if (!result) {
        m_session.report(result.error(), this, tr("The connection was not saved"));
        return; // stay open so the operator can correct it
    }
    Q_EMIT saved(result->id);
    QDialog::accept();
}

} // namespace dr::ui
