#include "AgentDialog.h"

#include "ConcurrencyWindowsEditor.h"
#include "FieldFeedback.h"
#include "Session.h"

#include "Console.h"
#include "model/Validation.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>

namespace dr::ui {

namespace {

QString fieldName(Validation::Field field)
{
    switch (field) {
    case Validation::Field::AgentName:
        return QStringLiteral("name");
    case Validation::Field::AgentHost:
        return QStringLiteral("host");
    case Validation::Field::AgentWindows:
        return QStringLiteral("windows");
    case Validation::Field::AgentDescription:
        return QStringLiteral("description");
    default:
        return {};
    }
}

constexpr std::array kRestrictions{TransferRestriction::Effective, TransferRestriction::Ineffective,
                                   TransferRestriction::Hold, TransferRestriction::Blockade};

} // namespace

AgentDialog::AgentDialog(Session &session, RegionId region, const QString &originalName,
                         QWidget *parent)
    : QDialog(parent), m_session(session), m_region(region), m_originalName(originalName),
      m_feedback(new FieldFeedback(this))
{
    setObjectName(QStringLiteral("agentDialog"));
    setStyleSheet(FieldFeedback::styleSheet());
    const RegionData &data = m_session.console().region(m_region);
    const ExecutionAgent *existing = isEditing() ? data.findAgent(m_originalName) : nullptr;
    m_system = existing && existing->isSystem();
    setWindowTitle(isEditing()
                       ? tr("Edit execution agent %1 - %2")
                             .arg(m_originalName, RegionNames::displayName(m_region))
                       : tr("Add execution agent - %1").arg(RegionNames::displayName(m_region)));
    buildForm();
    load(existing ? *existing : ExecutionAgent{});
    if (isEditing())
        m_feedback->touchAll(); // an existing agent's problems show at once

    // Another window may change the region while this one is open.
    connect(&m_session.console(), &Console::agentsChanged, this, &AgentDialog::validate);
    connect(&m_session.console(), &Console::hostsChanged, this, &AgentDialog::validate);
    validate();
}

void AgentDialog::buildForm()
{
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setText(m_system ? tr("@SYSTEM is the built-in default agent on the manager host. Its "
                                 "name and host cannot change; its limits, job transfer and "
                                 "description can.")
                            : tr("Jobs name their agent in their definition (ex=). Register the "
                                 "agent in the %1 under the same name so those jobs find it there.")
                                  .arg(RegionNames::displayName(m_region)));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("for example ORDERDB"));
    m_name->setReadOnly(m_system);
    m_feedback->addRow(form, tr("Agent &name:"), m_name, QStringLiteral("name"));

    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("hostCombo"));
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    QStringList hostNames;
    for (const HostEntry &e : m_session.console().region(m_region).hosts.entries)
        hostNames << e.name;
    hostNames.sort(Qt::CaseInsensitive);
    m_host->addItems(hostNames);
    m_host->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_host->lineEdit()->setPlaceholderText(
        tr("host name from the host information, or an IP address"));
    m_host->setEnabled(!m_system);
    m_feedback->addRow(form, tr("Execution &host:"), m_host, QStringLiteral("host"));

    m_windows = new ConcurrencyWindowsEditor(this);
    m_feedback->addRow(form, tr("Concurrent &jobs:"), m_windows, QStringLiteral("windows"));

    m_restriction = new QComboBox(this);
    m_restriction->setObjectName(QStringLiteral("restrictionCombo"));
    for (TransferRestriction r : kRestrictions) {
        m_restriction->addItem(AgentNames::restrictionName(r), int(r));
        m_restriction->setItemData(m_restriction->count() - 1, restrictionHelp(r), Qt::ToolTipRole);
    }
    m_restrictionHelp = new QLabel(this);
    m_restrictionHelp->setObjectName(QStringLiteral("restrictionHelp"));
    m_restrictionHelp->setWordWrap(true);
    m_feedback->addRow(form, tr("Job &transfer:"), m_restriction, QStringLiteral("restriction"),
                       m_restrictionHelp);

    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionBytes = new QLabel(this);
    m_descriptionBytes->setObjectName(QStringLiteral("descriptionBytes"));
    m_feedback->addRow(form, tr("&Description:"), m_description, QStringLiteral("description"),
                       m_descriptionBytes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    okButton()->setObjectName(QStringLiteral("okButton"));
    okButton()->setText(isEditing() ? tr("Save") : tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AgentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AgentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textEdited, this,
            [this] { m_feedback->touch(QStringLiteral("name")); });
    connect(m_name, &QLineEdit::textChanged, this, &AgentDialog::validate);
    connect(m_host, &QComboBox::currentTextChanged, this, [this] {
        m_feedback->touch(QStringLiteral("host"));
        validate();
    });
    connect(m_windows, &ConcurrencyWindowsEditor::changed, this, [this] {
        m_feedback->touch(QStringLiteral("windows"));
        updateTabOrder();
        validate();
    });
    connect(m_restriction, &QComboBox::currentIndexChanged, this,
            &AgentDialog::updateRestrictionHelp);
    connect(m_description, &QLineEdit::textEdited, this,
            [this] { m_feedback->touch(QStringLiteral("description")); });
    connect(m_description, &QLineEdit::textChanged, this, [this] {
        updateByteCount();
        validate();
    });
    setMinimumWidth(620);
}

