#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QWidget>

// Saves what a person would see into <build>/screenshots, for the README and for review.
namespace drtest {

inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    // Layouts apply on posted events (a nested one may post the next): deliver them first, so
    // the picture shows the settled screen and not one half laid out.
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    const QString dir = QStringLiteral(DR_BINARY_DIR) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    if (!widget->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
    return path;
}

} // namespace drtest
