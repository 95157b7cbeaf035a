#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace dr {

// Checkpoints a database's write-ahead log on a thread of its own. SQLite's automatic
// checkpoint runs inside the COMMIT that crosses the threshold, on the thread that commits;
// with a million units a clock tick dirties thousands of pages, and copying them back into the
// database file (and syncing it) would then stall the GUI thread. Installed on the console's
// connection, it takes over from the automatic checkpoint: after a commit that leaves at least
// kPages pages in the log, a PASSIVE checkpoint runs through a second connection (it never
// blocks the writer). Closing stops the thread before the console's connection closes, so that
// connection, the last one, still checkpoints and removes the log.
class WalCheckpointer
{
public:
    static constexpr int kPages = 1000; // SQLite's default automatic threshold

    WalCheckpointer(QString path, sqlite3 *connection);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Completed background checkpoints (tests).
    int checkpoints() const;

private:
    static int onCommit(void *self, sqlite3 *db, const char *name, int pages);
    void request();
    void run();

    QString m_path;
    sqlite3 *m_connection;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_done = 0;
};

} // namespace dr
