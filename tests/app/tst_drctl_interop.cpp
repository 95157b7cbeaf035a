// drctl import/export as an operator's script runs it: exit codes, the FILE:LINE:COLUMN errors
// on stderr (the first 20 and a count), the --json previews and results, and a refused file
// leaving every table of the database as it was.
#include "../core/StoreSupport.h"
#include "DrctlRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dr;
using namespace Qt::StringLiterals;

namespace {

QString corpus(const QString &relative)
{
    return QStringLiteral(DR_TESTS_DIR "/interop/") + relative;
}

const QString kAs = u"customer:alice"_s;

} // namespace

class TestDrctlInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void definitionsRoundTrip();
    void importIntoEmptyEnvironment();
    void malformedFileIsRefusedWithPositions();
    void manyErrorsAreCounted();
    void mergeAndReplace();
    void exportedSubtreeReimports();
    void usageAndRefusals();
    void hostInformation();
    void agents();
    void textNamesRegionsAndModes();
    void agentScriptHeaderIsTranslated();
    void helpListsTheCommands();

private:
    drtest::DrctlRun drctl(const QStringList &args);
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
    drtest::DrctlRun last;
};

void TestDrctlInterop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(DRCTL_PATH)), DRCTL_PATH);
}

void TestDrctlInterop::init()
{
    static int counter = 0;
    const QString name = u"interop-%1.db"_s.arg(++counter);
    auto console = drtest::demoConsole(m_dir, name);
    QVERIFY(console);
    m_db = console->databasePath();
}

drtest::DrctlRun TestDrctlInterop::drctl(const QStringList &args)
{
    return drtest::runDrctl(QStringList{u"--db"_s, m_db} + args, m_dir.path());
}

void TestDrctlInterop::definitionsRoundTrip()
{
    DRCTL_EXPECT(0, u"export"_s, u"ajsprint"_s, u"--output"_s, file(u"all.ajs"_s));
    QVERIFY(last.errText().isEmpty());
    DRCTL_EXPECT(0, u"export"_s, u"ajsprint"_s, u"--encoding"_s, u"shift_jis"_s, u"--output"_s,
                 file(u"all-sjis.ajs"_s), u"--json"_s);
    QCOMPARE(last.json().value(u"output"_s).toString(), file(u"all-sjis.ajs"_s));
    for (const QString &f : {file(u"all.ajs"_s), file(u"all-sjis.ajs"_s)}) {
        DRCTL_EXPECT(0, u"--json"_s, u"import"_s, u"ajsprint"_s, f, u"--merge"_s, u"--preview"_s,
                     u"--as"_s, kAs);
        const QJsonObject o = last.json();
        QCOMPARE(o.value(u"counts"_s).toObject().value(u"added"_s).toInt(), 0);
        QCOMPARE(o.value(u"counts"_s).toObject().value(u"changed"_s).toInt(), 0);
        QCOMPARE(o.value(u"counts"_s).toObject().value(u"unchanged"_s).toInt(), 169);
        QCOMPARE(o.value(u"preview"_s).toBool(), true);
        QCOMPARE(o.value(u"applied"_s).toBool(), false);
    }
    QCOMPARE(last.json().value(u"encoding"_s).toString(), u"Shift_JIS"_s);
    // To stdout with "-".
    DRCTL_EXPECT(0, u"export"_s, u"ajsprint"_s, u"--path"_s, u"/SALES/PRICE_SYNC"_s, u"--output"_s,
                 u"-"_s);
    QVERIFY(last.out.startsWith("unit=/SALES/PRICE_SYNC,"));
    DRCTL_EXPECT(4, u"export"_s, u"ajsprint"_s, u"--path"_s, u"/NOPE"_s, u"--output"_s, u"-"_s);
}

void TestDrctlInterop::importIntoEmptyEnvironment()
{
    m_db = file(u"empty.db"_s);
    DRCTL_EXPECT(0, u"init"_s);
    const QString all = corpus(u"corpus/valid/all-types.ajs"_s);
    DRCTL_EXPECT(0, u"--json"_s, u"import"_s, u"ajsprint"_s, all, u"--as"_s, kAs);
    const QJsonObject o = last.json();
    QCOMPARE(o.value(u"mode"_s).toString(), u"empty"_s);
    QCOMPARE(o.value(u"applied"_s).toBool(), true);
    QCOMPARE(o.value(u"counts"_s).toObject().value(u"added"_s).toInt(), 24);
    QCOMPARE(o.value(u"added"_s).toArray().first().toString(), u"/CORPUS"_s);
    // A second import into "empty" is refused: the environment has units now.
    DRCTL_EXPECT(4, u"import"_s, u"ajsprint"_s, all, u"--as"_s, kAs);
    QVERIFY2(last.errText().contains(u"--merge"_s) || last.errText().contains(u"Merge"_s),
             last.err.constData());
    DRCTL_EXPECT(0, u"units"_s, u"list"_s, u"--region"_s, u"primary"_s, u"--json"_s);
    QVERIFY(last.out.contains("/CORPUS/MAIN/J_UNIX"));
}

