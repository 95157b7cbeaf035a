#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace dr::ui {

class RunbookModel;
class Session;

// The runbook tab: the twelve steps of the current and past switchovers, with the measured
// figures (RTO, data loss) of the shown run.
class RunbookPage : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookPage(Session &session, QWidget *parent = nullptr);

    RunbookModel *model() const { return m_model; }
    QPushButton *wizardButton() const { return m_wizard; }
    QPushButton *reportButton() const { return m_report; }

Q_SIGNALS:
    void wizardRequested();
    void reportRequested(qint64 runId);

private:
    void refresh();

    Session &m_session;
    RunbookModel *m_model;
    QComboBox *m_runSelector;
    QTableView *m_view;
    QLabel *m_figures;
    QPushButton *m_wizard;
    QPushButton *m_report;
};

} // namespace dr::ui
