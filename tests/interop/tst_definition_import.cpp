// Importing ajsprint definitions through the facade: the three modes with their previews
// (counts and paths), statuses kept for untouched jobnets, the revision that makes the next
// sync copy the definitions to DR, the refusals, and all-or-nothing: a refused file leaves every
// table of the database as it was.
#include "InteropSupport.h"

#include "interop/AjsprintDocument.h"
#include "interop/AjsprintWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using drtest::kCustomer;
using drtest::kProvider;

namespace {

const Operator kSim = Operator::system();

QMap<QString, UnitState> statesByPath(const RegionData &r)
{
    QMap<QString, UnitState> out;
    for (UnitIndex i = 0; i < r.tree->size(); ++i)
        out.insert(r.tree->path(i), r.states[std::size_t(i)]);
    return out;
}

} // namespace

class TestDefinitionImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void intoEmptyEnvironment();
    void intoEmptyRefusedWhenUnitsExist();
    void mergePreviewAndApply();
    void mergeOwnExportChangesNothing();
    void replaceSubtree();
    void replaceImpliedSubtree();
    void replaceRefusesUnitsOutside();
    void refusedFilesChangeNothing_data();
    void refusedFilesChangeNothing();
    void refusedWhileSwitchingOrInDr();
    void customerRoleOnly();
    void exportRoundTripThroughTheDatabase_data();
    void exportRoundTripThroughTheDatabase();
    void exportSubtreeAndErrors();
};

void TestDefinitionImport::intoEmptyEnvironment()
{
    QTemporaryDir dir;
    auto c = drtest::emptyConsole(dir);
    QVERIFY(c);
    const QByteArray file = drtest::corpusBytes(QStringLiteral("corpus/valid/all-types.ajs"));
    const auto request = drtest::definitionRequest(file, DefinitionImportMode::IntoEmpty);
    const QByteArray before = drtest::databaseDump(*c);
    const ImportPreview preview = c->previewDefinitions(request);
    QVERIFY2(preview.ok(), qPrintable(formatIssues(preview.errors)));
    QCOMPARE(preview.added.size(), 24);
    QVERIFY(preview.changed.isEmpty() && preview.removed.isEmpty());
    QCOMPARE(preview.unchanged, 0);
    QVERIFY(preview.added.contains(QStringLiteral("/CORPUS/MAIN/.CONDITION/START_EVENT")));
    // The preview is pure.
    DR_COMPARE_DUMPS(drtest::databaseDump(*c), before);

    auto applied = c->importDefinitions(kCustomer, request);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    QCOMPARE(applied->added, preview.added);
    const RegionData &primary = c->region(RegionId::Primary);
    const AjsprintDocument doc = Ajsprint::parse(file, TextEncoding::Auto);
    QVERIFY(primary.tree->sameDefinitions(UnitTree(doc.units, doc.relations)));
    // The scheduled root waits for its first start; the unscheduled one is not registered.
    const UnitIndex main = primary.tree->find(u"/CORPUS/MAIN");
    const UnitIndex target = primary.tree->find(u"/CORPUS/TARGET");
    QCOMPARE(primary.states[std::size_t(main)].status, UnitStatus::TimeWait);
    QVERIFY(primary.states[std::size_t(main)].scheduledMs > c->clockMs());
    QCOMPARE(primary.states[std::size_t(target)].status, UnitStatus::Unregistered);
    // The primary's definitions moved on: the next sync copies them to DR.
    QVERIFY(primary.runtime.definitionsRevision !=
            c->region(RegionId::Dr).runtime.definitionsRevision);
    QVERIFY(c->state().definitionsPending);
    DR_VERIFY_OK(c->syncNow(kSim));
    QVERIFY(c->region(RegionId::Dr).tree->sameDefinitions(*primary.tree));
    // One audit entry with the counts.
    auto audit = c->auditEntries();
    QVERIFY(audit.ok());
    int imports = 0;
    for (const AuditEntry &e : *audit) {
        if (e.action == QLatin1String("definitions.import")) {
            ++imports;
            QVERIFY2(e.details.contains(QLatin1String("24 added")), qPrintable(e.details));
            QCOMPARE(e.operatorName, kCustomer.name);
        }
    }
    QCOMPARE(imports, 1);
    // Reopened from the file, the same definitions.
    const QString path = c->databasePath();
    const auto tree = primary.tree;
    c.reset();
    auto reopened = drtest::openConsole(path);
    QVERIFY(reopened);
    QVERIFY(reopened->region(RegionId::Primary).tree->sameDefinitions(*tree));
}

