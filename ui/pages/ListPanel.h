#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace dr::ui {

class Session;

// The common shape of the agents page's lists: a title, Add…/Edit…/Remove buttons and a
// sortable table. Subclasses supply the model and what the buttons do, and gate the buttons
// whenever the operator, the selection or the data change.
class ListPanel : public QWidget
{
    Q_OBJECT
public:
    // `key` names the widgets: "agent" -> addAgentButton, editAgentButton, removeAgentButton,
    // agentTable.
    ListPanel(Session &session, const QString &key, const QString &title,
              QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The selected row in the source model, or -1.
    int selectedSourceRow() const;
    void selectSourceRow(int row);

protected:
    void setSourceModel(QAbstractItemModel *model);
    virtual void addItem() = 0;
    virtual void editItem() = 0;
    virtual void removeItem() = 0;
    virtual void updateActions() = 0;

    Session &m_session;
    QLabel *m_title;
    QLabel *m_summary;
    QHBoxLayout *m_toolbar;
    QVBoxLayout *m_layout;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace dr::ui
