#pragma once

#include <QByteArray>
#include <QFile>
#include <QRegularExpression>
#include <QSizeF>

// What a test can read from a PDF that Qt wrote without a PDF library: the page count, the
// page size and the embedded fonts (object dictionaries are plain text; only the content
// streams are compressed).
namespace drtest {

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The /Count of the page tree (0 when there is none).
inline int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression re(QStringLiteral("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(QString::fromLatin1(pdf));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// The first page's MediaBox in points (A4 is about 595 x 842).
inline QSizeF pdfPageSize(const QByteArray &pdf)
{
    static const QRegularExpression re(QStringLiteral(
        "/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]"));
    const auto m = re.match(QString::fromLatin1(pdf));
    if (!m.hasMatch())
        return {};
    return {m.captured(3).toDouble() - m.captured(1).toDouble(),
            m.captured(4).toDouble() - m.captured(2).toDouble()};
}

// Whether a font whose PostScript name contains `name` is embedded ("DejaVuSans", "NotoSansCJK").
inline bool pdfHasFont(const QByteArray &pdf, const char *name)
{
    const QRegularExpression re(
        QStringLiteral("/BaseFont\\s*/(?:[A-Z]{6}\\+)?[^/\\s]*%1").arg(QLatin1String(name)));
    return re.match(QString::fromLatin1(pdf)).hasMatch();
}

} // namespace drtest
