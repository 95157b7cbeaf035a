#pragma once

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

#include "Screenshots.h"

// Small helpers for GUI tests that drive real widgets the way an operator would.
namespace drtest {

// Replaces the text of `edit` by typing: a throwaway character, select all, Backspace, then
// `text`. Typing (not setText) marks the field as edited, as a person would; the throwaway
// character makes even an empty `text` an edit.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("x"));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    // QTest::keyClicks takes Latin-1 only; other characters arrive the way an input method
    // commits them (Japanese is typed through one).
    QString ascii;
    auto flush = [&] {
        if (!ascii.isEmpty())
            QTest::keyClicks(edit, ascii);
        ascii.clear();
    };
    for (QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f) {
            ascii += c;
            continue;
        }
        flush();
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QCoreApplication::sendEvent(edit, &commit);
    }
    flush();
}

// The row of `view`'s model whose `column` shows `text` in `role`, or -1.
inline int findRow(const QAbstractItemModel *model, int column, const QVariant &value,
                   int role = Qt::DisplayRole)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data(role) == value)
            return row;
    }
    return -1;
}

// Clicks the cell as a user would (selecting its row).
inline void clickRow(QAbstractItemView *view, int row, int column = 0)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// Clicks a check box on its indicator (a box stretched by its layout does not react to a click
// far right of its text).
inline void clickCheckBox(QAbstractButton *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

} // namespace drtest
