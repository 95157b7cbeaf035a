#pragma once

#include "model/ExecutionAgent.h"
#include "model/Region.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dr::ui {

class ConcurrencyWindowsEditor;
class FieldFeedback;
class Session;

// Adds or edits one execution agent of a region. Every field is checked as it is typed with
// Validation::agent (name rules and case-insensitive uniqueness, host resolution through the
// region's host information, windows, description bytes); the message appears under the field
// and OK stays disabled until all are valid. The facade checks again on save; a refusal is
// shown and the dialog stays open. For @SYSTEM only windows, restriction and description can
// change.
class AgentDialog : public QDialog
{
    Q_OBJECT
public:
    // `originalName` empty: add a new agent.
    AgentDialog(Session &session, RegionId region, const QString &originalName = {},
                QWidget *parent = nullptr);

    ExecutionAgent agent() const;
    // Fills a new agent's form (e.g. from the same agent in the other region).
    void prefill(const ExecutionAgent &agent);
    bool isEditing() const { return !m_originalName.isEmpty(); }
    QPushButton *okButton() const;

    static QString restrictionHelp(TransferRestriction restriction);

public Q_SLOTS:
    void accept() override;

protected:
    bool event(QEvent *event) override;

Q_SIGNALS:
    void saved(const QString &name);

private:
    void buildForm();
    void load(const ExecutionAgent &agent);
    void validate();
    void updateRestrictionHelp();
    void updateByteCount();
    void updateTabOrder();
    void fitHeight();

    Session &m_session;
    RegionId m_region;
    QString m_originalName;
    bool m_system = false;
    FieldFeedback *m_feedback;
    QLineEdit *m_name = nullptr;
    QComboBox *m_host = nullptr;
    ConcurrencyWindowsEditor *m_windows = nullptr;
    QComboBox *m_restriction = nullptr;
    QLabel *m_restrictionHelp = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_descriptionBytes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dr::ui
