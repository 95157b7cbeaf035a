#include "AppPaths.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace dr {

QString AppPaths::defaultDatabase()
{
    // Both programs resolve the location under the GUI's name.
    const QString previous = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("drconsole"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setApplicationName(previous);
    return dir + QStringLiteral("/drconsole.db");
}

} // namespace dr
