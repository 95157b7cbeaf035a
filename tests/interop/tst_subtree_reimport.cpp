// The console's own export of one unit reads back in: a top-level unit= written as a full path
// names its ancestors without defining them, so whether they can hold the unit is decided
// against the tree being imported into, not assumed from the path. Jobs, start conditions and
// event jobs exported with a path re-import by merge and by replace; a unit whose real parent
// cannot hold it is refused with the position of its unit=.
#include "InteropSupport.h"

#include "interop/AjsprintDocument.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using drtest::kCustomer;

namespace {

// A demo environment plus the corpus file with every unit type (/CORPUS has a start condition).
std::unique_ptr<Console> consoleWithAllTypes(const QTemporaryDir &dir)
{
    auto c = drtest::demoConsole(dir);
    if (!c)
        return nullptr;
    auto merged =
        c->importDefinitions(kCustomer, drtest::definitionRequest(drtest::corpusBytes(
                                            QStringLiteral("corpus/valid/all-types.ajs"))));
    if (!merged.ok()) {
        qWarning("%s", qPrintable(merged.error().message));
        return nullptr;
    }
    return c;
}

QString errorsOf(const ImportPreview &p)
{
    return formatIssues(p.errors);
}

} // namespace

class TestSubtreeReimport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportedUnitReimports_data();
    void exportedUnitReimports();
    void replaceParentWithOneJob();
    void refusedWhereTheRealParentCannotHoldIt_data();
    void refusedWhereTheRealParentCannotHoldIt();
    void definedAncestorMayBePassedThrough();
};

void TestSubtreeReimport::exportedUnitReimports_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type"); // of the exported unit, as a check on the fixture
    QTest::newRow("job in a demo jobnet")
        << QStringLiteral("/SALES/ORDER_AM/PRE_CHECK") << QStringLiteral("j");
    QTest::newRow("event job in a demo jobnet")
        << QStringLiteral("/SALES/ORDER_AM/PARTNER_WAIT") << QStringLiteral("flwj");
    QTest::newRow("start condition")
        << QStringLiteral("/CORPUS/MAIN/.CONDITION") << QStringLiteral("rc");
    QTest::newRow("event job in a start condition")
        << QStringLiteral("/CORPUS/MAIN/.CONDITION/START_EVENT") << QStringLiteral("evwj");
    QTest::newRow("job in a nested jobnet")
        << QStringLiteral("/CORPUS/MAIN/SUBNET/INNER") << QStringLiteral("j");
}

void TestSubtreeReimport::exportedUnitReimports()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    QTemporaryDir dir;
    auto c = consoleWithAllTypes(dir);
    QVERIFY(c);
    const UnitTree &tree = *c->region(RegionId::Primary).tree;
    const UnitIndex unit = tree.find(path);
    QVERIFY(unit != kNoUnit);
    QCOMPARE(tree.unit(unit).typeCode(), type);
    auto exported = c->exportDefinitions(RegionId::Primary, path, TextEncoding::Utf8);
    QVERIFY(exported.ok());
    QVERIFY(exported->startsWith("unit=" + path.toUtf8() + ','));
    // The file alone reads: its ancestors are only named, so nothing is said about them.
    const AjsprintDocument doc = Ajsprint::parse(*exported, TextEncoding::Auto);
    QVERIFY2(doc.ok(), qPrintable(formatIssues(doc.errors)));

    const qsizetype units = tree.size();
    const ImportPreview merged = c->previewDefinitions(drtest::definitionRequest(*exported));
    QVERIFY2(merged.ok(), qPrintable(errorsOf(merged)));
    QVERIFY(!merged.hasChanges());
    QCOMPARE(merged.unchanged, units);

    const ImportPreview replaced = c->previewDefinitions(
        drtest::definitionRequest(*exported, DefinitionImportMode::ReplaceSubtree, path));
    QVERIFY2(replaced.ok(), qPrintable(errorsOf(replaced)));
    QVERIFY(!replaced.hasChanges());

    // Changed and imported again, it lands where it came from. The writer puts the top unit's
    // ty= on the third line and its cm=, if any, on the fourth.
    QList<QByteArray> lines = exported->split('\n');
    QVERIFY(lines.size() > 3 && lines[2].startsWith("\tty="));
    if (lines[3].startsWith("\tcm="))
        lines.removeAt(3);
    lines.insert(3, "\tcm=\"edited again\";");
    const QByteArray once = lines.join('\n');
    const ImportPreview changed = c->previewDefinitions(drtest::definitionRequest(once));
    QVERIFY2(changed.ok(), qPrintable(errorsOf(changed)));
    QCOMPARE(changed.changed, QStringList{path});
    QVERIFY(changed.added.isEmpty() && changed.removed.isEmpty());
    auto applied = c->importDefinitions(kCustomer, drtest::definitionRequest(once));
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    const UnitTree &after = *c->region(RegionId::Primary).tree;
    QCOMPARE(after.size(), units);
    QCOMPARE(after.unit(after.find(path)).comment(), QStringLiteral("edited again"));
    QCOMPARE(after.unit(after.find(path)).typeCode(), type);
}

