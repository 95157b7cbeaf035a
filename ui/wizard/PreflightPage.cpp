#include "PreflightPage.h"

#include "Session.h"
#include "dialogs/AgentDialog.h"
#include "dialogs/ContractDialog.h"
#include "dialogs/PreflightDialog.h"
#include "pages/AgentsPage.h"
#include "pages/ConnectionListPanel.h"

#include "Console.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dr::ui {

PreflightPage::PreflightPage(Session &session, int step, QWidget *parent) : StepPage(session, step, parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_summary->setWordWrap(true);
    body()->addWidget(m_summary);
    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("preflightFindings"));
    body()->addWidget(m_findings, 1);
    m_fixes = new QWidget(this);
    m_fixes->setObjectName(QStringLiteral("preflightFixes"));
    m_fixLayout = new QVBoxLayout(m_fixes);
    m_fixLayout->setContentsMargins(0, 0, 0, 0);
    body()->addWidget(m_fixes);
    m_acknowledge = new QCheckBox(tr("I have read the warnings and accept them"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeWarnings"));
    connect(m_acknowledge, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    body()->addWidget(m_acknowledge);
}

void PreflightPage::refresh()
{
    const PreflightResult result = session().console().preflight(target());
    m_errors = result.count(Severity::Error);
    m_warnings = result.count(Severity::Warning);
    PreflightDialog::fill(m_findings, result);
    m_findings->expandAll();
    m_summary->setText(
        m_errors > 0
            ? tr("Pre-flight check of the %1: %n error(s) must be fixed before the recovery work "
                 "can be reported complete.",
                 nullptr, m_errors)
                  .arg(RegionNames::displayName(target()))
        : m_warnings > 0
            ? tr("Pre-flight check of the %1: no errors; %n warning(s) to acknowledge.", nullptr,
                 m_warnings)
                  .arg(RegionNames::displayName(target()))
            : tr("Pre-flight check of the %1: no problems found.")
                  .arg(RegionNames::displayName(target())));
    m_acknowledge->setVisible(m_warnings > 0);
    rebuildFixes(result);
}

void PreflightPage::rebuildFixes(const PreflightResult &result)
{
    while (QLayoutItem *item = m_fixLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int fixes = 0;
    for (const PreflightFinding &f : result.of(Severity::Error)) {
        QWidget *row = fixRow(f, fixes);
        if (!row)
            continue;
        m_fixLayout->addWidget(row);
        ++fixes;
    }
    m_fixes->setVisible(fixes > 0);
}

QWidget *PreflightPage::fixRow(const PreflightFinding &f, int index)
{
    const bool missing = f.code == QLatin1String("agent-missing");
    const bool unresolved = f.code == QLatin1String("host-unresolved");
    const bool noConnection = f.code == QLatin1String("no-connection");
    const bool internetOnly = f.code == QLatin1String("internet-only");
    if (!missing && !unresolved && !noConnection && !internetOnly)
        return nullptr;
    auto *row = new QWidget(m_fixes);
    row->setObjectName(QStringLiteral("fix_%1").arg(f.code));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString what =
        missing      ? tr("Agent \"%1\" is not registered here.").arg(f.subject)
        : unresolved ? tr("\"%1\" does not resolve here.").arg(f.subject)
        : noConnection
            ? tr("The %1 has no network connection.").arg(RegionNames::displayName(target()))
            : tr("The customer's access is internet-only.");
    auto *label = new QLabel(tr("To fix: %1").arg(what), row);
    label->setWordWrap(true);
    layout->addWidget(label, 1);
    auto button = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, row);
        b->setObjectName(name);
        layout->addWidget(b);
        return b;
    };
    const Status agentsAllowed =
        session().console().checkPermission(session().op(), Action::AgentChange);
    if (missing) {
        const QString name = f.subject;
        QPushButton *add = button(tr("Register agent %1...").arg(name),
                                  QStringLiteral("registerAgent_%1").arg(name));
        Session::gate(add, agentsAllowed);
        connect(add, &QPushButton::clicked, this, [this, name] { registerAgent(name); });
        if (session().console().region(source()).findAgent(name)) {
            QPushButton *copy =
                button(tr("Copy it from the %1").arg(RegionNames::displayName(source())),
                       QStringLiteral("copyAgent_%1").arg(name));
            Session::gate(copy, agentsAllowed);
            connect(copy, &QPushButton::clicked, this, [this, name] {
                session().report(session().console().copyAgents(session().op(), source(), target(),
                                                                false, {name}),
                                 this, tr("Copy agent"));
            });
        }
    } else if (unresolved) {
        connect(button(tr("Open agents and hosts..."), QStringLiteral("openAgents_%1").arg(index)),
                &QPushButton::clicked, this, [this] { openAgents(AgentsTab::AgentsAndHosts); });
    } else {
        connect(button(tr("Open network connections..."),
                       QStringLiteral("openConnections_%1").arg(index)),
                &QPushButton::clicked, this, [this] { openAgents(AgentsTab::Connections); });
    }
    if (internetOnly) {
        // The access path is part of the contract, which the service provider changes.
        QPushButton *contract = button(tr("Contract settings..."), QStringLiteral("openContract"));
        Session::gate(contract,
                      session().console().checkPermission(session().op(), Action::ContractChange));
        connect(contract, &QPushButton::clicked, this, &PreflightPage::openContract);
    }
    return row;
}

void PreflightPage::registerAgent(const QString &name)
{
    auto *dialog = new AgentDialog(session(), target(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ExecutionAgent *model = session().console().region(source()).findAgent(name);
    ExecutionAgent agent = model ? *model : ExecutionAgent{};
    agent.name = name;
    dialog->prefill(agent);
    dialog->open();
}

void PreflightPage::openAgents(AgentsTab tab)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("fixAgentsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Agents and hosts of the %1").arg(RegionNames::displayName(target())));
    auto *layout = new QVBoxLayout(dialog);
    auto *page = new AgentsPage(session(), dialog);
    page->setRegion(target());
    page->setRegionSelectorVisible(false);
    if (tab == AgentsTab::Connections)
        page->tabs()->setCurrentWidget(page->connectionPanel());
    layout->addWidget(page, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(1000, 640);
    dialog->open();
}

void PreflightPage::openContract()
{
    auto *dialog = new ContractDialog(session().console().state().contract, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        session().report(session().console().updateContract(session().op(), dialog->contract()),
                         this, tr("Contract settings"));
    });
    dialog->open();
}

bool PreflightPage::stepReady() const
{
    return m_errors == 0 && (m_warnings == 0 || m_acknowledge->isChecked());
}

Status PreflightPage::complete()
{
    StepOptions options;
    options.acknowledgeWarnings = m_acknowledge->isChecked();
    return session().console().completeStep(session().op(), step(), options);
}

} // namespace dr::ui
