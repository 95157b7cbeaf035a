// What an operator reads when an ajsprint file is wrong: every independent error of a file with
// its position and nothing that only follows from an earlier one (every-error.tsv), text after
// a closing quote, unit names measured in UTF-8 whatever the file's encoding, long text cut
// short in messages, and a byte-order mark that contradicts the encoding chosen.
#include "IssuePositions.h"
#include "interop/AjsprintDocument.h"
#include "interop/AjsprintReader.h"
#include "interop/TextDecoding.h"

#include <QFile>
#include <QTest>

using namespace dr;
using drtest::positions;

namespace {

const QString kMalformed = QStringLiteral(DR_TESTS_DIR "/interop/corpus/malformed/");

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAjsprintErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyError_data();
    void everyError();
    void oneLineRecovery();
    void textAfterQuote_data();
    void textAfterQuote();
    void nameMeasuredInUtf8();
    void longNameIsCutShort();
    void bomContradictsShiftJis();
};

void TestAjsprintErrors::everyError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    int rows = 0;
    const QString manifest =
        QString::fromUtf8(readBytes(kMalformed + QStringLiteral("every-error.tsv")));
    for (const QString &line : manifest.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList row = line.split(QLatin1Char('\t'));
        QVERIFY(row.size() == 2);
        QTest::newRow(qPrintable(row[0])) << row[0] << row[1];
        ++rows;
    }
    QVERIFY(rows >= 5);
}

void TestAjsprintErrors::everyError()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QByteArray bytes = readBytes(kMalformed + file);
    QVERIFY(!bytes.isEmpty());
    const AjsprintDocument doc = Ajsprint::parse(bytes, TextEncoding::Auto);
    QCOMPARE(positions(doc.errors), expected);
}

void TestAjsprintErrors::oneLineRecovery()
{
    // All on one line, so the layout cannot help: a lost "{" is still taken as forgotten and
    // the mistakes after it are found.
    const AjsprintDocument doc = Ajsprint::parse(QStringLiteral(
        "unit=/A,,,;ty=g;unit=N,,,;{ty=n;cm=\"x\"y;}}unit=/B,,,;{ty=n;ex=\"a b\";}"));
    QCOMPARE(positions(doc.errors),
             QStringLiteral("1:12:expected-brace 1:39:after-quote 1:60:agent-name-space"));
}

void TestAjsprintErrors::textAfterQuote_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("error"); // "" when the parameter is fine
    QTest::addColumn<QString>("comment");
    QTest::newRow("text") << QStringLiteral("cm=\"abc\" def;") << QStringLiteral("4:11:after-quote")
                          << QString();
    QTest::newRow("second quoted value")
        << QStringLiteral("cm=\"a\" \"b\";") << QStringLiteral("4:9:after-quote") << QString();
    QTest::newRow("blanks and a comment")
        << QStringLiteral("cm=\"abc\" \t/* why */ ;") << QString() << QStringLiteral("abc");
    QTest::newRow("escaped quotes inside")
        << QStringLiteral("cm=\"say #\"hi#\"\";") << QString() << QStringLiteral("say \"hi\"");
    QTest::newRow("missing semicolon after the quote")
        << QStringLiteral("cm=\"abc\"") << QStringLiteral("4:10:expected-semicolon") << QString();
}

void TestAjsprintErrors::textAfterQuote()
{
    QFETCH(QString, parameter);
    QFETCH(QString, error);
    QFETCH(QString, comment);
    const AjsprintDocument doc =
        Ajsprint::parse(QStringLiteral("unit=/G,,,;\n{\n\tty=g;\n\t%1\n}\n").arg(parameter));
    QCOMPARE(positions(doc.errors), error);
    if (error.isEmpty()) {
        QCOMPARE(doc.units.front().comment(), comment);
    } else {
        QVERIFY2(doc.errors.first().message.contains(QLatin1String("\"cm\"")),
                 qPrintable(doc.errors.first().message));
    }
    // A value may start with text before its quote (mladr=to:"..." in a mail job).
    const AjsprintDocument prefixed = Ajsprint::parse(
        QStringLiteral("unit=/G,,,;{ty=g;unit=N,,,;{ty=n;unit=M,,,;{ty=mlsj;mladr=to:\"a@b\";}}}"));
    QVERIFY2(prefixed.ok(), qPrintable(formatIssues(prefixed.errors)));
    QCOMPARE(prefixed.units.back().details->otherParameters.first().value,
             QStringLiteral("to:\"a@b\""));
}