void TestDrctlInterop::malformedFileIsRefusedWithPositions()
{
    const QByteArray before = storetest::dumpFile(m_db);
    const QString bad = corpus(u"corpus/malformed/relation-unknown-unit.ajs"_s);
    DRCTL_EXPECT(4, u"import"_s, u"ajsprint"_s, bad, u"--merge"_s, u"--as"_s, kAs);
    QVERIFY2(last.errText().startsWith(bad + u":7:3: The relation names \"MISSING\""_s),
             last.err.constData());
    QVERIFY2(last.errText().contains(u"drctl: "_s + bad + u" was not imported"_s),
             last.err.constData());
    DRCTL_EXPECT(4, u"--json"_s, u"import"_s, u"ajsprint"_s, bad, u"--merge"_s, u"--as"_s, kAs);
    const QJsonArray errors = last.json().value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(u"line"_s).toInt(), 7);
    QCOMPARE(errors.first().toObject().value(u"column"_s).toInt(), 3);
    QCOMPARE(errors.first().toObject().value(u"code"_s).toString(), u"relation-unknown"_s);
    // Forcing the wrong encoding is bad input too.
    DRCTL_EXPECT(4, u"import"_s, u"ajsprint"_s, corpus(u"corpus/valid/japanese-sjis.ajs"_s),
                 u"--merge"_s, u"--encoding"_s, u"utf-8"_s, u"--as"_s, kAs);
    QVERIFY2(last.errText().contains(u":1:"_s), last.err.constData());
    DRCTL_EXPECT(4, u"import"_s, u"ajsprint"_s, file(u"missing.ajs"_s), u"--merge"_s, u"--as"_s,
                 kAs);
    DR_COMPARE_DUMPS(storetest::dumpFile(m_db), before);
}

void TestDrctlInterop::manyErrorsAreCounted()
{
    QByteArray text = "unit=/G,,,;\n{\n\tty=g;\n";
    for (int i = 0; i < 30; ++i)
        text += "\t@bad;\n";
    text += "}\n";
    QVERIFY(storetest::writeAll(file(u"many.ajs"_s), text));
    DRCTL_EXPECT(4, u"import"_s, u"ajsprint"_s, file(u"many.ajs"_s), u"--merge"_s, u"--as"_s, kAs);
    const QStringList lines = last.errText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 22); // 20 errors, "... and 10 more", the summary
    QVERIFY2(lines[0].startsWith(file(u"many.ajs"_s) + u":4:2: "_s), qPrintable(lines[0]));
    QVERIFY2(lines[19].startsWith(file(u"many.ajs"_s) + u":23:2: "_s), qPrintable(lines[19]));
    QVERIFY2(lines[20].contains(u"10 more"_s), qPrintable(lines[20]));
    QVERIFY2(lines[21].contains(u"30 error"_s), qPrintable(lines[21]));
}

void TestDrctlInterop::mergeAndReplace()
{
    DRCTL_EXPECT(0, u"import"_s, u"ajsprint"_s, corpus(u"fixtures/merge-demo.ajs"_s), u"--merge"_s,
                 u"--as"_s, kAs);
    QVERIFY2(last.errText().isEmpty(), last.err.constData());
    QVERIFY(last.out.contains("+ /TREASURY/CLOSE_DAY\n"));
    QVERIFY(last.out.contains("~ /SALES/ADHOC_REINDEX/STATS\n"));
    DRCTL_EXPECT(0, u"--json"_s, u"import"_s, u"ajsprint"_s,
                 corpus(u"fixtures/replace-price-sync.ajs"_s), u"--replace"_s,
                 u"/SALES/PRICE_SYNC"_s, u"--as"_s, kAs);
    const QJsonObject o = last.json();
    QCOMPARE(o.value(u"mode"_s).toString(), u"replace"_s);
    QCOMPARE(o.value(u"subtree"_s).toString(), u"/SALES/PRICE_SYNC"_s);
    QCOMPARE(o.value(u"removed"_s).toArray().size(), 2);
    // The audit log records both imports with their counts.
    DRCTL_EXPECT(0, u"--json"_s, u"audit"_s, u"--search"_s, u"definitions.import"_s);
    QVERIFY(last.out.contains("definitions.import"));
    QVERIFY(last.out.contains("4 added, 2 changed"));
}

