#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace dr::ui {

// Lets long texts in a tree view wrap onto several lines instead of being elided: the size hint
// is computed for the column's current width, and the rows are laid out again when a column is
// resized. (QTreeView's own word wrap never makes a row taller.)
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Installs itself on `view` for every column.
    explicit WrappingItemDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace dr::ui
