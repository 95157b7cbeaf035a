#include "UnitState.h"

namespace dr {

QString formatExecId(qint32 serial)
{
    if (serial <= 0)
        return {};
    const int block = (serial - 1) / 9999;
    const int number = (serial - 1) % 9999 + 1;
    const QChar letter = QChar(u'A' + block % 26);
    return QStringLiteral("@%1%2").arg(letter).arg(number);
}

} // namespace dr
