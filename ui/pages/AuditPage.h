#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace dr::ui {

class AuditFilterProxy;
class AuditModel;
class Session;

// The audit log tab: entries with time, operator, role, action and details, a text filter, and
// "Verify", which checks the hash chain and reports the first broken entry.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(Session &session, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    AuditFilterProxy *proxy() const { return m_proxy; }
    void verify();

private:
    Session &m_session;
    AuditModel *m_model;
    AuditFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_result;
};

} // namespace dr::ui