void TestAjsprintErrors::nameMeasuredInUtf8()
{
    // 11 kanji: 22 bytes in Shift_JIS, 33 in UTF-8, which the console and the manager use.
    const QString name = QStringLiteral("月次売上集計報告書作成");
    const QString text =
        QStringLiteral("unit=/G,,,;\n{\n\tty=g;\n\tunit=%1,,,;{ty=n;}\n}\n").arg(name);
    const AjsprintDocument sjis =
        Ajsprint::parse(TextDecoding::encode(text, TextEncoding::ShiftJis), TextEncoding::Auto);
    QCOMPARE(sjis.encoding, TextEncoding::ShiftJis);
    QCOMPARE(positions(sjis.errors), QStringLiteral("4:2:unit-name-too-long"));
    const QString message = sjis.errors.first().message;
    for (const char *part :
         {"\"月次売上集計報告書作成\" is 33 bytes long in UTF-8; the limit is 30 bytes",
          "store unit names in UTF-8", "In this Shift_JIS file the name takes 22 bytes",
          "Remove at least 1 of its characters."})
        QVERIFY2(message.contains(QString::fromUtf8(part)), qPrintable(message));
    // The same name in a UTF-8 file: no Shift_JIS count.
    const AjsprintDocument utf8 = Ajsprint::parse(text.toUtf8(), TextEncoding::Auto);
    QCOMPARE(positions(utf8.errors), QStringLiteral("4:2:unit-name-too-long"));
    QVERIFY(!utf8.errors.first().message.contains(QLatin1String("Shift_JIS")));
    // How much to cut counts characters: 40 ASCII letters are 10 over.
    const AjsprintDocument ascii =
        Ajsprint::parse(QStringLiteral("unit=/%1,,,;{ty=g;}").arg(QString(40, QLatin1Char('A'))));
    QVERIFY2(ascii.errors.first().message.contains(
                 QLatin1String("Remove at least 10 of its characters.")),
             qPrintable(ascii.errors.first().message));
    // A name inside a full path is measured the same way.
    const AjsprintDocument path = Ajsprint::parse(
        QStringLiteral("unit=/%1/N,,,;{ty=n;}").arg(name).toUtf8(), TextEncoding::Utf8);
    QVERIFY2(path.errors.first().message.contains(QLatin1String("33 bytes long in UTF-8")),
             qPrintable(path.errors.first().message));
}

void TestAjsprintErrors::longNameIsCutShort()
{
    const QString huge(100000, QLatin1Char('N'));
    for (const QString &text : {QStringLiteral("unit=/%1,,,;{ty=g;}").arg(huge),
                                QStringLiteral("unit=/G/%1,,,;{ty=n;}").arg(huge),
                                QStringLiteral("unit=/G,,,;{ty=g;ar=(f=%1);}").arg(huge)}) {
        const AjsprintDocument doc = Ajsprint::parse(text);
        QVERIFY(!doc.ok());
        for (const ParseIssue &e : doc.errors)
            QVERIFY2(e.message.size() < 600, qPrintable(e.message.left(600)));
    }
    const AjsprintDocument doc = Ajsprint::parse(QStringLiteral("unit=/%1,,,;{ty=g;}").arg(huge));
    QVERIFY2(doc.errors.first().message.contains(QString(40, QLatin1Char('N')) + QChar(0x2026)),
             qPrintable(doc.errors.first().message));
    QVERIFY(doc.errors.first().message.contains(QLatin1String("100000 bytes long in UTF-8")));
}

void TestAjsprintErrors::bomContradictsShiftJis()
{
    const QByteArray bom = "\xEF\xBB\xBF" + QStringLiteral("unit=/販売,,,;{ty=g;}").toUtf8();
    const AjsprintDocument forced = Ajsprint::parse(bom, TextEncoding::ShiftJis);
    QCOMPARE(positions(forced.errors), QStringLiteral("1:1:encoding-bom"));
    QVERIFY(forced.units.empty());
    QVERIFY2(forced.errors.first().message.contains(QLatin1String("byte-order mark")),
             qPrintable(forced.errors.first().message));
    // Detected or forced to UTF-8, the same bytes read.
    QCOMPARE(Ajsprint::parse(bom, TextEncoding::Auto).units.front().name, QStringLiteral("販売"));
    QCOMPARE(Ajsprint::parse(bom, TextEncoding::Utf8).units.front().name, QStringLiteral("販売"));
    // The decoder says the same to every importer.
    TextPosition at;
    auto decoded = TextDecoding::decode(bom, TextEncoding::ShiftJis, &at);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, QStringLiteral("encoding-bom"));
    QCOMPARE(at.line, 1);
}

QTEST_GUILESS_MAIN(TestAjsprintErrors)
#include "tst_ajsprint_errors.moc"
