// What the valid corpus files mean, not only how many units they have: every row of
// corpus/valid/values.tsv (written by hand from the files) names a unit and one interpreted
// value — type, comment after unescaping, agent, script, user, schedule, relations, the
// parameters kept verbatim in file order — and the parsed file must give exactly that. A
// consistently wrong unescape or a reordered parameter list would pass a round trip, not this.
#include "interop/AjsprintDocument.h"
#include "interop/AjsprintWriter.h"
#include "model/UnitTree.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace dr;

namespace {

const QString kValid = QStringLiteral(DR_TESTS_DIR "/interop/corpus/valid/");

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QStringList> manifestRows()
{
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(readBytes(kValid + QStringLiteral("values.tsv")));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
            rows << line.split(QLatin1Char('\t'));
    }
    return rows;
}

QString cycle(const ScheduleRule &r)
{
    const char *units = " dwmy"; // CycleUnit::None, Day, Week, Month, Year
    if (r.cycleUnit == CycleUnit::None)
        return {};
    return QString::number(r.cycleCount) + QLatin1Char(units[int(r.cycleUnit)]);
}

// One field of a unit, in the notation of values.tsv.
QString field(const AjsprintDocument &doc, UnitIndex index, const QString &name)
{
    const Unit &u = doc.units[std::size_t(index)];
    const UnitDetails &d = u.detailsOrEmpty();
    if (name == QLatin1String("type"))
        return u.typeCode() +
               (u.type == UnitType::Other ? QStringLiteral(" (unknown)") : QString());
    if (name == QLatin1String("header"))
        return QStringList{d.permission, d.owner, d.resourceGroup}.join(QLatin1Char(','));
    if (name == QLatin1String("comment"))
        return d.comment;
    if (name == QLatin1String("agent"))
        return u.agent;
    if (name == QLatin1String("script"))
        return d.script;
    if (name == QLatin1String("user"))
        return d.user;
    if (name == QLatin1String("implied"))
        return doc.implied[std::size_t(index)] ? QStringLiteral("yes") : QStringLiteral("no");
    QStringList parts;
    if (name == QLatin1String("schedule")) {
        for (const ScheduleRule &r : d.schedule) {
            parts << QStringLiteral("%1|%2|%3:%4|%5")
                         .arg(r.number)
                         .arg(r.startDate.isValid()
                                  ? r.startDate.toString(QStringLiteral("yyyy/MM/dd"))
                                  : QString())
                         .arg(r.startMinute / 60, 2, 10, QLatin1Char('0'))
                         .arg(r.startMinute % 60, 2, 10, QLatin1Char('0'))
                         .arg(cycle(r));
        }
        return parts.join(QStringLiteral("; "));
    }
    if (name == QLatin1String("relations")) {
        for (const Relation &r : doc.relations) {
            if (doc.units[std::size_t(r.from)].parent != index)
                continue;
            parts << QStringLiteral("%1>%2 %3")
                         .arg(doc.units[std::size_t(r.from)].name,
                              doc.units[std::size_t(r.to)].name,
                              r.kind == RelationKind::Conditional ? QStringLiteral("con")
                                                                  : QStringLiteral("seq"));
        }
        return parts.join(QStringLiteral(", "));
    }
    if (name == QLatin1String("params")) {
        for (const UnitParameter &p : d.otherParameters)
            parts << p.key + QLatin1Char('=') + p.value;
        return parts.join(QStringLiteral(" | "));
    }
    return QStringLiteral("<no field %1>").arg(name);
}

} // namespace

class TestAjsprintValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void values_data();
    void values();
    void everyValidFileIsDescribed();
    void emptyCommentSurvivesExport();
};

void TestAjsprintValues::values_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const QList<QStringList> rows = manifestRows();
    QVERIFY(rows.size() >= 100);
    for (const QStringList &row : rows) {
        QVERIFY2(row.size() == 4, qPrintable(row.join(QLatin1Char('\t'))));
        QString expected = row[3];
        expected.replace(QLatin1String("<TAB>"), QLatin1String("\t"));
        QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3").arg(row[0], row[1], row[2])))
            << row[0] << row[1] << row[2] << expected;
    }
}

void TestAjsprintValues::values()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const AjsprintDocument doc = Ajsprint::parse(readBytes(kValid + file), TextEncoding::Auto);
    QVERIFY2(doc.ok(), qPrintable(formatIssues(doc.errors)));
    UnitIndex index = kNoUnit;
    for (UnitIndex i = 0; i < UnitIndex(doc.units.size()) && index == kNoUnit; ++i) {
        if (doc.path(i) == path)
            index = i;
    }
    QVERIFY2(index != kNoUnit, qPrintable(path));
    QCOMPARE(field(doc, index, name), expected);
    // The same value after writing the unit back and reading it again.
    const AjsprintDocument again =
        Ajsprint::parse(AjsprintWriter::write(UnitTree(doc.units, doc.relations)));
    QVERIFY2(again.ok(), qPrintable(formatIssues(again.errors)));
    QCOMPARE(again.path(index), path);
    if (name != QLatin1String("implied")) // a written file defines every unit
        QCOMPARE(field(again, index, name), expected);
}

void TestAjsprintValues::everyValidFileIsDescribed()
{
    QSet<QString> described;
    for (const QStringList &row : manifestRows())
        described.insert(row.value(0));
    const QStringList files = QDir(kValid).entryList({QStringLiteral("*.ajs")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QVERIFY2(described.contains(f),
                 qPrintable(f + QStringLiteral(" has no row in values.tsv")));
}

void TestAjsprintValues::emptyCommentSurvivesExport()
{
    // cm=""; says as much as no cm= at all, but an export gives the file back as it was.
    const AjsprintDocument doc =
        Ajsprint::parse(QStringLiteral("unit=/G,,,;{ty=g;cm=\"\";unit=N,,,;{ty=n;cm=\"x\";}}"));
    QVERIFY2(doc.ok(), qPrintable(formatIssues(doc.errors)));
    QCOMPARE(doc.units[0].comment(), QString());
    const QString written = AjsprintWriter::write(UnitTree(doc.units, doc.relations));
    QCOMPARE(written.count(QLatin1String("\tcm=\"\";\n")), 1);
    QCOMPARE(written.count(QLatin1String("cm=")), 2);
    const AjsprintDocument again = Ajsprint::parse(written);
    QVERIFY(again.ok());
    QCOMPARE(AjsprintWriter::write(UnitTree(again.units, again.relations)), written);
    // Given twice, it is still refused like any other second cm=.
    const AjsprintDocument twice =
        Ajsprint::parse(QStringLiteral("unit=/G,,,;{ty=g;cm=\"\";cm=\"y\";}"));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.errors.first().code, QStringLiteral("duplicate-parameter"));
}

QTEST_GUILESS_MAIN(TestAjsprintValues)
#include "tst_ajsprint_values.moc"
