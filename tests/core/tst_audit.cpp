// The audit chain: entries appended through the facade verify; the append-only triggers refuse
// UPDATE and DELETE; with the triggers dropped (an attacker with the file), editing any column,
// re-hashing an edited entry, removing a middle entry, removing the newest entries, or appending
// forged entries is each reported at the right entry with a message saying what happened; every
// field of an entry feeds its hash and each entry links to the previous hash.
#include "StoreSupport.h"
#include "TestSupport.h"

#include "store/AuditLog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using drtest::kCustomer;
using drtest::kProvider;

namespace {

QList<AuditEntry> entriesOf(const Console &console)
{
    auto entries = console.auditEntries();
    return entries ? *entries : QList<AuditEntry>();
}

void dropTriggers(const storetest::RawDb &raw)
{
    QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")), QString());
    QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")), QString());
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chainVerifies();
    void chainLinks();
    void triggersRefuseChanges();
    void editedColumn_data();
    void editedColumn();
    void rehashedEntryBreaksTheNext();
    void removedEntries_data();
    void removedEntries();
    void changedNewestEntry();
    void forgedAppend();
    void missingHeadRecord();
    void everyFieldFeedsTheHash();
    void filters();

private:
    // A copy of the prepared database, opened through the facade.
    std::unique_ptr<Console> openCopy(QTemporaryDir &dir);

    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
};

void TestAudit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("audit.db"));
    auto console = drtest::demoConsole(m_dir, QStringLiteral("audit.db"));
    QVERIFY(console);
    HostEntry host{QStringLiteral("wh-label02"), {QStringLiteral("10.20.2.22")}, {}};
    ExecutionAgent agent;
    agent.name = QStringLiteral("WH-LABEL");
    agent.host = QStringLiteral("wh-label02");
    DR_VERIFY_OK(console->addHost(kCustomer, RegionId::Dr, host));
    DR_VERIFY_OK(console->addAgent(kCustomer, RegionId::Dr, agent));
    agent.description = QStringLiteral("ラベル印刷 \"DR\"");
    DR_VERIFY_OK(console->updateAgent(kCustomer, RegionId::Dr, agent.name, agent));
    DR_VERIFY_OK(console->setSyncInterval(kProvider, 120 * 1000));
    DR_VERIFY_OK(console->advanceClock(kCustomer, 10 * 60 * 1000));
    DR_VERIFY_OK(console->startSwitch(kCustomer, Phase::Failover, SwitchMode::Drill,
                                      QStringLiteral("drill")));
    DR_VERIFY_OK(console->completeStep(kProvider, 2));
    DR_VERIFY_OK(console->removeAgent(kCustomer, RegionId::Dr, agent.name));
    m_count = int(entriesOf(*console).size());
    QVERIFY2(m_count >= 8, qPrintable(QString::number(m_count)));
}

std::unique_ptr<Console> TestAudit::openCopy(QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    if (!QFile::copy(m_path, copy))
        return nullptr;
    return drtest::openConsole(copy);
}

void TestAudit::chainVerifies()
{
    QTemporaryDir dir;
    auto console = openCopy(dir);
    QVERIFY(console);
    const auto v = console->verifyAudit();
    QVERIFY(v);
    QVERIFY2(v->ok, qPrintable(v->message));
    QCOMPARE(v->entriesChecked, qint64(m_count));
    QCOMPARE(v->firstBrokenSeq, qint64(0));
    QCOMPARE(v->message, QStringLiteral("All %1 audit entries verified.").arg(m_count));

    // The actions above were recorded, by whom they were done.
    QStringList actions;
    for (const AuditEntry &e : entriesOf(*console))
        actions << e.action;
    for (const char *action : {"environment.initialize", "host.add", "agent.add", "agent.update",
                               "sync.interval", "clock.advance", "switch.step", "agent.remove"})
        QVERIFY2(actions.contains(QLatin1String(action)), action);
    const AuditEntry first = entriesOf(*console).constFirst();
    QCOMPARE(first.action, QStringLiteral("environment.initialize"));
    QCOMPARE(first.role, Role::System);
}

void TestAudit::chainLinks()
{
    QTemporaryDir dir;
    auto console = openCopy(dir);
    QVERIFY(console);
    const QList<AuditEntry> entries = entriesOf(*console);
    QCOMPARE(entries.size(), qsizetype(m_count));
    QCOMPARE(AuditLog::genesisHash(), QString(64, u'0'));
    QString previous = AuditLog::genesisHash();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry &e = entries[i];
        QCOMPARE(e.seq, qint64(i + 1));
        QCOMPARE(e.prevHash, previous);
        QCOMPARE(e.hash.size(), qsizetype(64));
        QCOMPARE(AuditLog::computeHash(e), e.hash);
        QVERIFY(e.recordedAtMs > 0);
        QVERIFY(!e.operatorName.isEmpty());
        previous = e.hash;
    }
    // The newest hash is also kept apart from the table.
    storetest::RawDb raw(console->databasePath(), true);
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'audit_head'")).toString(),
        QStringLiteral("%1:%2").arg(entries.size()).arg(previous));
}

