#include "SimulationController.h"

#include "Console.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

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
    if (running) {
        m_timer->start();
    } else {
        m_timer->stop();
        m_owedMs = 0;
    }
    Q_EMIT stateChanged();
}

void SimulationController::setSpeed(int speed)
{
    m_speed = speed;
    Q_EMIT stateChanged();
}

void SimulationController::setMaxStepMs(qint64 ms)
{
    m_maxStepMs = std::max<qint64>(1, ms);
    m_stepMs = std::min(m_stepMs, m_maxStepMs);
}

void SimulationController::tick()
{
    // Never owe more than a few ticks: a machine that cannot keep up runs the clock slower.
    const qint64 perTick = qint64(kTickMs) * m_speed;
    m_owedMs = std::min(m_owedMs + perTick, 4 * perTick);
    if (!m_stepQueued)
        step();
}

void SimulationController::step()
{
    m_stepQueued = false;
    if (m_owedMs <= 0 || m_console.isBusy())
        return; // other work on the console (an import) runs: the next tick steps again
    const qint64 chunk = std::min({m_owedMs, m_stepMs, m_maxStepMs});
    QElapsedTimer timer;
    timer.start();
    const Status s = m_console.advanceClock(Operator::system(), chunk);
    if (!s) {
        setRunning(false);
        m_owedMs = 0;
        Q_EMIT failed(s.error().message);
        return;
    }
    m_owedMs -= chunk;
    // Work grows with the simulated span: size the next step to the budget at the rate this
    // one ran (a tiny environment gets one step per tick, a busy one several).
    const qint64 took = std::max<qint64>(1, timer.elapsed());
    m_stepMs = std::clamp(chunk * kBudgetMs / took, kMinStepMs, kMaxStepMs);
    if (m_owedMs > 0) {
        m_stepQueued = true;
        QTimer::singleShot(0, this, &SimulationController::step);
    }
}

} // namespace dr::ui
