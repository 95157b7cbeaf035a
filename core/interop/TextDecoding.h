#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dr {

// Files from Windows managers are often Shift_JIS (CP932); others are UTF-8.
enum class TextEncoding
{
    Auto,
    Utf8,
    ShiftJis
};

struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8; // what was used (never Auto)
};

// Where the first byte that does not fit the encoding is (1-based, in decoded characters).
struct TextPosition
{
    int line = 0;
    int column = 0;
};

class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)
public:
    // Auto: a UTF-8 byte-order mark or valid UTF-8 means UTF-8, otherwise CP932. A forced
    // encoding that does not fit the bytes is an error naming the first bad byte's line (also
    // given in `badAt` for importers that report positions).
    static Result<DecodedText> decode(const QByteArray &bytes, TextEncoding encoding,
                                      TextPosition *badAt = nullptr);
    static QByteArray encode(const QString &text, TextEncoding encoding);
    // Like encode(), but refuses text the encoding cannot represent (Shift_JIS has no emoji,
    // for example) instead of writing "?" in its place.
    static Result<QByteArray> encodeExactly(const QString &text, TextEncoding encoding);
    static QString encodingName(TextEncoding encoding); // "UTF-8", "Shift_JIS"
    static std::optional<TextEncoding> encodingFromName(const QString &name);
};

} // namespace dr
