#pragma once

#include "model/Role.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace dr {
class Console;
}

namespace dr::ui {

class RegionCard;

// The operator's main window: both regions side by side, the jobnets of a region, agents and
// hosts, the runbook and the audit log; the status bar shows the signed-in operator, the
// simulated clock and the database.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Console &console, QWidget *parent = nullptr);

    Console &console() { return m_console; }
    const Operator &currentOperator() const { return m_operator; }
    void setOperator(const Operator &op);

Q_SIGNALS:
    void operatorChanged(const dr::Operator &op);

private:
    void updateStatusBar();

    Console &m_console;
    Operator m_operator;
    QTabWidget *m_tabs;
    RegionCard *m_primaryCard;
    RegionCard *m_drCard;
    QLabel *m_operatorLabel;
    QLabel *m_clockLabel;
    QLabel *m_databaseLabel;
};

} // namespace dr::ui