void TestDrctlInterop::exportedSubtreeReimports()
{
    // A job exported by its path merges back in unchanged; replacing its jobnet's contents with
    // one job keeps the jobnet a jobnet.
    const QString job = file(u"pc.ajs"_s);
    DRCTL_EXPECT(0, u"export"_s, u"ajsprint"_s, u"--path"_s, u"/SALES/ORDER_AM/PRE_CHECK"_s,
                 u"--output"_s, job);
    DRCTL_EXPECT(0, u"--json"_s, u"import"_s, u"ajsprint"_s, job, u"--merge"_s, u"--preview"_s,
                 u"--as"_s, u"customer:a"_s);
    QCOMPARE(last.json().value(u"changed"_s).toArray().size(), 0);
    QCOMPARE(last.json().value(u"added"_s).toArray().size(), 0);
    const QString only = file(u"only.ajs"_s);
    QVERIFY(storetest::writeAll(only, "unit=/SALES/ORDER_AM/ONLY,,,;{ty=j;}\n"));
    DRCTL_EXPECT(0, u"--json"_s, u"import"_s, u"ajsprint"_s, only, u"--replace"_s,
                 u"/SALES/ORDER_AM"_s, u"--as"_s, kAs);
    QCOMPARE(last.json().value(u"added"_s).toArray().first().toString(), u"/SALES/ORDER_AM/ONLY"_s);
    // Below a job nothing can be defined: refused at the unit=, nothing changed.
    const QByteArray before = storetest::dumpFile(m_db);
    const QString below = file(u"below.ajs"_s);
    QVERIFY(storetest::writeAll(below, "unit=/SALES/ORDER_AM/ONLY/X,,,;{ty=j;}\n"));
    DRCTL_EXPECT(4, u"import"_s, u"ajsprint"_s, below, u"--merge"_s, u"--as"_s, kAs);
    QVERIFY2(last.errText().startsWith(below + u":1:1: \"X\" (Unix job) cannot be defined in "
                                               u"\"ONLY\" (Unix job)"_s),
             last.err.constData());
    DR_COMPARE_DUMPS(storetest::dumpFile(m_db), before);
}

void TestDrctlInterop::usageAndRefusals()
{
    const QByteArray before = storetest::dumpFile(m_db);
    const QString merge = corpus(u"fixtures/merge-demo.ajs"_s);
    DRCTL_EXPECT(2, u"import"_s, u"ajsprint"_s, merge, u"--merge"_s, u"--replace"_s, u"/SALES"_s,
                 u"--as"_s, kAs);
    DRCTL_EXPECT(4, u"import"_s, u"ajsprint"_s, merge, u"--encoding"_s, u"latin1"_s, u"--as"_s,
                 kAs);
    DRCTL_EXPECT(2, u"import"_s, u"ajsprint"_s, merge, u"--merge"_s);
    DRCTL_EXPECT(2, u"import"_s, u"ajsprint"_s, u"--merge"_s, u"--as"_s, kAs);
    DRCTL_EXPECT(4, u"export"_s, u"agents"_s, u"--region"_s, u"dr"_s, u"--format"_s, u"xml"_s,
                 u"--output"_s, u"-"_s);
    DRCTL_EXPECT(2, u"export"_s, u"jp1hosts2"_s, u"--region"_s, u"dr"_s);
    DRCTL_EXPECT(3, u"import"_s, u"ajsprint"_s, merge, u"--merge"_s, u"--as"_s, u"provider:pat"_s);
    // During a switchover the import is refused (exit 3); the preview still works.
    DRCTL_EXPECT(0, u"switch"_s, u"start"_s, u"failover"_s, u"--mode"_s, u"drill"_s, u"--as"_s,
                 kAs);
    const QByteArray during = storetest::dumpFile(m_db);
    DRCTL_EXPECT(3, u"import"_s, u"ajsprint"_s, merge, u"--merge"_s, u"--as"_s, kAs);
    QVERIFY2(last.errText().contains(u"switchover is in progress"_s), last.err.constData());
    DRCTL_EXPECT(0, u"import"_s, u"ajsprint"_s, merge, u"--merge"_s, u"--preview"_s, u"--as"_s,
                 kAs);
    QVERIFY2(last.errText().contains(u"would be refused"_s), last.err.constData());
    DR_COMPARE_DUMPS(storetest::dumpFile(m_db), during);
    QVERIFY(during != before); // the switch itself was recorded
}

