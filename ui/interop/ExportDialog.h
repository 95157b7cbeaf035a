#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace dr::ui {

class Session;

// Asks what to export (the region; for definitions a subtree and the encoding, for agents CSV
// or ajsagtadd lines), then where to save it (through Prompts), and writes the file.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Definitions,
        Hosts,
        Agents
    };

    ExportDialog(Session &session, Kind kind, QWidget *parent = nullptr);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void exported(const QString &path);

private:
    QString suggestedName() const;

    Session &m_session;
    Kind m_kind;
    QComboBox *m_region = nullptr;
    QLineEdit *m_subtree = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_format = nullptr;
};

} // namespace dr::ui
