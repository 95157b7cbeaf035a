// Concurrency windows of execution agents (domain.md §8): hh:mm-hh:mm=n, 30-minute steps, hours up
// to 23, limits up to 4,294,967,295, 00:00-00:00 for the whole day, windows past midnight, and no
// overlaps. Accepted texts are checked by what they parse to; refusals by code and exact message.
#include "ValidationRows.h"

#include "model/Validation.h"

#include <QTest>

using namespace dr;

class TestValidationWindows : public QObject
{
    Q_OBJECT
private slots:
    void windows_data();
    void windows();
    void windowsStructRule();
    void limitAt();
};

void TestValidationWindows::windows_data()
{
    QTest::addColumn<QString>("parsed"); // formatWindows() of the result when accepted
    vtest::columns();
    auto ok = [](const char *name, const QString &text, const QString &parsed) {
        QTest::newRow(name) << parsed << text << QString() << QString();
    };
    auto no = [](const char *name, const QString &text, const char *code, const QString &message) {
        ++vtest::badRows();
        QTest::newRow(name) << QString() << text << QString::fromLatin1(code) << message;
    };
    const QString empty = QStringLiteral("No concurrency window is given. Enter at least one, for "
                                         "example 00:00-00:00=5 for the whole day.");
    auto format = [](const char *part) {
        return QStringLiteral(
                   "\"%1\" is not a concurrency window. Write start-end=limit with times "
                   "as hh:mm, for example 08:00-18:30=3.")
            .arg(QLatin1String(part));
    };
    auto step = [](const char *part) {
        return QStringLiteral("In \"%1\", times must be on the hour or half hour (hh:00 or hh:30).")
            .arg(QLatin1String(part));
    };
    auto time = [](const char *part, const char *t) {
        return QStringLiteral("In \"%1\", %2 is not a time of day. Use 00:00 to 23:30 (write 00:00 "
                              "for midnight at the end of the day).")
            .arg(QLatin1String(part), QLatin1String(t));
    };
    auto limit = [](const char *part) {
        return QStringLiteral("In \"%1\", the limit must be a number from 0 to 4294967295.")
            .arg(QLatin1String(part));
    };
    auto overlap = [](const char *a, const char *b, const char *at) {
        return QStringLiteral("The windows %1 and %2 overlap at %3. Windows must not overlap; time "
                              "that no window covers allows no jobs.")
            .arg(QLatin1String(a), QLatin1String(b), QLatin1String(at));
    };
    vtest::badRows() = 0;

    ok("default whole day", QStringLiteral("00:00-00:00=5"), QStringLiteral("00:00-00:00=5"));
    ok("whole day, no jobs", QStringLiteral("00:00-00:00=0"), QStringLiteral("00:00-00:00=0"));
    ok("largest limit", QStringLiteral("00:00-00:00=4294967295"),
       QStringLiteral("00:00-00:00=4294967295"));
    ok("one window", QStringLiteral("08:00-18:30=3"), QStringLiteral("08:00-18:30=3"));
    ok("adjacent windows", QStringLiteral("00:00-08:00=2,08:00-20:00=4,20:00-00:00=2"),
       QStringLiteral("00:00-08:00=2,08:00-20:00=4,20:00-00:00=2"));
    ok("past midnight plus the rest", QStringLiteral("22:00-06:00=1,06:00-22:00=3"),
       QStringLiteral("22:00-06:00=1,06:00-22:00=3"));
    ok("spaces and one-digit hours", QStringLiteral(" 8:00 - 9:30 = 1 , 23:30-00:00=2 "),
       QStringLiteral("08:00-09:30=1,23:30-00:00=2"));

    no("empty", QString(), "windows-empty", empty);
    no("blank", QStringLiteral("   "), "windows-empty", empty);
    no("no limit", QStringLiteral("08:00-18:00"), "windows-format", format("08:00-18:00"));
    no("empty limit", QStringLiteral("00:00-00:00="), "windows-limit-missing",
       QStringLiteral("\"00:00-00:00=\" has no limit after \"=\". Enter how many jobs may run at "
                      "once in that window (0 to 4294967295)."));
    no("tilde", QStringLiteral("08:00~18:00=3"), "windows-format", format("08:00~18:00=3"));
    no("hours only", QStringLiteral("8-18=3"), "windows-format", format("8-18=3"));
    no("negative limit", QStringLiteral("08:00-18:00=-1"), "windows-format",
       format("08:00-18:00=-1"));
    no("semicolon separator", QStringLiteral("08:00-12:00=3;12:00-18:00=4"), "windows-format",
       format("08:00-12:00=3;12:00-18:00=4"));
    no("three-digit hour", QStringLiteral("100:00-00:00=1"), "windows-format",
       format("100:00-00:00=1"));
    no("trailing comma", QStringLiteral("08:00-12:00=3,"), "windows-format",
       QStringLiteral("\"08:00-12:00=3,\" has an empty entry (a comma at the start or end, or two "
                      "commas in a row). Remove the extra comma."));
    no("quarter past", QStringLiteral("08:15-18:00=3"), "windows-step", step("08:15-18:00=3"));
    no("quarter to", QStringLiteral("08:00-18:45=3"), "windows-step", step("08:00-18:45=3"));
    no("hour 24", QStringLiteral("24:00-00:00=3"), "windows-time", time("24:00-00:00=3", "24:00"));
    no("hour 25 at the end", QStringLiteral("08:00-25:30=1"), "windows-time",
       time("08:00-25:30=1", "25:30"));
    no("minute 60", QStringLiteral("08:60-09:00=1"), "windows-time",
       time("08:60-09:00=1", "08:60"));
    no("limit 4294967296", QStringLiteral("08:00-18:00=4294967296"), "windows-limit",
       limit("08:00-18:00=4294967296"));
    no("limit with 23 digits", QStringLiteral("08:00-18:00=99999999999999999999999"),
       "windows-limit", limit("08:00-18:00=99999999999999999999999"));
    no("overlap", QStringLiteral("00:00-12:00=3,11:00-13:00=2"), "windows-overlap",
       overlap("00:00-12:00", "11:00-13:00", "11:00"));
    no("overlap past midnight", QStringLiteral("22:00-02:00=3,01:00-03:00=2"), "windows-overlap",
       overlap("22:00-02:00", "01:00-03:00", "01:00"));
    no("overlap with a window ending past midnight", QStringLiteral("06:00-08:00=2,22:00-06:30=1"),
       "windows-overlap", overlap("06:00-08:00", "22:00-06:30", "06:00"));
    no("whole day plus another", QStringLiteral("00:00-00:00=5,08:00-09:00=1"), "windows-overlap",
       overlap("00:00-00:00", "08:00-09:00", "08:00"));
    no("equal start and end is a whole day", QStringLiteral("12:00-12:00=1,00:00-01:00=2"),
       "windows-overlap", overlap("12:00-12:00", "00:00-01:00", "00:00"));
    no("same window twice", QStringLiteral("08:00-09:00=1,08:00-09:00=1"), "windows-overlap",
       overlap("08:00-09:00", "08:00-09:00", "08:00"));
    DR_REQUIRE_TEN_BAD_ROWS();
}

