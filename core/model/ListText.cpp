#include "ListText.h"

namespace dr {

QString ListText::join(const QStringList &items)
{
    return items.join(tr(", ", "separator between the items of a list in running text"));
}

QString ListText::joinSome(const QStringList &items, int shown)
{
    if (items.size() <= shown)
        return join(items);
    return tr("%1 and %2 more").arg(join(items.mid(0, shown))).arg(items.size() - shown);
}

QString ListText::andMore(qint64 more)
{
    return tr("…and %n more", nullptr, int(more));
}

QString ListText::sentences(const QString &first, const QString &second)
{
    return tr("%1 %2", "two sentences in a row").arg(first, second);
}

} // namespace dr
