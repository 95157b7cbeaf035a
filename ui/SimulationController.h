#pragma once

#include "model/Result.h"

#include <QObject>

class QTimer;
class QWidget;

namespace dr {
class Console;
}

namespace dr::ui {

class ConsoleWork;

// Runs the simulated clock in the GUI: a tick every quarter second advances the clock by the
// chosen speed (1x, 60x, 600x). Each tick goes through the facade like any other action.
//
// A tick of a busy million-unit environment at 600x is more work than the GUI may freeze for,
// so the simulated time a tick owes is advanced in steps, each sized from how long the previous
// one took so that it stays within a frame budget, with the event loop running in between.
// When the machine cannot keep up, the clock runs slower than asked rather than freezing.
//
// The one step no sizing can shrink is the first sync point after a definition change: it copies
// every status and the definitions to the DR region (seconds at a million units). That step runs
// on a worker thread (ConsoleWork) with a busy indicator; the clock waits for it. While other
// long work runs on the console (an import), ticks only add to what is owed.
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
    // The largest step in simulated milliseconds (tests force small steps with it).
    void setMaxStepMs(qint64 ms);
    qint64 owedMs() const { return m_owedMs; }
    // Whether a step runs on the worker now.
    bool isWorking() const;
    // Steps that ran on the worker (tests).
    int workerSteps() const { return m_workerSteps; }
    // Whether the definition-copying step runs on the worker (the bench turns it off to
    // measure the GUI thread doing it).
    void setCopyOnWorker(bool on) { m_copyOnWorker = on; }

    static constexpr int kTickMs = 250;
    static constexpr qint64 kBudgetMs = 40;    // wall time one step should take at most
    static constexpr qint64 kMinStepMs = 1000; // simulated
    static constexpr qint64 kMaxStepMs = 3600 * 1000;

Q_SIGNALS:
    void stateChanged();
    void failed(const QString &message);

private:
    void step();
    // Books a finished step: what is still owed, the next step's size, the next step.
    void stepDone(qint64 chunk, const Status &status, qint64 tookMs);

    Console &m_console;
    QTimer *m_timer;
    ConsoleWork *m_work;
    int m_workerSteps = 0;
    bool m_copyOnWorker = true;
    int m_speed = 1;
    qint64 m_owedMs = 0;          // simulated time ticks asked for and not yet advanced
    qint64 m_stepMs = kMaxStepMs; // adapted to the environment's size and activity
    qint64 m_maxStepMs = kMaxStepMs;
    bool m_stepQueued = false;
};

} // namespace dr::ui
