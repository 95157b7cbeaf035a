#pragma once

#include "Unit.h"

#include <span>
#include <vector>

namespace dr {

// The unit definitions of one region, with the indexes the engine needs (children, relations,
// root jobnet of each unit) built once as flat arrays. Immutable after construction, so regions
// share one tree until their definitions differ.
class UnitTree
{
public:
    UnitTree() = default;
    // Precondition: every parent index is smaller than its child's index and relations join
    // siblings (checked by the interop layer that builds trees from files).
    UnitTree(std::vector<Unit> units, std::vector<Relation> relations);

    qsizetype size() const { return qsizetype(m_units.size()); }
    bool isEmpty() const { return m_units.empty(); }
    const Unit &unit(UnitIndex index) const { return m_units[std::size_t(index)]; }
    const std::vector<Unit> &units() const { return m_units; }
    const std::vector<Relation> &relations() const { return m_relations; }

    std::span<const UnitIndex> topLevel() const { return m_topLevel; }
    std::span<const UnitIndex> children(UnitIndex index) const;
    std::span<const UnitIndex> successors(UnitIndex index) const;
    std::span<const UnitIndex> predecessors(UnitIndex index) const;
    RelationKind relationKind(UnitIndex from, UnitIndex to) const;

    // Root jobnets: jobnets at the top or directly in a job group.
    std::span<const UnitIndex> rootJobnets() const { return m_rootJobnets; }
    bool isRootJobnet(UnitIndex index) const;
    // The root jobnet containing a unit (itself for a root jobnet), kNoUnit for groups.
    UnitIndex rootJobnetOf(UnitIndex index) const { return m_rootOf[std::size_t(index)]; }

    int depth(UnitIndex index) const;
    QString path(UnitIndex index) const; // "/group/jobnet/job"
    UnitIndex find(QStringView path) const;
    // The agent a job runs on: its ex=, or @SYSTEM when empty.
    QString effectiveAgent(UnitIndex index) const;
    bool isDescendantOf(UnitIndex index, UnitIndex ancestor) const;
    // The unit itself and everything below it, in index order.
    std::vector<UnitIndex> subtree(UnitIndex index) const;

    bool sameDefinitions(const UnitTree &other) const;

private:
    static void buildCsr(qsizetype count, const std::vector<std::pair<UnitIndex, UnitIndex>> &edges,
                         std::vector<qint32> &offsets, std::vector<UnitIndex> &targets);

    std::vector<Unit> m_units;
    std::vector<Relation> m_relations;
    std::vector<UnitIndex> m_topLevel;
    std::vector<qint32> m_childOffsets;
    std::vector<UnitIndex> m_childList;
    std::vector<qint32> m_succOffsets;
    std::vector<UnitIndex> m_succList;
    std::vector<qint32> m_predOffsets;
    std::vector<UnitIndex> m_predList;
    std::vector<UnitIndex> m_rootOf;
    std::vector<UnitIndex> m_rootJobnets;
};

inline const QString kSystemAgent = QStringLiteral("@SYSTEM");

} // namespace dr
