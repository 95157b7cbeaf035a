#pragma once

#include "Prompts.h"

#include <QStringList>

// Pre-answers the console's prompts in GUI tests and records what the operator was told.
namespace drtest {

class ScriptedPrompts : public dr::ui::Prompts
{
public:
    ScriptedPrompts() { dr::ui::Prompts::install(this); }
    ~ScriptedPrompts() override { dr::ui::Prompts::install(nullptr); }

    bool confirmAnswer = true;
    QString fileAnswer;
    // The filter the operator picks in a save dialog (empty: leave the one offered).
    QString filterAnswer;
    QStringList confirmations, errors, informations;
    // What the last save dialog offered.
    QString offeredName, offeredFilters, offeredFilter;

    bool confirm(QWidget *, const QString &title, const QString &text) override
    {
        confirmations << title + QStringLiteral(": ") + text;
        return confirmAnswer;
    }
    void error(QWidget *, const QString &title, const QString &text) override
    {
        errors << title + QStringLiteral(": ") + text;
    }
    void information(QWidget *, const QString &title, const QString &text) override
    {
        informations << title + QStringLiteral(": ") + text;
    }
    QString openFile(QWidget *, const QString &, const QString &) override { return fileAnswer; }
    QString saveFile(QWidget *, const QString &, const QString &suggestedName,
                     const QString &filters, QString *selectedFilter) override
    {
        offeredName = suggestedName;
        offeredFilters = filters;
        offeredFilter = selectedFilter ? *selectedFilter : QString();
        if (selectedFilter && !filterAnswer.isEmpty())
            *selectedFilter = filterAnswer;
        return fileAnswer;
    }
};

} // namespace drtest
