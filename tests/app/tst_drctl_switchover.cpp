// The disaster failover and failback, unit and agent operations and the audit check, run as an
// operator's script runs drctl: exit codes, the messages naming the rule, and the --json output.
// The databases are seeded through the core at fixed simulated times, so nothing depends on the
// wall clock.

#include "DrctlRun.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace dr;
using namespace Qt::StringLiterals;
using drtest::regionOf;

class TestDrctlSwitchover : public QObject, protected drtest::DrctlFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void disasterFailoverAndFailback();
    void unitsAndAgents();
    void warningRefusalCountsWarnings();
    void auditVerificationDetectsTampering();
};

void TestDrctlSwitchover::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(DRCTL_PATH)), DRCTL_PATH);
}

void TestDrctlSwitchover::disasterFailoverAndFailback()
{
    m_db = demoDatabase(u"switch.db"_s);
    QVERIFY(!m_db.isEmpty());
    const QString alice = u"customer:alice"_s;
    const QString pat = u"provider:pat"_s;
    const QString as = u"--as"_s;
    const QString sw = u"switch"_s;
    const QString complete = u"complete"_s;
    const QString json = u"--json"_s;

    // Before anything happens: nothing to release, no step to complete, no disaster to fail over.
    DRCTL_EXPECT(3, u"release"_s, u"--region"_s, u"dr"_s, as, pat);
    DRCTL_EXPECT(3, sw, complete, u"2"_s, as, pat);
    DRCTL_EXPECT(3, sw, u"start"_s, u"failover"_s, u"--mode"_s, u"disaster"_s, as, alice);
    QVERIFY2(last.errText().contains(u"drill"_s), last.err.constData());

    // 40 s after the sync point of 10:30, the primary region goes down.
    DRCTL_EXPECT(0, u"clock"_s, u"advance"_s, u"40s"_s, as, alice);
    DRCTL_EXPECT(0, u"disaster"_s, u"primary"_s);
    DRCTL_EXPECT(3, u"disaster"_s, u"primary"_s);
    DRCTL_EXPECT(3, sw, u"start"_s, u"failover"_s, u"--mode"_s, u"drill"_s, as, alice);
    // Step 1 is the customer's.
    DRCTL_EXPECT(3, sw, u"start"_s, u"failover"_s, u"--mode"_s, u"disaster"_s, as, pat);
    QVERIFY2(last.errText().contains(u"customer"_s), last.err.constData());
    DRCTL_EXPECT(0, sw, u"start"_s, u"failover"_s, u"--mode"_s, u"disaster"_s, u"--note"_s,
                 u"Tokyo is down"_s, as, alice);
    QVERIFY(last.out.contains("Not carried over"));
    DRCTL_EXPECT(3, sw, u"start"_s, u"failover"_s, u"--mode"_s, u"disaster"_s, as, alice);

    // Step 2 is the provider's, and steps go in order.
    DRCTL_EXPECT(3, sw, complete, u"2"_s, as, alice);
    QVERIFY2(last.errText().contains(u"provider"_s), last.err.constData());
    DRCTL_EXPECT(3, sw, complete, u"3"_s, as, alice);
    QVERIFY2(last.errText().contains(u"next step is 2"_s), last.err.constData());
    DRCTL_EXPECT(4, sw, complete, u"13"_s, as, pat);
    DRCTL_EXPECT(0, sw, complete, u"2"_s, as, pat);

    DRCTL_EXPECT(0, json, u"status"_s);
    QJsonObject s = last.json();
    QCOMPARE(s.value(u"activeRegion"_s).toString(), u"dr"_s);
    QCOMPARE(regionOf(s, u"dr"_s).value(u"manager"_s).toString(), u"running"_s);
    QCOMPARE(regionOf(s, u"dr"_s).value(u"suppressed"_s).toBool(), true);
    QCOMPARE(regionOf(s, u"primary"_s).value(u"manager"_s).toString(), u"stopped"_s);
    QCOMPARE(regionOf(s, u"primary"_s).value(u"suppressed"_s).toBool(), false);
    QJsonObject run = s.value(u"switchover"_s).toObject();
    QCOMPARE(run.value(u"id"_s).toInt(), 1);
    QCOMPARE(run.value(u"kind"_s).toString(), u"failover"_s);
    QCOMPARE(run.value(u"mode"_s).toString(), u"disaster"_s);
    QCOMPARE(run.value(u"nextStep"_s).toInt(), 3);
    QCOMPARE(run.value(u"nextRole"_s).toString(), u"customer"_s);

    // Jobs that were on an agent at the sync point came back as Unknown end status, to review.
    DRCTL_EXPECT(0, json, u"units"_s, u"list"_s, u"--status"_s, u"unknown"_s);
    QCOMPARE(last.json().value(u"region"_s).toString(),
             u"dr"_s); // the active one
    const QJsonArray unknown = last.json().value(u"units"_s).toArray();
    QVERIFY(unknown.size() >= 1);
    QStringList unknownPaths;
    for (const QJsonValue &v : unknown) {
        const QJsonObject u = v.toObject();
        QCOMPARE(u.value(u"status"_s).toString(), u"unknown"_s);
        QCOMPARE(u.value(u"attention"_s).toBool(), true);
        QVERIFY(u.value(u"path"_s).toString().startsWith(QLatin1Char('/')));
        QVERIFY(!u.value(u"agent"_s).toString().isEmpty());
        QVERIFY(u.value(u"execId"_s).toString().startsWith(QLatin1Char('@')));
        QVERIFY(u.value(u"start"_s).isString());
        QVERIFY(u.value(u"end"_s).isNull());
        QVERIFY(u.contains(u"type"_s));
        unknownPaths << u.value(u"path"_s).toString();
    }
    DRCTL_EXPECT(0, json, u"units"_s, u"list"_s, u"--attention"_s);
    const QJsonArray attention = last.json().value(u"units"_s).toArray();
    QVERIFY(attention.size() >= unknown.size());
    for (const QJsonValue &v : attention)
        QCOMPARE(v.toObject().value(u"attention"_s).toBool(), true);

    // The provider cannot release before the customer reports (step 4).
    DRCTL_EXPECT(3, u"release"_s, u"--region"_s, u"dr"_s, as, pat);
    QVERIFY2(last.errText().contains(u"step 4"_s), last.err.constData());

    // The demo's DR environment lacks four agents: pre-flight errors until they are copied.
    DRCTL_EXPECT(3, u"preflight"_s, u"--region"_s, u"dr"_s);
    DRCTL_EXPECT(3, json, u"preflight"_s, u"--region"_s, u"dr"_s);
    QJsonObject pf = last.json();
    QCOMPARE(pf.value(u"region"_s).toString(), u"dr"_s);
    QStringList missing;
    for (const QJsonValue &v : pf.value(u"errors"_s).toArray()) {
        QCOMPARE(v.toObject().value(u"code"_s).toString(), u"agent-missing"_s);
        QVERIFY(!v.toObject().value(u"message"_s).toString().isEmpty());
        missing << v.toObject().value(u"subject"_s).toString();
    }
    missing.sort();
    QCOMPARE(missing, (QStringList{u"CARRIER-IF"_s, u"DWH-ETL"_s, u"FIN-PRINT"_s, u"WH-LABEL"_s}));
    QVERIFY(pf.value(u"warnings"_s).isArray());
    QVERIFY(pf.value(u"info"_s).isArray());
    // The data-loss window names its two times in ISO-8601 UTC, as every time in --json.
    bool sawLoss = false;
    for (const QJsonValue &v : pf.value(u"info"_s).toArray()) {
        if (v.toObject().value(u"code"_s).toString() != u"data-loss"_s)
            continue;
        sawLoss = true;
        const QJsonArray times = v.toObject().value(u"args"_s).toArray();
        QCOMPARE(times.size(), 2);
        for (const QJsonValue &t : times) {
            QVERIFY2(QDateTime::fromString(t.toString(), Qt::ISODate).isValid() &&
                         t.toString().endsWith(u'Z'),
                     qPrintable(t.toString()));
        }
    }
    QVERIFY(sawLoss);

    DRCTL_EXPECT(0, json, u"agents"_s, u"copy"_s, u"--from"_s, u"primary"_s, u"--to"_s, u"dr"_s,
                 u"--only-missing"_s, as, alice);
    QStringList copied;
    for (const QJsonValue &v : last.json().value(u"copied"_s).toArray())
        copied << v.toString();
    copied.sort();
    QCOMPARE(copied, missing);
    DRCTL_EXPECT(3, u"agents"_s, u"copy"_s, u"--from"_s, u"primary"_s, u"--to"_s, u"dr"_s,
                 u"--only-missing"_s, as, alice);
    DRCTL_EXPECT(0, u"preflight"_s, u"--region"_s, u"dr"_s);
    DRCTL_EXPECT(0, json, u"preflight"_s, u"--region"_s, u"dr"_s);
    QCOMPARE(last.json().value(u"errors"_s).toArray().size(), 0);
    const int warnings = last.json().value(u"warnings"_s).toArray().size();

    DRCTL_EXPECT(3, sw, complete, u"3"_s, as, pat);
    DRCTL_EXPECT(0, sw, complete, u"3"_s, u"--overdue"_s, u"run"_s, as, alice);
    if (warnings > 0) {
        DRCTL_EXPECT(3, sw, complete, u"4"_s, as, alice);
        QVERIFY2(last.errText().contains(u"acknowledge"_s), last.err.constData());
    }
    DRCTL_EXPECT(3, u"release"_s, u"--region"_s, u"dr"_s, as, pat);
    DRCTL_EXPECT(0, sw, complete, u"4"_s, u"--ack-warnings"_s, u"--note"_s,
                 u"checked on the agents"_s, as, alice);
    DRCTL_EXPECT(3, sw, complete, u"5"_s, as, alice);
    QVERIFY2(last.errText().contains(u"provider"_s), last.err.constData());
    DRCTL_EXPECT(0, sw, complete, u"5"_s, as, pat);
    DRCTL_EXPECT(0, json, u"status"_s);
    QCOMPARE(regionOf(last.json(), u"dr"_s).value(u"suppressed"_s).toBool(), false);
    QCOMPARE(last.json().value(u"switchover"_s).toObject().value(u"nextStep"_s).toInt(), 6);

    // Units are operated in the active region: the customer settles one reviewed job.
    DRCTL_EXPECT(0, json, u"units"_s, u"set-status"_s, unknownPaths.first(), u"normal"_s, as,
                 alice);
    QCOMPARE(last.json().value(u"status"_s).toString(), u"normal"_s);
    QCOMPARE(last.json().value(u"region"_s).toString(), u"dr"_s);

    DRCTL_EXPECT(0, u"clock"_s, u"advance"_s, u"45m"_s);
    DRCTL_EXPECT(0, sw, complete, u"6"_s, as, alice);
    QVERIFY2(last.out.contains("45 min"), last.out.constData()); // recovery time, steps 1-6

    // A completed failover: no failback is pending until the customer requests one (step 7).
    DRCTL_EXPECT(0, json, sw, u"show"_s);
    QJsonObject show = last.json();
    QCOMPARE(show.value(u"run"_s).toObject().value(u"kind"_s).toString(), u"failover"_s);
    QCOMPARE(show.value(u"run"_s).toObject().value(u"failoverCompleted"_s).toBool(), true);
    QCOMPARE(show.value(u"run"_s).toObject().value(u"failbackRequested"_s).toBool(), false);
    DRCTL_EXPECT(0, json, u"status"_s);
    QJsonObject afterFailover = last.json().value(u"switchover"_s).toObject();
    QCOMPARE(afterFailover.value(u"kind"_s).toString(), u"failover"_s);
    QCOMPARE(afterFailover.value(u"failoverCompleted"_s).toBool(), true);
    QCOMPARE(afterFailover.value(u"nextStep"_s).toInt(), 7);
    QCOMPARE(afterFailover.value(u"nextRole"_s).toString(), u"customer"_s);
    DRCTL_EXPECT(0, u"status"_s);
    QVERIFY2(last.out.contains("run 1, failover, disaster mode"), last.out.constData());
    QVERIFY2(last.out.contains("no failback has been requested"), last.out.constData());
    QJsonArray steps = show.value(u"steps"_s).toArray();
    QCOMPARE(steps.size(), 12);
    for (int i = 0; i < 12; ++i) {
        const QJsonObject st = steps.at(i).toObject();
        QCOMPARE(st.value(u"step"_s).toInt(), i + 1);
        QCOMPARE(st.value(u"phase"_s).toString(), i < 6 ? u"failover"_s : u"failback"_s);
        const bool provider = i % 6 == 1 || i % 6 == 4;
        QCOMPARE(st.value(u"role"_s).toString(), provider ? u"provider"_s : u"customer"_s);
        QCOMPARE(st.value(u"state"_s).toString(), i < 6 ? u"done"_s : u"pending"_s);
        if (i < 6) {
            QCOMPARE(st.value(u"by"_s).toString(), provider ? u"pat"_s : u"alice"_s);
            QVERIFY(st.value(u"at"_s).toString().endsWith(QLatin1Char('Z')));
        } else {
            QVERIFY(st.value(u"by"_s).isNull());
            QVERIFY(st.value(u"at"_s).isNull());
            QVERIFY(st.value(u"note"_s).isNull());
        }
    }
    QCOMPARE(steps.at(0).toObject().value(u"note"_s).toString(), u"Tokyo is down"_s);
    QCOMPARE(steps.at(3).toObject().value(u"note"_s).toString(), u"checked on the agents"_s);
    QCOMPARE(steps.at(5).toObject().value(u"at"_s).toString(), u"2026-11-25T02:15:40Z"_s);

    // Failback: the primary has to be back first, in the same mode.
    DRCTL_EXPECT(3, sw, u"start"_s, u"failback"_s, u"--mode"_s, u"disaster"_s, as, alice);
    DRCTL_EXPECT(0, u"restore"_s, u"primary"_s);
    DRCTL_EXPECT(3, sw, u"start"_s, u"failback"_s, u"--mode"_s, u"drill"_s, as, alice);
    DRCTL_EXPECT(0, sw, u"start"_s, u"failback"_s, u"--mode"_s, u"disaster"_s, as, alice);
    DRCTL_EXPECT(3, sw, complete, u"9"_s, as, alice);
    DRCTL_EXPECT(0, sw, complete, u"8"_s, as, pat);
    DRCTL_EXPECT(0, json, u"status"_s);
    s = last.json();
    QCOMPARE(s.value(u"activeRegion"_s).toString(), u"primary"_s);
    QCOMPARE(regionOf(s, u"primary"_s).value(u"manager"_s).toString(), u"running"_s);
    QCOMPARE(regionOf(s, u"primary"_s).value(u"suppressed"_s).toBool(), true);
    QCOMPARE(regionOf(s, u"dr"_s).value(u"manager"_s).toString(), u"stopped"_s);
    run = s.value(u"switchover"_s).toObject();
    QCOMPARE(run.value(u"kind"_s).toString(), u"failback"_s);
    QCOMPARE(run.value(u"failbackRequested"_s).toBool(), true);
    QCOMPARE(run.value(u"nextStep"_s).toInt(), 9);

    DRCTL_EXPECT(0, sw, complete, u"9"_s, as, alice);
    DRCTL_EXPECT(0, json, u"preflight"_s, u"--region"_s, u"primary"_s);
    if (!last.json().value(u"warnings"_s).toArray().isEmpty())
        DRCTL_EXPECT(3, sw, complete, u"10"_s, as, alice);
    DRCTL_EXPECT(0, sw, complete, u"10"_s, u"--ack-warnings"_s, as, alice);
    DRCTL_EXPECT(3, u"release"_s, u"--region"_s, u"primary"_s, as, alice);
    // During a switchover the provider's release is step 11.
    DRCTL_EXPECT(0, u"release"_s, u"--region"_s, u"primary"_s, as, pat);
    QVERIFY2(last.out.contains("step 11"), last.out.constData());
    DRCTL_EXPECT(0, sw, complete, u"12"_s, as, alice);
    QVERIFY(last.out.contains("complete"));

    DRCTL_EXPECT(0, json, u"status"_s);
    s = last.json();
    QVERIFY(s.value(u"switchover"_s).isNull());
    QCOMPARE(s.value(u"activeRegion"_s).toString(), u"primary"_s);
    QCOMPARE(regionOf(s, u"primary"_s).value(u"manager"_s).toString(), u"running"_s);
    QCOMPARE(regionOf(s, u"primary"_s).value(u"suppressed"_s).toBool(), false);
    QCOMPARE(regionOf(s, u"dr"_s).value(u"manager"_s).toString(), u"stopped"_s);

    // The last run stays visible, complete.
    DRCTL_EXPECT(0, json, sw, u"show"_s);
    show = last.json();
    QCOMPARE(show.value(u"run"_s).toObject().value(u"completed"_s).toBool(), true);
    QVERIFY(show.value(u"run"_s).toObject().value(u"nextStep"_s).isNull());
    for (const QJsonValue &v : show.value(u"steps"_s).toArray())
        QCOMPARE(v.toObject().value(u"state"_s).toString(), u"done"_s);
    DRCTL_EXPECT(0, sw, u"show"_s);
    QVERIFY(last.out.contains("Tokyo is down"));

    // Everything above is in an intact audit log.
    DRCTL_EXPECT(0, json, u"audit"_s, u"--verify"_s);
    QCOMPARE(last.json().value(u"verified"_s).toBool(), true);
    int stepEntries = 0;
    for (const QJsonValue &v : last.json().value(u"entries"_s).toArray())
        stepEntries += v.toObject().value(u"action"_s).toString() == u"switch.step"_s;
    QCOMPARE(stepEntries, 12);
}

