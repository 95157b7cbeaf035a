#pragma once

#include "model/Result.h"
#include "model/Role.h"

#include <QObject>

class QAction;
class QWidget;

namespace dr {
class Console;
}

namespace dr::ui {

// The console and the signed-in operator, shared by every page. Pages ask the facade whether an
// action is allowed and show the answer; they never decide a rule themselves.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(Console &console, QObject *parent = nullptr);

    Console &console() const { return m_console; }
    const Operator &op() const { return m_operator; }
    bool signedIn() const { return !m_operator.name.isEmpty(); }
    void setOperator(const Operator &op);

    // Reports a failed facade call to the operator (through Prompts); returns whether it worked.
    bool report(const Status &status, QWidget *parent, const QString &title) const;

    // Enables an action or button when `allowed` is ok; otherwise disables it and makes the
    // reason its tooltip. `tip` is the tooltip when enabled.
    static void gate(QAction *action, const Status &allowed, const QString &tip = {});
    static void gate(QWidget *widget, const Status &allowed, const QString &tip = {});

Q_SIGNALS:
    void operatorChanged();

private:
    Console &m_console;
    Operator m_operator;
};

} // namespace dr::ui
