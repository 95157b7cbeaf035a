#pragma once

#include <QObject>

class QTimer;

namespace dr {
class Console;
}

namespace dr::ui {

// Runs the simulated clock in the GUI: a tick every quarter second advances the clock by the
// chosen speed (1x, 60x, 600x). Each tick goes through the facade like any other action.
class SimulationController : public QObject
{
    Q_OBJECT
public:
    explicit SimulationController(Console &console, QObject *parent = nullptr);

    bool isRunning() const;
    int speed() const { return m_speed; }
    void setRunning(bool running);
    void setSpeed(int speed);
    void tick(); // one tick now (tests call it directly)

    static constexpr int kTickMs = 250;

Q_SIGNALS:
    void stateChanged();
    void failed(const QString &message);

private:
    Console &m_console;
    QTimer *m_timer;
    int m_speed = 1;
};

} // namespace dr::ui
