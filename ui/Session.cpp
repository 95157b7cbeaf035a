#include "Session.h"

#include "Prompts.h"

#include <QWidget>
#include <QAction>

namespace dr::ui {

Session::Session(Console &console, QObject *parent) : QObject(parent), m_console(console)
{
}

void Session::setOperator(const Operator &op)
{
    m_operator = op;
    Q_EMIT operatorChanged();
}

bool Session::report(const Status &status, QWidget *parent, const QString &title) const
{
    if (status)
        return true;
    Prompts::instance().error(parent, title, status.error().message);
    return false;
}

void Session::gate(QAction *action, const Status &allowed, const QString &tip)
{
    action->setEnabled(allowed.ok());
    action->setToolTip(allowed.ok() ? tip : allowed.error().message);
    action->setStatusTip(action->toolTip());
}

void Session::gate(QWidget *widget, const Status &allowed, const QString &tip)
{
    widget->setEnabled(allowed.ok());
    widget->setToolTip(allowed.ok() ? tip : allowed.error().message);
}

} // namespace dr::ui