bool AgentDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // A window does not grow by itself for text whose height depends on its width (the
    // messages under the fields wrap), so added window rows and messages would be squeezed
    // flat: make room once the layout has taken a change in, or the width changed.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize)
        fitHeight();
    return handled;
}

void AgentDialog::fitHeight()
{
    QLayout *top = layout();
    if (!top)
        return;
    const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width())
                                                : top->totalMinimumSize().height();
    if (needed > 0 && minimumHeight() != needed)
        setMinimumHeight(needed); // grows the dialog when it is lower than that
}

void AgentDialog::updateTabOrder()
{
    QList<QWidget *> order{m_name, m_host};
    order << m_windows->focusOrder() << m_restriction << m_description;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void AgentDialog::prefill(const ExecutionAgent &agent)
{
    load(agent);
    validate();
}

void AgentDialog::load(const ExecutionAgent &agent)
{
    const QSignalBlocker blockHost(m_host);
    m_name->setText(agent.name);
    m_host->setCurrentIndex(-1);
    m_host->setEditText(agent.host);
    m_windows->setWindows(agent.windows);
    m_restriction->setCurrentIndex(m_restriction->findData(int(agent.restriction)));
    m_description->setText(agent.description);
    updateRestrictionHelp();
    updateByteCount();
    updateTabOrder();
}

QPushButton *AgentDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

ExecutionAgent AgentDialog::agent() const
{
    ExecutionAgent a;
    a.name = m_name->text();
    a.host = m_host->currentText().trimmed();
    const auto windows = m_windows->windows();
    a.windows = windows ? *windows : QList<ConcurrencyWindow>{};
    a.restriction = TransferRestriction(m_restriction->currentData().toInt());
    a.description = m_description->text();
    return a;
}

QString AgentDialog::restrictionHelp(TransferRestriction restriction)
{
    switch (restriction) {
    case TransferRestriction::Effective:
        return tr("Accepts jobs and sends them to the execution host (normal operation).");
    case TransferRestriction::Ineffective:
        return tr("New jobs for this agent are not sent: they end as Failed to start.");
    case TransferRestriction::Hold:
        return tr("Jobs are accepted but wait as Now queuing until the restriction is lifted.");
    case TransferRestriction::Blockade:
        return tr("Accepts no jobs and sends none: new jobs end as Failed to start.");
    }
    return {};
}

void AgentDialog::updateRestrictionHelp()
{
    m_restrictionHelp->setText(
        restrictionHelp(TransferRestriction(m_restriction->currentData().toInt())));
}

void AgentDialog::updateByteCount()
{
    m_descriptionBytes->setText(tr("%1 of %2 bytes (UTF-8; a Japanese character takes 3)")
                                    .arg(Validation::utf8Bytes(m_description->text()))
                                    .arg(Validation::kMaxCommentBytes));
}

void AgentDialog::validate()
{
    const RegionData &data = m_session.console().region(m_region);
    const ExecutionAgent a = agent();
    QList<Validation::FieldError> errors;
    if (m_system) {
        if (auto d = Validation::agentDescription(a.description); !d)
            errors.append({Validation::Field::AgentDescription, d.error()});
    } else {
        errors = Validation::agent(a, data.agents, data.hosts, m_originalName);
    }
    m_feedback->clearErrors();
    for (const Validation::FieldError &e : errors) {
        if (e.field != Validation::Field::AgentWindows)
            m_feedback->setError(fieldName(e.field), e.error.message);
    }
    // The rows as typed, so a limit out of range or an overlap gets the parser's own words.
    if (const auto windows = m_windows->windows(); !windows)
        m_feedback->setError(QStringLiteral("windows"), windows.error().message);
    const bool ok = !m_feedback->hasErrors();
    okButton()->setEnabled(ok);
    okButton()->setToolTip(ok ? QString() : m_feedback->firstError());
}

void AgentDialog::accept()
{
    validate();
    if (m_feedback->hasErrors()) {
        m_feedback->touchAll();
        return;
    }
    const ExecutionAgent a = agent();
    Console &console = m_session.console();
    const Status status = isEditing()
                              ? console.updateAgent(m_session.op(), m_region, m_originalName, a)
                              : console.addAgent(m_session.op(), m_region, a);
    if (!m_session.report(status, this, tr("The agent was not saved")))
        return; // stay open so the operator can correct it
    Q_EMIT saved(a.name);
    QDialog::accept();
}

} // namespace dr::ui
