#include "DefinitionMerge.h"

#include "AjsprintRules.h"
#include "model/Validation.h"

#include <QSet>

namespace dr {

namespace {

bool sameOwnDefinition(const Unit &a, const Unit &b)
{
    return a.name == b.name && a.agent == b.agent && a.type == b.type &&
           a.detailsOrEmpty() == b.detailsOrEmpty();
}

} // namespace

DefinitionMerge::DefinitionMerge(const UnitTree &current, const AjsprintDocument &doc)
    : m_current(current), m_doc(doc)
{
    const auto n = std::size_t(current.size());
    m_nodes.reserve(n + doc.units.size());
    m_oldRelations.resize(n);
    for (const Relation &r : current.relations()) {
        const UnitIndex jobnet = current.unit(r.from).parent;
        m_oldRelations[std::size_t(jobnet)].push_back(
            {current.unit(r.from).name, current.unit(r.to).name, r.kind});
    }
    // Parents precede children in a tree, so each parent's node exists when its child comes.
    for (UnitIndex i = 0; i < current.size(); ++i) {
        Node node;
        node.unit = current.unit(i);
        node.parent = node.unit.parent; // node indexes equal tree indexes here
        node.oldIndex = i;
        node.relations = m_oldRelations[std::size_t(i)];
        addNode(std::move(node));
    }
}

int DefinitionMerge::findChild(int parent, const QString &name) const
{
    return m_byName.value({parent, name}, -1);
}

int DefinitionMerge::addNode(Node node)
{
    const int index = int(m_nodes.size());
    const int parent = node.parent;
    m_byName.insert({parent, node.unit.name}, index);
    m_nodes.push_back(std::move(node));
    (parent < 0 ? m_topLevel : m_nodes[std::size_t(parent)].children).push_back(index);
    return index;
}

void DefinitionMerge::markRemoved(int node)
{
    std::vector<int> stack{node};
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        Node &x = m_nodes[std::size_t(n)];
        x.removed = true;
        stack.insert(stack.end(), x.children.begin(), x.children.end());
        x.children.clear();
    }
}

bool DefinitionMerge::clearSubtree(const QString &path)
{
    int node = -1;
    for (const QString &part : path.mid(1).split(QLatin1Char('/'))) {
        node = findChild(node, part);
        if (node < 0)
            return false;
    }
    for (int child : m_nodes[std::size_t(node)].children)
        markRemoved(child);
    m_nodes[std::size_t(node)].children.clear();
    return true;
}

void DefinitionMerge::apply()
{
    std::vector<std::vector<NamedRelation>> docRelations(m_doc.units.size());
    for (const Relation &r : m_doc.relations) {
        const Unit &from = m_doc.units[std::size_t(r.from)];
        docRelations[std::size_t(from.parent)].push_back(
            {from.name, m_doc.units[std::size_t(r.to)].name, r.kind});
    }
    std::vector<int> nodeOfDoc(m_doc.units.size(), -1);
    for (std::size_t d = 0; d < m_doc.units.size(); ++d) {
        const Unit &unit = m_doc.units[d];
        const int parent = unit.parent == kNoUnit ? -1 : nodeOfDoc[std::size_t(unit.parent)];
        const bool defined = !m_doc.implied[d];
        int n = findChild(parent, unit.name);
        if (n < 0) {
            Node node;
            node.unit = unit;
            node.parent = parent;
            node.relations = docRelations[d];
            node.docIndex = int(d);
            n = addNode(std::move(node));
        } else {
            Node &node = m_nodes[std::size_t(n)];
            if (node.removed) { // defined again inside a replaced subtree
                node.removed = false;
                m_nodes[std::size_t(parent)].children.push_back(n);
            }
            node.docIndex = int(d);
            if (defined) {
                // The file says nothing about the simulation: those settings stay.
                Unit merged = unit;
                merged.simDurationSec = node.unit.simDurationSec;
                merged.simExitCode = node.unit.simExitCode;
                merged.simOutcome = node.unit.simOutcome;
                node.unit = std::move(merged);
                node.relations = docRelations[d];
            }
        }
        nodeOfDoc[d] = n;
    }
}

