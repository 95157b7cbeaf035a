#include "BenchRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>

namespace bench {

BenchRunner::BenchRunner(QString workDir, int runs, bool progress)
    : m_dir(workDir), m_runs(runs), m_progress(progress)
{}

QString BenchRunner::path(const QString &name) const
{
    return m_dir.filePath(name);
}

void BenchRunner::note(const QString &text) const
{
    if (m_progress)
        std::fprintf(stderr, "drbench: %s\n", qPrintable(text));
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

namespace {

bool copyDatabase(const QString &from, const QString &to)
{
    removeDatabase(to);
    return QFile::copy(from, to);
}

} // namespace

bool runChild(const QString &operation, const QString &database, qint64 units, Measurement &m,
              const QStringList &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(),
                  QStringList{QStringLiteral("--child"), operation, QStringLiteral("--db"),
                              database, QStringLiteral("--units"), QString::number(units)} +
                      extra);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "drbench: the %s child crashed\n", qPrintable(operation));
        return false;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    m = Measurement::fromJson(QJsonDocument::fromJson(lines.last()).object());
    if (!m.error.isEmpty() || process.exitCode() != 0) {
        std::fprintf(stderr, "drbench: %s on %s failed: %s\n", qPrintable(operation),
                     qPrintable(database), qPrintable(m.error));
        return false;
    }
    return true;
}

// Runs `operation` R times, each on a fresh copy of `source` (or a new file when it is empty);
// the first run's database is kept as `keepAs`.
bool BenchRunner::repeat(const QString &operation, qint64 units, const QString &source,
                         std::vector<Measurement> &out, const QString &keepAs)
{
    for (int k = 0; k < m_runs; ++k) {
        const QString db = path(QStringLiteral("run-%1.db").arg(k));
        removeDatabase(db);
        if (!source.isEmpty() && !copyDatabase(source, db))
            return false;
        Measurement m;
        if (!runChild(operation, db, units, m))
            return false;
        note(QStringLiteral("%1 %2 run %3: %4 s")
                 .arg(operation)
                 .arg(units)
                 .arg(k + 1)
                 .arg(m.seconds, 0, 'f', 3));
        out.push_back(m);
        if (k == 0 && !keepAs.isEmpty()) {
            removeDatabase(keepAs);
            if (!QFile::rename(db, keepAs))
                return false;
        } else {
            removeDatabase(db);
        }
    }
    return true;
}

bool BenchRunner::run(qint64 units, QList<Row> &rows)
{
    const QString generated = path(QStringLiteral("generated-%1.db").arg(units));
    const QString synced = path(QStringLiteral("synced-%1.db").arg(units));
    const QString drReady = path(QStringLiteral("dr-ready-%1.db").arg(units));
    auto seconds = [](const std::vector<Measurement> &ms, bool part = false) {
        std::vector<double> v;
        for (const Measurement &m : ms)
            v.push_back(part ? m.partSeconds : m.seconds);
        return median(v);
    };
    auto peak = [](const std::vector<Measurement> &ms) {
        double p = 0;
        for (const Measurement &m : ms)
            p = std::max(p, m.peakRssMb);
        return p;
    };
    auto add = [&](const QString &op, const std::vector<Measurement> &ours,
                   const std::vector<Measurement> *floor) {
        Row r;
        r.units = units;
        r.operation = op;
        r.median = seconds(ours);
        r.peakRssMb = peak(ours);
        if (op == QLatin1String("generate+save"))
            r.part = seconds(ours, true);
        if (floor) {
            r.floor = seconds(*floor);
            r.ratio = (r.part >= 0 ? r.part : r.median) / r.floor;
        }
        rows << r;
    };
    std::vector<Measurement> gen, genFloor, sync, syncFloor, fullCopy, redefine, load, loadFloor,
        drStart, preflight, model, text, prep;
    if (!repeat(QStringLiteral("generate"), units, {}, gen, generated) ||
        !repeat(QStringLiteral("floor-save"), units, {}, genFloor))
        return false;
    add(QStringLiteral("generate+save"), gen, &genFloor);
    if (!repeat(QStringLiteral("sync"), units, generated, sync, synced) ||
        !repeat(QStringLiteral("floor-sync"), units, generated, syncFloor) ||
        !repeat(QStringLiteral("full-copy"), units, generated, fullCopy))
        return false;
    if (!repeat(QStringLiteral("load"), units, synced, load) ||
        !repeat(QStringLiteral("floor-load"), units, synced, loadFloor))
        return false;
    add(QStringLiteral("open+load"), load, &loadFloor);
    add(QStringLiteral("sync"), sync, &syncFloor);
    rows.last().fullCopy = seconds(fullCopy);
    if (!repeat(QStringLiteral("redefine"), units, synced, redefine))
        return false;
    rows.last().redefine = seconds(redefine);
    const int runs = m_runs;
    m_runs = 1;
    const bool prepared = repeat(QStringLiteral("prepare-dr"), units, synced, prep, drReady);
    m_runs = runs;
    if (!prepared || !repeat(QStringLiteral("dr-start"), units, drReady, drStart))
        return false;
    add(QStringLiteral("dr-start"), drStart, nullptr);
    if (!repeat(QStringLiteral("preflight"), units, synced, preflight) ||
        !repeat(QStringLiteral("model"), units, synced, model) ||
        !repeat(QStringLiteral("text"), units, synced, text))
        return false;
    add(QStringLiteral("preflight"), preflight, nullptr);
    add(QStringLiteral("model+status-filter"), model, nullptr);
    add(QStringLiteral("text-filter"), text, nullptr);
    for (const QString &p : {generated, synced, drReady})
        removeDatabase(p);
    return true;
}

