#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

// Shared pieces of drbench: the operations it measures, where their databases live, and the
// clock every generated environment is built at (a fixed afternoon, so runs are comparable).
namespace bench {

inline const QStringList kOperations{
    QStringLiteral("generate+save"), QStringLiteral("open+load"),
    QStringLiteral("sync"),          QStringLiteral("dr-start"),
    QStringLiteral("preflight"),     QStringLiteral("model+status-filter"),
    QStringLiteral("text-filter")};

// 2026-11-25 15:00 JST.
qint64 benchNowMs();

// Peak resident set size of this process in MiB (VmHWM from /proc/self/status).
double peakRssMb();
// Current resident set size in MiB (VmRSS).
double currentRssMb();

double median(std::vector<double> values);

// What a child process reports on its last line of standard output.
struct Measurement
{
    double seconds = 0;      // the timed operation
    double partSeconds = -1; // generate+save: the save part alone
    double peakRssMb = 0;
    QString error;
    QJsonObject details; // operation-specific figures (the GUI stall phases)

    QJsonObject toJson() const;
    static Measurement fromJson(const QJsonObject &o);
};

} // namespace bench
