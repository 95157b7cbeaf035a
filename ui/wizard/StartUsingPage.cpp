#include "StartUsingPage.h"

#include "RunFigures.h"
#include "Session.h"
#include "report/ReportExport.h"

#include "Console.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dr::ui {

StartUsingPage::StartUsingPage(Session &session, int step, QWidget *parent) : StepPage(session, step, parent)
{
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("runFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_figures);
    auto *exportButton = new QPushButton(tr("Export report..."), this);
    exportButton->setObjectName(QStringLiteral("exportReportButton"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (const SwitchoverRun *r = run())
            ReportExport::exportRun(this->session(), r->id, this);
    });
    body()->addWidget(exportButton, 0, Qt::AlignLeft);
    body()->addStretch();
}

void StartUsingPage::refresh()
{
    const SwitchoverRun *r = run();
    m_figures->setText(r ? RunFigures::figures(*r, session().console().clockMs()) : QString());
}

Status StartUsingPage::complete()
{
    return session().console().completeStep(session().op(), step());
}

SummaryPage::SummaryPage(Session &session, QWidget *parent) : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Switchover complete"));
    setSubTitle(tr("Operation continues in the primary environment; synchronisation to the DR environment resumes."));
    auto *layout = new QVBoxLayout(this);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("runFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    layout->addWidget(m_figures);
    m_export = new QPushButton(tr("Export report..."), this);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QList<SwitchoverRun> &runs = m_session.console().state().runs;
        if (!runs.isEmpty())
            ReportExport::exportRun(m_session, runs.last().id, this);
    });
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    layout->addStretch();
    setFinalPage(true);
}

void SummaryPage::initializePage()
{
    const QList<SwitchoverRun> &runs = m_session.console().state().runs;
    m_figures->setText(runs.isEmpty() ? QString() : RunFigures::figures(runs.last(), m_session.console().clockMs()));
}

} // namespace dr::ui