QString BenchRunner::machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    double ramGiB = 0;
    QFile mem(QStringLiteral("/proc/meminfo"));
    if (mem.open(QIODevice::ReadOnly)) {
        const QByteArray first = mem.readLine();
        ramGiB =
            first.mid(first.indexOf(':') + 1).trimmed().split(' ').first().toDouble() / 1024 / 1024;
    }
    return QStringLiteral("%1, %2 cores, %3 GiB RAM, %4, Qt %5, SQLite %6")
        .arg(cpu.isEmpty() ? QSysInfo::currentCpuArchitecture() : cpu)
        .arg(QThread::idealThreadCount())
        .arg(ramGiB, 0, 'f', 1)
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()),
             QString::fromLatin1(sqlite3_libversion()));
}

QString BenchRunner::table(const QList<Row> &rows)
{
    QString out = QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                      .arg(QStringLiteral("units"), 9)
                      .arg(QStringLiteral("operation"), -20)
                      .arg(QStringLiteral("median s"), 9)
                      .arg(QStringLiteral("save s"), 8)
                      .arg(QStringLiteral("floor s"), 8)
                      .arg(QStringLiteral("ours/floor"), 10)
                      .arg(QStringLiteral("peak RSS MB"), 11);
    auto num = [](double v, int width, int precision = 3) {
        return v < 0 ? QStringLiteral("-").rightJustified(width)
                     : QStringLiteral("%1").arg(v, width, 'f', precision);
    };
    for (const Row &r : rows) {
        out += QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(r.units, 9)
                   .arg(r.operation, -20)
                   .arg(num(r.median, 9), num(r.part, 8), num(r.floor, 8), num(r.ratio, 10, 2),
                        num(r.peakRssMb, 11, 0));
    }
    for (const Row &r : rows) {
        if (r.fullCopy > 0) {
            out += QStringLiteral(
                       "%1 units: the sync copies statuses (DR shares the primary's definition "
                       "rows while they are equal). For context: copying definitions and statuses "
                       "takes %2 s in plain SQL; the first definition change after a sync (one "
                       "jobnet merged) takes %3 s, as it writes DR's own copy of the old tree.\n")
                       .arg(r.units)
                       .arg(r.fullCopy, 0, 'f', 3)
                       .arg(r.redefine, 0, 'f', 3);
        }
    }
    return out;
}

QByteArray BenchRunner::json(const QList<Row> &rows)
{
    QJsonArray results;
    for (const Row &r : rows) {
        results.append(QJsonObject{
            {QStringLiteral("units"), double(r.units)},
            {QStringLiteral("operation"), r.operation},
            {QStringLiteral("median_s"), r.median},
            // generate+save: the save part alone, which the ratio compares with the floor
            {QStringLiteral("save_s"), r.part < 0 ? QJsonValue() : QJsonValue(r.part)},
            {QStringLiteral("floor_s"), r.floor < 0 ? QJsonValue() : QJsonValue(r.floor)},
            {QStringLiteral("ratio"), r.ratio < 0 ? QJsonValue() : QJsonValue(r.ratio)},
            {QStringLiteral("peak_rss_mb"), r.peakRssMb}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("machine"), machine()},
                                     {QStringLiteral("results"), results}})
        .toJson(QJsonDocument::Indented);
}

} // namespace bench
