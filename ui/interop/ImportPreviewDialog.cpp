#include "ImportPreviewDialog.h"

#include "ConsoleWork.h"
#include "Prompts.h"
#include "Session.h"

#include "Console.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dr::ui {

namespace {

constexpr int kShownChanges = 200;    // paths listed per category; the counts say the rest
constexpr int kSubtreeChoices = 2000; // paths offered in the subtree picker

void fillIssues(QListWidget *list, const QList<ParseIssue> &issues, int limit)
{
    list->clear();
    for (int i = 0; i < issues.size() && i < limit; ++i) {
        auto *item = new QListWidgetItem(issues[i].toString(), list);
        item->setToolTip(item->text());
    }
    if (issues.size() > limit) {
        list->addItem(QCoreApplication::translate("dr::ui::ImportPreviewDialog", "... and %n more.",
                                                  nullptr, int(issues.size() - limit)));
    }
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(Session &session, Kind kind, const QString &fileName,
                                         QByteArray bytes, QWidget *parent)
    : QDialog(parent), m_session(session), m_kind(kind), m_fileName(fileName),
      m_bytes(std::move(bytes)), m_work(new ConsoleWork(session.console(), this)),
      m_typingPause(new QTimer(this))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &ImportPreviewDialog::refresh);
    setWindowTitle(title());
    auto *layout = new QVBoxLayout(this);
    auto *fileLabel = new QLabel(tr("File: %1").arg(QFileInfo(m_fileName).fileName()), this);
    fileLabel->setToolTip(m_fileName);
    layout->addWidget(fileLabel);
    auto *form = new QFormLayout;
    buildOptions(form);
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_changes = new QTreeWidget(this);
    m_changes->setObjectName(QStringLiteral("previewChanges"));
    m_changes->setHeaderHidden(true);
    m_changes->setMinimumHeight(140);
    layout->addWidget(m_changes, 2);
    // The errors and warnings boxes show only when there is something in them.
    m_errorsBox = new QGroupBox(tr("Errors (the file is imported only without errors)"), this);
    m_errorsBox->setObjectName(QStringLiteral("previewErrorsBox"));
    auto *errorsLayout = new QVBoxLayout(m_errorsBox);
    m_errors = new QListWidget(m_errorsBox);
    m_errors->setObjectName(QStringLiteral("previewErrors"));
    m_errors->setWordWrap(true); // messages are sentences; cut off they would not help
    errorsLayout->addWidget(m_errors);
    layout->addWidget(m_errorsBox, 1);
    m_warningsBox = new QGroupBox(tr("Warnings"), this);
    m_warningsBox->setObjectName(QStringLiteral("previewWarningsBox"));
    auto *warningsLayout = new QVBoxLayout(m_warningsBox);
    m_warnings = new QListWidget(m_warningsBox);
    m_warnings->setObjectName(QStringLiteral("previewWarnings"));
    m_warnings->setWordWrap(true);
    warningsLayout->addWidget(m_warnings);
    layout->addWidget(m_warningsBox, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    importButton()->setText(tr("&Import"));
    importButton()->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportPreviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(720, 640);
    refresh();
}

QString ImportPreviewDialog::title() const
{
    switch (m_kind) {
    case Kind::Definitions:
        return tr("Import definitions - preview");
    case Kind::Hosts:
        return tr("Import host information - preview");
    case Kind::Agents:
        return tr("Import agents - preview");
    }
    return {};
}

void ImportPreviewDialog::buildOptions(QFormLayout *form)
{
    const Console &console = m_session.console();
    if (m_kind != Kind::Definitions) {
        m_region = new QComboBox(this);
        m_region->setObjectName(QStringLiteral("importRegion"));
        for (RegionId r : kAllRegions)
            m_region->addItem(RegionNames::displayName(r), regionCode(r));
        form->addRow(tr("Into &region:"), m_region);
        connect(m_region, &QComboBox::currentIndexChanged, this, &ImportPreviewDialog::refresh);
        return;
    }
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Detect (UTF-8 or Shift_JIS)"), int(TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(QStringLiteral("Shift_JIS (CP932)"), int(TextEncoding::ShiftJis));
    form->addRow(tr("&Encoding:"), m_encoding);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewDialog::refresh);

