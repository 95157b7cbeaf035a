#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace dr {

// Lists in running text, in the UI language's style: "a, b, c" in English, "a、b、c" in Japanese.
class ListText
{
    Q_DECLARE_TR_FUNCTIONS(ListText)
public:
    static QString join(const QStringList &items);
    // The first `shown` items, then "and N more" for the rest.
    static QString joinSome(const QStringList &items, int shown);
    // "…and N more": for lists that show samples of a larger count.
    static QString andMore(qint64 more);
    // Two sentences in a row: a space between them in English, none in Japanese.
    static QString sentences(const QString &first, const QString &second);
};

} // namespace dr
