#include "WrappingItemDelegate.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace dr::ui {

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view), m_view(view)
{
    view->setItemDelegate(this);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    // Row heights depend on the column widths: lay the rows out again once a resize settles.
    auto *relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, view, &QTreeView::doItemsLayout);
    connect(view->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
}

void WrappingItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::WrapText;
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem sized(option);
    int width = m_view->columnWidth(index.column());
    if (index.column() == 0) {
        // The first column gives room to the branch indentation of nested rows.
        int depth = 1;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        width -= depth * m_view->indentation();
    }
    // The style wraps only within a valid rectangle: its height does not matter here.
    sized.rect = QRect(0, 0, std::max(width, 40), 1);
    return QStyledItemDelegate::sizeHint(sized, index);
}

} // namespace dr::ui
