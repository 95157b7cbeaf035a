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
        // ICU marks some bad bytes with U+FFFD and others with SUB (U+001A); a SUB is only
        // taken for a bad byte when the file has no real 0x1A byte.
        badAt = out.indexOf(QChar::ReplacementCharacter);
        const qsizetype sub = bytes.contains('\x1a') ? -1 : out.indexOf(QChar(0x1a));
        if (sub >= 0 && (badAt < 0 || sub < badAt))
            badAt = sub;
        return false;
    }
    return true;
}

TextPosition positionOf(const QString &text, qsizetype index)
{
    index = qBound<qsizetype>(0, index, text.size());
    const QStringView before = QStringView(text).left(index);
    const qsizetype lineStart = before.lastIndexOf(QLatin1Char('\n')) + 1;
    return {int(before.count(QLatin1Char('\n'))) + 1, int(index - lineStart) + 1};
}

} // namespace

Result<DecodedText> TextDecoding::decode(const QByteArray &bytes, TextEncoding encoding,
                                         TextPosition *where)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (bom && encoding == TextEncoding::ShiftJis) {
        // Decoding the rest as Shift_JIS would turn every Japanese character into others.
        if (where)
            *where = {1, 1};
        return Error::badInput(
            QStringLiteral("encoding-bom"),
            tr("The file starts with a UTF-8 byte-order mark, so it is UTF-8, but Shift_JIS was "
               "chosen. Choose UTF-8 or let the console detect the encoding."));
    }
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    QString text;
    qsizetype badAt = -1;
    // Detected without a byte-order mark: when neither encoding fits, the message says so.
    const bool detected = encoding == TextEncoding::Auto && !bom;
    if (encoding == TextEncoding::Auto) {
        if (bom || decodesCleanly(body, "UTF-8", text, badAt))
            encoding = TextEncoding::Utf8;
        else
            encoding = TextEncoding::ShiftJis;
    }
    const bool ok = encoding == TextEncoding::Utf8 ? decodesCleanly(body, "UTF-8", text, badAt)
                                                   : decodesCleanly(body, kCp932, text, badAt);
    if (!ok) {
        const TextPosition at = positionOf(text, badAt);
        if (where)
            *where = at;
        if (detected) {
            return Error::badInput(
                QStringLiteral("encoding"),
                tr("The file is neither UTF-8 nor Shift_JIS (CP932): line %1, column %2 has a "
                   "byte that neither encoding allows. Save the file as UTF-8 or Shift_JIS.")
                    .arg(at.line)
                    .arg(at.column));
        }
        return Error::badInput(
            QStringLiteral("encoding"),
            tr("The file is not valid %1 (first bad byte on line %2, column %3). Choose the "
               "file's real encoding (UTF-8 or Shift_JIS), or let the console detect it.")
                .arg(encodingName(encoding))
                .arg(at.line)
                .arg(at.column));
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

Result<QByteArray> TextDecoding::encodeExactly(const QString &text, TextEncoding encoding)
{
    const QByteArray bytes = encode(text, encoding);
    QString returned;
    qsizetype badAt = -1;
    const bool clean = decodesCleanly(bytes, encoding == TextEncoding::ShiftJis ? kCp932 : "UTF-8",
                                      returned, badAt);
    if (clean && returned == text)
        return bytes;
    // The first character that did not survive the trip names the problem.
    qsizetype i = 0;
    while (i < text.size() && i < returned.size() && text.at(i) == returned.at(i))
        ++i;
    const TextPosition at = positionOf(text, i);
    return Error::badInput(
        QStringLiteral("encoding"),
        tr("Line %1 contains \"%2\", which %3 cannot represent. Export in UTF-8, "
           "or rename what uses that character.")
            .arg(at.line)
            .arg(text.mid(i, i < text.size() && text.at(i).isHighSurrogate() ? 2 : 1),
                 encodingName(encoding)));
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
