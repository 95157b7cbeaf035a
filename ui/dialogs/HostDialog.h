#pragma once

#include "model/HostEntry.h"
#include "model/Region.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dr::ui {

class FieldFeedback;
class Session;

// Adds or edits one line of a region's host information: host name, one or more IP addresses
// (typed on one line, separated by spaces or commas) and a comment. Checked as typed with
// Validation::hostEntry, which honours the region's IPv6 setting (+DefaultResolve); OK stays
// disabled until the entry is valid and the facade re-checks on save.
class HostDialog : public QDialog
{
    Q_OBJECT
public:
    HostDialog(Session &session, RegionId region, const QString &originalName = {},
               QWidget *parent = nullptr);

    HostEntry entry() const;
    bool isEditing() const { return !m_originalName.isEmpty(); }
    QPushButton *okButton() const;
    // "10.0.0.1, 10.0.0.2 fd00::1" -> three addresses; empty pieces are ignored.
    static QStringList splitAddresses(const QString &text);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void saved(const QString &name);

private:
    void buildForm();
    void validate();
    void updateResolveNote();
    void updateByteCount();

    Session &m_session;
    RegionId m_region;
    QString m_originalName;
    FieldFeedback *m_feedback;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_addresses = nullptr;
    QLabel *m_resolveNote = nullptr;
    QLineEdit *m_comment = nullptr;
    QLabel *m_commentBytes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dr::ui
