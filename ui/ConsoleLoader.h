#pragma once

#include "model/Result.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QWidget;

namespace dr {
class Console;
}

namespace dr::ui {

// Opens a database on a worker thread (checking the file and loading a million units takes
// seconds) and hands the opened console to the GUI thread, which stays responsive meanwhile.
// Progress arrives as signals on the GUI thread.
class ConsoleLoader : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleLoader(QObject *parent = nullptr);
    ~ConsoleLoader() override;

    void start(const QString &path);
    bool isRunning() const { return m_running; }
    // After finished(true): the console, now living in this loader's thread.
    std::unique_ptr<Console> takeConsole();
    const Error &error() const { return m_error; }

    // Opens `path` with a progress dialog (shown when it takes longer than a second) and waits,
    // processing events, until the console is ready.
    static Result<std::unique_ptr<Console>> openWithProgress(const QString &path,
                                                             QWidget *parent = nullptr);

Q_SIGNALS:
    void progress(int permille, const QString &stage);
    void finished(bool ok);

private:
    void done(bool ok);

    QThread *m_thread = nullptr;
    std::unique_ptr<Console> m_console;
    Error m_error;
    bool m_running = false;
};

} // namespace dr::ui
