#include "PreflightDialog.h"

#include "widgets/StatusPalette.h"
#include "widgets/WrappingDelegate.h"

#include "model/ListText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dr::ui {

PreflightDialog::PreflightDialog(const PreflightResult &result, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preflightDialog"));
    setWindowTitle(tr("Pre-flight check: %1").arg(RegionNames::displayName(result.region)));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(ListText::join(Preflight::countTexts(result)), this);
    summary->setObjectName(QStringLiteral("preflightSummary"));
    layout->addWidget(summary);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("preflightFindings"));
    fill(m_tree, result);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
}

void PreflightDialog::fill(QTreeWidget *tree, const PreflightResult &result)
{
    tree->clear();
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Severity"), tr("Finding")});
    // Findings are sentences: wrapped in rows as high as they need, never cut off with "...".
    WrappingDelegate::install(tree);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (Severity sev : {Severity::Error, Severity::Warning, Severity::Info}) {
        for (const PreflightFinding &f : result.of(sev)) {
            auto *item = new QTreeWidgetItem(tree);
            const StatusClass look = sev == Severity::Error     ? StatusClass::Abnormal
                                     : sev == Severity::Warning ? StatusClass::Warning
                                                                : StatusClass::Normal;
            item->setIcon(0, StatusPalette::icon(look));
            item->setText(0, sev == Severity::Error     ? tr("Error")
                             : sev == Severity::Warning ? tr("Warning")
                                                        : tr("Information"));
            item->setText(1, f.message);
            item->setToolTip(1, f.message);
            item->setData(0, Qt::UserRole, f.code);
            item->setData(1, Qt::UserRole, f.subject);
            for (const QString &sample : f.samples) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(1, sample);
            }
            // Samples of a larger count say how many they leave out.
            if (!f.samples.isEmpty() && f.count > f.samples.size()) {
                auto *more = new QTreeWidgetItem(item);
                more->setText(1, ListText::andMore(f.count - f.samples.size()));
                more->setForeground(1, QColor(0x55, 0x55, 0x55));
            }
        }
    }
    if (tree->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(tree);
        item->setIcon(0, StatusPalette::icon(StatusClass::Normal));
        item->setText(0, tr("OK"));
        item->setText(1, tr("No problems found."));
    }
}

} // namespace dr::ui
