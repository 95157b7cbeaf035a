#include "BenchCommon.h"

#include "engine/JapanTime.h"

#include <QFile>

#include <algorithm>

namespace bench {

qint64 benchNowMs()
{
    return dr::jst::toUtcMs(QDate(2026, 11, 25), 15 * 60);
}

namespace {
double statusField(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble() / 1024.0; // kB
    }
    return 0;
}
} // namespace

double peakRssMb()
{
    return statusField("VmHWM");
}

double currentRssMb()
{
    return statusField("VmRSS");
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QJsonObject Measurement::toJson() const
{
    QJsonObject o{{QStringLiteral("seconds"), seconds},
                  {QStringLiteral("part"), partSeconds},
                  {QStringLiteral("peak"), peakRssMb}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    return o;
}

Measurement Measurement::fromJson(const QJsonObject &o)
{
    Measurement m;
    m.seconds = o.value(QStringLiteral("seconds")).toDouble();
    m.partSeconds = o.value(QStringLiteral("part")).toDouble(-1);
    m.peakRssMb = o.value(QStringLiteral("peak")).toDouble();
    m.error = o.value(QStringLiteral("error")).toString();
    m.details = o.value(QStringLiteral("details")).toObject();
    return m;
}

} // namespace bench
