#pragma once

#include "MainWindow.h"
#include "dialogs/SignInDialog.h"
#include "pages/RunbookPage.h"
#include "wizard/StepPage.h"
#include "wizard/SwitchoverWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

// Drives the switchover wizard the way an operator does: through its buttons and the
// "Switch operator" dialog it opens.
namespace drtest {

inline QString labelText(QWidget *page, const char *name)
{
    auto *label = page->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

inline bool labelShown(QWidget *page, const char *name)
{
    auto *label = page->findChild<QLabel *>(QString::fromLatin1(name));
    return label && !label->isHidden();
}

inline QAbstractButton *commitButton(dr::ui::SwitchoverWizard *w)
{
    return w->button(QWizard::CommitButton);
}

// Signs in through the page's "Switch operator..." button (nothing to do when the step's role
// is already signed in).
inline bool switchOperator(dr::ui::SwitchoverWizard *w, const QString &name, dr::Role role)
{
    auto *page = w->stepPage(w->currentId());
    auto *button = page ? page->findChild<QPushButton *>(QStringLiteral("switchOperatorButton")) : nullptr;
    if (!button)
        return false;
    if (button->isHidden())
        return dr::stepInfo(page->step()).role == role;
    button->click();
    dr::ui::SignInDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = w->findChild<dr::ui::SignInDialog *>()) != nullptr; }, 2000))
        return false;
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("operatorName"));
    edit->clear();
    QTest::keyClicks(edit, name);
    dialog->findChild<QRadioButton *>(role == dr::Role::Provider ? QStringLiteral("roleProvider")
                                                                 : QStringLiteral("roleCustomer"))
        ->setChecked(true);
    dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    return QTest::qWaitFor([&] { return w->findChild<dr::ui::SignInDialog *>() == nullptr; }, 2000);
}

// Clicks "Complete step N" and waits for the wizard to move on.
inline bool completeStep(dr::ui::SwitchoverWizard *w)
{
    const int from = w->currentId();
    QAbstractButton *commit = commitButton(w);
    if (!commit || !commit->isEnabled() || !commit->isVisible())
        return false;
    QTest::mouseClick(commit, Qt::LeftButton);
    return QTest::qWaitFor([&] { return w->currentId() != from; }, 3000);
}

// Opens the wizard the way an operator does: Switchover → Failover... or Failback... in the
// menu bar (`actionName`: "failoverAction" or "failbackAction"). Null when the menu has no such
// enabled entry.
inline dr::ui::SwitchoverWizard *openFromMenu(dr::ui::MainWindow &w, const char *actionName)
{
    auto *menu = w.menuBar()->findChild<QMenu *>(QStringLiteral("switchoverMenu"));
    if (!menu)
        return nullptr;
    for (QAction *a : menu->actions()) {
        if (a->objectName() == QLatin1String(actionName)) {
            if (!a->isEnabled())
                return nullptr;
            a->trigger();
            return w.wizard();
        }
    }
    return nullptr;
}

// Opens the wizard from the runbook tab's button.
inline dr::ui::SwitchoverWizard *openFromRunbook(dr::ui::MainWindow &w)
{
    auto *button = w.runbookPage()->findChild<QPushButton *>(QStringLiteral("openWizardButton"));
    if (!button || !button->isEnabled())
        return nullptr;
    button->click();
    return w.wizard();
}

// Signs in with the role the current step needs ("alice" the customer, "pat" the provider).
inline bool actAsStepRole(dr::ui::SwitchoverWizard *w)
{
    const dr::Role role = dr::stepInfo(w->currentId()).role;
    return switchOperator(
        w, role == dr::Role::Provider ? QStringLiteral("pat") : QStringLiteral("alice"), role);
}

} // namespace drtest
