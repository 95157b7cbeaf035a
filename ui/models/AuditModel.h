#pragma once

#include "model/AuditEntry.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace dr {
class Console;
}

namespace dr::ui {

// The audit log, oldest first; new entries are appended as rows. Actions show their translated
// names and times are in Japan time; the stored entries are never rewritten (hash chain).
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeqColumn,
        AtColumn,
        OperatorColumn,
        RoleColumn,
        ActionColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        ActionCodeRole = Qt::UserRole + 1
    }; // the stored code, e.g. "switch.step"

    explicit AuditModel(Console &console, QObject *parent = nullptr);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void appendNew();

    Console &m_console;
    QList<AuditEntry> m_entries;
};

// Text filter over operator, action and details.
class AuditFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace dr::ui
