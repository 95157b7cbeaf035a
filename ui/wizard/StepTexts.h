#pragma once

#include <QCoreApplication>
#include <QString>

namespace dr::ui {

// What each of the twelve steps asks the operator to do, in plain words.
class StepTexts
{
    Q_DECLARE_TR_FUNCTIONS(StepTexts)
public:
    static QString instructions(int step);
    // What the other role will do at this step (shown when the signed-in role differs).
    static QString whatTheyDo(int step);
    // Rich text: the items as a bullet list (escaped).
    static QString bulletList(const QStringList &items);
};

} // namespace dr::ui