void TestDefinitionImport::intoEmptyRefusedWhenUnitsExist()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const auto request =
        drtest::definitionRequest(drtest::corpusBytes(QStringLiteral("corpus/valid/minimal.ajs")),
                                  DefinitionImportMode::IntoEmpty);
    const ImportPreview preview = c->previewDefinitions(request);
    QCOMPARE(preview.errors.size(), 1);
    QCOMPARE(preview.errors.first().code, QStringLiteral("not-empty"));
    const QByteArray before = drtest::databaseDump(*c);
    auto result = c->importDefinitions(kCustomer, request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::BadInput);
    DR_COMPARE_DUMPS(drtest::databaseDump(*c), before);
}

void TestDefinitionImport::mergePreviewAndApply()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const RegionData &primary = c->region(RegionId::Primary);
    const qsizetype demoUnits = primary.tree->size();
    const auto oldStates = statesByPath(primary);
    const auto request =
        drtest::definitionRequest(drtest::corpusBytes(QStringLiteral("fixtures/merge-demo.ajs")));
    const ImportPreview preview = c->previewDefinitions(request);
    QVERIFY2(preview.ok(), qPrintable(formatIssues(preview.errors)));
    QCOMPARE(preview.added,
             (QStringList{QStringLiteral("/SALES/ADHOC_REINDEX/VACUUM"),
                          QStringLiteral("/TREASURY"), QStringLiteral("/TREASURY/CLOSE_DAY"),
                          QStringLiteral("/TREASURY/CLOSE_DAY/CLOSE")}));
    QCOMPARE(preview.changed, (QStringList{QStringLiteral("/SALES/ADHOC_REINDEX"),
                                           QStringLiteral("/SALES/ADHOC_REINDEX/STATS")}));
    QVERIFY(preview.removed.isEmpty());
    QCOMPARE(preview.unchanged, demoUnits - 2);

    DR_VERIFY_OK(c->importDefinitions(kCustomer, request));
    QCOMPARE(primary.tree->size(), demoUnits + 4);
    // Untouched root jobnets keep their statuses; the touched one is registered again.
    const auto newStates = statesByPath(primary);
    for (auto it = oldStates.cbegin(); it != oldStates.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("/SALES/ADHOC_REINDEX")))
            continue;
        QVERIFY2(newStates.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    QCOMPARE(newStates.value(QStringLiteral("/SALES/ADHOC_REINDEX")).status,
             UnitStatus::Unregistered);
    QCOMPARE(newStates.value(QStringLiteral("/TREASURY/CLOSE_DAY")).status, UnitStatus::TimeWait);
    // The simulation settings of kept units stay (the file knows nothing about them).
    const UnitIndex stats = primary.tree->find(u"/SALES/ADHOC_REINDEX/STATS");
    QCOMPARE(primary.tree->unit(stats).comment(), QStringLiteral("統計情報の更新"));
    QCOMPARE(primary.tree->successors(stats).size(), std::size_t(1));
    // The same file again: nothing left to change.
    const ImportPreview again = c->previewDefinitions(request);
    QVERIFY(!again.hasChanges());
    QCOMPARE(again.unchanged, demoUnits + 4);
}

