#include "RunbookPage.h"

#include "Session.h"
#include "models/RunbookModel.h"

#include "Console.h"
#include "engine/JapanTime.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dr::ui {

RunbookPage::RunbookPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new RunbookModel(session.console(), this))
{
    setObjectName(QStringLiteral("runbookPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_runSelector = new QComboBox(this);
    m_runSelector->setObjectName(QStringLiteral("runSelector"));
    // Runs are described in a sentence; the list shows it whole, the box gives way.
    m_runSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runSelector->setMinimumContentsLength(24);
    top->addWidget(new QLabel(tr("Switchover:"), this));
    top->addWidget(m_runSelector, 1);
    m_wizard = new QPushButton(tr("Open the switchover wizard..."), this);
    m_wizard->setObjectName(QStringLiteral("openWizardButton"));
    connect(m_wizard, &QPushButton::clicked, this, &RunbookPage::wizardRequested);
    top->addWidget(m_wizard);
    m_report = new QPushButton(tr("Export report..."), this);
    m_report->setObjectName(QStringLiteral("exportReportButton"));
    connect(m_report, &QPushButton::clicked, this, [this] {
        const SwitchoverRun *run = m_model->run();
        if (run)
            Q_EMIT reportRequested(run->id);
    });
    top->addWidget(m_report);
    layout->addLayout(top);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("runbookView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Short columns fit their contents; titles take the rest and wrap (Japanese titles are
    // long), and every row is as high as its wrapped text.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RunbookModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RunbookModel::NoteColumn, QHeaderView::Interactive);
    header->resizeSection(RunbookModel::NoteColumn, 180); // the tooltip has the whole note
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setMinimumSectionSize(m_view->fontMetrics().height() + 10);
    // Rows follow the wrapped height whenever a column's width changes (a window resize).
    connect(header, &QHeaderView::sectionResized, this,
            [this] { m_view->verticalHeader()->resizeSections(QHeaderView::ResizeToContents); });
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    layout->addWidget(m_view, 1);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("runFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_figures);

    connect(m_runSelector, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            m_model->showRun(m_runSelector->itemData(i).toLongLong());
        refresh();
    });
    connect(&m_session.console(), &Console::switchoverChanged, this, &RunbookPage::refresh);
    refresh();
}

void RunbookPage::refresh()
{
    const QList<SwitchoverRun> &runs = m_session.console().state().runs;
    const qint64 shown = m_model->shownRun();
    const QSignalBlocker blocker(m_runSelector);
    m_runSelector->clear();
    m_runSelector->addItem(runs.isEmpty() || runs.last().completed
                               ? tr("Next switchover (not started)")
                               : tr("Current switchover"),
                           0);
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        m_runSelector->addItem(tr("Run %1: %2, started %3%4")
                                   .arg(it->id)
                                   .arg(SwitchoverNames::modeName(it->mode),
                                        jst::format(it->startedAtMs),
                                        it->completed ? tr(", completed") : QString()),
                               it->id);
    }
    m_runSelector->setCurrentIndex(std::max(0, m_runSelector->findData(shown)));
    if (m_model->shownRun() == 0 && !runs.isEmpty() && runs.last().completed)
        m_model->showRun(0);

    const SwitchoverRun *run =
        m_model->shownRun() == 0 ? m_session.console().currentRun() : m_model->run();
    m_report->setEnabled(m_model->run() != nullptr);
    QStringList lines;
    if (run) {
        const QJsonObject f = run->facts;
        if (f.contains(QStringLiteral("dataLossMs"))) {
            qint64 syncPoint = 0, outage = 0;
            jst::parseIso(f.value(QStringLiteral("syncPoint")).toString(), syncPoint);
            jst::parseIso(f.value(QStringLiteral("outage")).toString(), outage);
            lines << tr("Data-loss window (RPO): %1 (sync point %2, outage %3); %n unit(s) changed "
                        "in it",
                        nullptr, f.value(QStringLiteral("unitsAffected")).toInt())
                         .arg(
                             jst::formatDuration(f.value(QStringLiteral("dataLossMs")).toInteger()),
                             jst::format(syncPoint), jst::format(outage));
        }
        if (f.contains(QStringLiteral("rtoMs")))
            lines << tr("Failover time, step 1 to step 6 (RTO): %1")
                         .arg(jst::formatDuration(f.value(QStringLiteral("rtoMs")).toInteger()));
        if (f.contains(QStringLiteral("failbackMs")))
            lines << tr("Failback time, step 7 to step 12: %1")
                         .arg(jst::formatDuration(
                             f.value(QStringLiteral("failbackMs")).toInteger()));
        if (!run->completed && run->nextStep() > 0) {
            lines << tr("Next: step %1, %2 - by the %3.")
                         .arg(run->nextStep())
                         .arg(SwitchoverNames::stepTitle(run->nextStep()),
                              RoleNames::displayName(stepInfo(run->nextStep()).role).toLower());
        }
    } else {
        lines << tr("No switchover is in progress. A switchover starts with step 1, requested by "
                    "the customer.");
    }
    m_figures->setText(lines.join(QLatin1Char('\n')));
}

} // namespace dr::ui
