// The status table (domain.md §5) and the unit type table (§11): every status with its code,
// English and Japanese name and class exactly as specified, in enum order; every ty= code of §11
// mapped to the right kind; the execution ID format (@A1 ... @A9999, @B1).
#include "model/UnitState.h"
#include "model/UnitStatus.h"
#include "model/UnitType.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace dr;

Q_DECLARE_METATYPE(dr::UnitKind)
Q_DECLARE_METATYPE(dr::UnitType)

class TestStatusTable : public QObject
{
    Q_OBJECT
private slots:
    void tableHasExactly25Statuses();
    void status_data();
    void status();
    void codesAreUnique();
    void unknownCodesAreRejected_data();
    void unknownCodesAreRejected();
    void classPredicates();
    void classCodesRoundTrip();

    void unitType_data();
    void unitType();
    void unknownTypeCodes_data();
    void unknownTypeCodes();
    void typeTableIsConsistent();

    void execId_data();
    void execId();
};

void TestStatusTable::tableHasExactly25Statuses()
{
    QCOMPARE(kStatusCount, 25);
    QCOMPARE(qsizetype(allStatuses().size()), qsizetype(25));
    // The enum's last value is the 25th row: nothing was added to the enum and not to the table.
    QCOMPARE(int(UnitStatus::Shutdown), 24);
}

// The table of domain.md §5, copied verbatim: code, English, Japanese, class.
void TestStatusTable::status_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("japanese");
    QTest::addColumn<QString>("statusClass");

    struct Row
    {
        const char *code, *english, *japanese, *cls;
    };
    static const Row rows[] = {
        {"unregistered", "Not registered", "未登録", "none"},
        {"noplan", "Not sched. to exe.", "未計画", "none"},
        {"timewait", "Wait for start time", "開始時刻待ち", "wait"},
        {"termwait", "Wait for prev. to end", "先行終了待ち", "wait"},
        {"condwait", "Wait for start cond.", "起動条件待ち", "wait"},
        {"holding", "Being held", "保留中", "wait"},
        {"execwait", "Waiting to execute", "実行待ち", "wait"},
        {"queuing", "Now queuing", "キューイング", "wait"},
        {"running", "Now running", "実行中", "running"},
        {"wacont", "Running + Warning", "警告検出実行中", "running"},
        {"abcont", "Running + Abend", "異常検出実行中", "running"},
        {"monitoring", "Now monitoring", "監視中", "running"},
        {"normal", "Ended normally", "正常終了", "normal"},
        {"normalfalse", "Normal end + False", "正常終了-偽", "normal"},
        {"warning", "Ended with warning", "警告検出終了", "warning"},
        {"abnormal", "Ended abnormally", "異常検出終了", "abnormal"},
        {"invalidseq", "Invalid exe. seq.", "順序不正", "abnormal"},
        {"interrupt", "Interrupted", "中断", "abnormal"},
        {"kill", "Killed", "強制終了", "abnormal"},
        {"fail", "Failed to start", "起動失敗", "abnormal"},
        {"unknown", "Unknown end status", "終了状態不明", "abnormal"},
        {"unexec", "Not executed + Ended", "未実行終了", "normal"},
        {"bypass", "Bypassed", "計画未実行", "normal"},
        {"execdeffer", "Skipped so not exe.", "繰り越し未実行", "abnormal"},
        {"shutdown", "Shutdown", "閉塞", "abnormal"},
    };
    static_assert(std::size(rows) == 25);
    int position = 0;
    for (const Row &r : rows) {
        QTest::newRow(r.code) << position++ << QString::fromLatin1(r.code)
                              << QString::fromLatin1(r.english) << QString::fromUtf8(r.japanese)
                              << QString::fromLatin1(r.cls);
    }
}

void TestStatusTable::status()
{
    QFETCH(int, position);
    QFETCH(QString, code);
    QFETCH(QString, english);
    QFETCH(QString, japanese);
    QFETCH(QString, statusClass);

    QVERIFY(position < int(allStatuses().size()));
    const StatusInfo &row = allStatuses()[std::size_t(position)];
    // Enum order = table order = domain.md order.
    QCOMPARE(int(row.status), position);
    const auto s = UnitStatus(position);
    QCOMPARE(&statusInfo(s), &row);

    QCOMPARE(QString::fromLatin1(row.code), code);
    QCOMPARE(statusCode(s), code);
    QCOMPARE(statusName(s, Language::English), english);
    QCOMPARE(statusName(s, Language::Japanese), japanese);
    QCOMPARE(statusClassCode(dr::statusClass(s)), statusClass);

    const auto back = statusFromCode(code);
    QVERIFY(back.has_value());
    QCOMPARE(int(*back), position);
}

