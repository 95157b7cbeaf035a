#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace dr::ui {

// A table model over a small list of values that each have a stable key (an agent's name, a
// connection's id). When the facade signals a change, sync() turns the difference between the
// shown rows and the fresh list into row removals, insertions and dataChanged, so views keep
// their selection and scroll position; only a reordering of surviving rows (or a region switch)
// falls back to a reset. Template, so the bodies live here.
template <typename T>
class KeyedTableModel : public QAbstractTableModel
{
public:
    explicit KeyedTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const QList<T> &rows() const { return m_rows; }
    const T &rowValue(int row) const { return m_rows.at(row); }
    // The row showing `key`, or -1.
    int rowOfKey(const QString &key) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (keyOf(m_rows[i]) == key)
                return i;
        }
        return -1;
    }

protected:
    virtual QString keyOf(const T &value) const = 0;

    void resetRows(const QList<T> &fresh)
    {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
    }

    void sync(const QList<T> &fresh)
    {
        QHash<QString, int> freshIndex;
        freshIndex.reserve(fresh.size());
        for (int i = 0; i < fresh.size(); ++i)
            freshIndex.insert(keyOf(fresh[i]), i);
        if (freshIndex.size() != fresh.size()) {
            resetRows(fresh); // duplicate keys: no row identity to preserve
            return;
        }
        // 1. Rows whose key is gone, removed bottom-up in contiguous runs.
        for (int last = int(m_rows.size()) - 1; last >= 0;) {
            if (freshIndex.contains(keyOf(m_rows[last]))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !freshIndex.contains(keyOf(m_rows[first - 1])))
                --first;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first - 1;
        }
        // 2. The survivors must keep their relative order; otherwise start over.
        int previous = -1;
        for (const T &value : m_rows) {
            const int at = freshIndex.value(keyOf(value));
            if (at < previous) {
                resetRows(fresh);
                return;
            }
            previous = at;
        }
        // 3. Walk the fresh list: insert new keys, refresh changed values.
        for (int p = 0; p < fresh.size();) {
            if (p < m_rows.size() && keyOf(m_rows[p]) == keyOf(fresh[p])) {
                if (!(m_rows[p] == fresh[p])) {
                    m_rows[p] = fresh[p];
                    Q_EMIT dataChanged(index(p, 0), index(p, columnCount() - 1));
                }
                ++p;
                continue;
            }
            const bool atEnd = p >= m_rows.size();
            const QString anchor = atEnd ? QString() : keyOf(m_rows[p]);
            int end = p;
            while (end < fresh.size() && (atEnd || keyOf(fresh[end]) != anchor))
                ++end;
            beginInsertRows({}, p, end - 1);
            for (int i = p; i < end; ++i)
                m_rows.insert(i, fresh[i]);
            endInsertRows();
            p = end;
        }
    }

private:
    QList<T> m_rows;
};

} // namespace dr::ui
