// The ajsprint corpus (tests/interop/corpus): every valid file reads with the units, relations
// and warnings its manifest lists and survives import → export → import unchanged, in UTF-8 and
// in Shift_JIS; every malformed file is refused with the first error its manifest names (line,
// column, code and message); every fuzzer finding reads quickly without crashing.
#include "interop/AgentFile.h"
#include "interop/AgentScript.h"
#include "interop/AjsprintDocument.h"
#include "interop/AjsprintReader.h"
#include "interop/AjsprintWriter.h"
#include "interop/DefinitionMerge.h"
#include "interop/HostsFile.h"
#include "model/UnitTree.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace dr;

namespace {

const QString kCorpus = QStringLiteral(DR_TESTS_DIR "/interop/corpus");

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Rows of a tab-separated manifest, without comments and blank lines.
QList<QStringList> manifest(const QString &path)
{
    QList<QStringList> rows;
    for (const QString &line : QString::fromUtf8(readBytes(path)).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows << line.split(QLatin1Char('\t'));
    }
    return rows;
}

QStringList codes(const QList<ParseIssue> &issues)
{
    QStringList out;
    for (const ParseIssue &i : issues)
        out << i.code;
    return out;
}

// Reads, writes and reads again; the two trees must hold the same units and relations.
void checkRoundTrip(const AjsprintDocument &doc, TextEncoding encoding)
{
    const UnitTree first(doc.units, doc.relations);
    auto bytes = AjsprintWriter::write(first, kNoUnit, encoding);
    QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().message));
    const AjsprintDocument again = Ajsprint::parse(*bytes, encoding);
    QVERIFY2(again.ok(), qPrintable(formatIssues(again.errors) + QLatin1Char('\n') +
                                    AjsprintWriter::write(first)));
    // Detection finds the encoding back whenever the text is not plain ASCII.
    const bool ascii =
        std::all_of(bytes->cbegin(), bytes->cend(), [](char c) { return uchar(c) < 0x80; });
    if (!ascii)
        QCOMPARE(Ajsprint::parse(*bytes, TextEncoding::Auto).encoding, encoding);
    const UnitTree second(again.units, again.relations);
    QCOMPARE(second.size(), first.size());
    for (UnitIndex i = 0; i < first.size(); ++i) {
        QCOMPARE(second.path(i), first.path(i));
        QVERIFY2(sameDefinition(second.unit(i), first.unit(i)), qPrintable(first.path(i)));
    }
    QVERIFY(second.relations() == first.relations());
    QVERIFY(first.sameDefinitions(second));
    // Writing is stable: the second export is the first one, byte for byte.
    QCOMPARE(AjsprintWriter::write(second), AjsprintWriter::write(first));
}

bool importedIntoEmpty(const AjsprintDocument &doc, UnitTree &tree)
{
    const UnitTree empty;
    DefinitionMerge merge(empty, doc);
    merge.apply();
    ImportPreview preview;
    merge.build(preview);
    if (!preview.ok())
        return false;
    tree = UnitTree(merge.units(), merge.relations());
    return true;
}

} // namespace

class TestAjsprintCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validFiles_data();
    void validFiles();
    void validManifestIsComplete();
    void malformedFiles_data();
    void malformedFiles();
    void malformedManifestIsComplete();
    void forcedEncodings();
    void readerFacts();
    void demoRoundTrip();
    void regressions_data();
    void regressions();
};

void TestAjsprintCorpus::validFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("relations");
    QTest::addColumn<QStringList>("warnings");
    for (const QStringList &row : manifest(kCorpus + QStringLiteral("/valid/expected.tsv"))) {
        QVERIFY(row.size() == 5);
        const QStringList warnings =
            row[4] == QLatin1String("-") ? QStringList() : row[4].split(QLatin1Char(','));
        QTest::newRow(qPrintable(row[0]))
            << row[0] << row[1] << row[2].toInt() << row[3].toInt() << warnings;
    }
}

void TestAjsprintCorpus::validFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(int, units);
    QFETCH(int, relations);
    QFETCH(QStringList, warnings);
    const QByteArray bytes = readBytes(kCorpus + QStringLiteral("/valid/") + file);
    QVERIFY(!bytes.isEmpty());
    const AjsprintDocument doc = Ajsprint::parse(bytes, TextEncoding::Auto);
    QVERIFY2(doc.ok(), qPrintable(formatIssues(doc.errors)));
    QCOMPARE(TextDecoding::encodingName(doc.encoding), encoding);
    QCOMPARE(int(doc.units.size()), units);
    QCOMPARE(int(doc.relations.size()), relations);
    QCOMPARE(codes(doc.warnings), warnings);
    for (const ParseIssue &w : doc.warnings)
        QVERIFY2(w.line > 0 && w.column > 0, qPrintable(w.toString()));
    checkRoundTrip(doc, doc.encoding);
    // Japanese text survives Shift_JIS too; other files go through the other encoding as well.
    checkRoundTrip(doc, doc.encoding == TextEncoding::Utf8 ? TextEncoding::ShiftJis
                                                           : TextEncoding::Utf8);
}