void TestValidationWindows::windows()
{
    QFETCH(QString, input);
    QFETCH(QString, parsed);
    const auto result = Validation::parseWindows(input);
    DR_CHECK_STATUS(result ? Status() : Status(result.error()));
    if (result)
        QCOMPARE(formatWindows(*result), parsed);
}

// The structural check behind parseWindows, for windows built in code (imports, the GUI).
void TestValidationWindows::windowsStructRule()
{
    QVERIFY(Validation::windows({ConcurrencyWindow{}}).ok());
    const auto empty = Validation::windows({});
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, QStringLiteral("windows-empty"));
    for (auto [start, end] :
         {std::pair{15, 60}, std::pair{0, 1440}, std::pair{-30, 60}, std::pair{60, 1470}}) {
        const auto s = Validation::windows(
            {ConcurrencyWindow{60 * 20, 60 * 21, 1}, ConcurrencyWindow{start, end, 1}});
        QVERIFY2(!s.ok(), qPrintable(QStringLiteral("%1-%2").arg(start).arg(end)));
        QCOMPARE(s.error().code, QStringLiteral("windows-step"));
        QCOMPARE(s.error().message,
                 QStringLiteral("Window 2 does not start and end on the hour or half hour."));
    }
}

// What the parsed windows mean: the limit at each time of day, 0 where no window covers it.
void TestValidationWindows::limitAt()
{
    const auto parsed = Validation::parseWindows(QStringLiteral("22:00-06:00=1,08:00-18:30=3"));
    QVERIFY(parsed);
    ExecutionAgent agent;
    agent.windows = *parsed;
    const std::pair<int, quint32> expected[] = {
        {0, 1},       {5 * 60 + 59, 1},  {6 * 60, 0},       {7 * 60 + 59, 0},
        {8 * 60, 3},  {18 * 60 + 29, 3}, {18 * 60 + 30, 0}, {21 * 60 + 59, 0},
        {22 * 60, 1}, {23 * 60 + 59, 1}};
    for (const auto &[minute, limit] : expected)
        QVERIFY2(agent.limitAt(minute) == limit, qPrintable(formatMinute(minute)));
    agent.windows = *Validation::parseWindows(QStringLiteral("00:00-00:00=7"));
    for (int minute = 0; minute < 1440; minute += 30)
        QCOMPARE(agent.limitAt(minute), 7u);
}

QTEST_GUILESS_MAIN(TestValidationWindows)
#include "tst_validation_windows.moc"