void TestDefinitionImport::mergeOwnExportChangesNothing()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    auto exported = c->exportDefinitions(RegionId::Primary, {}, TextEncoding::ShiftJis);
    QVERIFY(exported.ok());
    auto request = drtest::definitionRequest(*exported);
    const ImportPreview preview = c->previewDefinitions(request);
    QVERIFY2(preview.ok(), qPrintable(formatIssues(preview.errors)));
    QCOMPARE(preview.encoding, TextEncoding::ShiftJis);
    QVERIFY(!preview.hasChanges());
    QCOMPARE(preview.unchanged, c->region(RegionId::Primary).tree->size());
    const auto tree = c->region(RegionId::Primary).tree;
    const QByteArray before = drtest::databaseDump(*c);
    DR_VERIFY_OK(c->importDefinitions(kCustomer, request));
    QCOMPARE(c->region(RegionId::Primary).tree, tree); // not even rewritten
    const QByteArray after = drtest::databaseDump(*c);
    // Only the audit entry was added.
    QVERIFY(after != before);
    QVERIFY(after.contains("definitions.import"));
}

void TestDefinitionImport::replaceSubtree()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const RegionData &primary = c->region(RegionId::Primary);
    const qsizetype demoUnits = primary.tree->size();
    const auto request = drtest::definitionRequest(
        drtest::corpusBytes(QStringLiteral("fixtures/replace-price-sync.ajs")),
        DefinitionImportMode::ReplaceSubtree, QStringLiteral("/SALES/PRICE_SYNC"));
    const ImportPreview preview = c->previewDefinitions(request);
    QVERIFY2(preview.ok(), qPrintable(formatIssues(preview.errors)));
    QCOMPARE(preview.added, QStringList{QStringLiteral("/SALES/PRICE_SYNC/NOTIFY")});
    QCOMPARE(preview.changed, QStringList{QStringLiteral("/SALES/PRICE_SYNC")});
    QCOMPARE(preview.removed, (QStringList{QStringLiteral("/SALES/PRICE_SYNC/CACHE_REFRESH"),
                                           QStringLiteral("/SALES/PRICE_SYNC/POST_LOG")}));
    QCOMPARE(preview.unchanged, demoUnits - 3);
    DR_VERIFY_OK(c->importDefinitions(kCustomer, request));
    QCOMPARE(primary.tree->size(), demoUnits - 1);
    QCOMPARE(primary.tree->find(u"/SALES/PRICE_SYNC/POST_LOG"), kNoUnit);
    const UnitIndex apply = primary.tree->find(u"/SALES/PRICE_SYNC/PRICE_APPLY");
    QCOMPARE(primary.tree->successors(apply).size(), std::size_t(1));
    QCOMPARE(primary.tree->unit(primary.tree->successors(apply)[0]).name, QStringLiteral("NOTIFY"));
    // The replaced jobnet is scheduled again from its rules.
    const UnitIndex sync = primary.tree->find(u"/SALES/PRICE_SYNC");
    QCOMPARE(primary.states[std::size_t(sync)].status, UnitStatus::TimeWait);
}

void TestDefinitionImport::replaceImpliedSubtree()
{
    // The file names only a jobnet below /LOGISTICS: the group keeps its own definition and
    // everything else below it goes.
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const UnitTree &tree = *c->region(RegionId::Primary).tree;
    const UnitIndex logistics = tree.find(u"/LOGISTICS");
    const qsizetype below = qsizetype(tree.subtree(logistics).size()) - 1;
    const Unit group = tree.unit(logistics);
    const auto request = drtest::definitionRequest(
        "unit=/LOGISTICS/NIGHTLY,,,;{ty=n;unit=J,,,;{ty=j;ex=\"ORDERDB\";}}",
        DefinitionImportMode::ReplaceSubtree, QStringLiteral("/LOGISTICS"));
    const ImportPreview preview = c->previewDefinitions(request);
    QVERIFY2(preview.ok(), qPrintable(formatIssues(preview.errors)));
    QCOMPARE(preview.removed.size(), below);
    QCOMPARE(preview.added.size(), 2);
    QVERIFY(preview.changed.isEmpty());
    DR_VERIFY_OK(c->importDefinitions(kCustomer, request));
    const UnitTree &after = *c->region(RegionId::Primary).tree;
    QCOMPARE(qsizetype(after.subtree(after.find(u"/LOGISTICS")).size()), 3);
    QVERIFY(sameDefinition(after.unit(after.find(u"/LOGISTICS")), group));
}