void TestStatusTable::codesAreUnique()
{
    QSet<QString> codes, english, japanese;
    for (const StatusInfo &info : allStatuses()) {
        codes.insert(QString::fromLatin1(info.code));
        english.insert(QString::fromLatin1(info.english));
        japanese.insert(QString::fromUtf8(info.japanese));
    }
    QCOMPARE(codes.size(), 25);
    QCOMPARE(english.size(), 25);
    QCOMPARE(japanese.size(), 25);
}

void TestStatusTable::unknownCodesAreRejected_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << QStringLiteral("NORMAL");
    QTest::newRow("english name") << QStringLiteral("Ended normally");
    QTest::newRow("enum name") << QStringLiteral("Killed");
    QTest::newRow("trailing space") << QStringLiteral("normal ");
    QTest::newRow("misspelt execdeffer") << QStringLiteral("execdefer");
    QTest::newRow("class code") << QStringLiteral("none");
}

void TestStatusTable::unknownCodesAreRejected()
{
    QFETCH(QString, code);
    QVERIFY(!statusFromCode(code).has_value());
}

void TestStatusTable::classPredicates()
{
    int ended = 0, waiting = 0, running = 0;
    for (const StatusInfo &info : allStatuses()) {
        const StatusClass c = info.statusClass;
        const bool isEnd =
            c == StatusClass::Normal || c == StatusClass::Warning || c == StatusClass::Abnormal;
        QCOMPARE(isEndStatus(info.status), isEnd);
        QCOMPARE(isWaitStatus(info.status), c == StatusClass::Wait);
        QCOMPARE(isRunningStatus(info.status), c == StatusClass::Running);
        ended += isEnd;
        waiting += c == StatusClass::Wait;
        running += c == StatusClass::Running;
    }
    QCOMPARE(ended, 13);
    QCOMPARE(waiting, 6);
    QCOMPARE(running, 4);
}

void TestStatusTable::classCodesRoundTrip()
{
    const QStringList expected{QStringLiteral("none"),    QStringLiteral("wait"),
                               QStringLiteral("running"), QStringLiteral("normal"),
                               QStringLiteral("warning"), QStringLiteral("abnormal")};
    QCOMPARE(kStatusClassCount, int(expected.size()));
    for (int i = 0; i < kStatusClassCount; ++i) {
        const auto c = StatusClass(i);
        QCOMPARE(statusClassCode(c), expected[i]);
        QCOMPARE(statusClassFromCode(expected[i]), std::optional(c));
        QVERIFY(!statusClassName(c, Language::English).isEmpty());
        QVERIFY(!statusClassName(c, Language::Japanese).isEmpty());
    }
    QVERIFY(!statusClassFromCode(u"abend").has_value());
}

// Every ty= code listed in domain.md §11.
void TestStatusTable::unitType_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<UnitType>("type");
    QTest::addColumn<UnitKind>("kind");
    QTest::addColumn<bool>("recovery");

    auto row = [](const char *code, UnitType type, UnitKind kind, bool recovery = false) {
        QTest::newRow(code) << QString::fromLatin1(code) << type << kind << recovery;
    };
    row("g", UnitType::JobGroup, UnitKind::Group);
    row("n", UnitType::Jobnet, UnitKind::Jobnet);
    row("rn", UnitType::RecoveryJobnet, UnitKind::Jobnet, true);
    row("rm", UnitType::RemoteJobnet, UnitKind::Jobnet);
    row("j", UnitType::UnixJob, UnitKind::Job);
    row("rj", UnitType::RecoveryUnixJob, UnitKind::Job, true);
    row("pj", UnitType::PcJob, UnitKind::Job);
    row("qj", UnitType::QueueJob, UnitKind::Job);
    row("mlsj", UnitType::MailSendJob, UnitKind::Job);
    row("evwj", UnitType::EventWaitJob, UnitKind::EventJob);
    row("flwj", UnitType::FileWaitJob, UnitKind::EventJob);
    row("ntwj", UnitType::EventLogWaitJob, UnitKind::EventJob);
    row("lfwj", UnitType::LogFileWaitJob, UnitKind::EventJob);
    row("tmwj", UnitType::IntervalWaitJob, UnitKind::EventJob);
    row("orj", UnitType::OrJob, UnitKind::OrJob);
    row("jdj", UnitType::JudgmentJob, UnitKind::JudgmentJob);
    row("nc", UnitType::JobnetConnector, UnitKind::Connector);
    row("rc", UnitType::StartCondition, UnitKind::StartCondition);
}