void TestDrctlInterop::hostInformation()
{
    DRCTL_EXPECT(0, u"export"_s, u"jp1hosts2"_s, u"--region"_s, u"dr"_s, u"--output"_s,
                 file(u"dr.conf"_s));
    DRCTL_EXPECT(0, u"import"_s, u"jp1hosts2"_s, file(u"dr.conf"_s), u"--region"_s, u"dr"_s,
                 u"--as"_s, kAs);
    QVERIFY2(last.out.contains("0 to add, 0 to change, 0 to remove"), last.out.constData());
    const QByteArray before = storetest::dumpFile(m_db);
    QVERIFY(storetest::writeAll(file(u"bad.conf"_s),
                                "+DefaultResolve 0\nok 10.0.0.1\nbad 10.0.0.2 10.0.0.300\n"));
    DRCTL_EXPECT(4, u"import"_s, u"jp1hosts2"_s, file(u"bad.conf"_s), u"--region"_s, u"dr"_s,
                 u"--as"_s, kAs);
    QVERIFY2(last.errText().startsWith(file(u"bad.conf"_s) + u":3:14: "_s), last.err.constData());
    // Leaving agents without their hosts: refused, the agents named.
    QVERIFY(storetest::writeAll(file(u"few.conf"_s), "+DefaultResolve 0\nlonely 10.0.0.1\n"));
    DRCTL_EXPECT(4, u"import"_s, u"jp1hosts2"_s, file(u"few.conf"_s), u"--region"_s, u"primary"_s,
                 u"--as"_s, kAs);
    QVERIFY2(last.errText().contains(u"ORDERDB (host ord-db01)"_s), last.err.constData());
    DR_COMPARE_DUMPS(storetest::dumpFile(m_db), before);
}

void TestDrctlInterop::agents()
{
    DRCTL_EXPECT(0, u"export"_s, u"agents"_s, u"--region"_s, u"primary"_s, u"--format"_s,
                 u"ajsagtadd"_s, u"--output"_s, file(u"agents.sh"_s));
    DRCTL_EXPECT(0, u"export"_s, u"agents"_s, u"--region"_s, u"primary"_s, u"--output"_s,
                 file(u"agents.csv"_s));
    QVERIFY(storetest::readAll(file(u"agents.csv"_s)).startsWith("name,host,limits,"));
    for (const QString &f : {file(u"agents.sh"_s), file(u"agents.csv"_s)}) {
        DRCTL_EXPECT(0, u"--json"_s, u"import"_s, u"agents"_s, f, u"--region"_s, u"primary"_s,
                     u"--preview"_s, u"--as"_s, kAs);
        QCOMPARE(last.json().value(u"counts"_s).toObject().value(u"changed"_s).toInt(), 0);
        QCOMPARE(last.json().value(u"counts"_s).toObject().value(u"added"_s).toInt(), 0);
    }
    QCOMPARE(last.json().value(u"format"_s).toString(), u"csv"_s);
    QVERIFY(storetest::writeAll(
        file(u"new.sh"_s),
        "ajsagtadd -a NEW-AGT -s 10.10.9.9 -c 00:00-00:00=2 -t e -d \"new one\"\n"));
    DRCTL_EXPECT(0, u"--json"_s, u"import"_s, u"agents"_s, file(u"new.sh"_s), u"--region"_s,
                 u"primary"_s, u"--as"_s, kAs);
    QCOMPARE(last.json().value(u"added"_s).toArray().first().toString(), u"NEW-AGT"_s);
    DRCTL_EXPECT(0, u"--json"_s, u"agents"_s, u"list"_s, u"--region"_s, u"primary"_s);
    QVERIFY(last.out.contains("NEW-AGT"));
    const QByteArray before = storetest::dumpFile(m_db);
    QVERIFY(storetest::writeAll(file(u"bad.sh"_s), "ajsagtadd -a X1 -s 10.0.0.1\n"
                                                   "ajsagtadd -a X2 -s nowhere01\n"));
    DRCTL_EXPECT(4, u"import"_s, u"agents"_s, file(u"bad.sh"_s), u"--region"_s, u"primary"_s,
                 u"--as"_s, kAs);
    QVERIFY2(last.errText().startsWith(file(u"bad.sh"_s) + u":2:20: "_s), last.err.constData());
    DR_COMPARE_DUMPS(storetest::dumpFile(m_db), before); // X1 was not added either
}

