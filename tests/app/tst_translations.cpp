// Japanese and English translations are complete: lupdate over every source (so a string added
// in code and missing from the .ts files counts) leaves no unfinished, empty or missing entry.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Gap
{
    QString context;
    QString source;
    QString problem;
};

QList<Gap> gaps(const QString &tsPath)
{
    QList<Gap> found;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        found << Gap{QString(), QString(), QStringLiteral("cannot read %1").arg(tsPath)};
        return found;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    bool numerus = false; // an attribute of <message>, read again for each message
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QStringList texts;
            if (numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        texts << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                texts << xml.readElementText();
            }
            if (type == QLatin1String("unfinished"))
                found << Gap{context, source, QStringLiteral("unfinished")};
            else if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            else if (texts.isEmpty() || std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) { return t.trimmed().isEmpty(); }))
                found << Gap{context, source, QStringLiteral("empty")};
        }
    }
    if (xml.hasError())
        found << Gap{QString(), QString(), QStringLiteral("XML error: %1").arg(xml.errorString())};
    return found;
}

struct Message
{
    bool numerus = false;
    QStringList translations; // the numerus forms, or the one translation
};

// Every message of a .ts file by "context|source".
QHash<QString, Message> messages(const QString &tsPath)
{
    QHash<QString, Message> all;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return all;
    QXmlStreamReader xml(&file);
    QString context, source;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            current = Message{
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.translations << xml.readElementText();
            }
            all.insert(context + QLatin1Char('|') + source, current);
        }
    }
    return all;
}

bool runLupdate(const QStringList &sources, const QString &ts, QByteArray &output)
{
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(DR_LUPDATE),
                  QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none")} +
                      sources + QStringList{QStringLiteral("-ts"), ts});
    const bool finished = lupdate.waitForFinished(120000);
    output = lupdate.readAll();
    return finished && lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
    void englishCountsAreWords();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("ja") << QStringLiteral("drconsole_ja.ts");
    QTest::newRow("en") << QStringLiteral("drconsole_en.ts");
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString source = QStringLiteral(DR_SOURCE_DIR);
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(source + QStringLiteral("/translations/") + file, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(DR_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   source + QStringLiteral("/core"), source + QStringLiteral("/ui"), source + QStringLiteral("/app"),
                   QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    const QList<Gap> found = gaps(copy);
    QStringList lines;
    for (int i = 0; i < found.size() && i < 25; ++i)
        lines << QStringLiteral("%1 [%2] %3").arg(found[i].problem, found[i].context, found[i].source);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 entries of %2 need a translation (update it with "
                                                        "cmake --build build --target update_translations):\n%3")
                                             .arg(found.size())
                                             .arg(file, lines.join(QLatin1Char('\n')))));
}

// A count in the console's English reads "1 error", "4 errors", never "4 error(s)": every
// string of ui/ written with "(s)" is a plural (%n) message whose English forms say it properly.
void TestTranslations::englishCountsAreWords()
{
    QTemporaryDir dir;
    const QString source = QStringLiteral(DR_SOURCE_DIR);
    const QString uiOnly = dir.filePath(QStringLiteral("ui_en.ts"));
    QByteArray output;
    QVERIFY2(runLupdate({source + QStringLiteral("/ui")}, uiOnly, output), output.constData());
    const QHash<QString, Message> uiStrings = messages(uiOnly);
    QVERIFY(uiStrings.size() > 100);
    const QHash<QString, Message> english =
        messages(source + QStringLiteral("/translations/drconsole_en.ts"));
    QStringList wrong;
    int plurals = 0;
    for (auto it = uiStrings.cbegin(); it != uiStrings.cend(); ++it) {
        if (!it.key().contains(QLatin1String("(s)")))
            continue;
        const Message m = english.value(it.key());
        const bool words = m.numerus && m.translations.size() == 2 &&
                           !m.translations.join(QString()).contains(QLatin1String("(s)"));
        if (!words)
            wrong << QStringLiteral("%1 -> %2")
                         .arg(it.key(), m.translations.join(QLatin1String(" / ")));
        plurals += words;
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    QVERIFY(plurals > 5);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
