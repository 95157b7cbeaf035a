#include "FieldFeedback.h"

#include <QFormLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace dr::ui {

FieldFeedback::FieldFeedback(QObject *parent) : QObject(parent) {}

QString FieldFeedback::styleSheet()
{
    // Colour is not the only mark: the message under the field says what is wrong.
    return QStringLiteral(
        "QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"] {"
        " border: 2px solid #c62828; border-radius: 3px; padding: 1px 3px; }"
        " QFrame[invalid=\"true\"] { border: 2px solid #c62828; border-radius: 3px; }"
        " QLabel[fieldError=\"true\"] { color: #a31414; }");
}

void FieldFeedback::addRow(QFormLayout *form, const QString &label, QWidget *field,
                           const QString &name, QWidget *extra)
{
    auto *box = new QWidget(form->parentWidget());
    box->setObjectName(name + QStringLiteral("Field"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (extra)
        layout->addWidget(extra);
    auto *message = new QLabel(box);
    message->setObjectName(name + QStringLiteral("Error"));
    message->setProperty("fieldError", true);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message->setVisible(false);
    layout->addWidget(message);
    auto *title = new QLabel(label, form->parentWidget());
    title->setBuddy(field);
    form->addRow(title, box);
    m_entries.insert(name, {field, box, message, QString(), false});
    m_order << name;
}

void FieldFeedback::touch(const QString &name)
{
    auto it = m_entries.find(name);
    if (it == m_entries.end() || it->touched)
        return;
    it->touched = true;
    show(*it);
}

void FieldFeedback::touchAll()
{
    for (const QString &name : std::as_const(m_order))
        touch(name);
}

void FieldFeedback::setError(const QString &name, const QString &message)
{
    auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    it->error = message;
    show(*it);
}

void FieldFeedback::clearErrors()
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        it->error.clear();
        show(*it);
    }
}

bool FieldFeedback::hasErrors() const
{
    for (const Entry &e : m_entries) {
        if (!e.error.isEmpty())
            return true;
    }
    return false;
}

QString FieldFeedback::firstError() const
{
    for (const QString &name : m_order) {
        if (const Entry &e = m_entries[name]; !e.error.isEmpty())
            return e.error;
    }
    return {};
}

QWidget *FieldFeedback::container(const QString &name) const
{
    return m_entries.value(name).container;
}

void FieldFeedback::show(Entry &entry)
{
    const bool visible = entry.touched && !entry.error.isEmpty();
    entry.message->setText(visible ? entry.error : QString());
    entry.message->setVisible(visible);
    if (entry.field->property("invalid").toBool() != visible) {
        entry.field->setProperty("invalid", visible);
        // A dynamic property only restyles after a re-polish.
        entry.field->style()->unpolish(entry.field);
        entry.field->style()->polish(entry.field);
        entry.field->update();
    }
}

} // namespace dr::ui
