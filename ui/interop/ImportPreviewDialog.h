#pragma once

#include "interop/ImportPreview.h"
#include "model/Region.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTimer;
class QTreeWidget;

namespace dr::ui {

class ConsoleWork;
class Session;

// Shows what importing a file would do before anything is written: the encoding the file was
// read in, what would be added, changed and removed, the first errors with line:column and the
// warnings. For definitions the operator picks the mode (into an empty environment, merge, or
// replace the subtree at a path) and may force the encoding; for host information and agents,
// the region. "Import" stays disabled while the file has errors; the facade re-checks on import
// and a refusal is shown as an error dialog.
//
// Against a large environment (a million units: a preview takes a second or more, an import ten)
// previewing and importing definitions run on a worker thread (ConsoleWork) with the controls
// disabled and a busy indicator; typing a subtree path previews once the typing pauses.
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
    // How long typing in the subtree box must pause before the preview follows it.
    static constexpr int kTypingPauseMs = 400;
    // Definitions are previewed and imported on a worker from this many primary units on.
    void setAsyncThreshold(qsizetype units) { m_asyncThreshold = units; }
    // Whether a preview or an import is running on the worker, or a typed path is waiting.
    bool isWorking() const;
    bool isPreviewPending() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;
    void refresh();

Q_SIGNALS:
    void imported(const dr::ImportPreview &result);
    // A preview was computed and shown (tests count them).
    void previewed();

private:
    void buildOptions(QFormLayout *form);
    void showPreview();
    void finishImport(const Result<ImportPreview> &result);
    bool async() const;
    void setWorking(bool working);
    void startWork(bool changes, const QString &label, std::function<void()> work,
                   std::function<void()> then);
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
    ConsoleWork *m_work = nullptr;
    QTimer *m_typingPause = nullptr;
    QPointer<QWidget> m_focus; // given back when the controls come back
    bool m_refreshAgain = false;
    qsizetype m_asyncThreshold = 20000;
};

} // namespace dr::ui