void TestDrctlSwitchover::unitsAndAgents()
{
    m_db = demoDatabase(u"units.db"_s);
    QVERIFY(!m_db.isEmpty());
    const QString as = u"--as"_s;
    const QString alice = u"customer:alice"_s;
    const QString json = u"--json"_s;

    // Unknown paths and agents are bad input; the standby region is not operated.
    DRCTL_EXPECT(4, u"units"_s, u"hold"_s, u"/NO/SUCH/JOB"_s, as, alice);
    QVERIFY(last.errText().contains(u"/NO/SUCH/JOB"_s));
    DRCTL_EXPECT(4, u"agents"_s, u"update"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"NOPE"_s,
                 u"--host"_s, u"10.0.0.1"_s, as, alice);
    DRCTL_EXPECT(4, u"clock"_s, u"advance"_s, u"soon"_s);
    DRCTL_EXPECT(3, u"clock"_s, u"set"_s, u"2026-11-24T00:00:00Z"_s);

    // A units listing filtered by path: the demo's /SALES group, jobs with their agents.
    DRCTL_EXPECT(0, json, u"units"_s, u"list"_s, u"--path"_s, u"/SALES/"_s);
    const QJsonArray sales = last.json().value(u"units"_s).toArray();
    QVERIFY(sales.size() > 5);
    for (const QJsonValue &v : sales) {
        const QJsonObject u = v.toObject();
        QVERIFY(u.value(u"path"_s).toString().startsWith(u"/SALES/"_s));
        if (u.value(u"type"_s).toString() == u"j"_s)
            QVERIFY(!u.value(u"agent"_s).toString().isEmpty());
    }

    // Agents: add with windows and restriction, update one field, the others stay.
    DRCTL_EXPECT(0, u"agents"_s, u"add"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"TEST-AG"_s,
                 u"--host"_s, u"10.20.9.9"_s, u"--limits"_s, u"00:00-12:00=3,12:00-00:00=5"_s,
                 u"--restriction"_s, u"hold"_s, u"--description"_s, u"drill target"_s, as, alice);
    DRCTL_EXPECT(4, u"agents"_s, u"add"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"test-ag"_s,
                 u"--host"_s, u"10.20.9.9"_s, as,
                 alice); // case-insensitive duplicate
    DRCTL_EXPECT(4, u"agents"_s, u"add"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"BAD-LIMITS"_s,
                 u"--host"_s, u"10.20.9.9"_s, u"--limits"_s, u"00:10-12:00=3"_s, as, alice);
    DRCTL_EXPECT(0, u"agents"_s, u"update"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"TEST-AG"_s,
                 u"--restriction"_s, u"effective"_s, as, alice);
    DRCTL_EXPECT(0, json, u"agents"_s, u"list"_s, u"--region"_s, u"dr"_s);
    QJsonObject agent;
    for (const QJsonValue &v : last.json().value(u"agents"_s).toArray()) {
        if (v.toObject().value(u"name"_s).toString() == u"TEST-AG"_s)
            agent = v.toObject();
    }
    QCOMPARE(agent.value(u"host"_s).toString(), u"10.20.9.9"_s);
    QCOMPARE(agent.value(u"limits"_s).toString(), u"00:00-12:00=3,12:00-00:00=5"_s);
    QCOMPARE(agent.value(u"restriction"_s).toString(), u"effective"_s);
    QCOMPARE(agent.value(u"description"_s).toString(), u"drill target"_s);
    // Giving only the values it has changes nothing and records nothing.
    DRCTL_EXPECT(0, json, u"audit"_s);
    const qsizetype entriesBefore = last.json().value(u"entries"_s).toArray().size();
    DRCTL_EXPECT(0, u"agents"_s, u"update"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"TEST-AG"_s,
                 u"--restriction"_s, u"effective"_s, as, alice);
    QVERIFY2(last.out.contains("unchanged"), last.out.constData());
    DRCTL_EXPECT(0, json, u"agents"_s, u"update"_s, u"--region"_s, u"dr"_s, u"--name"_s,
                 u"TEST-AG"_s, as, alice);
    QCOMPARE(last.json().value(u"changed"_s).toBool(true), false);
    DRCTL_EXPECT(0, json, u"audit"_s);
    QCOMPARE(last.json().value(u"entries"_s).toArray().size(), entriesBefore);
    DRCTL_EXPECT(0, u"agents"_s, u"update"_s, u"--help"_s);
    QVERIFY2(last.out.contains("unchanged when not given") && !last.out.contains("default"),
             last.out.constData());
    // Names match case-insensitively; the report names the agent as registered.
    DRCTL_EXPECT(0, json, u"agents"_s, u"remove"_s, u"--region"_s, u"dr"_s, u"--name"_s,
                 u"test-ag"_s, as, alice);
    QCOMPARE(last.json().value(u"removed"_s).toString(), u"TEST-AG"_s);
    DRCTL_EXPECT(0, u"hosts"_s, u"add"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"Dr-Spare02"_s,
                 u"--ip"_s, u"10.20.9.23"_s, as, alice);
    DRCTL_EXPECT(0, u"hosts"_s, u"remove"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"dr-spare02"_s,
                 as, alice);
    QVERIFY2(last.out.contains("Host Dr-Spare02 removed"), last.out.constData());
    DRCTL_EXPECT(3, u"agents"_s, u"remove"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"@SYSTEM"_s, as,
                 alice);

    // Host information.
    DRCTL_EXPECT(0, u"hosts"_s, u"add"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"dr-extra01"_s,
                 u"--ip"_s, u"10.20.9.21,10.20.9.22"_s, as, alice);
    DRCTL_EXPECT(0, json, u"hosts"_s, u"list"_s, u"--region"_s, u"dr"_s);
    QJsonObject host;
    for (const QJsonValue &v : last.json().value(u"hosts"_s).toArray()) {
        if (v.toObject().value(u"name"_s).toString() == u"dr-extra01"_s)
            host = v.toObject();
    }
    QCOMPARE(host.value(u"addresses"_s).toArray().size(), 2);
    DRCTL_EXPECT(0, u"hosts"_s, u"remove"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"dr-extra01"_s,
                 as, alice);

    // Suppression is the provider's.
    DRCTL_EXPECT(3, u"suppress"_s, u"--region"_s, u"primary"_s, as, alice);
    DRCTL_EXPECT(0, u"suppress"_s, u"--region"_s, u"primary"_s, as, u"provider:pat"_s);
    DRCTL_EXPECT(0, json, u"status"_s);
    QCOMPARE(regionOf(last.json(), u"primary"_s).value(u"suppressed"_s).toBool(), true);
    DRCTL_EXPECT(0, u"release"_s, u"--region"_s, u"primary"_s, as, u"provider:pat"_s);
}

