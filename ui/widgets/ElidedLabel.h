#pragma once

#include <QLabel>

namespace dr::ui {

// A one-line label that gives up width when space is short and then shows its text elided
// ("/home/.../demo.db") instead of pushing the window wider; the full text is its tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(Qt::TextElideMode mode, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    bool isElided() const;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Qt::TextElideMode m_mode;
};

} // namespace dr::ui
