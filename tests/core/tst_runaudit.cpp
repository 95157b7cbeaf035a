// Everything done while a switchover runs belongs to the run: the facade gives every audit entry
// of that time the run's id (agent and host work, the clock, settings...), so that the run's
// audit query and its report tell the whole story; entries before the run keep none.

#include "TestSupport.h"

#include "model/Language.h"

#include <QTest>
#include <QTranslator>

using namespace dr;
using drtest::kCustomer;
using drtest::kProvider;

namespace {

qint64 minutes(int n)
{
    return n * 60 * 1000LL;
}

QList<AuditEntry> runAudit(const Console &c, qint64 runId)
{
    AuditLog::Filter filter;
    filter.runId = runId;
    auto entries = c.auditEntries(filter);
    return entries ? *entries : QList<AuditEntry>{};
}

QStringList actions(const QList<AuditEntry> &entries)
{
    QStringList list;
    for (const AuditEntry &e : entries)
        list << e.action;
    return list;
}

// A whole drill (steps 1 to 12, with notes) in a fresh demo database; the run's audit entries as
// "action: details" lines.
QStringList drillAudit()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    if (!c ||
        !c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Drill, QStringLiteral("drill")))
        return {};
    const qint64 runId = c->currentRun()->id;
    for (int step = 2; step <= 12; ++step) {
        // The DR region needs the agents before its recovery work can be reported (step 4).
        if (step == 3 && !c->copyAgents(kCustomer, RegionId::Primary, RegionId::Dr, true))
            return {};
        const bool ok =
            step == 7 ? bool(c->startSwitch(kCustomer, Phase::Failback, SwitchMode::Drill, {}))
                      : bool(c->completeStep(stepInfo(step).role == Role::Provider ? kProvider
                                                                                   : kCustomer,
                                             step, {QStringLiteral("n%1").arg(step), true, {}}));
        if (!ok)
            return {};
    }
    QStringList lines;
    for (const AuditEntry &e : runAudit(*c, runId))
        lines << e.action + QStringLiteral(": ") + e.details;
    return lines;
}

} // namespace

class TestRunAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEntryDuringARunCarriesItsId();
    void theLastStepStillBelongsToTheRun();
    void detailsDoNotDependOnTheWritersLanguage();
};

void TestRunAudit::everyEntryDuringARunCarriesItsId()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    DR_VERIFY_OK(c->declareOutage(kCustomer, RegionId::Primary)); // before the run: no id
    DR_VERIFY_OK(
        c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Disaster, QStringLiteral("outage")));
    const qint64 runId = c->currentRun()->id;
    DR_VERIFY_OK(c->completeStep(kProvider, 2));
    DR_VERIFY_OK(c->copyAgents(kCustomer, RegionId::Primary, RegionId::Dr, true));
    DR_VERIFY_OK(
        c->addHost(kCustomer, RegionId::Dr,
                   HostEntry{QStringLiteral("dr-extra"), {QStringLiteral("10.9.9.9")}, {}}));
    DR_VERIFY_OK(c->advanceClock(kCustomer, minutes(5)));
    DR_VERIFY_OK(c->completeStep(kCustomer, 3));
    DR_VERIFY_OK(c->setSyncInterval(kProvider, minutes(2)));

    const QStringList ofRun = actions(runAudit(*c, runId));
    for (const char *expected :
         {"switch.step", "agent.copy", "host.add", "clock.advance", "sync.interval"})
        QVERIFY2(ofRun.contains(QLatin1String(expected)), expected);
    QVERIFY(!ofRun.contains(QStringLiteral("region.outage")));
    const QStringList outside = actions(runAudit(*c, 0));
    QVERIFY(outside.contains(QStringLiteral("region.outage")));
    QVERIFY(!outside.contains(QStringLiteral("agent.copy")));

    // The report of the run lists them too.
    auto html = c->switchoverReport(runId);
    DR_VERIFY_OK(html);
    QVERIFY(html->contains(QLatin1String("agent.copy")));
    QVERIFY(html->contains(QLatin1String("dr-extra")));
}

void TestRunAudit::theLastStepStillBelongsToTheRun()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    DR_VERIFY_OK(c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Drill, {}));
    const qint64 runId = c->currentRun()->id;
    DR_VERIFY_OK(c->completeStep(kProvider, 2));
    DR_VERIFY_OK(c->copyAgents(kCustomer, RegionId::Primary, RegionId::Dr, true));
    for (int step = 3; step <= 12; ++step) {
        if (step == 7) {
            DR_VERIFY_OK(c->startSwitch(kCustomer, Phase::Failback, SwitchMode::Drill, {}));
            continue;
        }
        const Operator &op = stepInfo(step).role == Role::Provider ? kProvider : kCustomer;
        DR_VERIFY_OK(c->completeStep(op, step, {QString(), true, {}}));
    }
    QVERIFY(c->currentRun() == nullptr);
    // The entries of step 12 (which ends the run) carry it; what follows the run does not.
    const QList<AuditEntry> ofRun = runAudit(*c, runId);
    QVERIFY(ofRun.constLast().details.startsWith(QLatin1String("Step 12 completed")));
    DR_VERIFY_OK(c->advanceClock(kCustomer, minutes(5)));
    auto newest = c->auditEntries({-1, QString(), 1});
    DR_VERIFY_OK(newest);
    QCOMPARE(newest->constFirst().action, QStringLiteral("clock.advance"));
    QCOMPARE(newest->constFirst().runId, qint64(0));
}

// Audit details are hashed into the chain and stored in English: a Japanese-speaking writer
// stores exactly what an English-speaking one does.
void TestRunAudit::detailsDoNotDependOnTheWritersLanguage()
{
    const QStringList english = drillAudit();
    QVERIFY2(english.contains(QStringLiteral(
        "switch.step: Step 2 completed (Switch completed (DR manager started, suppressed)): n2")),
             qPrintable(english.join(QLatin1Char('\n'))));

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/drconsole_ja.qm")));
    QCoreApplication::installTranslator(&translator);
    setUiLanguage(Language::Japanese);
    const QString translatedTitle = SwitchoverNames::stepTitle(2);
    const QStringList japanese = drillAudit();
    QCoreApplication::removeTranslator(&translator);
    setUiLanguage(Language::English);

    QVERIFY(translatedTitle != QLatin1String(SwitchoverNames::stepTitleSource(2)));
    QVERIFY(!english.isEmpty());
    QCOMPARE(japanese, english);
}

QTEST_GUILESS_MAIN(TestRunAudit)
#include "tst_runaudit.moc"