void TestAjsprintCorpus::validManifestIsComplete()
{
    QStringList listed;
    for (const QStringList &row : manifest(kCorpus + QStringLiteral("/valid/expected.tsv")))
        listed << row[0];
    const QStringList files =
        QDir(kCorpus + QStringLiteral("/valid")).entryList({QStringLiteral("*.ajs")}, QDir::Files);
    QCOMPARE(listed, files);
    // Every unit type of domain.md §11 appears in the valid corpus.
    QSet<UnitType> seen;
    for (const QString &f : files) {
        const AjsprintDocument doc =
            Ajsprint::parse(readBytes(kCorpus + QStringLiteral("/valid/") + f), TextEncoding::Auto);
        for (const Unit &u : doc.units)
            seen.insert(u.type);
    }
    for (const char *code : {"g", "n", "rn", "rm", "j", "pj", "qj", "evwj", "flwj", "ntwj", "lfwj",
                             "tmwj", "orj", "jdj", "nc", "rc"})
        QVERIFY2(seen.contains(unitTypeFromCode(QString::fromLatin1(code))), code);
    QVERIFY(seen.contains(UnitType::Other));
}

void TestAjsprintCorpus::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    for (const QStringList &row : manifest(kCorpus + QStringLiteral("/malformed/expected.tsv"))) {
        QVERIFY(row.size() == 4);
        const QStringList at = row[1].split(QLatin1Char(':'));
        QTest::newRow(qPrintable(row[0]))
            << row[0] << at.value(0).toInt() << at.value(1).toInt() << row[2] << row[3];
    }
}

void TestAjsprintCorpus::malformedFiles()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const QByteArray bytes = readBytes(kCorpus + QStringLiteral("/malformed/") + file);
    QVERIFY(!bytes.isEmpty());
    const AjsprintDocument doc = Ajsprint::parse(bytes, TextEncoding::Auto);
    QVERIFY2(!doc.ok(), "a malformed file was accepted");
    const ParseIssue &first = doc.errors.first();
    QCOMPARE(first.code, code);
    QCOMPARE(QStringLiteral("%1:%2").arg(first.line).arg(first.column),
             QStringLiteral("%1:%2").arg(line).arg(column));
    QVERIFY2(first.message.contains(message), qPrintable(first.message));
    for (const ParseIssue &e : doc.errors)
        QVERIFY2(e.line > 0 && e.column > 0, qPrintable(e.toString()));
}

void TestAjsprintCorpus::malformedManifestIsComplete()
{
    QStringList listed;
    for (const QStringList &row : manifest(kCorpus + QStringLiteral("/malformed/expected.tsv")))
        listed << row[0];
    const QStringList files = QDir(kCorpus + QStringLiteral("/malformed"))
                                  .entryList({QStringLiteral("*.ajs")}, QDir::Files);
    QCOMPARE(listed, files);
    QVERIFY(files.size() >= 20);
}

void TestAjsprintCorpus::forcedEncodings()
{
    const QByteArray sjis = readBytes(kCorpus + QStringLiteral("/valid/japanese-sjis.ajs"));
    const QByteArray utf8 = readBytes(kCorpus + QStringLiteral("/valid/japanese-utf8.ajs"));
    // Forced right: read; forced wrong: refused with the first bad byte's position.
    QVERIFY(Ajsprint::parse(sjis, TextEncoding::ShiftJis).ok());
    const AjsprintDocument wrong = Ajsprint::parse(sjis, TextEncoding::Utf8);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.errors.first().code, QStringLiteral("encoding"));
    QCOMPARE(wrong.errors.first().line, 1);
    QVERIFY(wrong.errors.first().message.contains(QLatin1String("not valid UTF-8")));
    const AjsprintDocument sjisDoc = Ajsprint::parse(sjis, TextEncoding::Auto);
    const AjsprintDocument fromUtf8 = Ajsprint::parse(
        TextDecoding::encode(TextDecoding::decode(sjis, TextEncoding::ShiftJis)->text,
                             TextEncoding::Utf8),
        TextEncoding::Utf8);
    QVERIFY(UnitTree(sjisDoc.units, sjisDoc.relations)
                .sameDefinitions(UnitTree(fromUtf8.units, fromUtf8.relations)));
    QCOMPARE(sjisDoc.units[1].name, QStringLiteral("月次締め"));
    QVERIFY(sjisDoc.units[1].comment().contains(QChar(0x2460))); // ① is a CP932 character
    // UTF-8 read as Shift_JIS gives other characters, never a crash; auto picks UTF-8.
    QCOMPARE(Ajsprint::parse(utf8, TextEncoding::Auto).encoding, TextEncoding::Utf8);
    // Text Shift_JIS cannot hold is refused on export, naming the line.
    const AjsprintDocument emoji =
        Ajsprint::parse(QStringLiteral("unit=/G,,,;\n{\n\tty=g;\n\tcm=\"ok \U0001F600\";\n}\n"));
    QVERIFY(emoji.ok());
    auto encoded = AjsprintWriter::write(UnitTree(emoji.units, emoji.relations), kNoUnit,
                                         TextEncoding::ShiftJis);
    QVERIFY(!encoded.ok());
    QVERIFY2(encoded.error().message.contains(QLatin1String("Line 4")),
             qPrintable(encoded.error().message));
}

