#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace dr::ui {

// Wraps long texts (findings, messages) in a tree view onto as many lines as they need: a tree
// view asks its delegate for a row's height without the column's width, so this delegate
// measures the text at the width of its column (less the indentation of the first column).
// Install it with install(), which also lays the rows out again when a column is resized.
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingDelegate(QTreeView *view);

    // Makes `view` wrap its texts (once; later calls do nothing).
    static void install(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace dr::ui
