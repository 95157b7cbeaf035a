#include "UnitFilter.h"

#include <QHash>
#include <QStringMatcher>

namespace dr::ui {

UnitFilter::UnitFilter() : m_classes((1u << kStatusClassCount) - 1)
{
}

bool UnitFilter::isActive() const
{
    return m_classes != (1u << kStatusClassCount) - 1 || !m_text.isEmpty() || m_needsReview;
}

void UnitFilter::setClassShown(StatusClass statusClass, bool shown)
{
    const quint32 bit = 1u << int(statusClass);
    m_classes = shown ? (m_classes | bit) : (m_classes & ~bit);
}

bool UnitFilter::textMatches(const UnitTree &tree, UnitIndex index) const
{
    const Unit &u = tree.unit(index);
    if (u.name.contains(m_text, Qt::CaseInsensitive) || u.agent.contains(m_text, Qt::CaseInsensitive))
        return true;
    // A path fragment with slashes ("SALES/ORDER") needs the full path.
    return m_text.contains(QLatin1Char('/')) && tree.path(index).contains(m_text, Qt::CaseInsensitive);
}

bool UnitFilter::matches(const UnitTree &tree, const std::vector<UnitState> &states, UnitIndex index,
                         bool ancestorTextMatch) const
{
    const Unit &u = tree.unit(index);
    if (!isExecutable(u.type))
        return !isActive(); // groups show up as ancestors of what matches
    const UnitState &s = states[std::size_t(index)];
    if (!showsClass(statusClass(s.status)))
        return false;
    if (m_needsReview && !s.has(FlagNeedsReview))
        return false;
    return m_text.isEmpty() || ancestorTextMatch || textMatches(tree, index);
}

bool UnitFilter::matchesGiven(const UnitTree &tree, const std::vector<UnitState> &states,
                              UnitIndex index, bool textHit) const
{
    if (!isExecutable(tree.unit(index).type))
        return !isActive();
    const UnitState &s = states[std::size_t(index)];
    if (!showsClass(statusClass(s.status)))
        return false;
    if (m_needsReview && !s.has(FlagNeedsReview))
        return false;
    return m_text.isEmpty() || textHit;
}

std::vector<quint8> UnitFilter::textHits(const UnitTree &tree) const
{
    const auto n = std::size_t(tree.size());
    std::vector<quint8> hit(n, 0);
    if (m_text.isEmpty())
        return hit;
    const QStringMatcher matcher(m_text, Qt::CaseInsensitive);
    const bool pathText = m_text.contains(QLatin1Char('/'));
    // For a path fragment: the last (text length - 1) characters of each parent's path, enough
    // for a match that ends in the child's "/name"; a match wholly inside the parent's path is
    // the parent's own hit, which flows down.
    const qsizetype keep = m_text.size() - 1;
    QHash<UnitIndex, QString> tails;
    const QString noTail;
    for (UnitIndex i = 0; i < UnitIndex(n); ++i) {
        const Unit &u = tree.unit(i);
        if (u.parent != kNoUnit && hit[std::size_t(u.parent)]) {
            hit[std::size_t(i)] = 1;
            continue;
        }
        bool own = matcher.indexIn(u.name) >= 0 || (!u.agent.isEmpty() && matcher.indexIn(u.agent) >= 0);
        if (pathText) {
            const QString &parentTail = u.parent == kNoUnit ? noTail : tails.value(u.parent);
            const QString window = parentTail + QLatin1Char('/') + u.name;
            own = own || matcher.indexIn(window) >= 0;
            if (!own && !tree.children(i).empty())
                tails.insert(i, window.right(keep));
        }
        hit[std::size_t(i)] = own ? 1 : 0;
    }
    return hit;
}

} // namespace dr::ui
