#pragma once

#include "ScriptedPrompts.h"
#include "Session.h"
#include "TestSupport.h"

#include <QDialog>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTest>

#include <memory>

// Shared by the form tests: a customer signed in on a fresh demo database that can be closed
// and opened again, and the check that a form shows exactly one field's message.
namespace drtest {

class FormFixture
{
public:
    bool open()
    {
        if (!m_dir.isValid())
            return false;
        console = demoConsole(m_dir);
        if (!console)
            return false;
        session = std::make_unique<dr::ui::Session>(*console);
        session->setOperator(kCustomer);
        return true;
    }
    // Closes the database and opens the same file again, as the next run of the console would.
    bool reopen()
    {
        const QString path = console->databasePath();
        session.reset();
        console.reset();
        console = openConsole(path);
        if (!console)
            return false;
        session = std::make_unique<dr::ui::Session>(*console);
        session->setOperator(kCustomer);
        return true;
    }

    ScriptedPrompts prompts;
    std::unique_ptr<dr::Console> console;
    std::unique_ptr<dr::ui::Session> session;

private:
    QTemporaryDir m_dir;
};

// Checks that the message under `field` is `message` and visible, that no other field of
// `fields` shows one, that the field is marked and that OK is disabled with the message as its
// tooltip.
inline void expectOnlyError(QDialog *dialog, const QStringList &fields, const QString &field,
                            const QString &message, QWidget *fieldWidget)
{
    for (const QString &f : fields) {
        auto *label = dialog->findChild<QLabel *>(f + QStringLiteral("Error"));
        QVERIFY2(label, qPrintable(f));
        if (f == field) {
            QCOMPARE(label->text(), message);
            QVERIFY(label->isVisibleTo(dialog));
        } else {
            QVERIFY2(label->text().isEmpty(), qPrintable(f + QStringLiteral(": ") + label->text()));
        }
    }
    QVERIFY(fieldWidget);
    QVERIFY(fieldWidget->property("invalid").toBool());
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(ok);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(ok->toolTip(), message);
}

// Clicks `button` on `page` and returns the dialog of type T it opened (shown, not modal-blocking).
template <typename T>
QPointer<T> openFromPage(QWidget &page, const char *button)
{
    auto *b = page.findChild<QPushButton *>(QString::fromLatin1(button));
    if (!b || !b->isEnabled())
        return nullptr;
    QTest::mouseClick(b, Qt::LeftButton);
    T *dialog = page.findChild<T *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

} // namespace drtest
