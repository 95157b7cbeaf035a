#include "AjsprintDocument.h"

#include "AjsprintReader.h"
#include "model/UnitTree.h"
#include "model/Validation.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace dr {

namespace {

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(dr::Ajsprint)
public:
    explicit Builder(AjsprintDocument &doc) : m_doc(doc) {}

    void addRoot(const AjsUnitNode &node);

private:
    UnitIndex place(const AjsUnitNode &node, UnitIndex parent, const QString &name, int depth);
    void fill(UnitIndex index, const AjsUnitNode &node, int depth);
    UnitIndex findChild(UnitIndex parent, const QString &name) const;
    void error(int line, int column, const char *code, const QString &message)
    {
        m_doc.errors.append({line, column, QString::fromLatin1(code), message});
    }
    void warning(int line, int column, const char *code, const QString &message)
    {
        m_doc.warnings.append({line, column, QString::fromLatin1(code), message});
    }
    void checkCycles(UnitIndex jobnet, const std::vector<Relation> &relations, int line, int column);

    AjsprintDocument &m_doc;
    std::map<std::pair<UnitIndex, QString>, UnitIndex> m_byName; // (parent, name) → unit
    QHash<UnitIndex, int> m_childCount;
};

UnitIndex Builder::findChild(UnitIndex parent, const QString &name) const
{
    const auto it = m_byName.find({parent, name});
    return it == m_byName.end() ? kNoUnit : it->second;
}

void Builder::addRoot(const AjsUnitNode &node)
{
    QString name = node.name;
    UnitIndex parent = kNoUnit;
    int depth = 1;
    if (name.startsWith(QLatin1Char('/'))) {
        QStringList parts = name.mid(1).split(QLatin1Char('/'));
        name = parts.takeLast();
        for (const QString &part : parts) {
            if (auto s = Validation::unitName(part); !s) {
                error(node.line, node.column, "unit-name", s.error().message);
                return;
            }
            UnitIndex existing = findChild(parent, part);
            if (existing == kNoUnit) {
                Unit group;
                group.name = part;
                group.parent = parent;
                group.type = UnitType::JobGroup;
                existing = UnitIndex(m_doc.units.size());
                m_doc.units.push_back(group);
                m_doc.implied.push_back(1);
                m_doc.lines.push_back(0);
                m_byName[{parent, part}] = existing;
            } else if (unitKind(m_doc.units[std::size_t(existing)].type) != UnitKind::Group) {
                error(node.line, node.column, "path-not-group",
                      tr("\"%1\" in the path %2 is not a job group; units can only be placed "
                         "under job groups at the top level.")
                          .arg(part, node.name));
                return;
            }
            parent = existing;
            ++depth;
        }
    }
    place(node, parent, name, depth);
}