void TestStatusTable::unitType()
{
    QFETCH(QString, code);
    QFETCH(UnitType, type);
    QFETCH(UnitKind, kind);
    QFETCH(bool, recovery);

    QCOMPARE(unitTypeFromCode(code), type);
    QCOMPARE(unitKind(type), kind);
    QCOMPARE(unitTypeCode(type), code);
    QCOMPARE(isRecoveryType(type), recovery);
    QVERIFY(!unitTypeName(type, Language::English).isEmpty());
    QVERIFY(!unitTypeName(type, Language::Japanese).isEmpty());
    // Only jobs and event jobs need an execution agent in the active region.
    QCOMPARE(usesAgent(type), kind == UnitKind::Job || kind == UnitKind::EventJob);
    QCOMPARE(isExecutable(type), kind != UnitKind::Group && kind != UnitKind::StartCondition);
}

void TestStatusTable::unknownTypeCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case N") << QStringLiteral("N");
    QTest::newRow("unknown xyz") << QStringLiteral("xyz");
    QTest::newRow("trailing space") << QStringLiteral("j ");
    QTest::newRow("prefix of a code") << QStringLiteral("evw");
    QTest::newRow("future job type") << QStringLiteral("awsj");
}

void TestStatusTable::unknownTypeCodes()
{
    QFETCH(QString, code);
    QCOMPARE(unitTypeFromCode(code), UnitType::Other);
    QCOMPARE(unitKind(UnitType::Other), UnitKind::Other);
    QVERIFY(!isExecutable(UnitType::Other));
    QVERIFY(!usesAgent(UnitType::Other));
}

void TestStatusTable::typeTableIsConsistent()
{
    QSet<QString> codes;
    int position = 0;
    for (const UnitTypeInfo &info : allUnitTypes()) {
        QCOMPARE(int(info.type), position++);
        if (info.type == UnitType::Other)
            continue;
        const QString code = QString::fromLatin1(info.code);
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
        QCOMPARE(unitTypeFromCode(code), info.type);
        // A recovery type is the normal type's code with an 'r' in front (JP1/AJS3 abbreviates
        // three of them), and has the same kind.
        if (info.recovery) {
            static const QHash<QString, QString> irregular{
                {QStringLiteral("rr"), QStringLiteral("rm")},
                {QStringLiteral("rp"), QStringLiteral("pj")},
                {QStringLiteral("rq"), QStringLiteral("qj")}};
            const UnitType normal = unitTypeFromCode(irregular.value(code, code.mid(1)));
            QVERIFY2(normal != UnitType::Other, qPrintable(code));
            QCOMPARE(unitKind(normal), info.kind);
            QVERIFY(!isRecoveryType(normal));
        }
    }
    QCOMPARE(position, int(UnitType::Other) + 1);
}

void TestStatusTable::execId_data()
{
    QTest::addColumn<int>("serial");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first") << 1 << QStringLiteral("@A1");
    QTest::newRow("two digits") << 42 << QStringLiteral("@A42");
    QTest::newRow("last of A") << 9999 << QStringLiteral("@A9999");
    QTest::newRow("first of B") << 10000 << QStringLiteral("@B1");
    QTest::newRow("second of B") << 10001 << QStringLiteral("@B2");
    QTest::newRow("last of B") << 19998 << QStringLiteral("@B9999");
    QTest::newRow("first of C") << 19999 << QStringLiteral("@C1");
    QTest::newRow("first of Z") << 25 * 9999 + 1 << QStringLiteral("@Z1");
    QTest::newRow("no generation") << 0 << QString();
    QTest::newRow("negative") << -5 << QString();
}

void TestStatusTable::execId()
{
    QFETCH(int, serial);
    QFETCH(QString, expected);
    QCOMPARE(formatExecId(serial), expected);
}

QTEST_GUILESS_MAIN(TestStatusTable)
#include "tst_statustable.moc"
