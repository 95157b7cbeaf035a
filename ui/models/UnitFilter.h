#pragma once

#include "model/UnitState.h"
#include "model/UnitTree.h"

#include <QString>

#include <vector>

namespace dr::ui {

// What the jobnet view shows: status classes, a text (name, path or agent) and "needs review".
// Kept apart from the model so the rule of what matches is in one small place.
class UnitFilter
{
public:
    UnitFilter();

    bool isActive() const;
    bool showsClass(StatusClass statusClass) const { return m_classes & (1u << int(statusClass)); }
    void setClassShown(StatusClass statusClass, bool shown);
    const QString &text() const { return m_text; }
    void setText(const QString &text) { m_text = text.trimmed(); }
    bool needsReviewOnly() const { return m_needsReview; }
    void setNeedsReviewOnly(bool on) { m_needsReview = on; }

    // Whether the unit itself matches, given whether an ancestor's name already matched the text
    // (so "/SALES" finds everything below SALES without building each unit's path).
    bool matches(const UnitTree &tree, const std::vector<UnitState> &states, UnitIndex index,
                 bool ancestorTextMatch) const;
    bool textMatches(const UnitTree &tree, UnitIndex index) const;

    // For every unit whether the text matches it or an ancestor, in one pass over the tree (path
    // fragments are matched on a sliding tail of the path instead of building a million paths).
    // Reads only the immutable tree, so it may run on a worker thread.
    std::vector<quint8> textHits(const UnitTree &tree) const;
    // matches() with the text part already decided (from textHits()).
    bool matchesGiven(const UnitTree &tree, const std::vector<UnitState> &states, UnitIndex index,
                      bool textHit) const;

    friend bool operator==(const UnitFilter &, const UnitFilter &) = default;

private:
    quint32 m_classes;
    QString m_text;
    bool m_needsReview = false;
};

} // namespace dr::ui