void TestSubtreeReimport::replaceParentWithOneJob()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const UnitTree &tree = *c->region(RegionId::Primary).tree;
    const UnitIndex jobnet = tree.find(u"/SALES/ORDER_AM");
    const qsizetype below = qsizetype(tree.subtree(jobnet).size()) - 1;
    const Unit before = tree.unit(jobnet);
    const auto request = drtest::definitionRequest("unit=/SALES/ORDER_AM/ONLY,,,;{ty=j;}",
                                                   DefinitionImportMode::ReplaceSubtree,
                                                   QStringLiteral("/SALES/ORDER_AM"));
    const ImportPreview preview = c->previewDefinitions(request);
    QVERIFY2(preview.ok(), qPrintable(errorsOf(preview)));
    QCOMPARE(preview.added, QStringList{QStringLiteral("/SALES/ORDER_AM/ONLY")});
    QCOMPARE(preview.removed.size(), below);
    DR_VERIFY_OK(c->importDefinitions(kCustomer, request));
    const UnitTree &after = *c->region(RegionId::Primary).tree;
    const UnitIndex kept = after.find(u"/SALES/ORDER_AM");
    QCOMPARE(after.unit(kept).type, UnitType::Jobnet); // the jobnet is not turned into a group
    QVERIFY(sameDefinition(after.unit(kept), before));
    QCOMPARE(after.children(kept).size(), std::size_t(1));
    QCOMPARE(after.unit(after.find(u"/SALES/ORDER_AM/ONLY")).type, UnitType::UnixJob);
}

void TestSubtreeReimport::refusedWhereTheRealParentCannotHoldIt_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("subtree");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const int merge = int(DefinitionImportMode::Merge);
    const int replace = int(DefinitionImportMode::ReplaceSubtree);
    QTest::newRow("job below a job")
        << QByteArray("/* below a job */\nunit=/SALES/ORDER_AM/PRE_CHECK/X,,,;{ty=j;}") << merge
        << QString() << 2
        << QStringLiteral("\"X\" (Unix job) cannot be defined in \"PRE_CHECK\" (Unix job)");
    QTest::newRow("job in a job group")
        << QByteArray("unit=/SALES/NEWJOB,,,;\n{\n\tty=j;\n}\n") << merge << QString() << 1
        << QStringLiteral("\"NEWJOB\" (Unix job) cannot be defined in \"SALES\" (Job group)");
    QTest::newRow("event job in a job group")
        << QByteArray("unit=/SALES/WAIT,,,;{ty=flwj;}") << merge << QString() << 1
        << QStringLiteral("cannot be defined in \"SALES\" (Job group)");
    QTest::newRow("start condition in a job group")
        << QByteArray("unit=/SALES/.CONDITION,,,;{ty=rc;}") << merge << QString() << 1
        << QStringLiteral("cannot be defined in \"SALES\" (Job group)");
    QTest::newRow("job below a path that does not exist")
        << QByteArray("unit=/SALES/NOWHERE/J,,,;{ty=j;}") << merge << QString() << 1
        << QStringLiteral("/SALES/NOWHERE does not exist, so the import would create it as a "
                          "job group");
    QTest::newRow("replace: job below a job")
        << QByteArray("\n\nunit=/SALES/ORDER_AM/PRE_CHECK/X,,,;{ty=j;}") << replace
        << QStringLiteral("/SALES/ORDER_AM/PRE_CHECK") << 3
        << QStringLiteral("cannot be defined in \"PRE_CHECK\" (Unix job)");
}

void TestSubtreeReimport::refusedWhereTheRealParentCannotHoldIt()
{
    QFETCH(QByteArray, file);
    QFETCH(int, mode);
    QFETCH(QString, subtree);
    QFETCH(int, line);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    // The file by itself is well formed: only the target tree makes it wrong.
    QVERIFY2(Ajsprint::parse(file, TextEncoding::Auto).ok(),
             qPrintable(formatIssues(Ajsprint::parse(file, TextEncoding::Auto).errors)));
    const auto request = drtest::definitionRequest(file, DefinitionImportMode(mode), subtree);
    const ImportPreview preview = c->previewDefinitions(request);
    QVERIFY(!preview.ok());
    const ParseIssue &first = preview.errors.first();
    QCOMPARE(first.code, QStringLiteral("placement"));
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, 1);
    QVERIFY2(first.message.contains(message), qPrintable(first.message));
    const QByteArray before = drtest::databaseDump(*c);
    auto result = c->importDefinitions(kCustomer, request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("placement"));
    DR_COMPARE_DUMPS(drtest::databaseDump(*c), before);
}

void TestSubtreeReimport::definedAncestorMayBePassedThrough()
{
    // A file may define a jobnet and, further down, add a job to it by its full path; a path
    // through a job is refused at the unit= that goes below the job.
    const AjsprintDocument doc = Ajsprint::parse(
        QStringLiteral("unit=/G,,,;{ty=g;unit=N,,,;{ty=n;}}\nunit=/G/N/J,,,;{ty=j;}"));
    QVERIFY2(doc.ok(), qPrintable(formatIssues(doc.errors)));
    QCOMPARE(doc.path(UnitIndex(doc.units.size() - 1)), QStringLiteral("/G/N/J"));
    QCOMPARE(doc.units[1].type, UnitType::Jobnet);
    const AjsprintDocument through = Ajsprint::parse(QStringLiteral(
        "unit=/G,,,;{ty=g;unit=N,,,;{ty=n;unit=J,,,;{ty=j;}}}\nunit=/G/N/J/X,,,;{ty=j;}"));
    QVERIFY(!through.ok());
    QCOMPARE(through.errors.first().code, QStringLiteral("placement"));
    QCOMPARE(through.errors.first().line, 2);
    QVERIFY2(through.errors.first().message.contains(QLatin1String("\"J\" (Unix job)")),
             qPrintable(through.errors.first().message));
}

QTEST_GUILESS_MAIN(TestSubtreeReimport)
#include "tst_subtree_reimport.moc"
