#include "ReleasePage.h"

#include "Session.h"
#include "widgets/StatusPalette.h"

#include "Console.h"
#include "engine/JapanTime.h"

#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dr::ui {

ReleasePage::ReleasePage(Session &session, int step, QWidget *parent) : StepPage(session, step, parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("releaseSummary"));
    m_summary->setWordWrap(true);
    body()->addWidget(m_summary);
    m_pending = new QTableWidget(0, 3, this);
    m_pending->setObjectName(QStringLiteral("startingAtRelease"));
    m_pending->setHorizontalHeaderLabels({tr("Unit"), tr("Why it starts"), tr("Current status")});
    m_pending->verticalHeader()->hide();
    m_pending->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pending->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_pending->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_pending->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    body()->addWidget(m_pending, 1);
    m_nothing = new QLabel(this);
    m_nothing->setObjectName(QStringLiteral("nothingStarts"));
    m_nothing->setWordWrap(true);
    m_nothing->setStyleSheet(
        QStringLiteral("QLabel { color: #333; background: #eef2f7; padding: 10px; }"));
    body()->addWidget(m_nothing);
    body()->addStretch();
}

void ReleasePage::refresh()
{
    Console &console = session().console();
    const RegionData &r = console.region(target());
    const std::vector<UnitIndex> pending = console.pendingAtRelease(target());
    // Jobs of a generation that the release starts start because of it, not of predecessors.
    QSet<UnitIndex> startingRoots;
    for (UnitIndex u : pending) {
        if (r.tree->isRootJobnet(u))
            startingRoots.insert(u);
    }
    m_pending->setRowCount(0);
    for (UnitIndex u : pending) {
        const UnitState &s = r.states[std::size_t(u)];
        const int row = m_pending->rowCount();
        m_pending->insertRow(row);
        m_pending->setItem(row, 0, new QTableWidgetItem(r.tree->path(u)));
        QString why;
        if (r.tree->isRootJobnet(u))
            why = s.has(FlagOverdue) ? tr("overdue since %1").arg(jst::format(s.scheduledMs))
                                     : tr("due at %1").arg(jst::format(s.scheduledMs));
        else if (s.has(FlagResubmit))
            why = tr("resubmitted (was queued when the copy was taken)");
        else if (startingRoots.contains(r.tree->rootJobnetOf(u)))
            why = tr("starts with its jobnet %1").arg(r.tree->unit(r.tree->rootJobnetOf(u)).name);
        else
            why = tr("its predecessors have ended");
        m_pending->setItem(row, 1, new QTableWidgetItem(why));
        auto *status = new QTableWidgetItem(StatusPalette::icon(statusClass(s.status)), statusName(s.status));
        m_pending->setItem(row, 2, status);
    }
    const bool nothing = pending.empty();
    m_pending->setVisible(!nothing);
    m_nothing->setVisible(nothing);
    m_nothing->setText(
        tr("Nothing starts right away: no jobnet is due or overdue and no job is waiting to be "
           "resubmitted. After the release, jobnets start at their scheduled times."));
    m_summary->setText(nothing ? tr("Releasing suppression in the %1 starts no unit right away.")
                                     .arg(RegionNames::displayName(target()))
                               : tr("Releasing suppression in the %1 starts %n unit(s) right away:",
                                    nullptr, int(pending.size()))
                                     .arg(RegionNames::displayName(target())));
}

Status ReleasePage::complete()
{
    return session().console().completeStep(session().op(), step());
}

} // namespace dr::ui
