#include "StatusPalette.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace dr::ui {

QColor StatusPalette::background(StatusClass c)
{
    switch (c) {
    case StatusClass::Normal: return QColor(0xd6, 0xe6, 0xfb);   // blue
    case StatusClass::Warning: return QColor(0xfd, 0xe8, 0xb4);  // amber
    case StatusClass::Abnormal: return QColor(0xf8, 0xd0, 0xd0); // red
    case StatusClass::Running: return QColor(0xd4, 0xf0, 0xd4);  // green
    case StatusClass::Wait: return QColor(0xee, 0xee, 0xee);     // light grey
    case StatusClass::None: return QColor(0xff, 0xff, 0xff);     // neutral
    }
    return {};
}

QColor StatusPalette::foreground(StatusClass c)
{
    switch (c) {
    case StatusClass::Normal: return QColor(0x1a, 0x4f, 0x9c);
    case StatusClass::Warning: return QColor(0x8a, 0x5a, 0x00);
    case StatusClass::Abnormal: return QColor(0xa3, 0x14, 0x14);
    case StatusClass::Running: return QColor(0x1d, 0x6b, 0x24);
    case StatusClass::Wait: return QColor(0x55, 0x55, 0x55);
    case StatusClass::None: return QColor(0x66, 0x66, 0x66);
    }
    return {};
}

QString StatusPalette::symbol(StatusClass c)
{
    switch (c) {
    case StatusClass::Normal: return QStringLiteral("\u2714");   // heavy check mark
    case StatusClass::Warning: return QStringLiteral("\u26a0");  // warning sign
    case StatusClass::Abnormal: return QStringLiteral("\u2716"); // heavy multiplication x
    case StatusClass::Running: return QStringLiteral("\u25b6");  // play
    case StatusClass::Wait: return QStringLiteral("\u25d4");     // circle with a quarter filled
    case StatusClass::None: return QStringLiteral("\u2013");     // en dash
    }
    return {};
}

QIcon StatusPalette::icon(StatusClass c)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(c));
    if (it != cache.end())
        return *it;
    // Drawn shapes differ per class, so the icon reads without colour too.
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor fg = foreground(c);
    p.setPen(QPen(fg, 2));
    switch (c) {
    case StatusClass::Normal:
        p.drawPolyline(QPolygonF({QPointF(3, 8.5), QPointF(6.5, 12), QPointF(13, 4)}));
        break;
    case StatusClass::Warning:
        p.setBrush(background(c));
        p.drawPolygon(QPolygonF({QPointF(8, 2), QPointF(14.5, 14), QPointF(1.5, 14)}));
        p.drawLine(QPointF(8, 6), QPointF(8, 10));
        p.drawPoint(QPointF(8, 12.3));
        break;
    case StatusClass::Abnormal:
        p.drawLine(QPointF(4, 4), QPointF(12, 12));
        p.drawLine(QPointF(12, 4), QPointF(4, 12));
        break;
    case StatusClass::Running:
        p.setBrush(fg);
        p.drawPolygon(QPolygonF({QPointF(4, 3), QPointF(13, 8), QPointF(4, 13)}));
        break;
    case StatusClass::Wait:
        p.drawEllipse(QPointF(8, 8), 5.5, 5.5);
        p.drawLine(QPointF(8, 8), QPointF(8, 4.5));
        p.drawLine(QPointF(8, 8), QPointF(10.5, 9.5));
        break;
    case StatusClass::None:
        p.drawLine(QPointF(4, 8), QPointF(12, 8));
        break;
    }
    p.end();
    return *cache.insert(int(c), QIcon(pixmap));
}

QColor StatusPalette::managerRunning()
{
    return QColor(0x1f, 0x6f, 0xd1);
}

QColor StatusPalette::managerStopped()
{
    return QColor(0x8a, 0x8f, 0x98);
}

QColor StatusPalette::suppressed()
{
    return QColor(0xf0, 0xa2, 0x02);
}

QColor StatusPalette::unavailable()
{
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace dr::ui
