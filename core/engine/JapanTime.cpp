#include "JapanTime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace dr::jst {

namespace {
qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}
} // namespace

int minuteOfDay(qint64 utcMs)
{
    const qint64 local = utcMs + kOffsetMs;
    return int((local - floorDiv(local, kDayMs) * kDayMs) / kMinuteMs);
}

QDate date(qint64 utcMs)
{
    return QDate(1970, 1, 1).addDays(floorDiv(utcMs + kOffsetMs, kDayMs));
}

qint64 toUtcMs(QDate d, int minute)
{
    return QDate(1970, 1, 1).daysTo(d) * kDayMs + qint64(minute) * kMinuteMs - kOffsetMs;
}

QDateTime toDateTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(9 * 3600));
}

QString format(qint64 utcMs)
{
    if (utcMs == 0)
        return {};
    return toDateTime(utcMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" JST");
}

QString isoUtc(qint64 utcMs)
{
    if (utcMs == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODate);
}

bool parseIso(const QString &text, qint64 &utcMs)
{
    QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return false;
    if (dt.timeSpec() == Qt::LocalTime) // no zone given: Japan time
        dt = QDateTime(dt.date(), dt.time(), QTimeZone(9 * 3600));
    utcMs = dt.toMSecsSinceEpoch();
    return true;
}

bool parseDuration(const QString &text, qint64 &ms)
{
    static const QRegularExpression re(QStringLiteral("^(?:(\\d{1,9})d)?(?:(\\d{1,9})h)?(?:(\\d{1,9})m)?(?:(\\d{1,9})s)?$"));
    const QString t = text.trimmed().toLower();
    const auto m = re.match(t);
    if (t.isEmpty() || !m.hasMatch())
        return false;
    ms = ((m.captured(1).toLongLong() * 24 + m.captured(2).toLongLong()) * 60 +
          m.captured(3).toLongLong()) * 60000 + m.captured(4).toLongLong() * 1000;
    return true;
}

namespace {
// The four shapes of a duration; marked for translation here, translated (or not) by the caller.
const char *const kDurationShapes[] = {
    QT_TRANSLATE_NOOP("Duration", "%1 s"),
    QT_TRANSLATE_NOOP("Duration", "%1 min %2 s"),
    QT_TRANSLATE_NOOP("Duration", "%1 h %2 min"),
    QT_TRANSLATE_NOOP("Duration", "%1 d %2 h"),
};

// `translate` is identity for the record (English) and QCoreApplication::translate for people.
template <typename Translate>
QString durationText(qint64 ms, Translate translate)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return translate(kDurationShapes[0]).arg(s);
    const qint64 minutes = s / 60;
    if (minutes < 60)
        return translate(kDurationShapes[1]).arg(minutes).arg(s % 60, 2, 10, QLatin1Char('0'));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return translate(kDurationShapes[2]).arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return translate(kDurationShapes[3]).arg(hours / 24).arg(hours % 24);
}
} // namespace

QString formatDuration(qint64 ms)
{
    return durationText(
        ms, [](const char *text) { return QCoreApplication::translate("Duration", text); });
}

QString formatDurationRecord(qint64 ms)
{
    return durationText(ms, [](const char *text) { return QString::fromLatin1(text); });
}

} // namespace dr::jst
