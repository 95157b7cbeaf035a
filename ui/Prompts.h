#pragma once

#include <QString>

class QWidget;

namespace dr::ui {

// Every message box and file dialog goes through here, so a test can pre-answer them instead
// of blocking on a modal dialog. The default implementation shows the real dialogs.
class Prompts
{
public:
    virtual ~Prompts() = default;

    static Prompts &instance();
    // Tests install their own; nullptr restores the default. Not owned.
    static void install(Prompts *prompts);

    virtual bool confirm(QWidget *parent, const QString &title, const QString &text);
    virtual void error(QWidget *parent, const QString &title, const QString &text);
    virtual void information(QWidget *parent, const QString &title, const QString &text);
    // Empty when cancelled.
    virtual QString openFile(QWidget *parent, const QString &title, const QString &filter);
    // `selectedFilter`, when given, is the filter selected at first and, on return, the one the
    // operator chose (a name typed without a suffix says nothing of the format by itself).
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                             const QString &filter, QString *selectedFilter = nullptr);
};

} // namespace dr::ui
