#include "WalCheckpointer.h"

#include <sqlite3.h>

namespace dr {

WalCheckpointer::WalCheckpointer(QString path, sqlite3 *connection)
    : m_path(std::move(path)), m_connection(connection)
{
    sqlite3_wal_hook(m_connection, &WalCheckpointer::onCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    // Back to SQLite's automatic checkpoint for whatever the connection still writes.
    sqlite3_wal_autocheckpoint(m_connection, kPages);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

int WalCheckpointer::checkpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_done;
}

int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int pages)
{
    if (pages >= kPages)
        static_cast<WalCheckpointer *>(self)->request();
    return SQLITE_OK;
}

void WalCheckpointer::request()
{
    {
        std::lock_guard lock(m_mutex);
        m_requested = true;
        // Started on first use: short-lived connections (drctl, tests) rarely need it.
        if (!m_thread.joinable())
            m_thread = std::thread(&WalCheckpointer::run, this);
    }
    m_wake.notify_one();
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return;
    }
    sqlite3_busy_timeout(db, 100);
    // The same durability as the console's connection: the checkpoint syncs the file.
    sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            break;
        m_requested = false;
        lock.unlock();
        // PASSIVE: copies what no reader needs, never waits for or blocks the writer; what is
        // left is taken by the next request.
        const int rc =
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        if (rc == SQLITE_OK)
            ++m_done;
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace dr
