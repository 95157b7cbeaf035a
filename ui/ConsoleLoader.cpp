#include "ConsoleLoader.h"

#include "Console.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace dr::ui {

ConsoleLoader::ConsoleLoader(QObject *parent) : QObject(parent) {}

ConsoleLoader::~ConsoleLoader()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ConsoleLoader::start(const QString &path)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_console.reset();
    m_error = {};
    QThread *gui = thread();
    QPointer<ConsoleLoader> self(this);
    // The worker only touches what it creates; results come back through queued calls.
    m_thread = QThread::create([this, self, path, gui] {
        auto report = [self](int permille, const QString &stage) {
            QMetaObject::invokeMethod(
                self,
                [self, permille, stage] {
                    if (self)
                        Q_EMIT self->progress(permille, stage);
                },
                Qt::QueuedConnection);
        };
        auto opened = Console::open(path, report);
        if (opened) {
            (*opened)->handOver(gui);
            m_console = std::move(*opened);
        } else {
            m_error = opened.error();
        }
        const bool ok = opened.ok();
        QMetaObject::invokeMethod(
            self,
            [self, ok] {
                if (self)
                    self->done(ok);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void ConsoleLoader::done(bool ok)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_running = false;
    Q_EMIT finished(ok);
}

std::unique_ptr<Console> ConsoleLoader::takeConsole()
{
    return std::move(m_console);
}

Result<std::unique_ptr<Console>> ConsoleLoader::openWithProgress(const QString &path,
                                                                 QWidget *parent)
{
    ConsoleLoader loader;
    QProgressDialog dialog(tr("Opening the database..."), QString(), 0, 1000, parent);
    dialog.setObjectName(QStringLiteral("openProgress"));
    dialog.setWindowTitle(tr("DR Console"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(1000); // only when a person would otherwise wait
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);
    QEventLoop loop;
    connect(&loader, &ConsoleLoader::progress, &dialog,
            [&dialog](int permille, const QString &stage) {
                dialog.setLabelText(stage);
                dialog.setValue(permille);
            });
    connect(&loader, &ConsoleLoader::finished, &loop, &QEventLoop::quit);
    loader.start(path);
    loop.exec();
    dialog.close();
    if (auto console = loader.takeConsole())
        return console;
    return loader.error();
}

} // namespace dr::ui