void TestDefinitionImport::replaceRefusesUnitsOutside()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const auto request = drtest::definitionRequest(
        drtest::corpusBytes(QStringLiteral("fixtures/merge-demo.ajs")),
        DefinitionImportMode::ReplaceSubtree, QStringLiteral("/SALES/ADHOC_REINDEX"));
    const ImportPreview preview = c->previewDefinitions(request);
    QCOMPARE(preview.errors.size(), 2); // CLOSE_DAY and its job are outside
    QCOMPARE(preview.errors.first().code, QStringLiteral("outside-subtree"));
    QCOMPARE(preview.errors.first().line, 38);
    QCOMPARE(preview.errors.first().column, 1);
    // A path that is no unit path at all.
    const ImportPreview badPath = c->previewDefinitions(
        drtest::definitionRequest(drtest::corpusBytes(QStringLiteral("fixtures/merge-demo.ajs")),
                                  DefinitionImportMode::ReplaceSubtree, QStringLiteral("SALES")));
    QCOMPARE(badPath.errors.first().code, QStringLiteral("subtree-path"));
}

void TestDefinitionImport::refusedFilesChangeNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("code");
    QTest::newRow("syntax") << QStringLiteral("corpus/malformed/missing-open-brace.ajs")
                            << int(DefinitionImportMode::Merge) << QStringLiteral("expected-brace");
    QTest::newRow("relation to a missing unit")
        << QStringLiteral("corpus/malformed/relation-unknown-unit.ajs")
        << int(DefinitionImportMode::Merge) << QStringLiteral("relation-unknown");
    QTest::newRow("encoding") << QStringLiteral("corpus/malformed/bad-bytes.ajs")
                              << int(DefinitionImportMode::Merge) << QStringLiteral("encoding");
    QTest::newRow("job over a jobnet with jobs")
        << QStringLiteral("fixtures/job-over-jobnet.ajs") << int(DefinitionImportMode::Merge)
        << QStringLiteral("placement");
    QTest::newRow("replace outside")
        << QStringLiteral("fixtures/merge-demo.ajs") << int(DefinitionImportMode::ReplaceSubtree)
        << QStringLiteral("outside-subtree");
}

void TestDefinitionImport::refusedFilesChangeNothing()
{
    QFETCH(QString, file);
    QFETCH(int, mode);
    QFETCH(QString, code);
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const QByteArray before = drtest::databaseDump(*c);
    const auto tree = c->region(RegionId::Primary).tree;
    auto result = c->importDefinitions(
        kCustomer, drtest::definitionRequest(drtest::corpusBytes(file), DefinitionImportMode(mode),
                                             QStringLiteral("/SALES/PRICE_SYNC")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::BadInput);
    QCOMPARE(result.error().code, code);
    QVERIFY2(result.error().message.contains(QLatin1String("nothing was changed")),
             qPrintable(result.error().message));
    QCOMPARE(c->region(RegionId::Primary).tree, tree);
    DR_COMPARE_DUMPS(drtest::databaseDump(*c), before);
}

void TestDefinitionImport::refusedWhileSwitchingOrInDr()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const auto request =
        drtest::definitionRequest(drtest::corpusBytes(QStringLiteral("fixtures/merge-demo.ajs")));
    DR_VERIFY_OK(
        c->startSwitch(kCustomer, Phase::Failover, SwitchMode::Drill, QStringLiteral("drill")));
    QByteArray before = drtest::databaseDump(*c);
    DR_VERIFY_REFUSED(c->importDefinitions(kCustomer, request), "switchover-in-progress");
    DR_VERIFY_REFUSED(c->checkImportDefinitions(kCustomer), "switchover-in-progress");
    DR_COMPARE_DUMPS(drtest::databaseDump(*c), before);
    StepOptions started;
    started.note = QStringLiteral("DR manager started");
    DR_VERIFY_OK(c->completeStep(kProvider, 2, started));
    QCOMPARE(c->activeRegion(), RegionId::Dr);
    before = drtest::databaseDump(*c);
    DR_VERIFY_REFUSED(c->importDefinitions(kCustomer, request), "switchover-in-progress");
    DR_COMPARE_DUMPS(drtest::databaseDump(*c), before);
    // Previews still work: they change nothing.
    QVERIFY(c->previewDefinitions(request).ok());
}

