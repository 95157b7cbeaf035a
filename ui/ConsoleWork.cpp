#include "ConsoleWork.h"

#include <QApplication>
#include <QEvent>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace dr::ui {

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Shortcut:
    case QEvent::ShortcutOverride:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::Drop:
        return true;
    default:
        return false;
    }
}

} // namespace

ConsoleWork::ConsoleWork(Console &console, QObject *parent)
    : QObject(parent), m_console(console), m_indicatorDelay(new QTimer(this))
{
    m_indicatorDelay->setSingleShot(true);
    m_indicatorDelay->setInterval(kIndicatorDelayMs);
    connect(m_indicatorDelay, &QTimer::timeout, this, &ConsoleWork::showIndicator);
}

ConsoleWork::~ConsoleWork()
{
    if (m_thread) {
        // The console must be whole again before anyone else uses it; whoever waited for
        // finished() is being destroyed with this.
        m_thread->wait();
        blockSignals(true);
        complete();
    }
}

void ConsoleWork::setIndicator(QWidget *parent, const QString &label)
{
    m_indicatorParent = parent;
    m_label = label;
}

bool ConsoleWork::start(Console::Work kind, std::function<void()> work)
{
    if (m_thread || m_console.isBusy())
        return false;
    // The worker touches only the console (which beginWork() hands it) and what `work` owns;
    // it says it is done through a queued call, which the destructor's wait outlives.
    m_thread = QThread::create([this, work = std::move(work)] {
        work();
        m_console.workDone();
        QMetaObject::invokeMethod(this, &ConsoleWork::complete, Qt::QueuedConnection);
    });
    m_console.beginWork(m_thread, kind);
    if (kind == Console::Work::Change) {
        // Any click could start an action on the state the worker is changing.
        m_blockingInput = true;
        qApp->installEventFilter(this);
        QApplication::setOverrideCursor(Qt::BusyCursor);
    }
    m_indicatorDelay->start();
    m_thread->start();
    return true;
}

void ConsoleWork::complete()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_indicatorDelay->stop();
    if (m_indicator) {
        m_indicator->close();
        m_indicator->deleteLater();
    }
    if (m_blockingInput) {
        m_blockingInput = false;
        qApp->removeEventFilter(this);
        QApplication::restoreOverrideCursor();
    }
    m_console.endWork();
    Q_EMIT finished();
}

void ConsoleWork::showIndicator()
{
    if (!m_thread || m_indicator)
        return;
    // The work reports no steps: a busy bar that cannot be cancelled (an import or a sync is
    // one transaction; stopping half-way would change nothing but the wait).
    m_indicator = new QProgressDialog(m_label, QString(), 0, 0, m_indicatorParent);
    m_indicator->setObjectName(QStringLiteral("consoleWorkProgress"));
    m_indicator->setWindowTitle(tr("DR Console"));
    m_indicator->setWindowModality(Qt::WindowModal);
    m_indicator->setMinimumDuration(0);
    m_indicator->setAutoClose(false);
    m_indicator->setAutoReset(false);
    m_indicator->show();
}

bool ConsoleWork::eventFilter(QObject *watched, QEvent *event)
{
    if (m_blockingInput && isUserInput(event->type())) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const bool toIndicator =
            widget && m_indicator && (widget == m_indicator || m_indicator->isAncestorOf(widget));
        if (!toIndicator)
            return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dr::ui
