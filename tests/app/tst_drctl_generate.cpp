// drctl generate: a synthetic environment of N units through the command line, as the scale
// benchmark and demonstrations use it: the numbers it reports, the same environment for the
// same seed, and the refusals (role, size, missing option).

#include "DrctlRun.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dr;

class TestDrctlGenerate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatesAndReports();
    void sameSeedSameEnvironment();
    void refusals();

private:
    drtest::DrctlRun drctl(const QStringList &args);
    QString demoDatabase(const QString &name);

    QTemporaryDir m_dir;
};

drtest::DrctlRun TestDrctlGenerate::drctl(const QStringList &args)
{
    return drtest::runDrctl(args, m_dir.path(), 120000);
}

QString TestDrctlGenerate::demoDatabase(const QString &name)
{
    auto console = drtest::demoConsole(m_dir, name);
    return console ? console->databasePath() : QString();
}

void TestDrctlGenerate::generatesAndReports()
{
    const QString db = demoDatabase(QStringLiteral("gen.db"));
    QVERIFY(!db.isEmpty());
    const drtest::DrctlRun r =
        drctl({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("generate"),
               QStringLiteral("--units"), QStringLiteral("1500"), QStringLiteral("--seed"),
               QStringLiteral("3"), QStringLiteral("--as"), QStringLiteral("customer:alice")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("units")).toInt(), 1500);
    QCOMPARE(o.value(QStringLiteral("seed")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("groups")).toInt() +
                 o.value(QStringLiteral("jobnets")).toInt() +
                 o.value(QStringLiteral("jobs")).toInt(),
             1500);
    QCOMPARE(o.value(QStringLiteral("agents")).toInt(), 50);
    auto console = drtest::openConsole(db);
    QVERIFY(console);
    QCOMPARE(console->region(RegionId::Primary).tree->size(), qint64(1500));
    // The text form names the counts too.
    const drtest::DrctlRun text =
        drctl({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
               QStringLiteral("generate"), QStringLiteral("--units"), QStringLiteral("900"),
               QStringLiteral("--as"), QStringLiteral("customer:alice")});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("Generated 900 units"), text.out.constData());
}

void TestDrctlGenerate::sameSeedSameEnvironment()
{
    const QString a = demoDatabase(QStringLiteral("a.db"));
    const QString b = demoDatabase(QStringLiteral("b.db"));
    for (const QString &db : {a, b}) {
        const drtest::DrctlRun r =
            drctl({QStringLiteral("--db"), db, QStringLiteral("generate"),
                   QStringLiteral("--units"), QStringLiteral("2000"), QStringLiteral("--seed"),
                   QStringLiteral("77"), QStringLiteral("--as"), QStringLiteral("customer:alice")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    auto x = drtest::openConsole(a);
    auto y = drtest::openConsole(b);
    QVERIFY(x && y);
    QCOMPARE(x->clockMs(), y->clockMs());
    const RegionData &p = x->region(RegionId::Primary), &q = y->region(RegionId::Primary);
    QVERIFY(p.tree->sameDefinitions(*q.tree));
    QVERIFY(p.states == q.states);
    QVERIFY(p.agents == q.agents);
}

void TestDrctlGenerate::refusals()
{
    const QString db = demoDatabase(QStringLiteral("refused.db"));
    const drtest::DrctlRun provider =
        drctl({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("--units"),
               QStringLiteral("500"), QStringLiteral("--as"), QStringLiteral("provider:pat")});
    QCOMPARE(provider.exitCode, 3);
    // The refusal names what was asked for, not another action that happens to share the role.
    QVERIFY2(provider.errText().contains(
                 QLatin1String("Generating a synthetic environment is done by the customer")),
             provider.err.constData());
    QVERIFY2(!provider.errText().contains(QLatin1String("Importing")), provider.err.constData());
    const drtest::DrctlRun small =
        drctl({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("--units"),
               QStringLiteral("5"), QStringLiteral("--as"), QStringLiteral("customer:alice")});
    QCOMPARE(small.exitCode, 4);
    const drtest::DrctlRun missing =
        drctl({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("--as"),
               QStringLiteral("customer:alice")});
    QCOMPARE(missing.exitCode, 2);
    const drtest::DrctlRun nobody = drctl({QStringLiteral("--db"), db, QStringLiteral("generate"),
                                           QStringLiteral("--units"), QStringLiteral("500")});
    QCOMPARE(nobody.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestDrctlGenerate)
#include "tst_drctl_generate.moc"
