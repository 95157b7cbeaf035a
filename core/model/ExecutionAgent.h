#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dr {

// What an agent does with jobs sent to it (ajsagtadd -t).
enum class TransferRestriction : quint8 { Effective, Ineffective, Hold, Blockade };

// hh:mm-hh:mm=n: at most n jobs at once in that part of the day. 00:00-00:00 is the whole day;
// an end at or before the start runs past midnight.
struct ConcurrencyWindow
{
    int startMinute = 0;
    int endMinute = 0;
    quint32 limit = 5;

    bool isWholeDay() const { return startMinute == endMinute; }
    bool covers(int minuteOfDay) const;
    friend bool operator==(const ConcurrencyWindow &, const ConcurrencyWindow &) = default;
};

// A named job target in one region (domain.md §8).
struct ExecutionAgent
{
    QString name;
    QString host;
    QList<ConcurrencyWindow> windows{ConcurrencyWindow{}};
    TransferRestriction restriction = TransferRestriction::Effective;
    QString description;

    bool isSystem() const;
    // The limit at a minute of the day (Japan time): the window covering it, 0 when none does.
    quint32 limitAt(int minuteOfDay) const;
    friend bool operator==(const ExecutionAgent &, const ExecutionAgent &) = default;

    // The built-in default agent: runs on the manager host, five jobs at a time.
    static ExecutionAgent systemAgent(const QString &managerHost);
};

class AgentNames
{
    Q_DECLARE_TR_FUNCTIONS(AgentNames)
public:
    static QString restrictionName(TransferRestriction restriction);
};

QString restrictionCode(TransferRestriction restriction);   // "effective", ...
QChar restrictionLetter(TransferRestriction restriction);   // ajsagtadd -t: e, i, h, b
std::optional<TransferRestriction> restrictionFromCode(const QString &code); // word or letter

// "00:00-12:00=3,12:00-00:00=5"
QString formatWindows(const QList<ConcurrencyWindow> &windows);
QString formatMinute(int minuteOfDay); // "hh:mm"

} // namespace dr
