#pragma once

#include "model/ExecutionAgent.h"
#include "model/Result.h"

#include <QFrame>
#include <QList>

class QComboBox;
class QGridLayout;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace dr::ui {

// Edits an agent's concurrency windows as rows of (start, end, limit): start and end on the
// half hour from 00:00 to 23:30 (an end of 00:00 is midnight; 00:00-00:00 is the whole day),
// the limit from 0 to 4,294,967,295 typed as digits (more than a QSpinBox's int can hold).
// It checks nothing itself: windows() hands the rows to Validation::parseWindows.
class ConcurrencyWindowsEditor : public QFrame
{
    Q_OBJECT
public:
    explicit ConcurrencyWindowsEditor(QWidget *parent = nullptr);

    void setWindows(const QList<ConcurrencyWindow> &windows);
    int rowCount() const { return int(m_rows.size()); }
    // The rows in the agent-file form, "00:00-12:00=3,12:00-00:00=5".
    QString text() const;
    Result<QList<ConcurrencyWindow>> windows() const;

    QComboBox *startCombo(int row) const { return m_rows.at(row).start; }
    QComboBox *endCombo(int row) const { return m_rows.at(row).end; }
    QLineEdit *limitEdit(int row) const { return m_rows.at(row).limit; }
    // The rows' widgets and the add button in tab order (rows are created after the rest of the
    // form, so the dialog puts them in place).
    QList<QWidget *> focusOrder() const;

public Q_SLOTS:
    void addRow();
    void removeRow(int row);

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QComboBox *start = nullptr;
        QComboBox *end = nullptr;
        QLineEdit *limit = nullptr;
        QToolButton *remove = nullptr;
        QWidget *dash = nullptr;
        QWidget *equals = nullptr;
    };
    Row makeRow(const ConcurrencyWindow &window);
    static QList<QWidget *> rowWidgets(const Row &row);
    void relayout();
    QComboBox *makeTimeCombo(bool end);

    QGridLayout *m_grid;
    QPushButton *m_add;
    QList<Row> m_rows;
};

} // namespace dr::ui
