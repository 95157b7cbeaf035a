#include "UnitTree.h"

#include <algorithm>

namespace dr {

UnitTree::UnitTree(std::vector<Unit> units, std::vector<Relation> relations)
    : m_units(std::move(units)), m_relations(std::move(relations))
{
    const qsizetype count = size();
    std::vector<std::pair<UnitIndex, UnitIndex>> edges;
    edges.reserve(m_units.size());
    for (UnitIndex i = 0; i < count; ++i) {
        const UnitIndex parent = m_units[std::size_t(i)].parent;
        if (parent == kNoUnit)
            m_topLevel.push_back(i);
        else
            edges.emplace_back(parent, i);
    }
    buildCsr(count, edges, m_childOffsets, m_childList);

    edges.clear();
    edges.reserve(m_relations.size());
    for (const Relation &r : m_relations)
        edges.emplace_back(r.from, r.to);
    buildCsr(count, edges, m_succOffsets, m_succList);
    for (auto &e : edges)
        std::swap(e.first, e.second);
    buildCsr(count, edges, m_predOffsets, m_predList);

    // Parents precede children, so one forward pass resolves each unit's root jobnet.
    m_rootOf.assign(m_units.size(), kNoUnit);
    for (UnitIndex i = 0; i < count; ++i) {
        const Unit &u = m_units[std::size_t(i)];
        if (!isExecutable(u.type) && unitKind(u.type) != UnitKind::StartCondition)
            continue;
        if (u.parent != kNoUnit && m_rootOf[std::size_t(u.parent)] != kNoUnit) {
            m_rootOf[std::size_t(i)] = m_rootOf[std::size_t(u.parent)];
        } else if (unitKind(u.type) == UnitKind::Jobnet) {
            m_rootOf[std::size_t(i)] = i;
            m_rootJobnets.push_back(i);
        }
    }
}

void UnitTree::buildCsr(qsizetype count,
                        const std::vector<std::pair<UnitIndex, UnitIndex>> &edges,
                        std::vector<qint32> &offsets, std::vector<UnitIndex> &targets)
{
    offsets.assign(std::size_t(count) + 1, 0);
    for (const auto &e : edges)
        ++offsets[std::size_t(e.first) + 1];
    for (std::size_t i = 1; i < offsets.size(); ++i)
        offsets[i] += offsets[i - 1];
    targets.assign(edges.size(), kNoUnit);
    std::vector<qint32> fill(offsets.begin(), offsets.end() - 1);
    for (const auto &e : edges)
        targets[std::size_t(fill[std::size_t(e.first)]++)] = e.second;
}

std::span<const UnitIndex> UnitTree::children(UnitIndex index) const
{
    if (index == kNoUnit)
        return m_topLevel;
    const auto begin = std::size_t(m_childOffsets[std::size_t(index)]);
    const auto end = std::size_t(m_childOffsets[std::size_t(index) + 1]);
    return std::span<const UnitIndex>(m_childList).subspan(begin, end - begin);
}

std::span<const UnitIndex> UnitTree::successors(UnitIndex index) const
{
    const auto begin = std::size_t(m_succOffsets[std::size_t(index)]);
    const auto end = std::size_t(m_succOffsets[std::size_t(index) + 1]);
    return std::span<const UnitIndex>(m_succList).subspan(begin, end - begin);
}

std::span<const UnitIndex> UnitTree::predecessors(UnitIndex index) const
{
    const auto begin = std::size_t(m_predOffsets[std::size_t(index)]);
    const auto end = std::size_t(m_predOffsets[std::size_t(index) + 1]);
    return std::span<const UnitIndex>(m_predList).subspan(begin, end - begin);
}

RelationKind UnitTree::relationKind(UnitIndex from, UnitIndex to) const
{
    for (const Relation &r : m_relations) {
        if (r.from == from && r.to == to)
            return r.kind;
    }
    return RelationKind::Sequence;
}

bool UnitTree::isRootJobnet(UnitIndex index) const
{
    return index != kNoUnit && m_rootOf[std::size_t(index)] == index;
}

int UnitTree::depth(UnitIndex index) const
{
    int d = 0;
    for (UnitIndex i = unit(index).parent; i != kNoUnit; i = unit(i).parent)
        ++d;
    return d;
}

QString UnitTree::path(UnitIndex index) const
{
    if (index == kNoUnit)
        return QStringLiteral("/");
    QStringList parts;
    for (UnitIndex i = index; i != kNoUnit; i = unit(i).parent)
        parts.prepend(unit(i).name);
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

UnitIndex UnitTree::find(QStringView path) const
{
    if (!path.startsWith(u'/'))
        return kNoUnit;
    UnitIndex current = kNoUnit;
    bool found = false;
    for (QStringView part : path.mid(1).split(u'/')) {
        if (part.isEmpty())
            return kNoUnit;
        found = false;
        for (UnitIndex child : children(current)) {
            if (unit(child).name == part) {
                current = child;
                found = true;
                break;
            }
        }
        if (!found)
            return kNoUnit;
    }
    return found ? current : kNoUnit;
}

QString UnitTree::effectiveAgent(UnitIndex index) const
{
    const QString &agent = unit(index).agent;
    return agent.isEmpty() ? kSystemAgent : agent;
}

bool UnitTree::isDescendantOf(UnitIndex index, UnitIndex ancestor) const
{
    for (UnitIndex i = index; i != kNoUnit; i = unit(i).parent) {
        if (i == ancestor)
            return true;
    }
    return false;
}

std::vector<UnitIndex> UnitTree::subtree(UnitIndex index) const
{
    std::vector<UnitIndex> result{index};
    for (std::size_t i = 0; i < result.size(); ++i) {
        for (UnitIndex child : children(result[i]))
            result.push_back(child);
    }
    std::sort(result.begin(), result.end());
    return result;
}

bool UnitTree::sameDefinitions(const UnitTree &other) const
{
    if (m_units.size() != other.m_units.size() || m_relations != other.m_relations)
        return false;
    for (std::size_t i = 0; i < m_units.size(); ++i) {
        if (!sameDefinition(m_units[i], other.m_units[i]))
            return false;
    }
    return true;
}

} // namespace dr
