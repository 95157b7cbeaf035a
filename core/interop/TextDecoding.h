#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dr {

// Files from Windows managers are often Shift_JIS (CP932); others are UTF-8.
enum class TextEncoding { Auto, Utf8, ShiftJis };

struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8; // what was used (never Auto)
};

class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)
public:
    // Auto: a UTF-8 byte-order mark or valid UTF-8 means UTF-8, otherwise CP932. A forced
    // encoding that does not fit the bytes is an error naming the first bad byte's line.
    static Result<DecodedText> decode(const QByteArray &bytes, TextEncoding encoding);
    static QByteArray encode(const QString &text, TextEncoding encoding);
    static QString encodingName(TextEncoding encoding); // "UTF-8", "Shift_JIS"
    static std::optional<TextEncoding> encodingFromName(const QString &name);
};

} // namespace dr
