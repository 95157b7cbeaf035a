#include "HostDialog.h"

#include "FieldFeedback.h"
#include "Session.h"

#include "Console.h"
#include "model/Validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace dr::ui {

namespace {

QString fieldName(Validation::Field field)
{
    switch (field) {
    case Validation::Field::HostName:
        return QStringLiteral("name");
    case Validation::Field::HostAddresses:
        return QStringLiteral("addresses");
    case Validation::Field::HostComment:
        return QStringLiteral("comment");
    default:
        return {};
    }
}

} // namespace

HostDialog::HostDialog(Session &session, RegionId region, const QString &originalName,
                       QWidget *parent)
    : QDialog(parent), m_session(session), m_region(region), m_originalName(originalName),
      m_feedback(new FieldFeedback(this))
{
    setObjectName(QStringLiteral("hostDialog"));
    setStyleSheet(FieldFeedback::styleSheet());
    setWindowTitle(
        isEditing()
            ? tr("Edit host %1 - %2").arg(m_originalName, RegionNames::displayName(m_region))
            : tr("Add host - %1").arg(RegionNames::displayName(m_region)));
    buildForm();
    if (const HostEntry *e = m_session.console().region(m_region).hosts.find(m_originalName);
        e && isEditing()) {
        m_name->setText(e->name);
        m_addresses->setText(e->addresses.join(QLatin1Char(' ')));
        m_comment->setText(e->comment);
        m_feedback->touchAll();
    }
    connect(&m_session.console(), &Console::hostsChanged, this, [this] {
        updateResolveNote();
        validate();
    });
    updateResolveNote();
    updateByteCount();
    validate();
}

void HostDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("for example ord-db01"));
    m_feedback->addRow(form, tr("Host &name:"), m_name, QStringLiteral("name"));

    m_addresses = new QLineEdit(this);
    m_addresses->setObjectName(QStringLiteral("addressesEdit"));
    m_addresses->setPlaceholderText(tr("10.20.1.21 10.20.1.22"));
    m_resolveNote = new QLabel(this);
    m_resolveNote->setObjectName(QStringLiteral("resolveNote"));
    m_resolveNote->setWordWrap(true);
    m_feedback->addRow(form, tr("&IP addresses:"), m_addresses, QStringLiteral("addresses"),
                       m_resolveNote);

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_commentBytes = new QLabel(this);
    m_commentBytes->setObjectName(QStringLiteral("commentBytes"));
    m_feedback->addRow(form, tr("&Comment:"), m_comment, QStringLiteral("comment"), m_commentBytes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    okButton()->setObjectName(QStringLiteral("okButton"));
    okButton()->setText(isEditing() ? tr("Save") : tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HostDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HostDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textEdited, this,
            [this] { m_feedback->touch(QStringLiteral("name")); });
    connect(m_addresses, &QLineEdit::textEdited, this,
            [this] { m_feedback->touch(QStringLiteral("addresses")); });
    connect(m_comment, &QLineEdit::textEdited, this,
            [this] { m_feedback->touch(QStringLiteral("comment")); });
    for (QLineEdit *edit : {m_name, m_addresses, m_comment})
        connect(edit, &QLineEdit::textChanged, this, &HostDialog::validate);
    connect(m_comment, &QLineEdit::textChanged, this, &HostDialog::updateByteCount);
    setMinimumWidth(520);
}

QPushButton *HostDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QStringList HostDialog::splitAddresses(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

HostEntry HostDialog::entry() const
{
    return {m_name->text(), splitAddresses(m_addresses->text()), m_comment->text()};
}

void HostDialog::updateResolveNote()
{
    const bool v6 = m_session.console().region(m_region).hosts.ipv6Enabled;
    m_resolveNote->setText(v6 ? tr("Separate several addresses with spaces or commas. This region "
                                   "resolves IPv4 and IPv6 (+DefaultResolve 1).")
                              : tr("Separate several addresses with spaces or commas. This region "
                                   "resolves IPv4 only (+DefaultResolve 0); allow IPv6 on the "
                                   "Host information list to add IPv6 addresses."));
}

void HostDialog::updateByteCount()
{
    m_commentBytes->setText(tr("%1 of %2 bytes (UTF-8; a Japanese character takes 3)")
                                .arg(Validation::utf8Bytes(m_comment->text()))
                                .arg(Validation::kMaxCommentBytes));
}

void HostDialog::validate()
{
    const HostTable &table = m_session.console().region(m_region).hosts;
    m_feedback->clearErrors();
    for (const Validation::FieldError &e : Validation::hostEntry(entry(), table, m_originalName))
        m_feedback->setError(fieldName(e.field), e.error.message);
    const bool ok = !m_feedback->hasErrors();
    okButton()->setEnabled(ok);
    okButton()->setToolTip(ok ? QString() : m_feedback->firstError());
}

void HostDialog::accept()
{
    validate();
    if (m_feedback->hasErrors()) {
        m_feedback->touchAll();
        return;
    }
    const HostEntry e = entry();
    Console &console = m_session.console();
    const Status status = isEditing()
                              ? console.updateHost(m_session.op(), m_region, m_originalName, e)
                              : console.addHost(m_session.op(), m_region, e);
    if (!m_session.report(status, this, tr("The host was not saved")))
        return;
    Q_EMIT saved(e.name);
    QDialog::accept();
}

} // namespace dr::ui
