#include "ExecutionAgent.h"

namespace dr {

bool ConcurrencyWindow::covers(int minuteOfDay) const
{
    if (isWholeDay())
        return true;
    if (startMinute < endMinute)
        return minuteOfDay >= startMinute && minuteOfDay < endMinute;
    return minuteOfDay >= startMinute || minuteOfDay < endMinute; // past midnight
}

bool ExecutionAgent::isSystem() const
{
    return name.compare(QLatin1String("@SYSTEM"), Qt::CaseInsensitive) == 0;
}

quint32 ExecutionAgent::limitAt(int minuteOfDay) const
{
    for (const ConcurrencyWindow &w : windows) {
        if (w.covers(minuteOfDay))
            return w.limit;
    }
    return 0;
}

ExecutionAgent ExecutionAgent::systemAgent(const QString &managerHost)
{
    ExecutionAgent agent;
    agent.name = QStringLiteral("@SYSTEM");
    agent.host = managerHost;
    agent.description = QStringLiteral("Default agent (manager host)");
    return agent;
}

QString AgentNames::restrictionName(TransferRestriction restriction)
{
    switch (restriction) {
    case TransferRestriction::Effective:
        return tr("Effective");
    case TransferRestriction::Ineffective:
        return tr("Ineffective");
    case TransferRestriction::Hold:
        return tr("Hold");
    case TransferRestriction::Blockade:
        return tr("Blockade");
    }
    return {};
}

QString restrictionCode(TransferRestriction restriction)
{
    switch (restriction) {
    case TransferRestriction::Effective:
        return QStringLiteral("effective");
    case TransferRestriction::Ineffective:
        return QStringLiteral("ineffective");
    case TransferRestriction::Hold:
        return QStringLiteral("hold");
    case TransferRestriction::Blockade:
        return QStringLiteral("blockade");
    }
    return {};
}

QChar restrictionLetter(TransferRestriction restriction)
{
    return restrictionCode(restriction).at(0);
}

std::optional<TransferRestriction> restrictionFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (auto r : {TransferRestriction::Effective, TransferRestriction::Ineffective,
                   TransferRestriction::Hold, TransferRestriction::Blockade}) {
        if (c == restrictionCode(r) || c == QString(restrictionLetter(r)))
            return r;
    }
    return std::nullopt;
}

QString formatMinute(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

QString formatWindows(const QList<ConcurrencyWindow> &windows)
{
    QStringList parts;
    for (const ConcurrencyWindow &w : windows) {
        parts << QStringLiteral("%1-%2=%3")
                     .arg(formatMinute(w.startMinute), formatMinute(w.endMinute))
                     .arg(w.limit);
    }
    return parts.join(QLatin1Char(','));
}

} // namespace dr
