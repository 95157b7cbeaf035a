#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace dr::ui {

// Inline validation for the forms: each field gets a small message label under it (objectName
// "<field>Error") that shows what dr::Validation said is wrong with the value and how to fix it,
// and the field itself is marked through the dynamic property "invalid" (the dialogs' style
// sheet draws a red border for it). A field that the operator has not touched yet is not
// marked, so a fresh form does not open in red; its problem still keeps OK disabled.
class FieldFeedback : public QObject
{
    Q_OBJECT
public:
    explicit FieldFeedback(QObject *parent = nullptr);

    // The style sheet that draws the marks; set it on the dialog.
    static QString styleSheet();

    // Adds "label: field" with the message label under the field. `extra` (optional) is put
    // between the field and the message, e.g. a byte counter or a hint.
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &name,
                QWidget *extra = nullptr);

    void touch(const QString &name);
    void touchAll();
    // Empty message: the field is valid.
    void setError(const QString &name, const QString &message);
    void clearErrors();
    bool hasErrors() const;
    // The first problem of any field, touched or not (for the OK button's tooltip).
    QString firstError() const;
    QWidget *container(const QString &name) const;

private:
    struct Entry
    {
        QWidget *field = nullptr;
        QWidget *container = nullptr;
        QLabel *message = nullptr;
        QString error;
        bool touched = false;
    };
    void show(Entry &entry);

    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace dr::ui
