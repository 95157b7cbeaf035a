#pragma once

#include "AjsprintDocument.h"
#include "ImportPreview.h"
#include "model/UnitTree.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace dr {

// Places the units of a read file into a copy of a region's definitions, by path: a unit of the
// file replaces the definition at its path (its relations are the file's ar=), a path the tree
// lacks is added, and with a subtree given, everything below that path that the file does not
// define again is removed. The result is a new unit list in depth-first order plus, for every
// new unit, the index it had before (kNoUnit when added) and whether its definition changed.
class DefinitionMerge
{
    Q_DECLARE_TR_FUNCTIONS(DefinitionMerge)
public:
    DefinitionMerge(const UnitTree &current, const AjsprintDocument &doc);

    // Marks everything below `path` (and the path's relations) for removal; the file then
    // defines the subtree again. Returns false when `path` does not exist (it is created).
    bool clearSubtree(const QString &path);
    void apply();
    // Builds the merged list and fills `preview` (added, changed, removed, unchanged, errors and
    // warnings found while merging).
    void build(ImportPreview &preview);

    const std::vector<Unit> &units() const { return m_units; }
    const std::vector<Relation> &relations() const { return m_relations; }
    // For each merged unit: its index in the current tree, or kNoUnit when added.
    const std::vector<UnitIndex> &oldIndex() const { return m_oldIndex; }
    // For each merged unit: added, or its definition (or its relations) changed.
    const std::vector<quint8> &touched() const { return m_touched; }
    // Current-tree indexes of the units removed.
    const std::vector<UnitIndex> &removedOld() const { return m_removedOld; }

private:
    struct NamedRelation
    {
        QString from;
        QString to;
        RelationKind kind = RelationKind::Sequence;
        friend bool operator==(const NamedRelation &, const NamedRelation &) = default;
    };
    struct Node
    {
        Unit unit;
        int parent = -1;
        std::vector<int> children;
        std::vector<NamedRelation> relations;
        UnitIndex oldIndex = kNoUnit;
        int docIndex = -1; // set when the file defines this unit (not only implies it)
        bool removed = false;
    };

    int findChild(int parent, const QString &name) const;
    int addNode(Node node);
    void markRemoved(int node);
    bool sameRelationSet(const Node &node) const;
    void checkPlacement(ImportPreview &preview, int node, int parentNode, UnitIndex index);
    void location(int node, int &line, int &column) const;
    void warnKeptChildren(ImportPreview &preview, int node, const QString &path) const;

    const UnitTree &m_current;
    const AjsprintDocument &m_doc;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
    QHash<QPair<int, QString>, int> m_byName;               // (parent node, name) → node
    std::vector<std::vector<NamedRelation>> m_oldRelations; // by current-tree index

    std::vector<Unit> m_units;
    std::vector<Relation> m_relations;
    std::vector<UnitIndex> m_oldIndex;
    std::vector<quint8> m_touched;
    std::vector<UnitIndex> m_removedOld;
};

} // namespace dr
