#pragma once

#include "TextDecoding.h"
#include "model/Result.h"
#include "model/UnitTree.h"

#include <QCoreApplication>
#include <QHash>

namespace dr {

// Writes unit definitions back in the ajsprint format the reader understands: per unit the
// header, then ty=, the interpreted parameters (cm, ex or rh, sc, un, sd/st/cy, ar), then every
// parameter kept verbatim in file order, then the nested units. Reading the result gives the
// same units and relations (the round trip the tests check for every corpus file).
class AjsprintWriter
{
    Q_DECLARE_TR_FUNCTIONS(AjsprintWriter)
public:
    // Every top-level unit with its subtree, or only the subtree at `root`; top units are named
    // by their full path so that an import puts them back in the same place.
    static QString write(const UnitTree &tree, UnitIndex root = kNoUnit);
    // The same, encoded; refuses characters Shift_JIS cannot represent.
    static Result<QByteArray> write(const UnitTree &tree, UnitIndex root, TextEncoding encoding);

    // A parameter value as written: bare when it reads back unchanged, else quoted.
    static QString value(const QString &text);

private:
    explicit AjsprintWriter(const UnitTree &tree) : m_tree(tree) {}
    void unit(UnitIndex index, int indent, bool top);
    void parameter(const QString &indent, const QString &key, const QString &raw);

    const UnitTree &m_tree;
    QHash<UnitIndex, QList<const Relation *>> m_relationsOf; // jobnet → its relations
    QString m_out;
};

} // namespace dr