bool DefinitionMerge::sameRelationSet(const Node &node) const
{
    const auto &old = m_oldRelations[std::size_t(node.oldIndex)];
    if (old.size() != node.relations.size())
        return false;
    for (const NamedRelation &r : node.relations) {
        if (std::find(old.begin(), old.end(), r) == old.end())
            return false;
    }
    return true;
}

void DefinitionMerge::location(int node, int &line, int &column) const
{
    for (int n = node; n >= 0; n = m_nodes[std::size_t(n)].parent) {
        const int d = m_nodes[std::size_t(n)].docIndex;
        if (d >= 0) {
            line = m_doc.lines[std::size_t(d)];
            column = m_doc.columns[std::size_t(d)];
            return;
        }
    }
    line = column = 0;
}

void DefinitionMerge::checkPlacement(ImportPreview &preview, int node, int parentNode,
                                     UnitIndex index)
{
    const Unit &unit = m_units[std::size_t(index)];
    const Unit *parent = unit.parent == kNoUnit ? nullptr : &m_units[std::size_t(unit.parent)];
    QString problem = AjsprintRules::placementError(unit, parent);
    if (problem.isEmpty())
        return;
    int line = 0, column = 0;
    if (m_nodes[std::size_t(node)].docIndex >= 0) {
        location(node, line, column);
        const Node *outer = parentNode >= 0 ? &m_nodes[std::size_t(parentNode)] : nullptr;
        if (outer && outer->oldIndex == kNoUnit && outer->docIndex >= 0 &&
            m_doc.implied[std::size_t(outer->docIndex)]) {
            // The file only names the parent in a path and the tree lacks it.
            QStringList parts;
            for (UnitIndex i = unit.parent; i != kNoUnit; i = m_units[std::size_t(i)].parent)
                parts.prepend(m_units[std::size_t(i)].name);
            problem += QLatin1Char(' ') +
                       tr("/%1 does not exist, so the import would create it as a job group; "
                          "define it in the file or correct the path.")
                           .arg(parts.join(QLatin1Char('/')));
        }
    } else {
        // A unit the file does not mention, under a unit the file turned into something else.
        location(parentNode, line, column);
        problem = tr("%1 is kept because the file does not define it: %2")
                      .arg(m_current.path(m_nodes[std::size_t(node)].oldIndex), problem);
    }
    preview.errors.append({line, column, QStringLiteral("placement"), problem});
}

void DefinitionMerge::warnKeptChildren(ImportPreview &preview, int n, const QString &path) const
{
    // A jobnet the file defines takes the file's ar= as its relations; units of that jobnet the
    // file does not mention stay, but lose their relations. Say so, naming them.
    const Node &node = m_nodes[std::size_t(n)];
    if (node.docIndex < 0 || m_doc.implied[std::size_t(node.docIndex)] || node.oldIndex == kNoUnit)
        return;
    QStringList kept;
    for (const NamedRelation &r : m_oldRelations[std::size_t(node.oldIndex)]) {
        if (std::find(node.relations.begin(), node.relations.end(), r) != node.relations.end())
            continue;
        for (const QString &name : {r.from, r.to}) {
            const int child = findChild(n, name);
            if (child >= 0 && !m_nodes[std::size_t(child)].removed &&
                m_nodes[std::size_t(child)].docIndex < 0 && !kept.contains(name))
                kept << name;
        }
    }
    if (kept.isEmpty())
        return;
    preview.warnings.append({m_doc.lines[std::size_t(node.docIndex)],
                             m_doc.columns[std::size_t(node.docIndex)],
                             QStringLiteral("relations-replaced"),
                             tr("%1 keeps %2, which the file does not define; the file's ar= "
                                "replace the jobnet's relations, so their relations are dropped.")
                                 .arg(path, kept.join(QStringLiteral(", ")))});
}

