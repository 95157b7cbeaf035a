#include "ReportPages.h"

#include <QAbstractTextDocumentLayout>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace dr::ui {

namespace {

// A row's content box: from the top of its highest first line to the bottom of its lowest cell.
std::pair<qreal, qreal> rowContent(QAbstractTextDocumentLayout *layout, QTextTable *table, int row)
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() != row || cell.column() != c)
            continue; // covered by a spanning cell
        top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        bottom =
            std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return {top, bottom};
}

} // namespace

QList<ReportPages::Cut> ReportPages::cuts(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    QList<Cut> out;
    QSet<QTextTable *> seen;
    bool keepWithNext = false; // after a heading
    const auto add = [&](Cut cut) {
        if (!keepWithNext)
            out.append(cut);
        keepWithNext = false;
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (QTextTable *table = QTextCursor(block).currentTable()) {
            if (seen.contains(table))
                continue;
            seen.insert(table);
            add({layout->frameBoundingRect(table).top(), 0});
            qreal previousBottom = 0;
            for (int r = 0; r < table->rows(); ++r) {
                const auto [top, bottom] = rowContent(layout, table, r);
                // Between two rows, in the middle of the padding where the border runs. Not
                // between the header row and the first row.
                if (r > 1 && top > previousBottom) {
                    const qreal half = (top - previousBottom) / 2;
                    out.append({previousBottom + half, half});
                }
                previousBottom = std::max(previousBottom, bottom);
            }
            continue;
        }
        const QTextLayout *text = block.layout();
        const QRectF rect = layout->blockBoundingRect(block);
        const qreal origin = text->lineCount() > 0 ? text->lineAt(0).y() : 0;
        // A heading is never cut (only before it) and stays with what follows it.
        const bool heading = block.blockFormat().headingLevel() > 0;
        for (int i = 0; i < (heading ? std::min(1, text->lineCount()) : text->lineCount()); ++i)
            add({rect.top() + text->lineAt(i).y() - origin, 0});
        keepWithNext = heading;
    }
    std::sort(out.begin(), out.end(), [](const Cut &a, const Cut &b) { return a.y < b.y; });
    return out;
}

QList<ReportPages::Slice> ReportPages::split(QTextDocument &document, qreal pageHeight)
{
    const QList<Cut> candidates = cuts(document);
    const qreal end = document.size().height();
    QList<Slice> slices;
    qreal top = 0; // where the current page begins, margin included
    qreal start = 0;
    while (end - top > pageHeight) {
        const Cut *best = nullptr;
        for (const Cut &cut : candidates) {
            if (cut.y <= start + 1)
                continue;
            if (cut.y + cut.margin - top > pageHeight)
                break;
            best = &cut;
        }
        if (!best) {
            // Something taller than a page: it has to be cut where the page ends.
            slices.append({top, top + pageHeight});
            top += pageHeight;
            start = top;
            continue;
        }
        slices.append({top, best->y + best->margin});
        top = best->y - best->margin;
        start = best->y;
    }
    slices.append({top, end});
    return slices;
}

} // namespace dr::ui
