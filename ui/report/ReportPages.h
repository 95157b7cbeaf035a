#pragma once

#include <QList>

class QTextDocument;

namespace dr::ui {

// Where the pages of a printed report begin and end. QTextDocument's own pagination splits
// table rows across pages (Qt 6.4 has no page-break-inside and moves a row only when none of
// its cells has started), so the report is laid out as one long page and cut here, between
// lines of text and between table rows: a row is never split unless it is taller than a page,
// a heading stays with what follows it, and a table's header row with its first row.
class ReportPages
{
public:
    // The part of the document (document coordinates) that one page shows.
    struct Slice
    {
        qreal top = 0;
        qreal bottom = 0;
    };

    // `document` is laid out without pages (no page height); every slice is at most
    // `pageHeight` tall.
    static QList<Slice> split(QTextDocument &document, qreal pageHeight);

    // Where a page may begin: `y`, showing `margin` above it (blank padding and the border line
    // between two rows) so that the rows on both sides keep their borders.
    struct Cut
    {
        qreal y = 0;
        qreal margin = 0;
    };
    static QList<Cut> cuts(QTextDocument &document);
};

} // namespace dr::ui