    auto *modes = new QWidget(this);
    auto *modeLayout = new QVBoxLayout(modes);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QRadioButton(tr("Into an empty environment (no units yet)"), modes);
    m_empty->setObjectName(QStringLiteral("importModeEmpty"));
    m_merge =
        new QRadioButton(tr("Merge: add and change the file's units, keep the others"), modes);
    m_merge->setObjectName(QStringLiteral("importModeMerge"));
    m_replace = new QRadioButton(tr("Replace the subtree:"), modes);
    m_replace->setObjectName(QStringLiteral("importModeReplace"));
    m_subtree = new QComboBox(modes);
    m_subtree->setObjectName(QStringLiteral("importSubtree"));
    m_subtree->setEditable(true);
    m_subtree->setMinimumContentsLength(30);
    // Job groups and jobnets near the top are the usual subtrees; any path can be typed.
    const UnitTree &tree = *console.region(RegionId::Primary).tree;
    for (UnitIndex i = 0; i < tree.size() && m_subtree->count() < kSubtreeChoices; ++i) {
        const UnitKind kind = unitKind(tree.unit(i).type);
        if ((kind == UnitKind::Group || kind == UnitKind::Jobnet) && tree.depth(i) <= 3)
            m_subtree->addItem(tree.path(i));
    }
    auto *replaceRow = new QHBoxLayout;
    replaceRow->addWidget(m_replace);
    replaceRow->addWidget(m_subtree, 1);
    modeLayout->addWidget(m_empty);
    modeLayout->addWidget(m_merge);
    modeLayout->addLayout(replaceRow);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_empty, m_merge, m_replace})
        group->addButton(b);
    (tree.isEmpty() ? m_empty : m_merge)->setChecked(true);
    form->addRow(tr("Mode:"), modes);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            refresh();
    });
    // A path picked from the list previews at once; a typed one when the typing pauses (a
    // preview of a million units takes a second: one per keystroke would queue up).
    connect(m_subtree, &QComboBox::currentIndexChanged, this, [this] {
        if (m_replace->isChecked())
            refresh();
    });
    connect(m_subtree->lineEdit(), &QLineEdit::textEdited, this, [this] {
        if (m_replace->isChecked())
            m_typingPause->start();
    });
}

QPushButton *ImportPreviewDialog::importButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

RegionId ImportPreviewDialog::region() const
{
    return m_region ? regionFromCode(m_region->currentData().toString()).value_or(RegionId::Primary)
                    : RegionId::Primary;
}

DefinitionImportRequest ImportPreviewDialog::definitionRequest() const
{
    DefinitionImportRequest r;
    r.bytes = m_bytes;
    r.encoding = TextEncoding(m_encoding->currentData().toInt());
    r.mode = m_empty->isChecked()   ? DefinitionImportMode::IntoEmpty
             : m_merge->isChecked() ? DefinitionImportMode::Merge
                                    : DefinitionImportMode::ReplaceSubtree;
    r.subtree = m_subtree->currentText().trimmed();
    r.source = QFileInfo(m_fileName).fileName();
    return r;
}

bool ImportPreviewDialog::async() const
{
    return m_kind == Kind::Definitions &&
           m_session.console().region(RegionId::Primary).tree->size() >= m_asyncThreshold;
}

bool ImportPreviewDialog::isWorking() const
{
    return m_work->isRunning();
}

bool ImportPreviewDialog::isPreviewPending() const
{
    return m_typingPause->isActive() || m_refreshAgain;
}

void ImportPreviewDialog::setWorking(bool working)
{
    if (working)
        m_focus = focusWidget();
    for (QWidget *w : std::initializer_list<QWidget *>{m_encoding, m_empty, m_merge, m_replace,
                                                       m_region, m_buttons}) {
        if (w)
            w->setEnabled(!working);
    }
    if (m_subtree)
        m_subtree->setEnabled(!working && m_replace->isChecked());
    if (!working && m_focus && m_focus->isEnabled())
        m_focus->setFocus();
}

void ImportPreviewDialog::startWork(bool changes, const QString &label, std::function<void()> work,
                                    std::function<void()> then)
{
    m_work->setIndicator(this, label);
    disconnect(m_work, &ConsoleWork::finished, this, nullptr);
    connect(m_work, &ConsoleWork::finished, this, [this, then = std::move(then)] {
        setWorking(false);
        then();
        if (m_refreshAgain && !m_work->isRunning()) {
            m_refreshAgain = false;
            refresh();
        }
    });
    setWorking(true);
    if (!m_work->start(changes ? Console::Work::Change : Console::Work::Read, std::move(work))) {
        // Other work on the console (a long clock tick) is running: try again shortly.
        setWorking(false);
        if (changes) {
            Prompts::instance().error(this, tr("Import refused"),
                                      tr("The console is still busy with a long operation; try "
                                         "again when it has finished."));
        } else {
            m_typingPause->start();
        }
    }
}

