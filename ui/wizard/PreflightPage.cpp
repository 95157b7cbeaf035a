#include "PreflightPage.h"

#include "Session.h"
#include "dialogs/AgentDialog.h"
#include "dialogs/PreflightDialog.h"
#include "pages/AgentsPage.h"

#include "Console.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
    m_summary->setText(m_errors > 0
                           ? tr("Pre-flight check of the %1: %2 error(s) must be fixed before the recovery work "
                                "can be reported complete.")
                                 .arg(RegionNames::displayName(target()))
                                 .arg(m_errors)
                           : m_warnings > 0 ? tr("Pre-flight check of the %1: no errors; %2 warning(s) to acknowledge.")
                                                  .arg(RegionNames::displayName(target()))
                                                  .arg(m_warnings)
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
    const RegionData &other = session().console().region(source());
    const Status allowed = session().console().checkPermission(session().op(), Action::AgentChange);
    int fixes = 0;
    for (const PreflightFinding &f : result.of(Severity::Error)) {
        if (f.code != QLatin1String("agent-missing") && f.code != QLatin1String("host-unresolved") &&
            f.code != QLatin1String("no-connection"))
            continue;
        auto *row = new QWidget(m_fixes);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(tr("To fix: %1").arg(f.subject), row);
        layout->addWidget(label, 1);
        if (f.code == QLatin1String("agent-missing")) {
            auto *add = new QPushButton(tr("Register agent %1...").arg(f.subject), row);
            add->setObjectName(QStringLiteral("registerAgent_%1").arg(f.subject));
            Session::gate(add, allowed);
            const QString name = f.subject;
            connect(add, &QPushButton::clicked, this, [this, name] {
                auto *dialog = new AgentDialog(session(), target(), QString(), this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                const ExecutionAgent *model = session().console().region(source()).findAgent(name);
                ExecutionAgent agent = model ? *model : ExecutionAgent{};
                agent.name = name;
                dialog->prefill(agent);
                dialog->open();
            });
            layout->addWidget(add);
            if (other.findAgent(f.subject)) {
                auto *copy = new QPushButton(tr("Copy it from the %1").arg(RegionNames::displayName(source())), row);
                copy->setObjectName(QStringLiteral("copyAgent_%1").arg(f.subject));
                Session::gate(copy, allowed);
                connect(copy, &QPushButton::clicked, this, [this, name] {
                    session().report(session().console().copyAgents(session().op(), source(), target(), false, {name}),
                                     this, tr("Copy agent"));
                });
                layout->addWidget(copy);
            }
        } else {
            auto *open = new QPushButton(tr("Open agents and hosts..."), row);
            open->setObjectName(QStringLiteral("openAgents_%1").arg(fixes));
            connect(open, &QPushButton::clicked, this, &PreflightPage::openAgents);
            layout->addWidget(open);
        }
        m_fixLayout->addWidget(row);
        ++fixes;
    }
    m_fixes->setVisible(fixes > 0);
}

void PreflightPage::openAgents()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("fixAgentsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Agents and hosts of the %1").arg(RegionNames::displayName(target())));
    auto *layout = new QVBoxLayout(dialog);
    auto *page = new AgentsPage(session(), dialog);
    page->setRegion(target());
    page->setRegionSelectorVisible(false);
    layout->addWidget(page, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(1000, 640);
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
