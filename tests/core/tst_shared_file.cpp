// Two programs on one database file (a console left open and drctl, or two consoles): each
// commit is made from memory read earlier, so one that writes after the other changed the file
// must not overwrite that change. It is refused, the memory is read again, and the operator sees
// the file as it is.

#include "TestSupport.h"

#include "store/Database.h"
#include "store/StateStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using drtest::kCustomer;
using namespace Qt::StringLiterals;

namespace {

HostEntry host(const QString &name, const QString &ip)
{
    return HostEntry{name, {ip}, {}};
}

} // namespace

class TestSharedFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void staleConsoleIsRefusedAndReloaded();
    void commitChecksInsideTheWriteLock();
    void ownCommitsDoNotLookForeign();
};

void TestSharedFile::staleConsoleIsRefusedAndReloaded()
{
    QTemporaryDir dir;
    auto first = drtest::demoConsole(dir);
    QVERIFY(first);
    auto second = drtest::openConsole(first->databasePath());
    QVERIFY(second);

    DR_VERIFY_OK(second->addHost(kCustomer, RegionId::Dr, host(u"by-second"_s, u"10.9.0.2"_s)));

    QSignalSpy reloaded(first.get(), &Console::reloaded);
    const Status refused =
        first->addHost(kCustomer, RegionId::Dr, host(u"by-first"_s, u"10.9.0.1"_s));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"changed-elsewhere"_s);
    QVERIFY2(refused.error().message.contains(u"another program"_s),
             qPrintable(refused.error().message));
    QCOMPARE(reloaded.count(), 1);
    // The first console now shows the second one's work and has not added its own.
    QVERIFY(first->region(RegionId::Dr).hosts.find(u"by-second"_s));
    QVERIFY(!first->region(RegionId::Dr).hosts.find(u"by-first"_s));

    // Repeated, the action succeeds; now the second console is the stale one.
    DR_VERIFY_OK(first->addHost(kCustomer, RegionId::Dr, host(u"by-first"_s, u"10.9.0.1"_s)));
    const Status second2 = second->advanceClock(kCustomer, 60 * 1000);
    QVERIFY(!second2);
    QCOMPARE(second2.error().code, u"changed-elsewhere"_s);
    QVERIFY(second->region(RegionId::Dr).hosts.find(u"by-first"_s));
    QVERIFY(second->region(RegionId::Dr).hosts.find(u"by-second"_s));

    // A third look at the file agrees with both.
    first.reset();
    second.reset();
    auto third = drtest::openConsole(dir.filePath(u"demo.db"_s));
    QVERIFY(third);
    QVERIFY(third->region(RegionId::Dr).hosts.find(u"by-first"_s));
    QVERIFY(third->region(RegionId::Dr).hosts.find(u"by-second"_s));
}

// The check before an action can be overtaken; the one in the commit cannot, because it runs
// under SQLite's write lock. A commit from memory read before another program's commit is
// refused and writes nothing.
void TestSharedFile::commitChecksInsideTheWriteLock()
{
    QTemporaryDir dir;
    auto writer = drtest::demoConsole(dir);
    QVERIFY(writer);
    const QString path = writer->databasePath();

    auto db = Database::open(path);
    QVERIFY(db);
    StateStore store(**db);
    ConsoleState stale;
    auto loaded = store.load(stale);
    QVERIFY(loaded && *loaded);

    DR_VERIFY_OK(writer->addHost(kCustomer, RegionId::Dr, host(u"newer"_s, u"10.9.0.3"_s)));

    stale.region(RegionId::Dr).hosts.entries.append(host(u"older"_s, u"10.9.0.4"_s));
    Mutation m;
    m.region(RegionId::Dr).hosts = true;
    const Status s = store.commit(stale, m, kCustomer);
    QVERIFY(!s);
    QCOMPARE(s.error().code, u"changed-elsewhere"_s);

    ConsoleState fresh;
    QVERIFY(store.load(fresh));
    QVERIFY(fresh.region(RegionId::Dr).hosts.find(u"newer"_s));
    QVERIFY(!fresh.region(RegionId::Dr).hosts.find(u"older"_s));
}

// One console writing alone, however often, never refuses itself, and a reopened file goes on
// from the number it holds.
void TestSharedFile::ownCommitsDoNotLookForeign()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    for (int i = 0; i < 20; ++i)
        DR_VERIFY_OK(c->advanceClock(kCustomer, 30 * 1000));
    const qint64 serial = c->state().writeSerial;
    QVERIFY(serial > 20);
    c.reset();
    auto reopened = drtest::openConsole(dir.filePath(u"demo.db"_s));
    QVERIFY(reopened);
    QCOMPARE(reopened->state().writeSerial, serial);
    DR_VERIFY_OK(reopened->advanceClock(kCustomer, 30 * 1000));
}

QTEST_GUILESS_MAIN(TestSharedFile)
#include "tst_shared_file.moc"
