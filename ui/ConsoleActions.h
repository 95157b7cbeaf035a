#pragma once

#include "model/Region.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenuBar;
class QWidget;

namespace dr::ui {

class Session;
class SimulationController;

// The main window's menus: operator, simulation (clock, sync, regional outage and restore),
// service administration (suppression, contract, maintenance date), view (language, rule
// reference) and switchover. Each action is enabled only when the core would allow it, with
// the reason as its tooltip otherwise.
class ConsoleActions : public QObject
{
    Q_OBJECT
public:
    ConsoleActions(Session &session, SimulationController &simulation, QWidget *window);

    void populate(QMenuBar *bar);
    void update();
    QAction *action(const QString &objectName) const;

Q_SIGNALS:
    void signInRequested();
    void wizardRequested();
    void preflightRequested(dr::RegionId target);

private:
    QAction *make(const QString &text, const char *name, const std::function<void()> &handler);
    void advance();
    void outage(RegionId region);
    void restore(RegionId region);
    void suppress(RegionId region, bool on);
    void editContract();
    void editMaintenanceDate();
    void chooseLanguage(const QString &code);

    Session &m_session;
    SimulationController &m_simulation;
    QWidget *m_window;
    QList<QAction *> m_actions;
    QActionGroup *m_speeds;
};

} // namespace dr::ui
