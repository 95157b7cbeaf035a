#include "ConcurrencyWindowsEditor.h"

#include "model/Validation.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace dr::ui {

namespace {
constexpr int kMinutesPerDay = 24 * 60;
constexpr int kStep = 30;
} // namespace

ConcurrencyWindowsEditor::ConcurrencyWindowsEditor(QWidget *parent)
    : QFrame(parent), m_grid(new QGridLayout), m_add(new QPushButton(tr("Add window"), this))
{
    setObjectName(QStringLiteral("windowsEditor"));
    setFrameShape(QFrame::NoFrame);
    m_add->setObjectName(QStringLiteral("addWindowButton"));
    m_add->setToolTip(tr("Add another part of the day with its own limit."));
    connect(m_add, &QPushButton::clicked, this, &ConcurrencyWindowsEditor::addRow);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(6);
    m_grid->addWidget(new QLabel(tr("From"), this), 0, 0);
    m_grid->addWidget(new QLabel(tr("To"), this), 0, 2);
    m_grid->addWidget(new QLabel(tr("Max. concurrent jobs"), this), 0, 4);
    m_grid->setColumnStretch(4, 1);

    auto *hint = new QLabel(tr("00:00-00:00 is the whole day; an end at or before the start runs "
                               "past midnight. Time that no window covers allows no jobs; a limit "
                               "of 0 stops jobs in that window."),
                            this);
    hint->setObjectName(QStringLiteral("windowsHint"));
    hint->setWordWrap(true);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(m_grid);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(hint);

    setWindows({ConcurrencyWindow{}});
}

QComboBox *ConcurrencyWindowsEditor::makeTimeCombo(bool end)
{
    auto *combo = new QComboBox(this);
    for (int minute = 0; minute < kMinutesPerDay; minute += kStep)
        combo->addItem(formatMinute(minute), minute);
    if (end)
        combo->setItemData(0, tr("Midnight (the end of the day)"), Qt::ToolTipRole);
    combo->setMaxVisibleItems(12);
    connect(combo, &QComboBox::currentIndexChanged, this, &ConcurrencyWindowsEditor::changed);
    return combo;
}

ConcurrencyWindowsEditor::Row ConcurrencyWindowsEditor::makeRow(const ConcurrencyWindow &window)
{
    Row row;
    row.start = makeTimeCombo(false);
    row.start->setCurrentIndex(row.start->findData(window.startMinute));
    row.end = makeTimeCombo(true);
    row.end->setCurrentIndex(row.end->findData(window.endMinute));
    row.limit = new QLineEdit(QString::number(window.limit), this);
    // Digits only; the range up to 4294967295 is checked by Validation::parseWindows.
    row.limit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,10}")), row.limit));
    row.limit->setMaxLength(10);
    row.limit->setToolTip(tr("0 to 4294967295 jobs at once"));
    connect(row.limit, &QLineEdit::textChanged, this, &ConcurrencyWindowsEditor::changed);
    row.remove = new QToolButton(this);
    row.remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    row.remove->setText(tr("Remove"));
    row.remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    row.remove->setToolTip(tr("Remove this window"));
    connect(row.remove, &QToolButton::clicked, this, [this, button = row.remove] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].remove == button) {
                removeRow(i);
                return;
            }
        }
    });
    row.dash = new QLabel(QStringLiteral("\u2013"), this);
    row.equals = new QLabel(QStringLiteral("="), this);
    return row;
}

void ConcurrencyWindowsEditor::setWindows(const QList<ConcurrencyWindow> &windows)
{
    for (const Row &row : std::as_const(m_rows)) {
        for (QWidget *w : rowWidgets(row))
            delete w;
    }
    m_rows.clear();
    for (const ConcurrencyWindow &w : windows)
        m_rows.append(makeRow(w));
    if (m_rows.isEmpty())
        m_rows.append(makeRow(ConcurrencyWindow{}));
    relayout();
    Q_EMIT changed();
}

void ConcurrencyWindowsEditor::addRow()
{
    ConcurrencyWindow next;
    next.startMinute = m_rows.isEmpty() ? 0 : m_rows.last().end->currentData().toInt();
    next.endMinute = 0;
    m_rows.append(makeRow(next));
    relayout();
    m_rows.last().start->setFocus();
    Q_EMIT changed();
}

void ConcurrencyWindowsEditor::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.size() == 1)
        return;
    const Row r = m_rows.takeAt(row);
    for (QWidget *w : rowWidgets(r)) {
        m_grid->removeWidget(w);
        w->hide();
        w->deleteLater(); // the clicked button may be the one going away
    }
    relayout();
    Q_EMIT changed();
}

QList<QWidget *> ConcurrencyWindowsEditor::rowWidgets(const Row &row)
{
    return {row.start, row.dash, row.end, row.equals, row.limit, row.remove};
}

void ConcurrencyWindowsEditor::relayout()
{
    // Take every row out first so re-adding a widget never finds it still in the grid.
    for (const Row &r : std::as_const(m_rows)) {
        for (QWidget *w : rowWidgets(r))
            m_grid->removeWidget(w);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        const QString n = QString::number(i);
        r.start->setObjectName(QStringLiteral("windowStart_") + n);
        r.end->setObjectName(QStringLiteral("windowEnd_") + n);
        r.limit->setObjectName(QStringLiteral("windowLimit_") + n);
        r.remove->setObjectName(QStringLiteral("removeWindow_") + n);
        r.start->setAccessibleName(tr("Window %1 start").arg(i + 1));
        r.end->setAccessibleName(tr("Window %1 end").arg(i + 1));
        r.limit->setAccessibleName(tr("Window %1 limit").arg(i + 1));
        const QList<QWidget *> widgets = rowWidgets(r);
        for (int column = 0; column < widgets.size(); ++column) {
            m_grid->addWidget(widgets[column], i + 1, column);
            // The layout would show a new row only on the next event loop pass; show it now
            // so Tab and focus reach it at once.
            widgets[column]->show();
        }
        // At least one window: without any, the agent could run nothing at all by accident.
        r.remove->setEnabled(m_rows.size() > 1);
    }
}

QList<QWidget *> ConcurrencyWindowsEditor::focusOrder() const
{
    QList<QWidget *> order;
    for (const Row &r : m_rows)
        order << r.start << r.end << r.limit << r.remove;
    order << m_add;
    return order;
}

QString ConcurrencyWindowsEditor::text() const
{
    QStringList parts;
    for (const Row &r : m_rows) {
        parts << QStringLiteral("%1-%2=%3")
                     .arg(formatMinute(r.start->currentData().toInt()),
                          formatMinute(r.end->currentData().toInt()), r.limit->text());
    }
    return parts.join(QLatin1Char(','));
}

Result<QList<ConcurrencyWindow>> ConcurrencyWindowsEditor::windows() const
{
    return Validation::parseWindows(text());
}

} // namespace dr::ui
