// Durations and lists in running text follow the UI language ("1時間05分", "a、b"), while the
// audit log's records keep one English wording for everyone.

#include "engine/JapanTime.h"
#include "model/ListText.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace dr;

class TestLocalizedText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void english();
    void japanese();
};

void TestLocalizedText::english()
{
    QCOMPARE(jst::formatDuration(65 * 60 * 1000), QStringLiteral("1 h 05 min"));
    QCOMPARE(jst::formatDuration(45 * 1000), QStringLiteral("45 s"));
    QCOMPARE(ListText::join({QStringLiteral("a"), QStringLiteral("b")}), QStringLiteral("a, b"));
    QCOMPARE(ListText::joinSome({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 2),
             QStringLiteral("a, b and 1 more"));
    QCOMPARE(ListText::andMore(2), QStringLiteral("\u2026and 2 more"));
    QCOMPARE(ListText::sentences(QStringLiteral("One."), QStringLiteral("Two.")), QStringLiteral("One. Two."));
}

void TestLocalizedText::japanese()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/drconsole_ja.qm")));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(jst::formatDuration(65 * 60 * 1000), QStringLiteral("1時間05分"));
    QCOMPARE(jst::formatDuration(3 * 60 * 1000 + 7000), QStringLiteral("3分07秒"));
    QCOMPARE(jst::formatDuration(45 * 1000), QStringLiteral("45秒"));
    QCOMPARE(jst::formatDuration(26 * 3600 * 1000LL), QStringLiteral("1日2時間"));
    // The record stays as it was written, whoever reads it.
    QCOMPARE(jst::formatDurationRecord(65 * 60 * 1000), QStringLiteral("1 h 05 min"));
    QCOMPARE(ListText::join({QStringLiteral("ログ"), QStringLiteral("メトリクス")}),
             QStringLiteral("ログ、メトリクス"));
    QCOMPARE(ListText::andMore(2), QStringLiteral("\u2026ほか 2 件"));
    QCOMPARE(ListText::sentences(QStringLiteral("一。"), QStringLiteral("二。")), QStringLiteral("一。二。"));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
