#include "AuditPage.h"

#include "Session.h"
#include "models/AuditModel.h"

#include "Console.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dr::ui {

AuditPage::AuditPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AuditModel(session.console(), this)),
      m_proxy(new AuditFilterProxy(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("Filter by operator, action or details"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AuditFilterProxy::setText);
    top->addWidget(m_filter, 1);
    auto *verifyButton = new QPushButton(tr("Verify"), this);
    verifyButton->setObjectName(QStringLiteral("verifyAuditButton"));
    verifyButton->setToolTip(tr("Checks that no entry was changed or removed (each entry carries a "
                                "hash of its content and of the entry before it)."));
    connect(verifyButton, &QPushButton::clicked, this, &AuditPage::verify);
    top->addWidget(verifyButton);
    layout->addLayout(top);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(AuditModel::DetailsColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(AuditModel::AtColumn, 170);
    m_view->horizontalHeader()->resizeSection(AuditModel::ActionColumn, 160);
    layout->addWidget(m_view, 1);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTableView::scrollToBottom);
}

void AuditPage::verify()
{
    auto result = m_session.console().verifyAudit();
    if (!result) {
        m_result->setText(result.error().message);
        m_result->setProperty("verified", false);
        m_result->setStyleSheet(QStringLiteral("color: #a31414; font-weight: bold;"));
        return;
    }
    m_result->setText(result->ok ? result->message
                                 : tr("Audit log broken at entry %1: %2").arg(result->firstBrokenSeq).arg(result->message));
    m_result->setProperty("verified", result->ok);
    m_result->setStyleSheet(result->ok ? QStringLiteral("color: #1d6b24; font-weight: bold;")
                                       : QStringLiteral("color: #a31414; font-weight: bold;"));
}

} // namespace dr::ui