void TestDefinitionImport::customerRoleOnly()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    const auto request =
        drtest::definitionRequest(drtest::corpusBytes(QStringLiteral("fixtures/merge-demo.ajs")));
    const QByteArray before = drtest::databaseDump(*c);
    auto result = c->importDefinitions(kProvider, request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Refused);
    QVERIFY(!c->checkImportDefinitions(kProvider).ok());
    QVERIFY(c->checkImportDefinitions(kCustomer).ok());
    DR_COMPARE_DUMPS(drtest::databaseDump(*c), before);
}

void TestDefinitionImport::exportRoundTripThroughTheDatabase_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"all-types.ajs", "escapes.ajs", "japanese-sjis.ajs", "unknown.ajs",
                          "schedules.ajs", "several-roots.ajs", "remote.ajs", "limits.ajs"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestDefinitionImport::exportRoundTripThroughTheDatabase()
{
    // Import into an empty environment, reopen, export, import the export elsewhere: the same
    // units, and the export equals the writer's own output for the file.
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QByteArray bytes = drtest::corpusBytes(QStringLiteral("corpus/valid/") + file);
    const AjsprintDocument doc = Ajsprint::parse(bytes, TextEncoding::Auto);
    QVERIFY(doc.ok());
    {
        auto c = drtest::emptyConsole(dir, QStringLiteral("a.db"));
        QVERIFY(c);
        DR_VERIFY_OK(c->importDefinitions(
            kCustomer, drtest::definitionRequest(bytes, DefinitionImportMode::IntoEmpty)));
    }
    auto reopened = drtest::openConsole(dir.filePath(QStringLiteral("a.db")));
    QVERIFY(reopened);
    auto exported = reopened->exportDefinitions(RegionId::Primary, {}, doc.encoding);
    QVERIFY(exported.ok());
    QCOMPARE(*exported,
             *AjsprintWriter::write(UnitTree(doc.units, doc.relations), kNoUnit, doc.encoding));
    auto other = drtest::emptyConsole(dir, QStringLiteral("b.db"));
    QVERIFY(other);
    DR_VERIFY_OK(other->importDefinitions(
        kCustomer, drtest::definitionRequest(*exported, DefinitionImportMode::IntoEmpty)));
    QVERIFY(other->region(RegionId::Primary)
                .tree->sameDefinitions(*reopened->region(RegionId::Primary).tree));
}

void TestDefinitionImport::exportSubtreeAndErrors()
{
    QTemporaryDir dir;
    auto c = drtest::demoConsole(dir);
    QVERIFY(c);
    auto part = c->exportDefinitions(RegionId::Primary, QStringLiteral("/SALES/PRICE_SYNC"),
                                     TextEncoding::Utf8);
    QVERIFY(part.ok());
    QVERIFY(part->startsWith("unit=/SALES/PRICE_SYNC,,jp1admin,;\n"));
    const AjsprintDocument doc = Ajsprint::parse(*part, TextEncoding::Auto);
    QVERIFY(doc.ok());
    QCOMPARE(int(doc.units.size()), 7); // SALES (implied), PRICE_SYNC and its five jobs
    DR_VERIFY_REFUSED(
        c->exportDefinitions(RegionId::Primary, QStringLiteral("/NOPE"), TextEncoding::Utf8),
        "no-unit");
    auto empty = drtest::emptyConsole(dir, QStringLiteral("e.db"));
    DR_VERIFY_REFUSED(empty->exportDefinitions(RegionId::Primary, {}, TextEncoding::Utf8),
                      "nothing-to-export");
}

QTEST_GUILESS_MAIN(TestDefinitionImport)
#include "tst_definition_import.moc"
