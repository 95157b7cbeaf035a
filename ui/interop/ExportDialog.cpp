#include "ExportDialog.h"

#include "Prompts.h"
#include "Session.h"

#include "Console.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>

namespace dr::ui {

ExportDialog::ExportDialog(Session &session, Kind kind, QWidget *parent)
    : QDialog(parent), m_session(session), m_kind(kind)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(kind == Kind::Definitions ? tr("Export definitions")
                   : kind == Kind::Hosts     ? tr("Export host information")
                                             : tr("Export agents"));
    auto *form = new QFormLayout(this);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("exportRegion"));
    for (RegionId r : kAllRegions)
        m_region->addItem(RegionNames::displayName(r), regionCode(r));
    form->addRow(tr("&Region:"), m_region);
    if (kind == Kind::Definitions) {
        m_subtree = new QLineEdit(this);
        m_subtree->setObjectName(QStringLiteral("exportSubtree"));
        m_subtree->setPlaceholderText(tr("all units, or a path such as /SALES"));
        form->addRow(tr("&Units:"), m_subtree);
        m_encoding = new QComboBox(this);
        m_encoding->setObjectName(QStringLiteral("exportEncoding"));
        m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
        m_encoding->addItem(QStringLiteral("Shift_JIS (CP932)"), int(TextEncoding::ShiftJis));
        form->addRow(tr("&Encoding:"), m_encoding);
    } else if (kind == Kind::Agents) {
        m_format = new QComboBox(this);
        m_format->setObjectName(QStringLiteral("exportFormat"));
        m_format->addItem(tr("CSV (name,host,limits,restriction,description)"),
                          int(AgentFileFormat::Csv));
        m_format->addItem(tr("ajsagtadd command lines"), int(AgentFileFormat::Ajsagtadd));
        form->addRow(tr("&Format:"), m_format);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export..."));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString ExportDialog::suggestedName() const
{
    const QString region = m_region->currentData().toString();
    switch (m_kind) {
    case Kind::Definitions:
        return QStringLiteral("definitions-%1.ajs").arg(region);
    case Kind::Hosts:
        return QStringLiteral("jp1hosts2-%1.conf").arg(region);
    case Kind::Agents:
        return AgentFileFormat(m_format->currentData().toInt()) == AgentFileFormat::Csv
                   ? QStringLiteral("agents-%1.csv").arg(region)
                   : QStringLiteral("agents-%1.sh").arg(region);
    }
    return {};
}

void ExportDialog::accept()
{
    const Console &console = m_session.console();
    const RegionId region =
        regionFromCode(m_region->currentData().toString()).value_or(RegionId::Primary);
    Result<QByteArray> bytes = QByteArray();
    QString filter;
    switch (m_kind) {
    case Kind::Definitions:
        bytes = console.exportDefinitions(region, m_subtree->text(),
                                          TextEncoding(m_encoding->currentData().toInt()));
        filter = tr("ajsprint definitions (*.ajs *.txt);;All files (*)");
        break;
    case Kind::Hosts:
        bytes = console.exportHosts(region);
        filter = tr("jp1hosts2 files (*.conf *.txt);;All files (*)");
        break;
    case Kind::Agents:
        bytes = console.exportAgents(region, AgentFileFormat(m_format->currentData().toInt()));
        filter = tr("Agent files (*.csv *.sh);;All files (*)");
        break;
    }
    // Check first, so that the operator is not asked for a file name for nothing.
    if (!bytes) {
        Prompts::instance().error(this, windowTitle(), bytes.error().message);
        return;
    }
    const QString path = Prompts::instance().saveFile(this, windowTitle(), suggestedName(), filter);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        Prompts::instance().error(this, windowTitle(),
                                  tr("Cannot write \"%1\": %2.").arg(path, file.errorString()));
        return;
    }
    Q_EMIT exported(path);
    QDialog::accept();
}

} // namespace dr::ui
