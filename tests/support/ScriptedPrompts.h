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
    QStringList confirmations, errors, informations;

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
    QString saveFile(QWidget *, const QString &, const QString &, const QString &) override
    {
        return fileAnswer;
    }
};

} // namespace drtest
