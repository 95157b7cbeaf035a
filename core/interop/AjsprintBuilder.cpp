#include "AjsprintBuilder.h"

#include "AjsprintRules.h"
#include "model/UnitTree.h"
#include "model/Validation.h"

#include <QRegularExpression>
#include <QSet>

namespace dr {

void AjsprintBuilder::error(int line, int column, const QString &code, const QString &message)
{
    if (!issueLimitReached(m_doc.errors, line))
        m_doc.errors.append({line, column, code, message});
}

void AjsprintBuilder::warning(int line, int column, const char *code, const QString &message)
{
    if (m_doc.warnings.size() < kMaxIssues) {
        m_doc.warnings.append({line, column, QString::fromLatin1(code), message});
    } else if (m_doc.warnings.size() == kMaxIssues) {
        m_doc.warnings.append(
            {line, column, QStringLiteral("too-many-warnings"),
             tr("More than %1 warnings; the rest are not listed.").arg(kMaxIssues)});
    }
}

UnitIndex AjsprintBuilder::findChild(UnitIndex parent, const QString &name) const
{
    const auto it = m_byName.find({parent, name});
    return it == m_byName.end() ? kNoUnit : it->second;
}

void AjsprintBuilder::addRoot(const AjsUnitNode &node)
{
    QString name = node.name;
    UnitIndex parent = kNoUnit;
    int depth = 1;
    if (name.startsWith(QLatin1Char('/'))) {
        QStringList parts = name.mid(1).split(QLatin1Char('/'));
        name = parts.takeLast();
        if (parts.size() >= Validation::kMaxNesting) {
            error(node.line, node.column, QStringLiteral("nesting"),
                  Validation::nestingDepth(int(parts.size()) + 1).error().message);
            return;
        }
        for (const QString &part : parts) {
            if (auto s = AjsprintRules::unitName(part, m_doc.encoding); !s) {
                error(node.line, node.column, s.error().code, s.error().message);
                return;
            }
            // A unit the file defines may be passed through (an export of a job names its
            // jobnet); whether it can hold the unit is checked with the others at the end.
            UnitIndex existing = findChild(parent, part);
            if (existing == kNoUnit) {
                // Named only here: the file does not say what it is. It is created as a job
                // group when the target tree lacks it; placement under it is left to the merge,
                // which knows the real unit.
                Unit group;
                group.name = part;
                group.parent = parent;
                group.type = UnitType::JobGroup;
                existing = UnitIndex(m_doc.units.size());
                m_doc.units.push_back(group);
                m_doc.implied.push_back(1);
                m_doc.lines.push_back(node.line);
                m_columns.push_back({node.line, node.column});
                m_byName[{parent, part}] = existing;
            }
            parent = existing;
            ++depth;
        }
    }
    place(node, parent, name, depth);
}

UnitIndex AjsprintBuilder::place(const AjsUnitNode &node, UnitIndex parent, const QString &name,
                                 int depth)
{
    if (auto s = AjsprintRules::unitName(name, m_doc.encoding); !s) {
        error(node.line, node.column, s.error().code, s.error().message);
        return kNoUnit;
    }
    if (auto s = Validation::nestingDepth(depth); !s) {
        error(node.line, node.column, QStringLiteral("nesting"), s.error().message);
        return kNoUnit;
    }
    UnitIndex index = findChild(parent, name);
    if (index != kNoUnit) {
        if (!m_doc.implied[std::size_t(index)]) {
            error(node.line, node.column, QStringLiteral("duplicate-unit"),
                  tr("A unit named \"%1\" is already defined at this level (line %2). Unit names "
                     "must be unique within their job group or jobnet.")
                      .arg(name)
                      .arg(m_doc.lines[std::size_t(index)]));
            return kNoUnit;
        }
        m_doc.implied[std::size_t(index)] = 0; // the group is defined explicitly after all
    } else {
        if (++m_childCount[parent] > Validation::kMaxChildrenPerLevel) {
            error(node.line, node.column, QStringLiteral("too-many-children"),
                  tr("More than 10,000 units are defined in one level; split them into several "
                     "job groups or jobnets."));
            return kNoUnit;
        }
        Unit unit;
        unit.name = name;
        unit.parent = parent;
        index = UnitIndex(m_doc.units.size());
        m_doc.units.push_back(unit);
        m_doc.implied.push_back(0);
        m_doc.lines.push_back(node.line);
        m_columns.push_back({node.line, node.column});
        m_byName[{parent, name}] = index;
    }
    m_doc.lines[std::size_t(index)] = node.line;
    m_columns[std::size_t(index)] = {node.line, node.column};
    const QString path = m_doc.path(index);
    if (auto s = Validation::unitPath(path); !s)
        error(node.line, node.column, QStringLiteral("path-too-long"), s.error().message);
    fill(index, node, depth);
    return index;
}

void AjsprintBuilder::interpret(Unit &unit, UnitDetails &details, const AjsUnitNode &node,
                                QList<AjsParameter> &schedule, QList<AjsParameter> &relations,
                                QList<AjsParameter> &elements)
{
    // The type decides whether ex= or rh= names the unit's agent, and ty= may come anywhere.
    bool typeSeen = false;
    for (const AjsParameter &p : node.parameters) {
        if (p.key != QLatin1String("ty"))
            continue;
        if (typeSeen) {
            error(p.line, p.column, QStringLiteral("duplicate-type"),
                  tr("Unit \"%1\" has a second ty= parameter; give the type once.").arg(node.name));
            continue;
        }
        typeSeen = true;
        const QString code = AjsprintReader::unquote(p.value);
        unit.type = code.isEmpty() ? UnitType::Other : unitTypeFromCode(code);
        static const QRegularExpression blank(QStringLiteral("\\s"));
        if (!p.value.startsWith(QLatin1Char('"')) && p.value.contains(blank)) {
            // "ty=n cm=..." is a forgotten ";", not a type called "n cm=...".
            error(p.line, p.column, QStringLiteral("type-format"),
                  tr("ty= takes one type code, found \"%1\"; end each parameter with \";\".")
                      .arg(AjsprintRules::shown(p.value)));
        } else if (code.isEmpty()) {
            error(p.line, p.column, QStringLiteral("empty-type"),
                  tr("ty= of unit \"%1\" is empty; give the unit type, for example ty=n; for a "
                     "jobnet.")
                      .arg(node.name));
        } else if (unit.type == UnitType::Other) {
            details.typeCode = code;
            warning(p.line, p.column, "unknown-type",
                    tr("Unit type \"%1\" is not known to the console; the unit is kept as "
                       "written and is not simulated.")
                        .arg(AjsprintRules::shown(code)));
        }
    }
    if (!typeSeen) {
        unit.type = UnitType::Other;
        // A unit whose "{" was lost has no body to look in, and a ty= that could not be read
        // is not missing: the syntax error says it all.
        if (!node.damaged && !node.typeMayBeLost)
            error(node.line, node.column, QStringLiteral("missing-type"),
                  tr("Unit \"%1\" has no ty= parameter; add its type, for example ty=n; for a "
                     "jobnet or ty=j; for a Unix job.")
                      .arg(node.name));
    }
    const bool remote =
        unit.type == UnitType::RemoteJobnet || unit.type == UnitType::RecoveryRemoteJobnet;
    const QString agentKey = remote ? QStringLiteral("rh") : QStringLiteral("ex");
    QSet<QString> seen;
    for (const AjsParameter &p : node.parameters) {
        if (p.key == QLatin1String("ty"))
            continue;
        QString quoteError;
        const QString text = AjsprintReader::unquote(p.value, &quoteError);
        if (!quoteError.isEmpty())
            error(p.line, p.column, QStringLiteral("escape"), quoteError);
        const bool single = p.key == QLatin1String("cm") || p.key == agentKey ||
                            p.key == QLatin1String("sc") || p.key == QLatin1String("un");
        if (single && seen.contains(p.key)) {
            error(
                p.line, p.column, QStringLiteral("duplicate-parameter"),
                tr("Unit \"%1\" has a second %2= parameter; give it once.").arg(node.name, p.key));
            continue;
        }
        seen.insert(p.key);
        if (single && text.isEmpty()) {
            // cm=""; and the like say "none", which an absent parameter says too; kept as
            // written so that an export gives the file back.
            details.otherParameters.append({p.key, p.value});
        } else if (p.key == QLatin1String("cm")) {
            details.comment = text;
            if (auto s = Validation::unitComment(text); !s)
                error(p.line, p.column, s.error().code, s.error().message);
        } else if (p.key == agentKey) {
            unit.agent = text; // rh= names the remote manager of a remote jobnet
            if (!remote && !text.isEmpty() && text != kSystemAgent) {
                if (auto s = Validation::agentName(text); !s)
                    error(p.line, p.column, s.error().code, s.error().message);
            }
        } else if (p.key == QLatin1String("sc")) {
            details.script = text;
        } else if (p.key == QLatin1String("un")) {
            details.user = text;
        } else if (p.key == QLatin1String("sd") || p.key == QLatin1String("st") ||
                   p.key == QLatin1String("cy")) {
            schedule.append(p);
        } else if (p.key == QLatin1String("ar")) {
            relations.append(p);
        } else {
            if (p.key == QLatin1String("el"))
                elements.append(p);
            if (p.key == QLatin1String("sz")) {
                if (const QString e = AjsprintRules::sizeError(p.value); !e.isEmpty())
                    error(p.line, p.column, QStringLiteral("size-format"), e);
            }
            details.otherParameters.append({p.key, p.value});
        }
    }
}

void AjsprintBuilder::readSchedule(UnitDetails &details, const AjsUnitNode &node,
                                   const QList<AjsParameter> &params)
{
    // Either every sd/st/cy parameter is understood, or all stay verbatim.
    static const QRegularExpression numbered(QStringLiteral("^(\\d{1,3}),(.*)$"));
    std::map<int, ScheduleRule> rules;
    QSet<QString> given;
    bool understood = true;
    const AjsParameter *keptAt = nullptr; // the first parameter the simulator cannot run
    for (const AjsParameter &p : params) {
        const QString value = p.value.trimmed();
        const auto m = numbered.match(value);
        const int number = m.hasMatch() ? m.captured(1).toInt() : 1;
        const QString key = QStringLiteral("%1/%2").arg(p.key).arg(number);
        if (given.contains(key)) {
            error(p.line, p.column, QStringLiteral("duplicate-schedule"),
                  tr("Schedule rule %1 of \"%2\" has a second %3= parameter; give it once.")
                      .arg(number)
                      .arg(node.name, p.key));
            continue;
        }
        given.insert(key);
        const QString text = m.hasMatch() ? m.captured(2) : value;
        if (const QString e = AjsprintRules::scheduleError(p.key, text, p.value); !e.isEmpty()) {
            error(p.line, p.column, QStringLiteral("schedule-value"), e);
            continue;
        }
        ScheduleRule &rule = rules[number];
        rule.number = number;
        if (!AjsprintRules::parseScheduleParameter(p.key, text, rule) && understood) {
            understood = false;
            keptAt = &p;
        }
    }
    if (understood) {
        for (const auto &[number, rule] : rules)
            details.schedule.append(rule);
        return;
    }
    for (const AjsParameter &p : params)
        details.otherParameters.append({p.key, p.value});
    warning(keptAt->line, keptAt->column, "schedule-kept",
            tr("The schedule of \"%1\" uses rules the simulator does not run; they are kept "
               "as written and the jobnet is not started by schedule.")
                .arg(node.name));
}

void AjsprintBuilder::fill(UnitIndex index, const AjsUnitNode &node, int depth)
{
    auto details = std::make_shared<UnitDetails>();
    details->permission = node.permission;
    details->owner = node.owner;
    details->resourceGroup = node.resourceGroup;
    QList<AjsParameter> schedule, relations, elements;
    {
        Unit &unit = m_doc.units[std::size_t(index)];
        interpret(unit, *details, node, schedule, relations, elements);
    }
    readSchedule(*details, node, schedule);

    // Children come before relations: relations name them.
    for (const AjsUnitNode &child : node.children) {
        if (child.name.contains(QLatin1Char('/'))) {
            error(child.line, child.column, QStringLiteral("unit-name-character"),
                  tr("The nested unit name \"%1\" contains \"/\"; only a top-level unit may be "
                     "given as a full path.")
                      .arg(child.name));
            continue;
        }
        place(child, index, child.name, depth + 1);
    }
    readRelations(index, node, relations);

    for (const AjsParameter &p : elements) {
        QString problem;
        const QString child = AjsprintRules::elementChild(p.value, &problem);
        if (!problem.isEmpty()) {
            error(p.line, p.column, QStringLiteral("element-format"), problem);
        } else if (findChild(index, child) == kNoUnit) {
            error(p.line, p.column, QStringLiteral("element-unknown"),
                  tr("el= names \"%1\", which is not a unit of \"%2\".").arg(child, node.name));
        }
    }

    const bool hasDetails = !(*details == UnitDetails());
    m_doc.units[std::size_t(index)].details = hasDetails ? std::move(details) : nullptr;
}

void AjsprintBuilder::readRelations(UnitIndex index, const AjsUnitNode &node,
                                    const QList<AjsParameter> &params)
{
    static const QRegularExpression arRe(
        QStringLiteral("^\\(\\s*f\\s*=\\s*([^,()]+?)\\s*,\\s*t\\s*=\\s*([^,()]+?)\\s*(?:,\\s*(seq|"
                       "con)\\s*)?\\)$"));
    std::vector<Relation> local;
    QSet<QPair<UnitIndex, UnitIndex>> seen;
    for (const AjsParameter &p : params) {
        const auto m = arRe.match(p.value.trimmed());
        if (!m.hasMatch()) {
            error(p.line, p.column, QStringLiteral("relation-format"),
                  tr("\"ar=%1\" is not a relation; write ar=(f=FROM,t=TO); with optional ,seq or "
                     ",con.")
                      .arg(AjsprintRules::shown(p.value)));
            continue;
        }
        const UnitIndex from = findChild(index, m.captured(1));
        const UnitIndex to = findChild(index, m.captured(2));
        for (const auto &[idx, name] :
             {std::pair{from, m.captured(1)}, std::pair{to, m.captured(2)}}) {
            if (idx == kNoUnit) {
                error(p.line, p.column, QStringLiteral("relation-unknown"),
                      tr("The relation names \"%1\", which is not a unit of \"%2\". Define the "
                         "unit in this jobnet or correct the name.")
                          .arg(name, node.name));
            }
        }
        if (from == kNoUnit || to == kNoUnit)
            continue;
        if (from == to) {
            error(p.line, p.column, QStringLiteral("relation-self"),
                  tr("The relation joins \"%1\" to itself.").arg(m.captured(1)));
            continue;
        }
        if (seen.contains({from, to})) {
            error(p.line, p.column, QStringLiteral("relation-duplicate"),
                  tr("The relation from \"%1\" to \"%2\" is given twice.")
                      .arg(m.captured(1), m.captured(2)));
            continue;
        }
        seen.insert({from, to});
        local.push_back({from, to,
                         m.captured(3) == QLatin1String("con") ? RelationKind::Conditional
                                                               : RelationKind::Sequence});
    }
    if (!local.empty())
        checkCycles(index, local, node.line, node.column);
    m_doc.relations.insert(m_doc.relations.end(), local.begin(), local.end());
}

void AjsprintBuilder::checkCycles(UnitIndex jobnet, const std::vector<Relation> &relations,
                                  int line, int column)
{
    const std::vector<UnitIndex> stuck = AjsprintRules::unitsInCycles(relations);
    if (stuck.empty())
        return;
    QStringList names;
    for (UnitIndex u : stuck)
        names << m_doc.units[std::size_t(u)].name;
    names.sort();
    error(line, column, QStringLiteral("relation-cycle"),
          tr("The relations of \"%1\" form a cycle through %2; such units would never start.")
              .arg(m_doc.units[std::size_t(jobnet)].name, names.join(QStringLiteral(", "))));
}

void AjsprintBuilder::checkPlacement()
{
    for (std::size_t i = 0; i < m_doc.units.size(); ++i) {
        const Unit &u = m_doc.units[i];
        // What a unit named only in a path is, only the target tree knows (DefinitionMerge).
        if (m_doc.implied[i] || (u.parent != kNoUnit && m_doc.implied[std::size_t(u.parent)]))
            continue;
        const Unit *parent = u.parent == kNoUnit ? nullptr : &m_doc.units[std::size_t(u.parent)];
        if (const QString e = AjsprintRules::placementError(u, parent); !e.isEmpty())
            error(m_columns[i].first, m_columns[i].second, QStringLiteral("placement"), e);
    }
}

} // namespace dr
