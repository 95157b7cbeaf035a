#include "UnitFilter.h"

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

} // namespace dr::ui
