// The table of audit action names: every code the core writes has a name (found in the
// sources, so a new code without one fails here), names are translated, an unknown code is
// shown as it is, and times inside the stored details are shown in Japan time without touching
// the stored text.
#include "TestSupport.h"

#include "model/AuditAction.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace dr;

class TestAuditAction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCodeTheCoreWritesHasAName();
    void everyCodeOfAJourneyHasAName();
    void unknownCodeShownAsItIs();
    void namesAreTranslated();
    void detailsShowJapanTime_data();
    void detailsShowJapanTime();
};

void TestAuditAction::everyCodeTheCoreWritesHasAName()
{
    // audited(QStringLiteral("x.y"), ...) and entry.action = QStringLiteral("x.y") in core/.
    static const QRegularExpression audited(QStringLiteral("audited\\(([^,]*),"));
    static const QRegularExpression assigned(
        QStringLiteral("\\.action\\s*=\\s*(QStringLiteral\\(\"[^\"]+\"\\))"));
    static const QRegularExpression literal(
        QStringLiteral("QStringLiteral\\(\"([a-z]+\\.[a-z-]+)\"\\)"));
    QSet<QString> written;
    QDirIterator it(QStringLiteral(DR_SOURCE_DIR "/core"), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const QRegularExpression *re : {&audited, &assigned}) {
            for (auto m = re->globalMatch(text); m.hasNext();) {
                const QString argument = m.next().captured(1);
                for (auto l = literal.globalMatch(argument); l.hasNext();)
                    written.insert(l.next().captured(1));
            }
        }
    }
    QVERIFY2(written.size() >= 30, qPrintable(QStringList(written.values()).join(u' ')));
    for (const QString &code : std::as_const(written)) {
        QVERIFY2(AuditActions::isKnown(code),
                 qPrintable(code + QStringLiteral(" has no display name")));
        QVERIFY(AuditActions::displayName(code) != code);
    }
    const QStringList codes = AuditActions::codes();
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size()); // no code twice
}

void TestAuditAction::everyCodeOfAJourneyHasAName()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    DR_VERIFY_OK(c->declareOutage(drtest::kCustomer, RegionId::Primary));
    DR_VERIFY_OK(c->startSwitch(drtest::kCustomer, Phase::Failover, SwitchMode::Disaster, {}));
    DR_VERIFY_OK(c->completeStep(drtest::kProvider, 2));
    DR_VERIFY_OK(c->copyAgents(drtest::kCustomer, RegionId::Primary, RegionId::Dr, true));
    DR_VERIFY_OK(c->advanceClock(drtest::kCustomer, 60 * 1000));
    auto entries = c->auditEntries();
    QVERIFY(entries.ok());
    QSet<QString> seen;
    for (const AuditEntry &e : *entries) {
        QVERIFY2(AuditActions::isKnown(e.action), qPrintable(e.action));
        seen.insert(e.action);
    }
    QCOMPARE(seen, (QSet<QString>{QStringLiteral("environment.initialize"),
                                  QStringLiteral("region.outage"), QStringLiteral("switch.step"),
                                  QStringLiteral("agent.copy"), QStringLiteral("clock.advance")}));
    QCOMPARE(AuditActions::displayName(QStringLiteral("switch.step")),
             QStringLiteral("Switchover step"));
    QCOMPARE(AuditActions::displayName(QStringLiteral("environment.initialize")),
             QStringLiteral("Environment created"));
}

void TestAuditAction::unknownCodeShownAsItIs()
{
    QVERIFY(!AuditActions::isKnown(QStringLiteral("future.action")));
    QCOMPARE(AuditActions::displayName(QStringLiteral("future.action")),
             QStringLiteral("future.action"));
    QCOMPARE(AuditActions::displayName(QString()), QString());
}

void TestAuditAction::namesAreTranslated()
{
    QTranslator ja;
    QVERIFY(ja.load(QStringLiteral(":/i18n/drconsole_ja.qm")));
    QCoreApplication::installTranslator(&ja);
    const QString step = AuditActions::displayName(QStringLiteral("switch.step"));
    const QString outage = AuditActions::displayName(QStringLiteral("region.outage"));
    QCoreApplication::removeTranslator(&ja);
    QCOMPARE(step, QStringLiteral("運用切り替えの手順"));
    QCOMPARE(outage, QStringLiteral("リージョン障害"));
}

void TestAuditAction::detailsShowJapanTime_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("one time")
        << QStringLiteral("Clock advanced by 1 h 00 min to 2026-11-25T01:30:00Z")
        << QStringLiteral("Clock advanced by 1 h 00 min to 2026-11-25 10:30:00 JST");
    QTest::newRow("two times, day change")
        << QStringLiteral("Regional outage of primary at 2026-11-25T15:00:00Z; last sync point "
                          "2026-11-25T14:59:00Z")
        << QStringLiteral("Regional outage of primary at 2026-11-26 00:00:00 JST; last sync point "
                          "2026-11-25 23:59:00 JST");
    QTest::newRow("milliseconds") << QStringLiteral("at 2026-11-25T01:30:00.250Z.")
                                  << QStringLiteral("at 2026-11-25 10:30:00 JST.");
    QTest::newRow("no time") << QStringLiteral("Agent ORDERDB added to dr")
                             << QStringLiteral("Agent ORDERDB added to dr");
    QTest::newRow("a date only") << QStringLiteral("Maintenance date 2026-12-01 -> 2026-12-08")
                                 << QStringLiteral("Maintenance date 2026-12-01 -> 2026-12-08");
    QTest::newRow("not a time") << QStringLiteral("id 2026-13-45T99:99:99Z stays")
                                << QStringLiteral("id 2026-13-45T99:99:99Z stays");
}

void TestAuditAction::detailsShowJapanTime()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QCOMPARE(AuditActions::displayDetails(stored), shown);
}

QTEST_GUILESS_MAIN(TestAuditAction)
#include "tst_auditaction.moc"