void TestAudit::triggersRefuseChanges()
{
    QTemporaryDir dir;
    auto console = openCopy(dir);
    QVERIFY(console);
    storetest::RawDb raw(console->databasePath());
    const QString update =
        raw.exec(QStringLiteral("UPDATE audit_log SET details = 'x' WHERE seq = 2"));
    QVERIFY2(update.contains(QStringLiteral("append-only")), qPrintable(update));
    const QString del = raw.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
    QVERIFY2(del.contains(QStringLiteral("append-only")), qPrintable(del));
    const QString wipe = raw.exec(QStringLiteral("DELETE FROM audit_log"));
    QVERIFY2(wipe.contains(QStringLiteral("append-only")), qPrintable(wipe));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), m_count);
    const auto v = console->verifyAudit();
    QVERIFY(v);
    QVERIFY2(v->ok, qPrintable(v->message));
}

void TestAudit::editedColumn_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<int>("seq");
    QTest::newRow("details") << QStringLiteral("details = details || ' (edited)'") << 3;
    QTest::newRow("details of the first entry")
        << QStringLiteral("details = 'Empty environment created'") << 1;
    QTest::newRow("operator") << QStringLiteral("operator = 'mallory'") << 4;
    QTest::newRow("role") << QStringLiteral("role = 'provider'") << 4;
    QTest::newRow("action") << QStringLiteral("action = 'sync.now'") << 5;
    QTest::newRow("simulated time") << QStringLiteral("at = at + 1") << 2;
    QTest::newRow("recorded time") << QStringLiteral("recorded_at = recorded_at - 1000") << 6;
    QTest::newRow("run") << QStringLiteral("run_id = 99") << 6;
    QTest::newRow("stored hash") << QStringLiteral("hash = lower(hex(randomblob(32)))") << 2;
}

void TestAudit::editedColumn()
{
    QFETCH(QString, assignment);
    QFETCH(int, seq);
    QTemporaryDir dir;
    auto console = openCopy(dir);
    QVERIFY(console);
    {
        storetest::RawDb raw(console->databasePath());
        dropTriggers(raw);
        QCOMPARE(
            raw.exec(
                QStringLiteral("UPDATE audit_log SET %1 WHERE seq = %2").arg(assignment).arg(seq)),
            QString());
    }
    const auto v = console->verifyAudit();
    QVERIFY(v);
    QVERIFY(!v->ok);
    QCOMPARE(v->firstBrokenSeq, qint64(seq));
    QCOMPARE(v->message,
             QStringLiteral("Entry %1 was changed after it was written (its content does "
                            "not match its hash).")
                 .arg(seq));
    QCOMPARE(v->entriesChecked, qint64(seq));
}

// An attacker who knows the algorithm re-hashes the edited entry: the next entry no longer
// follows it.
void TestAudit::rehashedEntryBreaksTheNext()
{
    QTemporaryDir dir;
    auto console = openCopy(dir);
    QVERIFY(console);
    AuditEntry e = entriesOf(*console).at(2); // seq 3
    QCOMPARE(e.seq, qint64(3));
    e.details = QStringLiteral("nothing happened");
    e.hash = AuditLog::computeHash(e);
    {
        storetest::RawDb raw(console->databasePath());
        dropTriggers(raw);
        QSqlQuery q(raw.db());
        q.prepare(QStringLiteral("UPDATE audit_log SET details = ?, hash = ? WHERE seq = 3"));
        q.addBindValue(e.details);
        q.addBindValue(e.hash);
        QVERIFY(q.exec());
    }
    const auto v = console->verifyAudit();
    QVERIFY(v);
    QVERIFY(!v->ok);
    QCOMPARE(v->firstBrokenSeq, qint64(4));
    QCOMPARE(v->message, QStringLiteral("Entry 4 does not follow the entry before it (its "
                                        "previous-entry hash does not match); an entry before it "
                                        "was changed or removed."));
}