UnitIndex Builder::place(const AjsUnitNode &node, UnitIndex parent, const QString &name, int depth)
{
    if (auto s = Validation::unitName(name); !s) {
        error(node.line, node.column, "unit-name", s.error().message);
        return kNoUnit;
    }
    if (auto s = Validation::nestingDepth(depth); !s) {
        error(node.line, node.column, "nesting", s.error().message);
        return kNoUnit;
    }
    UnitIndex index = findChild(parent, name);
    if (index != kNoUnit) {
        if (!m_doc.implied[std::size_t(index)]) {
            error(node.line, node.column, "duplicate-unit",
                  tr("A unit named \"%1\" is already defined at this level (line %2). Unit names "
                     "must be unique within their job group or jobnet.")
                      .arg(name)
                      .arg(m_doc.lines[std::size_t(index)]));
            return kNoUnit;
        }
        m_doc.implied[std::size_t(index)] = 0; // the group is defined explicitly after all
    } else {
        if (++m_childCount[parent] > Validation::kMaxChildrenPerLevel) {
            error(node.line, node.column, "too-many-children",
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
        m_byName[{parent, name}] = index;
    }
    m_doc.lines[std::size_t(index)] = node.line;
    const QString path = m_doc.path(index);
    if (auto s = Validation::unitPath(path); !s)
        error(node.line, node.column, "path-too-long", s.error().message);
    fill(index, node, depth);
    return index;
}

void Builder::fill(UnitIndex index, const AjsUnitNode &node, int depth)
{
    auto details = std::make_shared<UnitDetails>();
    details->permission = node.permission;
    details->owner = node.owner;
    details->resourceGroup = node.resourceGroup;
    bool typeSeen = false;
    QString agent;
    QList<AjsParameter> scheduleParams;
    QList<AjsParameter> relationParams;
    QList<AjsParameter> elementParams;
    UnitType type = UnitType::Other;

    for (const AjsParameter &p : node.parameters) {
        QString quoteError;
        const QString text = AjsprintReader::unquote(p.value, &quoteError);
        if (!quoteError.isEmpty())
            error(p.line, p.column, "escape", quoteError);
        if (p.key == QLatin1String("ty")) {
            if (typeSeen) {
                error(p.line, p.column, "duplicate-type",
                      tr("Unit \"%1\" has a second ty= parameter; give the type once.").arg(node.name));
            }
            typeSeen = true;
            type = unitTypeFromCode(text);
            if (type == UnitType::Other) {
                details->typeCode = text;
                warning(p.line, p.column, "unknown-type",
                        tr("Unit type \"%1\" is not known to the console; the unit is kept as "
                           "written and is not simulated.")
                            .arg(text));
            }
        } else if (p.key == QLatin1String("cm")) {
            details->comment = text;
            if (auto s = Validation::unitComment(text); !s)
                error(p.line, p.column, "comment", s.error().message);
        } else if (p.key == QLatin1String("ex") || p.key == QLatin1String("rh")) {
            agent = text; // rh= names the remote manager of a remote jobnet
        } else if (p.key == QLatin1String("sc")) {
            details->script = text;
        } else if (p.key == QLatin1String("un")) {
            details->user = text;
        } else if (p.key == QLatin1String("sd") || p.key == QLatin1String("st") ||
                   p.key == QLatin1String("cy")) {
            scheduleParams.append(p);
        } else if (p.key == QLatin1String("ar")) {
            relationParams.append(p);
        } else {
            if (p.key == QLatin1String("el"))
                elementParams.append(p);
            details->otherParameters.append({p.key, p.value});
        }
    }
    if (!typeSeen) {
        error(node.line, node.column, "missing-type",
              tr("Unit \"%1\" has no ty= parameter; add its type, for example ty=n; for a "
                 "jobnet or ty=j; for a Unix job.")
                  .arg(node.name));
    }
    Unit &unit = m_doc.units[std::size_t(index)];
    unit.type = type;
    unit.agent = agent;
    if (!agent.isEmpty() && type != UnitType::RemoteJobnet && type != UnitType::RecoveryRemoteJobnet) {
        if (auto s = Validation::agentName(agent); !s && agent != kSystemAgent)
            error(node.line, node.column, "agent-name", s.error().message);
    }

    // Schedule rules: either every sd/st/cy parameter is understood, or all stay verbatim.
    std::map<int, ScheduleRule> rules;
    bool understood = true;
    for (const AjsParameter &p : scheduleParams) {
        const QString value = p.value.trimmed();
        static const QRegularExpression numbered(QStringLiteral("^(\\d{1,3}),(.*)$"));
        const auto m = numbered.match(value);
        const int number = m.hasMatch() ? m.captured(1).toInt() : 1;
        ScheduleRule &rule = rules[number];
        rule.number = number;
        if (!Ajsprint::parseScheduleParameter(p.key, m.hasMatch() ? m.captured(2) : value, rule))
            understood = false;
    }
    if (understood) {
        for (const auto &[number, rule] : rules)
            details->schedule.append(rule);
    } else {
        for (const AjsParameter &p : scheduleParams)
            details->otherParameters.append({p.key, p.value});
        warning(node.line, node.column, "schedule-kept",
                tr("The schedule of \"%1\" uses rules the simulator does not run; they are kept "
                   "as written and the jobnet is not started by schedule.")
                    .arg(node.name));
    }

    // Children come before relations: relations name them.
    for (const AjsUnitNode &child : node.children) {
        if (child.name.contains(QLatin1Char('/'))) {
            error(child.line, child.column, "unit-name",
                  tr("The nested unit name \"%1\" contains \"/\"; only a top-level unit may be "
                     "given as a full path.")
                      .arg(child.name));
            continue;
        }
        place(child, index, child.name, depth + 1);
    }

    static const QRegularExpression arRe(QStringLiteral(
        "^\\(\\s*f\\s*=\\s*([^,()]+?)\\s*,\\s*t\\s*=\\s*([^,()]+?)\\s*(?:,\\s*(seq|con)\\s*)?\\)$"));
    std::vector<Relation> local;
    QSet<QPair<UnitIndex, UnitIndex>> seen;
    for (const AjsParameter &p : relationParams) {
        const auto m = arRe.match(p.value.trimmed());
        if (!m.hasMatch()) {
            error(p.line, p.column, "relation-format",
                  tr("\"ar=%1\" is not a relation; write ar=(f=FROM,t=TO); with optional ,seq or "
                     ",con.")
                      .arg(p.value));
            continue;
        }
        const UnitIndex from = findChild(index, m.captured(1));
        const UnitIndex to = findChild(index, m.captured(2));
        for (const auto &[idx, name] : {std::pair{from, m.captured(1)}, std::pair{to, m.captured(2)}}) {
            if (idx == kNoUnit) {
                error(p.line, p.column, "relation-unknown",
                      tr("The relation names \"%1\", which is not a unit of \"%2\". Define the "
                         "unit in this jobnet or correct the name.")
                          .arg(name, node.name));
            }
        }
        if (from == kNoUnit || to == kNoUnit)
            continue;
        if (from == to) {
            error(p.line, p.column, "relation-self",
                  tr("The relation joins \"%1\" to itself.").arg(m.captured(1)));
            continue;
        }
        if (seen.contains({from, to})) {
            error(p.line, p.column, "relation-duplicate",
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

    for (const AjsParameter &p : elementParams) {
        const QString child = p.value.section(QLatin1Char(','), 0, 0).trimmed();
        if (findChild(index, child) == kNoUnit) {
            error(p.line, p.column, "element-unknown",
                  tr("el= names \"%1\", which is not a unit of \"%2\".").arg(child, node.name));
        }
    }

    const bool hasDetails = !details->comment.isEmpty() || !details->script.isEmpty() ||
                            !details->user.isEmpty() || !details->typeCode.isEmpty() ||
                            !details->permission.isEmpty() || !details->owner.isEmpty() ||
                            !details->resourceGroup.isEmpty() || !details->schedule.isEmpty() ||
                            !details->otherParameters.isEmpty();
    m_doc.units[std::size_t(index)].details = hasDetails ? std::move(details) : nullptr;
}

void Builder::checkCycles(UnitIndex jobnet, const std::vector<Relation> &relations, int line,
                          int column)
{
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
    qsizetype visited = 0;
    while (!ready.isEmpty()) {
        const UnitIndex u = ready.takeLast();
        ++visited;
        for (UnitIndex v : next.value(u)) {
            if (--indegree[v] == 0)
                ready.append(v);
        }
    }
    if (visited < indegree.size()) {
        QStringList names;
        for (auto it = indegree.cbegin(); it != indegree.cend(); ++it) {
            if (it.value() > 0)
                names << m_doc.units[std::size_t(it.key())].name;
        }
        names.sort();
        error(line, column, "relation-cycle",
              tr("The relations of \"%1\" form a cycle through %2; such units would never start.")
                  .arg(m_doc.units[std::size_t(jobnet)].name, names.join(QStringLiteral(", "))));
    }
}

} // namespace

QString AjsprintDocument::path(UnitIndex index) const
{
    QStringList parts;
    for (UnitIndex i = index; i != kNoUnit; i = units[std::size_t(i)].parent)
        parts.prepend(units[std::size_t(i)].name);
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

AjsprintDocument Ajsprint::parse(const QString &text)
{
    return build(AjsprintReader::read(text));
}

AjsprintDocument Ajsprint::parse(const QByteArray &bytes, TextEncoding encoding)
{
    auto decoded = TextDecoding::decode(bytes, encoding);
    if (!decoded) {
        AjsprintDocument doc;
        doc.errors.append({0, 0, decoded.error().code, decoded.error().message});
        return doc;
    }
    AjsprintDocument doc = parse(decoded->text);
    doc.encoding = decoded->encoding;
    return doc;
}

AjsprintDocument Ajsprint::build(const AjsSyntax &syntax)
{
    AjsprintDocument doc;
    doc.errors = syntax.errors;
    Builder builder(doc);
    for (const AjsUnitNode &root : syntax.roots)
        builder.addRoot(root);
    std::stable_sort(doc.errors.begin(), doc.errors.end(), [](const ParseIssue &a, const ParseIssue &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return doc;
}

bool Ajsprint::parseScheduleParameter(const QString &key, const QString &value, ScheduleRule &rule)
{
    const QString v = value.trimmed();
    if (key == QLatin1String("sd")) {
        static const QRegularExpression date(QStringLiteral("^(\\d{4})/(\\d{1,2})/(\\d{1,2})$"));
        const auto m = date.match(v);
        if (!m.hasMatch())
            return false;
        rule.startDate = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return rule.startDate.isValid();
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
        static const QRegularExpression cycle(QStringLiteral("^\\(\\s*(\\d{1,3})\\s*,\\s*([ymwd])\\s*\\)$"));
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

} // namespace dr
