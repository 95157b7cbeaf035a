#include "OverdueTable.h"

#include "Session.h"

#include "Console.h"
#include "engine/JapanTime.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dr::ui {

OverdueTable::OverdueTable(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("overdueTable"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("overdueSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    m_runAll = new QPushButton(tr("Run all after release"), this);
    m_runAll->setObjectName(QStringLiteral("runAllOverdue"));
    m_skipAll = new QPushButton(tr("Skip all"), this);
    m_skipAll->setObjectName(QStringLiteral("skipAllOverdue"));
    connect(m_runAll, &QPushButton::clicked, this, [this] { chooseAll(false); });
    connect(m_skipAll, &QPushButton::clicked, this, [this] { chooseAll(true); });
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_skipAll);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("overdueList"));
    m_table->setHorizontalHeaderLabels(
        {tr("Root jobnet"), tr("Was due at (JST)"), tr("After release")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    connect(&m_session, &Session::operatorChanged, this, [this] {
        m_shownValid = false; // the choices' gating depends on the role
        refresh();
    });
    Console &console = m_session.console();
    connect(&console, &Console::unitsChanged, this, &OverdueTable::unitsChanged);
    connect(&console, &Console::unitsReset, this, [this](RegionId region) {
        if (region == m_region)
            refresh();
    });
    connect(&console, &Console::reloaded, this, &OverdueTable::refresh);
}

// Only a root jobnet's own status carries the overdue mark.
void OverdueTable::unitsChanged(RegionId region, const std::vector<UnitIndex> &units)
{
    if (region != m_region)
        return;
    const UnitTree &tree = *m_session.console().region(region).tree;
    if (std::any_of(units.cbegin(), units.cend(),
                    [&tree](UnitIndex i) { return tree.isRootJobnet(i); }))
        refresh();
}

void OverdueTable::setRegion(RegionId region)
{
    m_region = region;
    m_shownValid = false;
    refresh();
}

int OverdueTable::overdueCount() const
{
    return m_table->rowCount();
}

void OverdueTable::refresh()
{
    Console &console = m_session.console();
    const RegionData &r = console.region(m_region);
    std::vector<std::pair<UnitIndex, bool>> overdue;
    for (UnitIndex root : r.tree->rootJobnets()) {
        const UnitState &s = r.states[std::size_t(root)];
        if (s.has(FlagOverdue))
            overdue.emplace_back(root, s.has(FlagSkipOverdue));
    }
    // Clock ticks change root jobnets all the time; rebuild the rows only when the list changed.
    if (m_shownValid && overdue == m_shown)
        return;
    m_shown = std::move(overdue);
    m_shownValid = true;
    const Status allowed = console.checkPermission(m_session.op(), Action::UnitOperation);
    m_table->setRowCount(0);
    int skipped = 0;
    for (UnitIndex root : r.tree->rootJobnets()) {
        const UnitState &s = r.states[std::size_t(root)];
        if (!s.has(FlagOverdue))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(r.tree->path(root)));
        m_table->setItem(row, 1, new QTableWidgetItem(jst::format(s.scheduledMs)));
        auto *choice = new QComboBox(m_table);
        choice->setObjectName(QStringLiteral("overdueChoice_%1").arg(row));
        choice->addItem(tr("Run after release"), false);
        choice->addItem(tr("Skip (Skipped so not exe.)"), true);
        choice->setCurrentIndex(s.has(FlagSkipOverdue) ? 1 : 0);
        Session::gate(choice, allowed);
        connect(choice, &QComboBox::activated, this,
                [this, root, choice] { choose(root, choice->currentData().toBool()); });
        m_table->setCellWidget(row, 2, choice);
        skipped += s.has(FlagSkipOverdue) ? 1 : 0;
    }
    const int total = m_table->rowCount();
    m_summary->setText(
        total == 0 ? tr("No jobnet is overdue.")
                   : tr("%n overdue root jobnet(s): %1 will run at release, %2 will be skipped. "
                        "Runs missed more than once start once, not once per missed start.",
                        nullptr, total)
                         .arg(total - skipped)
                         .arg(skipped));
    Session::gate(m_runAll,
                  total > 0 ? allowed : Status(Error::usage(tr("No jobnet is overdue."))));
    Session::gate(m_skipAll,
                  total > 0 ? allowed : Status(Error::usage(tr("No jobnet is overdue."))));
    Q_EMIT countChanged(total);
}

void OverdueTable::choose(qint32 root, bool skip)
{
    m_session.report(m_session.console().setOverdueChoice(m_session.op(), root, skip), this,
                     tr("Overdue jobnets"));
    refresh();
}

void OverdueTable::chooseAll(bool skip)
{
    const RegionData &r = m_session.console().region(m_region);
    for (UnitIndex root : r.tree->rootJobnets()) {
        if (r.states[std::size_t(root)].has(FlagOverdue) &&
            !m_session.report(m_session.console().setOverdueChoice(m_session.op(), root, skip),
                              this, tr("Overdue jobnets")))
            break;
    }
    refresh();
}

} // namespace dr::ui
