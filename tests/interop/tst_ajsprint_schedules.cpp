// Schedule rules of an ajsprint file (sd=, st=, cy=) as an operator meets them: impossible
// dates, times and cycles refuse the file at the parameter that holds them, valid forms the
// simulator does not run are kept with a warning at that parameter, and every error of a file
// is listed in file order with a "too many errors" note last.
#include "IssuePositions.h"
#include "interop/AjsprintDocument.h"

#include <QTest>

using namespace dr;
using drtest::positions;

namespace {

// A jobnet whose schedule is `parameters`, starting on line 7 at column 3.
QString jobnet(const QString &parameters)
{
    return QStringLiteral("unit=/G,,,;\n{\n\tty=g;\n\tunit=N,,,;\n\t{\n\t\tty=n;\n%1"
                          "\t\tunit=J,,,;{ty=j;}\n\t}\n}\n")
        .arg(parameters);
}

} // namespace

class TestAjsprintSchedules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void values_data();
    void values();
    void messagesSayWhatIsExpected();
    void keptScheduleWarnsAtItsParameter();
    void errorsInFileOrder();
};

void TestAjsprintSchedules::values_data()
{
    QTest::addColumn<QString>("parameters");
    QTest::addColumn<QString>("errors");   // line:column:code ...
    QTest::addColumn<QString>("warnings"); // line:column:code ...
    QTest::addColumn<int>("rules");        // schedule rules understood
    const QString none;
    QTest::newRow("month 13, day 45") << QStringLiteral("\t\tsd=1,2019/13/45;\n\t\tst=1,08:00;\n")
                                      << QStringLiteral("7:3:schedule-value") << none << 0;
    QTest::newRow("day 45") << QStringLiteral("\t\tsd=1,2019/12/45;\n")
                            << QStringLiteral("7:3:schedule-value") << none << 0;
    QTest::newRow("29 February in a common year")
        << QStringLiteral("\t\tsd=2019/02/29;\n") << QStringLiteral("7:3:schedule-value") << none
        << 0;
    QTest::newRow("29 February in a leap year")
        << QStringLiteral("\t\tsd=2028/02/29;\n") << none << none << 1;
    QTest::newRow("minutes 99") << QStringLiteral("\t\tsd=1,2026/01/05;\n\t\tst=1,25:99;\n")
                                << QStringLiteral("8:3:schedule-value") << none << 0;
    QTest::newRow("hour 48") << QStringLiteral("\t\tst=1,48:00;\n")
                             << QStringLiteral("7:3:schedule-value") << none << 0;
    QTest::newRow("47:59 is the next day")
        << QStringLiteral("\t\tst=1,47:59;\n") << none << none << 1;
    QTest::newRow("not a time") << QStringLiteral("\t\tst=1,noon;\n")
                                << QStringLiteral("7:3:schedule-value") << none << 0;
    QTest::newRow("cycle of 0 x") << QStringLiteral("\t\tcy=1,(0,x);\n")
                                  << QStringLiteral("7:3:schedule-value") << none << 0;
    QTest::newRow("cycle of 0 days")
        << QStringLiteral("\t\tcy=1,(0,d);\n") << QStringLiteral("7:3:schedule-value") << none << 0;
    QTest::newRow("all three, each at its own place")
        << QStringLiteral("\t\tsd=1,2019/13/45;\n\t\tst=1,25:99;\n\t\t/* x */ cy=1,(0,x);\n")
        << QStringLiteral("7:3:schedule-value 8:3:schedule-value 9:11:schedule-value") << none << 0;
    // Valid JP1/AJS3 rules the simulator does not run: kept, warned at the parameter.
    QTest::newRow("end of month") << QStringLiteral("\t\tsd=1,2026/01/05;\n\t\tsd=2,en;\n") << none
                                  << QStringLiteral("8:3:schedule-kept") << 0;
    QTest::newRow("relative start time")
        << QStringLiteral("\t\tst=1,+01:30;\n") << none << QStringLiteral("7:3:schedule-kept") << 0;
    QTest::newRow("counted day") << QStringLiteral("\t\tsd=1,2026/04/+3;\n") << none
                                 << QStringLiteral("7:3:schedule-kept") << 0;
    QTest::newRow("counted day of month 13") << QStringLiteral("\t\tsd=1,2026/13/+3;\n")
                                             << QStringLiteral("7:3:schedule-value") << none << 0;
}

