#pragma once

#include <QString>

#include <algorithm>
#include <functional>

namespace dr {

// Called while a database is opened and loaded (possibly on a worker thread): how far it is, in
// per mille, and what it is doing now (translated, for a progress dialog).
using LoadProgress = std::function<void(int permille, const QString &stage)>;

// A part of the load: reports `done` of `total` rows as a position between `from` and `to`.
struct ProgressSpan
{
    LoadProgress report;
    int from = 0;
    int to = 0;
    QString stage;

    void at(qint64 done, qint64 total) const
    {
        if (report && total > 0)
            report(from + int(qint64(to - from) * std::min(done, total) / total), stage);
    }
};

} // namespace dr
