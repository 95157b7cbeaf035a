#include "SimulationController.h"

#include "Console.h"

#include <QTimer>

namespace dr::ui {

SimulationController::SimulationController(Console &console, QObject *parent)
    : QObject(parent), m_console(console), m_timer(new QTimer(this))
{
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &SimulationController::tick);
}

bool SimulationController::isRunning() const
{
    return m_timer->isActive();
}

void SimulationController::setRunning(bool running)
{
    if (running == isRunning())
        return;
    if (running)
        m_timer->start();
    else
        m_timer->stop();
    Q_EMIT stateChanged();
}

void SimulationController::setSpeed(int speed)
{
    m_speed = speed;
    Q_EMIT stateChanged();
}

void SimulationController::tick()
{
    const Status s = m_console.advanceClock(Operator::system(), qint64(kTickMs) * m_speed);
    if (!s) {
        setRunning(false);
        Q_EMIT failed(s.error().message);
    }
}

} // namespace dr::ui