// Step 4 refused for unacknowledged warnings says how many, in singular or plural.
void TestDrctlSwitchover::warningRefusalCountsWarnings()
{
    m_db = demoDatabase(u"warnings.db"_s);
    QVERIFY(!m_db.isEmpty());
    const QString as = u"--as"_s;
    const QString alice = u"customer:alice"_s;
    DRCTL_EXPECT(0, u"switch"_s, u"start"_s, u"failover"_s, u"--mode"_s, u"drill"_s, as, alice);
    DRCTL_EXPECT(0, u"switch"_s, u"complete"_s, u"2"_s, as, u"provider:pat"_s);
    DRCTL_EXPECT(0, u"agents"_s, u"copy"_s, u"--from"_s, u"primary"_s, u"--to"_s, u"dr"_s,
                 u"--only-missing"_s, as, alice);
    DRCTL_EXPECT(0, u"switch"_s, u"complete"_s, u"3"_s, as, alice);
    // One warning: the jobs that were running at the sync point need review.
    DRCTL_EXPECT(0, u"--json"_s, u"preflight"_s, u"--region"_s, u"dr"_s);
    QCOMPARE(last.json().value(u"warnings"_s).toArray().size(), 1);
    DRCTL_EXPECT(3, u"switch"_s, u"complete"_s, u"4"_s, as, alice);
    QVERIFY2(last.errText().contains(u"found 1 warning; acknowledge it to report"_s),
             last.err.constData());
    // Two: an agent the jobs use is set to Hold as well.
    DRCTL_EXPECT(0, u"agents"_s, u"update"_s, u"--region"_s, u"dr"_s, u"--name"_s, u"ORDERDB"_s,
                 u"--restriction"_s, u"hold"_s, as, alice);
    DRCTL_EXPECT(0, u"--json"_s, u"preflight"_s, u"--region"_s, u"dr"_s);
    QCOMPARE(last.json().value(u"warnings"_s).toArray().size(), 2);
    DRCTL_EXPECT(3, u"switch"_s, u"complete"_s, u"4"_s, as, alice);
    QVERIFY2(last.errText().contains(u"found 2 warnings; acknowledge them to report"_s),
             last.err.constData());
}