void TestAjsprintSchedules::values()
{
    QFETCH(QString, parameters);
    QFETCH(QString, errors);
    QFETCH(QString, warnings);
    QFETCH(int, rules);
    const AjsprintDocument doc = Ajsprint::parse(jobnet(parameters));
    QCOMPARE(positions(doc.errors), errors);
    QCOMPARE(positions(doc.warnings), warnings);
    if (errors.isEmpty()) {
        const Unit &n = doc.units.at(1);
        QCOMPARE(n.name, QStringLiteral("N"));
        QCOMPARE(n.details ? int(n.details->schedule.size()) : 0, rules);
    }
}

void TestAjsprintSchedules::messagesSayWhatIsExpected()
{
    const AjsprintDocument doc = Ajsprint::parse(
        jobnet(QStringLiteral("\t\tsd=1,2019/13/45;\n\t\tst=1,25:99;\n\t\tcy=1,(0,x);\n"
                              "\t\tsd=2,2019/02/30;\n")));
    QCOMPARE(doc.errors.size(), 4);
    const char *expected[] = {"there is no month 13; write the date as YYYY/MM/DD with a month "
                              "from 1 to 12",
                              "minutes from 00 to 59", "write (n,d), (n,w), (n,m) or (n,y)",
                              "month 2 of 2019 has 28 days"};
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(doc.errors[i].message.contains(QLatin1String(expected[i])),
                 qPrintable(doc.errors[i].message));
    }
    QVERIFY(doc.errors[0].message.startsWith(QLatin1String("sd=1,2019/13/45: ")));
}

void TestAjsprintSchedules::keptScheduleWarnsAtItsParameter()
{
    // The corpus file's BUSINESS_DAYS jobnet: its unit= is on line 32, sd=0,ud; on line 35.
    QFile f(QStringLiteral(DR_TESTS_DIR "/interop/corpus/valid/schedules.ajs"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const AjsprintDocument doc = Ajsprint::parse(f.readAll(), TextEncoding::Auto);
    QVERIFY2(doc.ok(), qPrintable(formatIssues(doc.errors)));
    QCOMPARE(positions(doc.warnings), QStringLiteral("35:3:schedule-kept"));
}

void TestAjsprintSchedules::errorsInFileOrder()
{
    // Syntax errors (14:6, 16:7) and the checks' errors around them, listed top down.
    const QString text = QStringLiteral("unit=/G,,,;\n"            // 1
                                        "{\n"                      // 2
                                        "\tty=g;\n"                // 3
                                        "\tunit=N,,,;\n"           // 4
                                        "\t{\n"                    // 5
                                        "\t\tty=n;\n"              // 6
                                        "\t\tar=(f=A,t=GHOST);\n"  // 7
                                        "\t\tel=A,j,+80;\n"        // 8
                                        "\t\tsd=1,2019/13/45;\n"   // 9
                                        "\t\tsz=10by8;\n"          // 10
                                        "\t\tcm=\"x\"\n"           // 11
                                        "\t\tunit=A,,,;{ty=j;}\n"  // 12
                                        "\t\tunit=B,,,;\n"         // 13
                                        "\t\t{ty=j;cm=\"a\" b;}\n" // 14
                                        "\t}\n"                    // 15
                                        "}\n");                    // 16
    const AjsprintDocument doc = Ajsprint::parse(text);
    QList<std::pair<int, int>> at;
    for (const ParseIssue &e : doc.errors)
        at.append({e.line, e.column});
    QVERIFY2(doc.errors.size() >= 5, qPrintable(positions(doc.errors)));
    QVERIFY2(std::is_sorted(at.begin(), at.end()), qPrintable(positions(doc.errors)));
    // However many errors there are, the note that reading stopped comes last.
    QString many = QStringLiteral("unit=/G,,,;\n{\n\tty=g;\n\tar=(f=X,t=Y);\n");
    for (int i = 0; i < kMaxIssues + 20; ++i)
        many += QStringLiteral("\t@bad;\n");
    many += QStringLiteral("}\n");
    const AjsprintDocument capped = Ajsprint::parse(many);
    QVERIFY(capped.errors.size() > kMaxIssues);
    QCOMPARE(capped.errors.last().code, QStringLiteral("too-many-errors"));
    QCOMPARE(capped.errors.first().line, 4);
    int notes = 0;
    for (const ParseIssue &e : capped.errors)
        notes += e.code == QLatin1String("too-many-errors");
    QCOMPARE(notes, 1);
}

QTEST_GUILESS_MAIN(TestAjsprintSchedules)
#include "tst_ajsprint_schedules.moc"
