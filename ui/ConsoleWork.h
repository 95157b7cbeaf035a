#pragma once

#include "Console.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QThread;
class QTimer;

namespace dr::ui {

// Runs one long piece of work on the console (an import into a million units, a clock tick
// that copies every status) on a worker thread while the GUI thread keeps handling events.
// The console's own discipline (Console::beginWork) keeps the views reading a consistent
// state and holds its signals back until the work is done; here, while work that changes the
// state runs, the user's input is held off everywhere but the busy indicator, which shows when
// the work takes longer than a second. finished() comes on the GUI thread after the console's
// held signals, so everything shows the new state by then.
class ConsoleWork : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleWork(Console &console, QObject *parent = nullptr);
    ~ConsoleWork() override; // waits for work still running

    // The busy indicator's parent and text.
    void setIndicator(QWidget *parent, const QString &label);
    // Starts `work` (calls on the console) on a worker thread; false while other work runs,
    // on this console or here.
    bool start(Console::Work kind, std::function<void()> work);
    bool isRunning() const { return m_thread != nullptr; }

    static constexpr int kIndicatorDelayMs = 1000;

Q_SIGNALS:
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void complete();
    void showIndicator();

    Console &m_console;
    QThread *m_thread = nullptr;
    QTimer *m_indicatorDelay;
    QPointer<QWidget> m_indicatorParent;
    QString m_label;
    QPointer<QProgressDialog> m_indicator;
    bool m_blockingInput = false;
};

} // namespace dr::ui
