#pragma once

#include "AjsprintDocument.h"
#include "AjsprintReader.h"

#include <QCoreApplication>
#include <QHash>

#include <map>

namespace dr {

// Turns the syntax of an ajsprint file into units (Ajsprint::build uses it): places each unit
// by its path, interprets ty/cm/ex or rh/sc/un/sd/st/cy/ar, keeps the other parameters verbatim
// and reports the rules of domain.md §10 and §11 with the position of the offending unit= or
// parameter. Messages keep the dr::Ajsprint context of the translations.
class AjsprintBuilder
{
    Q_DECLARE_TR_FUNCTIONS(dr::Ajsprint)
public:
    explicit AjsprintBuilder(AjsprintDocument &doc) : m_doc(doc) {}

    void addRoot(const AjsUnitNode &node);
    void checkPlacement();
    qint32 columnOf(UnitIndex index) const { return m_columns[std::size_t(index)].second; }

private:
    UnitIndex place(const AjsUnitNode &node, UnitIndex parent, const QString &name, int depth);
    void fill(UnitIndex index, const AjsUnitNode &node, int depth);
    void interpret(Unit &unit, UnitDetails &details, const AjsUnitNode &node,
                   QList<AjsParameter> &schedule, QList<AjsParameter> &relations,
                   QList<AjsParameter> &elements);
    void readSchedule(UnitDetails &details, const AjsUnitNode &node,
                      const QList<AjsParameter> &params);
    void readRelations(UnitIndex index, const AjsUnitNode &node, const QList<AjsParameter> &params);
    UnitIndex findChild(UnitIndex parent, const QString &name) const;
    void error(int line, int column, const QString &code, const QString &message);
    void warning(int line, int column, const char *code, const QString &message);
    void checkCycles(UnitIndex jobnet, const std::vector<Relation> &relations, int line,
                     int column);

    AjsprintDocument &m_doc;
    std::map<std::pair<UnitIndex, QString>, UnitIndex> m_byName; // (parent, name) → unit
    QHash<UnitIndex, int> m_childCount;
    std::vector<std::pair<int, int>> m_columns; // where each unit is defined
};

} // namespace dr
