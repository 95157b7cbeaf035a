#pragma once

#include "BenchCommon.h"

#include <QDir>

// The parent process of drbench: prepares a database per size (through the child processes),
// runs every operation R times, each run in a fresh child, and prints the medians.
namespace bench {

struct Row
{
    qint64 units = 0;
    QString operation;
    double median = 0;
    double part = -1;  // generate+save: the save part (median)
    double floor = -1; // -1: no floor for this operation
    double ratio = -1;
    double peakRssMb = 0; // the highest peak of the operation's runs
    // sync, printed beside the table (context, not floors): a copy of definitions and statuses,
    // and the first definition change after a sync (it writes DR's own copy of the old tree)
    double fullCopy = -1;
    double redefine = -1;
};

// Runs `drbench --child operation --db database --units units` and reads its measurement.
bool runChild(const QString &operation, const QString &database, qint64 units, Measurement &m,
              const QStringList &extra = {});
void removeDatabase(const QString &path);

class BenchRunner
{
public:
    BenchRunner(QString workDir, int runs, bool progress);

    // False when a child failed (its message went to stderr).
    bool run(qint64 units, QList<Row> &rows);

    static QString machine();
    static QString table(const QList<Row> &rows);
    static QByteArray json(const QList<Row> &rows);

private:
    bool repeat(const QString &operation, qint64 units, const QString &source,
                std::vector<Measurement> &out, const QString &keepAs = {});
    QString path(const QString &name) const;
    void note(const QString &text) const;

    QDir m_dir;
    int m_runs;
    bool m_progress;
};

} // namespace bench
