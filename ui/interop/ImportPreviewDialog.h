#pragma once

#include "interop/ImportPreview.h"
#include "model/Region.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace dr::ui {

class Session;

// Shows what importing a file would do before anything is written: the encoding the file was
// read in, what would be added, changed and removed, the first errors with line:column and the
// warnings. For definitions the operator picks the mode (into an empty environment, merge, or
// replace the subtree at a path) and may force the encoding; for host information and agents,
// the region. "Import" stays disabled while the file has errors; the facade re-checks on import
// and a refusal is shown as an error dialog.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Definitions,
        Hosts,
        Agents
    };

    ImportPreviewDialog(Session &session, Kind kind, const QString &fileName, QByteArray bytes,
                        QWidget *parent = nullptr);

    const ImportPreview &preview() const { return m_preview; }
    QPushButton *importButton() const;
    static constexpr int kShownErrors = 20;

public Q_SLOTS:
    void accept() override;
    void refresh();

Q_SIGNALS:
    void imported(const dr::ImportPreview &result);

private:
    void buildOptions(QFormLayout *form);
    void showPreview();
    DefinitionImportRequest definitionRequest() const;
    RegionId region() const;
    QString title() const;

    Session &m_session;
    Kind m_kind;
    QString m_fileName;
    QByteArray m_bytes;
    ImportPreview m_preview;
    QComboBox *m_encoding = nullptr;
    QRadioButton *m_empty = nullptr;
    QRadioButton *m_merge = nullptr;
    QRadioButton *m_replace = nullptr;
    QComboBox *m_subtree = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_changes = nullptr;
    QListWidget *m_errors = nullptr;
    QListWidget *m_warnings = nullptr;
    QGroupBox *m_errorsBox = nullptr;
    QGroupBox *m_warningsBox = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dr::ui
