#include "AjsprintRules.h"

#include "model/Validation.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace dr {

QString AjsprintRules::placementError(const Unit &child, const Unit *parent)
{
    const UnitKind kind = unitKind(child.type);
    const UnitKind outer = parent ? unitKind(parent->type) : UnitKind::Group;
    // Unknown types are kept as written; the console cannot tell what they may contain.
    if (kind == UnitKind::Other || outer == UnitKind::Other)
        return {};
    bool allowed = false;
    QString where;
    switch (kind) {
    case UnitKind::Group:
        allowed = outer == UnitKind::Group;
        where = tr("at the top level or in a job group");
        break;
    case UnitKind::Jobnet:
        allowed = outer == UnitKind::Group || outer == UnitKind::Jobnet;
        where = tr("in a job group or a jobnet");
        break;
    case UnitKind::StartCondition:
        allowed = parent && outer == UnitKind::Jobnet;
        where = tr("directly in the jobnet it starts");
        break;
    case UnitKind::EventJob:
        allowed = parent && (outer == UnitKind::Jobnet || outer == UnitKind::StartCondition);
        where = tr("in a jobnet or a start condition (.CONDITION)");
        break;
    default:
        allowed = parent && outer == UnitKind::Jobnet;
        where = tr("in a jobnet");
        break;
    }
    if (allowed)
        return {};
    const QString type = unitTypeName(child.type);
    return parent ? tr("\"%1\" (%2) cannot be defined in \"%3\" (%4); define it %5.")
                        .arg(child.name, type, parent->name, unitTypeName(parent->type), where)
                  : tr("\"%1\" (%2) cannot be defined at the top level; define it %3.")
                        .arg(child.name, type, where);
}

Status AjsprintRules::unitName(const QString &name, TextEncoding fileEncoding)
{
    auto status = Validation::unitName(name);
    if (status || status.error().code != QLatin1String("unit-name-too-long"))
        return status;
    const int utf8 = Validation::utf8Bytes(name);
    // How many characters (not UTF-16 units) must go from the end to fit.
    int cut = 0;
    int bytes = utf8;
    for (qsizetype i = name.size(); i > 0 && bytes > Validation::kMaxUnitNameBytes; ++cut) {
        const qsizetype from =
            i >= 2 && name.at(i - 1).isLowSurrogate() && name.at(i - 2).isHighSurrogate() ? i - 2
                                                                                          : i - 1;
        bytes -= Validation::utf8Bytes(name.mid(from, i - from));
        i = from;
    }
    QString message =
        tr("The unit name \"%1\" is %2 bytes long in UTF-8; the limit is %3 bytes. The console "
           "and the service's manager store unit names in UTF-8, where a Japanese character "
           "takes 3 bytes.")
            .arg(shown(name))
            .arg(utf8)
            .arg(Validation::kMaxUnitNameBytes);
    if (fileEncoding == TextEncoding::ShiftJis) {
        message += QLatin1Char(' ') +
                   tr("In this Shift_JIS file the name takes %1 bytes, but it is measured in "
                      "UTF-8.")
                       .arg(TextDecoding::encode(name, TextEncoding::ShiftJis).size());
    }
    message += QLatin1Char(' ') + tr("Remove at least %1 of its characters.").arg(cut);
    return Error::badInput(status.error().code, message);
}

QString AjsprintRules::shown(const QString &text)
{
    constexpr qsizetype kShown = 40;
    if (text.size() <= kShown)
        return text;
    qsizetype end = kShown;
    if (text.at(end - 1).isHighSurrogate())
        --end; // never split a character
    return text.left(end) + QChar(0x2026);
}

