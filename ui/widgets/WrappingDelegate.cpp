#include "WrappingDelegate.h"

#include <QHeaderView>
#include <QTreeView>

#include <algorithm>

namespace dr::ui {

WrappingDelegate::WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

void WrappingDelegate::install(QTreeView *view)
{
    if (qobject_cast<WrappingDelegate *>(view->itemDelegate()))
        return;
    view->setItemDelegate(new WrappingDelegate(view));
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    view->setUniformRowHeights(false);
    // Row heights are kept by the view: measure again once a resize has settled.
    QObject::connect(
        view->header(), &QHeaderView::sectionResized, view, [view] { view->doItemsLayout(); },
        Qt::QueuedConnection);
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    int width = m_view->columnWidth(index.column());
    if (m_view->header()->visualIndex(index.column()) == 0) {
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        width -= depth * m_view->indentation();
    }
    // The style wraps at the option's width when it has one (a valid rectangle).
    opt.rect =
        QRect(option.rect.topLeft(), QSize(std::max(width, 16), std::max(option.rect.height(), 1)));
    opt.features |= QStyleOptionViewItem::WrapText;
    return QStyledItemDelegate::sizeHint(opt, index);
}

} // namespace dr::ui