void ImportPreviewDialog::refresh()
{
    m_typingPause->stop();
    if (m_work->isRunning()) {
        m_refreshAgain = true; // the options changed while the previous preview ran
        return;
    }
    const Console &console = m_session.console();
    switch (m_kind) {
    case Kind::Definitions: {
        m_subtree->setEnabled(m_replace->isChecked());
        const DefinitionImportRequest request = definitionRequest();
        if (async()) {
            // The preview only reads the console; the worker fills `result`, the GUI shows it.
            auto result = std::make_shared<ImportPreview>();
            startWork(
                false, tr("Reading the file against the current units..."),
                [&console, request, result] { *result = console.previewDefinitions(request); },
                [this, result] {
                    m_preview = std::move(*result);
                    showPreview();
                });
            return;
        }
        m_preview = console.previewDefinitions(request);
        break;
    }
    case Kind::Hosts:
        m_preview = console.previewHosts(region(), m_bytes);
        break;
    case Kind::Agents:
        m_preview = console.previewAgents(region(), m_bytes);
        break;
    }
    showPreview();
}

void ImportPreviewDialog::showPreview()
{
    const ImportPreview &p = m_preview;
    const QString format = p.format.isEmpty() ? tr("unreadable") : p.format;
    m_summary->setText(
        p.ok() ? tr("Read as %1 (%2): %3.")
                     .arg(TextDecoding::encodingName(p.encoding), format, ImportPreviews::counts(p))
               : tr("Read as %1 (%2): %n error(s); nothing can be imported.", nullptr,
                    int(p.errors.size()))
                     .arg(TextDecoding::encodingName(p.encoding), format));
    m_changes->clear();
    const std::pair<QString, const QStringList *> groups[] = {
        {tr("To add (%1)").arg(p.added.size()), &p.added},
        {tr("To change (%1)").arg(p.changed.size()), &p.changed},
        {tr("To remove (%1)").arg(p.removed.size()), &p.removed}};
    for (const auto &[label, items] : groups) {
        auto *top = new QTreeWidgetItem(m_changes, {label});
        for (int i = 0; i < items->size() && i < kShownChanges; ++i)
            new QTreeWidgetItem(top, {items->at(i)});
        if (items->size() > kShownChanges)
            new QTreeWidgetItem(
                top, {tr("... and %n more", nullptr, int(items->size() - kShownChanges))});
        top->setExpanded(items->size() <= 50);
    }
    fillIssues(m_errors, p.errors, kShownErrors);
    fillIssues(m_warnings, p.warnings, kShownErrors);
    m_errorsBox->setVisible(!p.errors.isEmpty());
    m_warningsBox->setVisible(!p.warnings.isEmpty());
    Session::gate(importButton(),
                  p.ok() ? Status()
                         : Status(Error::badInput(QStringLiteral("preview"),
                                                  tr("The file has errors; correct them and "
                                                     "open it again."))));
    Q_EMIT previewed();
}

void ImportPreviewDialog::accept()
{
    if (m_work->isRunning())
        return;
    Console &console = m_session.console();
    const Operator op = m_session.op();
    const QString source = QFileInfo(m_fileName).fileName();
    if (async()) {
        // The import changes the console on the worker (see Console::beginWork): the views
        // keep showing the state before it until the import is done.
        auto result = std::make_shared<Result<ImportPreview>>(ImportPreview{});
        const DefinitionImportRequest request = definitionRequest();
        startWork(
            true, tr("Importing the definitions..."),
            [&console, op, request, result] { *result = console.importDefinitions(op, request); },
            [this, result] { finishImport(*result); });
        return;
    }
    finishImport(m_kind == Kind::Definitions ? console.importDefinitions(op, definitionRequest())
                 : m_kind == Kind::Hosts     ? console.importHosts(op, region(), m_bytes, source)
                                             : console.importAgents(op, region(), m_bytes, source));
}

void ImportPreviewDialog::finishImport(const Result<ImportPreview> &result)
{
    if (!result) {
        Prompts::instance().error(this, tr("Import refused"), result.error().message);
        refresh(); // the state may have moved since the preview
        return;
    }
    const QString source = QFileInfo(m_fileName).fileName();
    Prompts::instance().information(
        this, windowTitle(), tr("%1 imported: %2.").arg(source, ImportPreviews::counts(*result)));
    Q_EMIT imported(*result);
    QDialog::accept();
}

void ImportPreviewDialog::reject()
{
    if (m_work->isRunning())
        return; // the work finishes first; the console is one transaction away from whole
    QDialog::reject();
}

} // namespace dr::ui
