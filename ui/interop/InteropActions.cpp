#include "InteropActions.h"

#include "ExportDialog.h"
#include "Prompts.h"
#include "Session.h"

#include "Console.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>

namespace dr::ui {

InteropActions::InteropActions(Session &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    setObjectName(QStringLiteral("interopActions"));
    using Kind = ImportPreviewDialog::Kind;
    make(tr("Import &definitions..."), "importDefinitionsAction",
         [this] { importFile(Kind::Definitions); });
    make(tr("Import &host information..."), "importHostsAction",
         [this] { importFile(Kind::Hosts); });
    make(tr("Import &agents..."), "importAgentsAction", [this] { importFile(Kind::Agents); });
    make(tr("Export d&efinitions..."), "exportDefinitionsAction",
         [this] { exportFile(int(ExportDialog::Kind::Definitions)); });
    make(tr("Export h&ost information..."), "exportHostsAction",
         [this] { exportFile(int(ExportDialog::Kind::Hosts)); });
    make(tr("Export a&gents..."), "exportAgentsAction",
         [this] { exportFile(int(ExportDialog::Kind::Agents)); });

    Console &console = m_session.console();
    connect(&m_session, &Session::operatorChanged, this, &InteropActions::update);
    connect(&console, &Console::switchoverChanged, this, &InteropActions::update);
    connect(&console, &Console::regionChanged, this, [this](RegionId) { update(); });
    connect(&console, &Console::reloaded, this, &InteropActions::update);
    update();
}

QAction *InteropActions::make(const QString &text, const char *name,
                              const std::function<void()> &handler)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(name));
    connect(a, &QAction::triggered, this, handler);
    m_actions << a;
    return a;
}

QAction *InteropActions::action(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void InteropActions::populate(QMenuBar *bar)
{
    auto *menu = new QMenu(tr("&File"), bar);
    menu->setObjectName(QStringLiteral("fileMenu"));
    menu->setToolTipsVisible(true);
    for (int i = 0; i < m_actions.size(); ++i) {
        if (i == 3)
            menu->addSeparator();
        menu->addAction(m_actions[i]);
    }
    const QList<QAction *> existing = bar->actions();
    bar->insertMenu(existing.isEmpty() ? nullptr : existing.first(), menu);
}

void InteropActions::update()
{
    const Console &console = m_session.console();
    const Operator &op = m_session.op();
    Session::gate(action(QStringLiteral("importDefinitionsAction")),
                  console.checkImportDefinitions(op),
                  tr("Read JP1/AJS3 unit definitions (ajsprint) into the primary region"));
    const Status agents = console.checkPermission(op, Action::AgentChange);
    Session::gate(action(QStringLiteral("importHostsAction")), agents,
                  tr("Replace a region's host information by a jp1hosts2 file"));
    Session::gate(action(QStringLiteral("importAgentsAction")), agents,
                  tr("Add or change execution agents from CSV or ajsagtadd lines"));
}

void InteropActions::importFile(ImportPreviewDialog::Kind kind)
{
    using Kind = ImportPreviewDialog::Kind;
    const QString filter =
        kind == Kind::Definitions ? tr("ajsprint definitions (*.ajs *.txt);;All files (*)")
        : kind == Kind::Hosts     ? tr("jp1hosts2 files (*.conf *.txt);;All files (*)")
                                  : tr("Agent files (*.csv *.sh *.txt);;All files (*)");
    const QString path = Prompts::instance().openFile(m_window, tr("Import"), filter);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Prompts::instance().error(m_window, tr("Import"),
                                  tr("Cannot read \"%1\": %2.").arg(path, file.errorString()));
        return;
    }
    auto *dialog = new ImportPreviewDialog(m_session, kind, path, file.readAll(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void InteropActions::exportFile(int kind)
{
    auto *dialog = new ExportDialog(m_session, ExportDialog::Kind(kind), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace dr::ui
