#include "TextTable.h"

namespace dr::ctl {

namespace {

// East Asian Wide and Fullwidth ranges (Unicode TR 11), coarse but covering kana, kanji,
// Hangul and fullwidth forms, which is what the console's names contain.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

TextTable::TextTable(QStringList headers) : m_headers(std::move(headers)) {}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

int TextTable::displayWidth(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString TextTable::formatRow(const QStringList &cells, const QList<int> &widths)
{
    QString out;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const QString &cell = cells.at(c);
        out += cell;
        if (c + 1 < cells.size()) {
            const int width = c < widths.size() ? widths.at(c) : 0;
            out += QString(std::max(0, width - displayWidth(cell)) + 2, QLatin1Char(' '));
        }
    }
    while (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QStringList TextTable::render() const
{
    QList<int> widths;
    auto measure = [&widths](const QStringList &cells) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], displayWidth(cells.at(c)));
        }
    };
    if (!m_headers.isEmpty())
        measure(m_headers);
    for (const QStringList &row : m_rows)
        measure(row);
    QStringList lines;
    if (!m_headers.isEmpty()) {
        lines << formatRow(m_headers, widths);
        QStringList rules;
        for (int w : widths)
            rules << QString(w, QLatin1Char('-'));
        lines << formatRow(rules, widths);
    }
    for (const QStringList &row : m_rows)
        lines << formatRow(row, widths);
    return lines;
}

} // namespace dr::ctl