void DefinitionMerge::build(ImportPreview &preview)
{
    std::vector<int> newIndex(m_nodes.size(), -1);
    std::vector<int> order; // nodes in depth-first order
    std::vector<int> stack(m_topLevel.rbegin(), m_topLevel.rend());
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        const Node &node = m_nodes[std::size_t(n)];
        if (node.removed)
            continue;
        newIndex[std::size_t(n)] = int(order.size());
        order.push_back(n);
        stack.insert(stack.end(), node.children.rbegin(), node.children.rend());
    }
    m_units.reserve(order.size());
    for (int n : order) {
        Node &node = m_nodes[std::size_t(n)];
        Unit u = node.unit;
        u.parent = node.parent < 0 ? kNoUnit : UnitIndex(newIndex[std::size_t(node.parent)]);
        m_units.push_back(std::move(u));
        m_oldIndex.push_back(node.oldIndex);
        bool touched = node.oldIndex == kNoUnit;
        if (!touched) {
            const bool sameRelations = sameRelationSet(node);
            if (sameRelations) // unchanged relations keep their order too
                node.relations = m_oldRelations[std::size_t(node.oldIndex)];
            touched =
                !sameRelations || !sameOwnDefinition(node.unit, m_current.unit(node.oldIndex));
        }
        m_touched.push_back(touched ? 1 : 0);
    }
    const UnitTree paths(m_units, {});
    // Relations follow the unit order; a relation naming a unit that no longer exists (below a
    // replaced subtree the file left undefined) is dropped with a warning.
    for (std::size_t i = 0; i < order.size(); ++i) {
        const int n = order[i];
        const Node &node = m_nodes[std::size_t(n)];
        for (const NamedRelation &r : node.relations) {
            const int from = findChild(n, r.from), to = findChild(n, r.to);
            if (from < 0 || to < 0 || m_nodes[std::size_t(from)].removed ||
                m_nodes[std::size_t(to)].removed) {
                int line = 0, column = 0;
                location(n, line, column);
                preview.warnings.append(
                    {line, column, QStringLiteral("relation-dropped"),
                     tr("The relation %1 → %2 of %3 is dropped: the file no longer defines one "
                        "of its units.")
                         .arg(r.from, r.to, paths.path(UnitIndex(i)))});
                continue;
            }
            m_relations.push_back({UnitIndex(newIndex[std::size_t(from)]),
                                   UnitIndex(newIndex[std::size_t(to)]), r.kind});
        }
        warnKeptChildren(preview, n, paths.path(UnitIndex(i)));
    }
    QHash<UnitIndex, int> children;
    QHash<UnitIndex, int> firstAdded; // parent → node of its first added child
    for (std::size_t i = 0; i < order.size(); ++i) {
        const UnitIndex index = UnitIndex(i);
        const int n = order[i];
        const Node &node = m_nodes[std::size_t(n)];
        const UnitIndex parent = m_units[i].parent;
        if (node.oldIndex == kNoUnit) {
            preview.added << paths.path(index);
            if (!firstAdded.contains(parent))
                firstAdded.insert(parent, n);
        } else if (m_touched[i]) {
            preview.changed << paths.path(index);
        } else {
            ++preview.unchanged;
        }
        children[parent] += 1;
        const bool parentTouched = parent != kNoUnit && m_touched[std::size_t(parent)];
        if (m_touched[i] || parentTouched)
            checkPlacement(preview, n, node.parent, index);
    }
    // The current tree keeps the limit, so only a level that gains units can break it.
    for (auto it = firstAdded.cbegin(); it != firstAdded.cend(); ++it) {
        if (children.value(it.key()) <= Validation::kMaxChildrenPerLevel)
            continue;
        int line = 0, column = 0;
        location(it.value(), line, column);
        preview.errors.append(
            {line, column, QStringLiteral("too-many-children"),
             tr("After the import %1 would hold %2 units in one level, more than 10,000; split "
                "them into several job groups or jobnets.")
                 .arg(it.key() == kNoUnit ? tr("the top level") : paths.path(it.key()))
                 .arg(children.value(it.key()))});
    }
    for (std::size_t n = 0; n < m_nodes.size(); ++n) {
        if (m_nodes[n].removed && m_nodes[n].oldIndex != kNoUnit)
            m_removedOld.push_back(m_nodes[n].oldIndex);
    }
    std::sort(m_removedOld.begin(), m_removedOld.end());
    for (UnitIndex old : m_removedOld)
        preview.removed << m_current.path(old);
}

} // namespace dr
