#include "RuleReferenceDialog.h"

#include "rules/StartModeRules.h"
#include "widgets/StatusPalette.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dr::ui {

RuleReferenceDialog::RuleReferenceDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ruleReferenceDialog"));
    setWindowTitle(tr("Start-mode rules"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What a manager start does to the status of each job (event jobs: the "
                                "same, \"Now monitoring\" included). Jobnet statuses are recomputed "
                                "from their children. A disaster-recovery start is used at steps 2 and 8 "
                                "and leaves the manager suppressed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QList<StartMode> modes{StartMode::Cold, StartMode::Warm, StartMode::Hot, StartMode::Disaster};
    auto *table = new QTableWidget(int(allStatuses().size()), int(modes.size()) + 1, this);
    table->setObjectName(QStringLiteral("ruleTable"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setHorizontalHeaderLabels({tr("Status in the data"), tr("Cold start"), tr("Warm start"),
                                      tr("Hot start"), tr("Disaster-recovery start")});
    table->verticalHeader()->hide();
    int row = 0;
    for (const StatusInfo &info : allStatuses()) {
        auto *status = new QTableWidgetItem(StatusPalette::icon(info.statusClass), statusName(info.status));
        status->setBackground(StatusPalette::background(info.statusClass));
        table->setItem(row, 0, status);
        for (int m = 0; m < modes.size(); ++m) {
            const StartRuleRow &o =
                StartModeRules::row(modes[m], info.status, StartModeRules::Target::Job);
            QString text = o.next ? QStringLiteral("\u2192 ") + statusName(*o.next) : tr("unchanged");
            if (o.afterAbnormalRule)
                text += tr(" (resubmitted; \"Not executed + Ended\" after an abnormal predecessor)");
            if (o.review)
                text += tr(" - needs review");
            auto *cell = new QTableWidgetItem(text);
            cell->setToolTip(StartModeRules::ruleText(o.rule));
            table->setItem(row, m + 1, cell);
        }
        ++row;
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table, 1);
    auto *policy =
        new QLabel(tr("Root jobnets whose start time passed while no manager was running, or "
                      "while job execution was suppressed, are overdue and listed at step 3: "
                      "run after release (default) or skip (\"Skipped so not exe.\"); the choice "
                      "for all also applies to jobnets that come due before the release. Restoring "
                      "the active region after an outage restarts its manager "
                      "with a warm start. While suppressed, nothing starts: no jobnet generation "
                      "and no job; jobs already running finish."),
                   this);
    policy->setWordWrap(true);
    layout->addWidget(policy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 640);
}

} // namespace dr::ui
