#include "SimulationController.h"

#include "ConsoleWork.h"

#include "Console.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace dr::ui {

SimulationController::SimulationController(Console &console, QObject *parent)
    : QObject(parent), m_console(console), m_timer(new QTimer(this)),
      m_work(new ConsoleWork(console, this))
{
    m_work->setIndicator(qobject_cast<QWidget *>(parent),
                         tr("Synchronising the changed definitions to the DR environment..."));
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

bool SimulationController::isWorking() const
{
    return m_work->isRunning();
}

void SimulationController::step()
{
    m_stepQueued = false;
    if (m_owedMs <= 0 || m_console.isBusy())
        return; // the next tick (or the work's end) steps again
    const qint64 chunk = std::min({m_owedMs, m_stepMs, m_maxStepMs});
    if (m_copyOnWorker && m_console.advanceCopiesDefinitions(chunk)) {
        // Seconds of work at scale: on the worker, with the views reading the state before it.
        auto status = std::make_shared<Status>();
        disconnect(m_work, &ConsoleWork::finished, this, nullptr);
        connect(m_work, &ConsoleWork::finished, this, [this, chunk, status] {
            ++m_workerSteps;
            // The copy is not what the step's size predicts: the next step keeps its size.
            stepDone(chunk, *status, -1);
        });
        Console &console = m_console;
        if (m_work->start(Console::Work::Change, [&console, chunk, status] {
                *status = console.advanceClock(Operator::system(), chunk);
            }))
            return;
    }
    QElapsedTimer timer;
    timer.start();
    const Status s = m_console.advanceClock(Operator::system(), chunk);
    stepDone(chunk, s, timer.elapsed());
}

void SimulationController::stepDone(qint64 chunk, const Status &status, qint64 tookMs)
{
    if (!status) {
        setRunning(false);
        m_owedMs = 0;
        Q_EMIT failed(status.error().message);
        return;
    }
    m_owedMs = std::max<qint64>(0, m_owedMs - chunk); // a stop meanwhile owes nothing
    // Work grows with the simulated span: size the next step to the budget at the rate this
    // one ran (a tiny environment gets one step per tick, a busy one several).
    if (tookMs >= 0)
        m_stepMs =
            std::clamp(chunk * kBudgetMs / std::max<qint64>(1, tookMs), kMinStepMs, kMaxStepMs);
    if (m_owedMs > 0 && !m_stepQueued) {
        m_stepQueued = true;
        QTimer::singleShot(0, this, &SimulationController::step);
    }
}

} // namespace dr::ui
