#include "TextDecoding.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace dr {

namespace {

// Windows-31J is the IANA name for CP932 (Shift_JIS with the NEC/IBM extensions).
const char *const kCp932 = "Windows-31J";

bool decodesCleanly(const QByteArray &bytes, const char *encoding, QString &out, qsizetype &badAt)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        decoder = QStringDecoder("Shift_JIS", QStringDecoder::Flag::Stateless);
    }
    out = decoder.decode(bytes);
    badAt = -1;
    if (decoder.hasError()) {
        badAt = out.indexOf(QChar::ReplacementCharacter);
        return false;
    }
    return true;
}

int lineOf(const QString &text, qsizetype index)
{
    return int(text.left(qMax<qsizetype>(index, 0)).count(QLatin1Char('\n'))) + 1;
}

} // namespace

Result<DecodedText> TextDecoding::decode(const QByteArray &bytes, TextEncoding encoding)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    QString text;
    qsizetype badAt = -1;
    if (encoding == TextEncoding::Auto) {
        if (bom || decodesCleanly(body, "UTF-8", text, badAt))
            encoding = TextEncoding::Utf8;
        else
            encoding = TextEncoding::ShiftJis;
    }
    const bool ok = encoding == TextEncoding::Utf8
                        ? decodesCleanly(body, "UTF-8", text, badAt)
                        : decodesCleanly(body, kCp932, text, badAt);
    if (!ok) {
        return Error::badInput(
            QStringLiteral("encoding"),
            tr("The file is not valid %1 (first bad byte on line %2). Choose the file's real "
               "encoding (UTF-8 or Shift_JIS), or let the console detect it.")
                .arg(encodingName(encoding))
                .arg(lineOf(text, badAt)));
    }
    return DecodedText{text, encoding};
}

QByteArray TextDecoding::encode(const QString &text, TextEncoding encoding)
{
    if (encoding == TextEncoding::ShiftJis) {
        QStringEncoder encoder(kCp932);
        if (!encoder.isValid())
            encoder = QStringEncoder("Shift_JIS");
        return encoder.encode(text);
    }
    return text.toUtf8();
}

QString TextDecoding::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::ShiftJis:
        return QStringLiteral("Shift_JIS");
    }
    return {};
}

std::optional<TextEncoding> TextDecoding::encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("shiftjis") || n == QLatin1String("sjis") || n == QLatin1String("cp932"))
        return TextEncoding::ShiftJis;
    return std::nullopt;
}

} // namespace dr