void TestAudit::removedEntries_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<qint64>("brokenAt");
    QTest::addColumn<QString>("message");
    const int n = m_count;
    QTest::newRow("a middle entry")
        << QStringLiteral("seq = 4") << qint64(4)
        << QStringLiteral("Entry 4 is missing: the log jumps from entry 3 to entry 5.");
    QTest::newRow("two middle entries")
        << QStringLiteral("seq IN (4, 5)") << qint64(4)
        << QStringLiteral("Entry 4 is missing: the log jumps from entry 3 to entry 6.");
    QTest::newRow("the first entry")
        << QStringLiteral("seq = 1") << qint64(1)
        << QStringLiteral("Entry 1 is missing: the log jumps from entry 0 to entry 2.");
    QTest::newRow("the newest entry")
        << QStringLiteral("seq = %1").arg(n) << qint64(n)
        << QStringLiteral("The log ends at entry %1, but entry %2 was the last one written; the "
                          "newest entries were removed.")
               .arg(n - 1)
               .arg(n);
    QTest::newRow("the three newest entries")
        << QStringLiteral("seq > %1").arg(n - 3) << qint64(n - 2)
        << QStringLiteral("The log ends at entry %1, but entry %2 was the last one written; the "
                          "newest entries were removed.")
               .arg(n - 3)
               .arg(n);
    QTest::newRow("every entry")
        << QStringLiteral("1 = 1") << qint64(1)
        << QStringLiteral("The log ends at entry 0, but entry %1 was the last one written; the "
                          "newest entries were removed.")
               .arg(n);
}

void TestAudit::removedEntries()
{
    QFETCH(QString, where);
    QFETCH(qint64, brokenAt);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto console = openCopy(dir);
    QVERIFY(console);
    {
        storetest::RawDb raw(console->databasePath());
        dropTriggers(raw);
        QCOMPARE(raw.exec(QStringLiteral("DELETE FROM audit_log WHERE %1").arg(where)), QString());
    }
    const auto v = console->verifyAudit();
    QVERIFY(v);
    QVERIFY(!v->ok);
    QCOMPARE(v->message, message);
    QCOMPARE(v->firstBrokenSeq, brokenAt);
}

void TestAudit::changedNewestEntry()
{
    QTemporaryDir dir;
    auto console = openCopy(dir);
    QVERIFY(console);
    AuditEntry e = entriesOf(*console).constLast();
    e.details = QStringLiteral("nothing happened");
    e.hash = AuditLog::computeHash(e); // consistent in itself; only the recorded head knows
    {
        storetest::RawDb raw(console->databasePath());
        dropTriggers(raw);
        QSqlQuery q(raw.db());
        q.prepare(QStringLiteral("UPDATE audit_log SET details = ?, hash = ? WHERE seq = ?"));
        q.addBindValue(e.details);
        q.addBindValue(e.hash);
        q.addBindValue(e.seq);
        QVERIFY(q.exec());
    }
    const auto v = console->verifyAudit();
    QVERIFY(v);
    QVERIFY(!v->ok);
    QCOMPARE(v->firstBrokenSeq, e.seq);
    QCOMPARE(v->message,
             QStringLiteral("Entry %1, the newest, was changed after it was written (it "
                            "does not match the hash recorded for it).")
                 .arg(e.seq));
}

// Entries appended with plain SQL (correctly chained) but without the recorded head.
void TestAudit::forgedAppend()
{
    QTemporaryDir dir;
    auto console = openCopy(dir);
    QVERIFY(console);
    AuditEntry e = entriesOf(*console).constLast();
    {
        storetest::RawDb raw(console->databasePath());
        for (int i = 0; i < 2; ++i) {
            AuditEntry forged = e;
            forged.seq = e.seq + 1;
            forged.prevHash = e.hash;
            forged.action = QStringLiteral("agent.add");
            forged.details = QStringLiteral("forged %1").arg(i);
            forged.hash = AuditLog::computeHash(forged);
            QSqlQuery q(raw.db());
            q.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, recorded_at, operator, role, "
                                     "action, details, run_id, prev_hash, hash) "
                                     "VALUES (?,?,?,?,?,?,?,?,?,?)"));
            for (const QVariant &v :
                 {QVariant(forged.seq), QVariant(forged.atMs), QVariant(forged.recordedAtMs),
                  QVariant(forged.operatorName), QVariant(roleCode(forged.role)),
                  QVariant(forged.action), QVariant(forged.details), QVariant(forged.runId),
                  QVariant(forged.prevHash), QVariant(forged.hash)})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            e = forged;
        }
    }
    const auto v = console->verifyAudit();
    QVERIFY(v);
    QVERIFY(!v->ok);
    QCOMPARE(v->firstBrokenSeq, qint64(m_count + 1));
    QCOMPARE(v->message, QStringLiteral("Entries %1 to %2 were added to the log without being "
                                        "recorded (entry %3 was the last one written).")
                             .arg(m_count + 1)
                             .arg(m_count + 2)
                             .arg(m_count));
}

