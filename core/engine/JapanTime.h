#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace dr {

// The managers run on Japan time (UTC+9, no daylight saving): schedules, concurrency windows and
// display use it; the database and --json use UTC milliseconds.
namespace jst {

inline constexpr qint64 kOffsetMs = 9LL * 3600 * 1000;
inline constexpr qint64 kMinuteMs = 60LL * 1000;
inline constexpr qint64 kDayMs = 24LL * 3600 * 1000;

int minuteOfDay(qint64 utcMs);
QDate date(qint64 utcMs);
qint64 toUtcMs(QDate date, int minuteOfDay); // minuteOfDay may exceed 1440 (st=47:59)
QDateTime toDateTime(qint64 utcMs);          // with the +09:00 offset
QString format(qint64 utcMs);                // "2026-11-25 10:30:00 JST"
QString isoUtc(qint64 utcMs);                // "2026-11-25T01:30:00Z"; empty for 0
// ISO-8601 with Z or an offset; a time without a zone is taken as Japan time.
bool parseIso(const QString &text, qint64 &utcMs);
// "90s", "15m", "2h", "1d", "1h30m"; false when not a duration.
bool parseDuration(const QString &text, qint64 &ms);
// "1 h 05 min", "45 s" in the UI language ("1時間05分", "45秒"), for people.
QString formatDuration(qint64 ms);
// The same in English whatever the UI language, for records that must read the same for
// everyone (audit details).
QString formatDurationRecord(qint64 ms);

} // namespace jst
} // namespace dr