bool AjsprintRules::parseScheduleParameter(const QString &key, const QString &value,
                                           ScheduleRule &rule)
{
    const QString v = value.trimmed();
    if (key == QLatin1String("sd")) {
        static const QRegularExpression date(QStringLiteral("^(\\d{4})/(\\d{1,2})/(\\d{1,2})$"));
        const auto m = date.match(v);
        if (!m.hasMatch())
            return false;
        rule.startDate = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return rule.startDate.isValid() && rule.startDate.year() > 0;
    }
    if (key == QLatin1String("st")) {
        static const QRegularExpression time(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
        const auto m = time.match(v);
        if (!m.hasMatch() || m.captured(1).toInt() > 47 || m.captured(2).toInt() > 59)
            return false;
        rule.startMinute = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        return true;
    }
    if (key == QLatin1String("cy")) {
        static const QRegularExpression cycle(
            QStringLiteral("^\\(\\s*(\\d{1,3})\\s*,\\s*([ymwd])\\s*\\)$"));
        const auto m = cycle.match(v);
        if (!m.hasMatch() || m.captured(1).toInt() < 1)
            return false;
        rule.cycleCount = m.captured(1).toInt();
        const QChar u = m.captured(2).at(0);
        rule.cycleUnit = u == QLatin1Char('d')   ? CycleUnit::Day
                         : u == QLatin1Char('w') ? CycleUnit::Week
                         : u == QLatin1Char('m') ? CycleUnit::Month
                                                 : CycleUnit::Year;
        return true;
    }
    return false;
}

QString AjsprintRules::scheduleError(const QString &key, const QString &value,
                                     const QString &written)
{
    const QString v = value.trimmed();
    if (key == QLatin1String("sd")) {
        // [[yyyy/]mm/][+|*|@]dd; other forms (en, ud, b, weekdays) are not checked here.
        static const QRegularExpression date(
            QStringLiteral("^(?:(?:(\\d{4})/)?(\\d{1,2})/)?([+*@]?)(\\d{1,2})$"));
        const auto m = date.match(v);
        if (!m.hasMatch())
            return {};
        const int month = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        const int day = m.captured(4).toInt();
        if (!m.captured(2).isEmpty() && (month < 1 || month > 12)) {
            return tr("sd=%1: there is no month %2; write the date as YYYY/MM/DD with a month "
                      "from 1 to 12.")
                .arg(shown(written.trimmed()))
                .arg(month);
        }
        if (!m.captured(3).isEmpty())
            return {}; // relative and counted days are the simulator's to keep, not to judge
        if (day < 1 || day > 31) {
            return tr("sd=%1: there is no day %2; write the date as YYYY/MM/DD with a day from 1 "
                      "to 31.")
                .arg(shown(written.trimmed()))
                .arg(day);
        }
        if (!m.captured(1).isEmpty()) {
            const int year = m.captured(1).toInt();
            const int days = QDate(year, month, 1).daysInMonth();
            if (day > days) {
                return tr("sd=%1: month %2 of %3 has %4 days; write a day from 1 to %4.")
                    .arg(shown(written.trimmed()))
                    .arg(month)
                    .arg(year)
                    .arg(days);
            }
        }
        return {};
    }
    if (key == QLatin1String("st")) {
        // [+]hh:mm, hh from 00 to 47: a start after midnight belongs to the day before.
        static const QRegularExpression time(QStringLiteral("^\\+?(\\d{1,2}):(\\d{1,2})$"));
        const auto m = time.match(v);
        if (!m.hasMatch()) {
            return tr("st=%1 is not a start time; write hh:mm from 00:00 to 47:59 (times after "
                      "midnight count on from 24:00), for example st=1,07:30;.")
                .arg(shown(written.trimmed()));
        }
        if (m.captured(1).toInt() > 47 || m.captured(2).toInt() > 59) {
            return tr("st=%1: hours go from 00 to 47 (24:00 to 47:59 is after midnight) and "
                      "minutes from 00 to 59.")
                .arg(shown(written.trimmed()));
        }
        return {};
    }
    if (key == QLatin1String("cy")) {
        static const QRegularExpression cycle(
            QStringLiteral("^\\(\\s*(\\d{1,3})\\s*,\\s*([ymwd])\\s*\\)$"));
        const auto m = cycle.match(v);
        if (!m.hasMatch() || m.captured(1).toInt() < 1) {
            return tr("cy=%1 is not a processing cycle; write (n,d), (n,w), (n,m) or (n,y) with n "
                      "from 1, for example cy=1,(1,d); for every day.")
                .arg(shown(written.trimmed()));
        }
        return {};
    }
    return {};
}

QList<UnitParameter> AjsprintRules::scheduleParameters(const QList<ScheduleRule> &rules)
{
    QList<UnitParameter> out;
    for (const ScheduleRule &r : rules) {
        const QString n = QString::number(r.number);
        if (r.startDate.isValid()) {
            out.append({QStringLiteral("sd"),
                        n + QLatin1Char(',') + r.startDate.toString(QStringLiteral("yyyy/MM/dd"))});
        }
        out.append({QStringLiteral("st"), QStringLiteral("%1,%2:%3")
                                              .arg(n)
                                              .arg(r.startMinute / 60, 2, 10, QLatin1Char('0'))
                                              .arg(r.startMinute % 60, 2, 10, QLatin1Char('0'))});
        if (r.cycleUnit != CycleUnit::None) {
            const char unit = r.cycleUnit == CycleUnit::Day     ? 'd'
                              : r.cycleUnit == CycleUnit::Week  ? 'w'
                              : r.cycleUnit == CycleUnit::Month ? 'm'
                                                                : 'y';
            out.append(
                {QStringLiteral("cy"),
                 QStringLiteral("%1,(%2,%3)").arg(n).arg(r.cycleCount).arg(QLatin1Char(unit))});
        }
    }
    return out;
}

QString AjsprintRules::elementChild(const QString &value, QString *error)
{
    static const QRegularExpression position(
        QStringLiteral("^\\+?\\d{1,6}(?:\\s*[x\u00d7]\\s*|\\s+)\\+?\\d{1,6}$"));
    const QStringList parts = value.split(QLatin1Char(','));
    if (parts.size() != 3 || parts[0].trimmed().isEmpty()) {
        *error = tr("\"el=%1\" is not an element; write el=CHILD,TYPE,+H +V; (the position may "
                    "also be written +Hx+V or H\u00d7V).")
                     .arg(shown(value));
        return {};
    }
    if (!position.match(parts[2].trimmed()).hasMatch()) {
        *error = tr("The icon position \"%1\" in el= is not two numbers; write it as +H +V, "
                    "+Hx+V or H\u00d7V, for example +80 +48.")
                     .arg(shown(parts[2].trimmed()));
        return {};
    }
    return parts[0].trimmed();
}

QString AjsprintRules::sizeError(const QString &value)
{
    static const QRegularExpression size(QStringLiteral("^\\d{1,4}\\s*[x\u00d7]\\s*\\d{1,4}$"));
    if (size.match(value.trimmed()).hasMatch())
        return {};
    return tr("\"sz=%1\" is not a map size; write sz=WxH; (or W\u00d7H), for example sz=10x8;.")
        .arg(shown(value));
}

std::vector<UnitIndex> AjsprintRules::unitsInCycles(const std::vector<Relation> &relations)
{
    // Kahn's algorithm: whatever keeps a predecessor after every ready unit is taken is stuck.
    QHash<UnitIndex, int> indegree;
    QHash<UnitIndex, QList<UnitIndex>> next;
    for (const Relation &r : relations) {
        indegree[r.to] += 1;
        if (!indegree.contains(r.from))
            indegree.insert(r.from, 0);
        next[r.from].append(r.to);
    }
    QList<UnitIndex> ready;
    for (auto it = indegree.cbegin(); it != indegree.cend(); ++it) {
        if (it.value() == 0)
            ready.append(it.key());
    }
    while (!ready.isEmpty()) {
        const UnitIndex u = ready.takeLast();
        for (UnitIndex v : next.value(u)) {
            if (--indegree[v] == 0)
                ready.append(v);
        }
    }
    std::vector<UnitIndex> stuck;
    for (auto it = indegree.cbegin(); it != indegree.cend(); ++it) {
        if (it.value() > 0)
            stuck.push_back(it.key());
    }
    return stuck;
}

std::vector<UnitIndex> AjsprintRules::depthFirstOrder(const std::vector<Unit> &units)
{
    const std::size_t n = units.size();
    std::vector<std::vector<UnitIndex>> children(n);
    std::vector<UnitIndex> roots;
    for (std::size_t i = 0; i < n; ++i) {
        const UnitIndex p = units[i].parent;
        (p == kNoUnit ? roots : children[std::size_t(p)]).push_back(UnitIndex(i));
    }
    std::vector<UnitIndex> order;
    order.reserve(n);
    std::vector<UnitIndex> stack(roots.rbegin(), roots.rend());
    while (!stack.empty()) {
        const UnitIndex u = stack.back();
        stack.pop_back();
        order.push_back(u);
        const auto &c = children[std::size_t(u)];
        stack.insert(stack.end(), c.rbegin(), c.rend());
    }
    return order;
}

void AjsprintRules::reorder(std::vector<Unit> &units, std::vector<Relation> &relations,
                            const std::vector<UnitIndex> &order)
{
    std::vector<UnitIndex> newIndex(units.size(), kNoUnit);
    for (std::size_t i = 0; i < order.size(); ++i)
        newIndex[std::size_t(order[i])] = UnitIndex(i);
    std::vector<Unit> sorted;
    sorted.reserve(units.size());
    for (UnitIndex old : order) {
        Unit u = std::move(units[std::size_t(old)]);
        if (u.parent != kNoUnit)
            u.parent = newIndex[std::size_t(u.parent)];
        sorted.push_back(std::move(u));
    }
    units = std::move(sorted);
    for (Relation &r : relations) {
        r.from = newIndex[std::size_t(r.from)];
        r.to = newIndex[std::size_t(r.to)];
    }
    // A jobnet's relations stay in file order; jobnets follow the unit order.
    std::stable_sort(
        relations.begin(), relations.end(), [&units](const Relation &a, const Relation &b) {
            return units[std::size_t(a.from)].parent < units[std::size_t(b.from)].parent;
        });
}

} // namespace dr