void TestDrctlSwitchover::auditVerificationDetectsTampering()
{
    m_db = demoDatabase(u"audit.db"_s);
    QVERIFY(!m_db.isEmpty());
    DRCTL_EXPECT(0, u"sync"_s);
    DRCTL_EXPECT(0, u"clock"_s, u"advance"_s, u"5m"_s, u"--as"_s, u"customer:alice"_s);
    DRCTL_EXPECT(0, u"sync"_s);
    DRCTL_EXPECT(0, u"audit"_s, u"--verify"_s);
    QVERIFY(last.out.contains("verified"));
    // People read action names and Japan times; the codes and UTC times are in --json.
    QVERIFY2(last.out.contains("Synchronised") && last.out.contains("Clock advanced"),
             last.out.constData());
    QVERIFY2(!last.out.contains("sync.now") && !last.out.contains(":00Z"), last.out.constData());
    QVERIFY(last.out.contains(" JST"));
    DRCTL_EXPECT(0, u"--json"_s, u"audit"_s);
    const QJsonArray entries = last.json().value(u"entries"_s).toArray();
    QVERIFY(entries.size() >= 4);
    const QJsonObject second = entries.at(1).toObject();
    QCOMPARE(second.value(u"seq"_s).toInt(), 2);
    QCOMPARE(second.value(u"action"_s).toString(), u"sync.now"_s);
    QCOMPARE(second.value(u"role"_s).toString(), u"system"_s);
    QVERIFY(second.value(u"at"_s).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(second.contains(u"operator"_s));
    QVERIFY(second.contains(u"details"_s));
    QCOMPARE(entries.at(2).toObject().value(u"operator"_s).toString(), u"alice"_s);

    // Someone with file access removes the guard and rewrites entry 3.
    {
        const QString name = u"tamper"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"DROP TRIGGER audit_log_no_update"_s),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral(
                         "UPDATE audit_log SET details = 'nothing happened' WHERE seq = 3")),
                     qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    DRCTL_EXPECT(6, u"audit"_s, u"--verify"_s);
    QVERIFY2(last.errText().startsWith(u"drctl: "_s), last.err.constData());
    QVERIFY2(last.errText().contains(u"entry 3"_s), last.err.constData());
    DRCTL_EXPECT(6, u"--json"_s, u"audit"_s, u"--verify"_s);
    QCOMPARE(last.json().value(u"verified"_s).toBool(), false);
    QCOMPARE(last.json().value(u"verification"_s).toObject().value(u"firstBrokenSeq"_s).toInt(), 3);
    // Listing without --verify still works.
    DRCTL_EXPECT(0, u"audit"_s);
}

QTEST_GUILESS_MAIN(TestDrctlSwitchover)
#include "tst_drctl_switchover.moc"
