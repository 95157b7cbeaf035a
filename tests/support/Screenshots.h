#pragma once

#include <QDir>
#include <QWidget>

// Saves what a person would see into <build>/screenshots, for the README and for review.
namespace drtest {

inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(DR_BINARY_DIR) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    if (!widget->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
    return path;
}

} // namespace drtest