void TestAudit::missingHeadRecord()
{
    QTemporaryDir dir;
    auto console = openCopy(dir);
    QVERIFY(console);
    {
        storetest::RawDb raw(console->databasePath());
        QCOMPARE(raw.exec(QStringLiteral("DELETE FROM setting WHERE key = 'audit_head'")),
                 QString());
    }
    const auto v = console->verifyAudit();
    QVERIFY(v);
    QVERIFY(!v->ok);
    QCOMPARE(v->message,
             QStringLiteral("The record of the newest audit entry is missing or damaged, "
                            "so removed entries cannot be ruled out."));
}

void TestAudit::everyFieldFeedsTheHash()
{
    AuditEntry base;
    base.seq = 7;
    base.atMs = drtest::demoNowMs();
    base.recordedAtMs = 1790000000000;
    base.operatorName = QStringLiteral("alice");
    base.role = Role::Customer;
    base.action = QStringLiteral("agent.add");
    base.details = QStringLiteral("WH-LABEL (dr) added; host wh-label01 「ラベル」");
    base.runId = 2;
    base.prevHash = QString(64, u'a');
    const QString hash = AuditLog::computeHash(base);
    QCOMPARE(hash.size(), qsizetype(64));
    QCOMPARE(AuditLog::computeHash(base), hash); // stable

    // The stored hash itself is not part of what is hashed.
    AuditEntry withHash = base;
    withHash.hash = hash;
    QCOMPARE(AuditLog::computeHash(withHash), hash);

    const std::vector<std::pair<const char *, std::function<void(AuditEntry &)>>> changes{
        {"seq",
         [](AuditEntry &e) {
             e.seq += 1;
         }},
        {"atMs",
         [](AuditEntry &e) {
             e.atMs += 1;
         }},
        {"recordedAtMs",
         [](AuditEntry &e) {
             e.recordedAtMs -= 1;
         }},
        {"operatorName",
         [](AuditEntry &e) {
             e.operatorName = QStringLiteral("Alice");
         }},
        {"role",
         [](AuditEntry &e) {
             e.role = Role::Provider;
         }},
        {"action",
         [](AuditEntry &e) {
             e.action = QStringLiteral("agent.update");
         }},
        {"details",
         [](AuditEntry &e) {
             e.details += QLatin1Char(' ');
         }},
        {"runId",
         [](AuditEntry &e) {
             e.runId = 0;
         }},
        {"prevHash",
         [](AuditEntry &e) {
             e.prevHash[63] = u'b';
         }},
        // Moving text between neighbouring fields must not give the same hash.
        {"operator/action boundary",
         [](AuditEntry &e) {
             e.operatorName = QStringLiteral("alic");
             e.action = QStringLiteral("eagent.add");
         }},
    };
    for (const auto &[name, change] : changes) {
        AuditEntry changed = base;
        change(changed);
        QVERIFY2(AuditLog::computeHash(changed) != hash, name);
    }
}

void TestAudit::filters()
{
    QTemporaryDir dir;
    auto console = openCopy(dir);
    QVERIFY(console);
    AuditLog::Filter newest;
    newest.limit = 3;
    const auto last3 = console->auditEntries(newest);
    QVERIFY(last3);
    QCOMPARE(last3->size(), qsizetype(3));
    QCOMPARE(last3->constLast().seq, qint64(m_count)); // oldest first, newest last
    QCOMPARE(last3->constFirst().seq, qint64(m_count - 2));

    AuditLog::Filter text;
    text.text = QStringLiteral("wh-label");
    const auto matching = console->auditEntries(text);
    QVERIFY(matching);
    QVERIFY(!matching->isEmpty());
    for (const AuditEntry &e : *matching)
        QVERIFY2((e.operatorName + e.action + e.details)
                     .contains(QStringLiteral("wh-label"), Qt::CaseInsensitive),
                 qPrintable(e.details));

    const qint64 runId = console->state().runs.constFirst().id;
    AuditLog::Filter byRun;
    byRun.runId = runId;
    const auto runEntries = console->auditEntries(byRun);
    QVERIFY(runEntries);
    QVERIFY(runEntries->size() >= 2); // steps 1 and 2
    for (const AuditEntry &e : *runEntries)
        QCOMPARE(e.runId, runId);

    AuditLog::Filter after;
    after.afterSeq = m_count - 2;
    const auto newer = console->auditEntries(after);
    QVERIFY(newer);
    QCOMPARE(newer->size(), qsizetype(2));
    QCOMPARE(newer->constFirst().seq, qint64(m_count - 1));
    QCOMPARE(newer->constLast().seq, qint64(m_count));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
