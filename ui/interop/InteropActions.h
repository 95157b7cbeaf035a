#pragma once

#include "ImportPreviewDialog.h"

#include <QObject>

class QAction;
class QMenuBar;
class QWidget;

namespace dr::ui {

class Session;

// File → Import definitions…, Import host information…, Import agents… and the matching
// exports. Each import asks for the file (through Prompts) and opens the preview dialog; the
// actions are enabled only when the core would allow the import, with the reason as tooltip.
class InteropActions : public QObject
{
    Q_OBJECT
public:
    InteropActions(Session &session, QWidget *window);

    // Adds the "&File" menu in front of the menus already in `bar`.
    void populate(QMenuBar *bar);
    void update();
    QAction *action(const QString &objectName) const;

private:
    QAction *make(const QString &text, const char *name, const std::function<void()> &handler);
    void importFile(ImportPreviewDialog::Kind kind);
    void exportFile(int kind);

    Session &m_session;
    QWidget *m_window;
    QList<QAction *> m_actions;
};

} // namespace dr::ui