void TestDrctlInterop::textNamesRegionsAndModes()
{
    // People read region and mode names in their language; scripts read codes (--json).
    const QString merge = corpus(u"fixtures/merge-demo.ajs"_s);
    DRCTL_EXPECT(0, u"import"_s, u"ajsprint"_s, merge, u"--merge"_s, u"--preview"_s, u"--as"_s,
                 kAs);
    QVERIFY2(last.outText().contains(u"(ajsprint, UTF-8, merge) for the Primary environment:"_s),
             last.out.constData());
    QVERIFY2(!last.outText().contains(u"primary region"_s), last.out.constData());
    DRCTL_EXPECT(0, u"--lang"_s, u"ja"_s, u"import"_s, u"ajsprint"_s,
                 corpus(u"fixtures/replace-price-sync.ajs"_s), u"--replace"_s,
                 u"/SALES/PRICE_SYNC"_s, u"--preview"_s, u"--as"_s, kAs);
    const QString ja = last.outText().section(u'\n', 0, 0);
    QVERIFY2(ja.contains(u"現用環境"_s) && ja.contains(u"/SALES/PRICE_SYNC"_s), qPrintable(ja));
    for (const QString &code : {u"primary"_s, u", replace"_s, u"replace /"_s})
        QVERIFY2(!ja.contains(code), qPrintable(ja));
    DRCTL_EXPECT(0, u"export"_s, u"jp1hosts2"_s, u"--region"_s, u"dr"_s, u"--output"_s,
                 file(u"h1.txt"_s));
    QVERIFY(storetest::writeAll(file(u"h1.txt"_s),
                                storetest::readAll(file(u"h1.txt"_s)) + "h1 10.0.0.1\n"));
    DRCTL_EXPECT(0, u"--lang"_s, u"ja"_s, u"import"_s, u"jp1hosts2"_s, file(u"h1.txt"_s),
                 u"--region"_s, u"dr"_s, u"--preview"_s, u"--as"_s, kAs);
    QVERIFY2(last.outText().contains(u"災対環境"_s) && !last.outText().contains(u"dr環境"_s),
             last.out.constData());
    DRCTL_EXPECT(0, u"--lang"_s, u"ja"_s, u"--json"_s, u"import"_s, u"ajsprint"_s, merge,
                 u"--merge"_s, u"--preview"_s, u"--as"_s, kAs);
    QCOMPARE(last.json().value(u"region"_s).toString(), u"primary"_s);
    QCOMPARE(last.json().value(u"mode"_s).toString(), u"merge"_s);
}

void TestDrctlInterop::agentScriptHeaderIsTranslated()
{
    DRCTL_EXPECT(0, u"--lang"_s, u"ja"_s, u"export"_s, u"agents"_s, u"--region"_s, u"primary"_s,
                 u"--format"_s, u"ajsagtadd"_s, u"--output"_s, u"-"_s);
    QString system;
    for (const QString &line : last.outText().split(u'\n')) {
        if (line.startsWith(u"# ajsagtadd -a @SYSTEM "_s))
            system = line;
    }
    QVERIFY2(!system.isEmpty(), last.out.constData());
    QVERIFY2(system.contains(u"ajsagtalt"_s) && !system.contains(u"built in"_s),
             qPrintable(system));
}

void TestDrctlInterop::helpListsTheCommands()
{
    DRCTL_EXPECT(0, u"--help"_s);
    for (const char *c : {"import ajsprint FILE", "import jp1hosts2 FILE", "import agents FILE",
                          "export ajsprint", "export jp1hosts2", "export agents"})
        QVERIFY2(last.out.contains(c), c);
    DRCTL_EXPECT(0, u"import"_s, u"ajsprint"_s, u"--help"_s);
    QVERIFY(last.out.contains("--replace PATH"));
    QVERIFY(last.out.contains("--preview"));
}

QTEST_GUILESS_MAIN(TestDrctlInterop)
#include "tst_drctl_interop.moc"