void TestAjsprintCorpus::readerFacts()
{
    // Escapes, comments inside values and unquoted values as the reader leaves them.
    const AjsSyntax syntax = AjsprintReader::read(
        QStringLiteral("unit=A,p,o,r;{ty=n /*c*/;cm=\"a#\"b##c\";x= 1 /*y*/ 2 ;}"));
    QVERIFY(syntax.errors.isEmpty());
    QCOMPARE(syntax.roots.size(), 1);
    const AjsUnitNode &a = syntax.roots.first();
    QCOMPARE(a.permission, QStringLiteral("p"));
    QCOMPARE(a.resourceGroup, QStringLiteral("r"));
    QCOMPARE(a.parameters.size(), 3);
    QCOMPARE(a.parameters[0].value, QStringLiteral("n"));
    QCOMPARE(AjsprintReader::unquote(a.parameters[1].value), QStringLiteral("a\"b#c"));
    QCOMPARE(a.parameters[2].value, QStringLiteral("1   2"));
    QCOMPARE(AjsprintReader::quote(QStringLiteral("a\"b#c")), QStringLiteral("\"a#\"b##c\""));
    // Errors are capped, and deep nesting stops the reader instead of its stack.
    QString garbage;
    for (int i = 0; i < 2000; ++i)
        garbage += QStringLiteral("@\n");
    QCOMPARE(AjsprintReader::read(garbage).errors.size(), AjsprintReader::kMaxErrors);
    QString deep;
    for (int i = 0; i < 10000; ++i)
        deep += QStringLiteral("unit=A,,,;{");
    const AjsSyntax tooDeep = AjsprintReader::read(deep);
    QCOMPARE(tooDeep.errors.first().code, QStringLiteral("nesting"));
}

void TestAjsprintCorpus::demoRoundTrip()
{
    QFile f(QStringLiteral(":/demo/definitions.ajs"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const AjsprintDocument doc = Ajsprint::parse(f.readAll(), TextEncoding::Auto);
    QVERIFY2(doc.ok(), qPrintable(formatIssues(doc.errors)));
    checkRoundTrip(doc, TextEncoding::Utf8);
    checkRoundTrip(doc, TextEncoding::ShiftJis);
}

void TestAjsprintCorpus::regressions_data()
{
    // Fuzzer findings, and the hand-made seeds the fuzzers start from (broken files that drive
    // the reader's error recovery): none may crash, hang or lose an error's position.
    QTest::addColumn<QString>("file");
    int rows = 0;
    for (const QString &dir :
         {kCorpus + QStringLiteral("/regressions"), QStringLiteral(DR_TESTS_DIR "/fuzz/seeds")}) {
        for (const QString &f : QDir(dir).entryList(QDir::Files, QDir::Name)) {
            if (!f.endsWith(QLatin1String(".md"))) {
                QTest::newRow(qPrintable(QDir(dir).dirName() + QLatin1Char('/') + f))
                    << dir + QLatin1Char('/') + f;
                ++rows;
            }
        }
    }
    QVERIFY(rows > 0);
}

void TestAjsprintCorpus::regressions()
{
    QFETCH(QString, file);
    const QByteArray bytes = readBytes(file);
    QElapsedTimer timer;
    timer.start();
    const AjsprintDocument doc = Ajsprint::parse(bytes, TextEncoding::Auto);
    for (const ParseIssue &e : doc.errors)
        QVERIFY2(e.line > 0 && e.column > 0, qPrintable(e.toString()));
    // What an import into an empty environment accepts is written back identically (units only
    // named in a path get their kind from the tree, so the file alone does not decide).
    UnitTree tree;
    if (doc.ok() && importedIntoEmpty(doc, tree)) {
        const AjsprintDocument again = Ajsprint::parse(AjsprintWriter::write(tree));
        QVERIFY2(again.ok(), qPrintable(formatIssues(again.errors)));
        UnitTree back;
        QVERIFY(importedIntoEmpty(again, back));
        QVERIFY(tree.sameDefinitions(back));
    }
    // The other readers get every finding too: each one came from some reader.
    if (auto text = TextDecoding::decode(bytes, TextEncoding::Auto)) {
        const HostsFile::Parsed hosts = HostsFile::parse(text->text);
        const AgentRows csv = AgentFile::readCsv(text->text);
        const AgentRows script = AgentScript::read(text->text);
        for (const QList<ParseIssue> *issues : {&hosts.errors, &csv.errors, &script.errors}) {
            for (const ParseIssue &e : *issues)
                QVERIFY2(e.line > 0 && e.column > 0, qPrintable(e.toString()));
        }
    }
    // Findings are at most a few kilobytes: a second is a generous bound even under load.
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestAjsprintCorpus)
#include "tst_ajsprint_corpus.moc"
