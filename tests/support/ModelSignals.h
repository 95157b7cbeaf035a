#pragma once

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QString>

// Counts what a model told its views, to assert exact signals for an incremental update:
// take() returns "+inserted -removed ~changed reset layout" since the last take(), e.g.
// "+1 -0 ~0 r0 l0", so a comparison failure shows every count at once.
namespace drtest {

class ModelSignals
{
public:
    explicit ModelSignals(const QAbstractItemModel *model)
        : m_inserted(model, &QAbstractItemModel::rowsInserted),
          m_removed(model, &QAbstractItemModel::rowsRemoved),
          m_changed(model, &QAbstractItemModel::dataChanged),
          m_reset(model, &QAbstractItemModel::modelReset),
          m_layout(model, &QAbstractItemModel::layoutChanged),
          m_moved(model, &QAbstractItemModel::rowsMoved)
    {}

    QString take()
    {
        const QString s = QStringLiteral("+%1 -%2 ~%3 r%4 l%5")
                              .arg(m_inserted.size())
                              .arg(m_removed.size())
                              .arg(m_changed.size())
                              .arg(m_reset.size())
                              .arg(m_layout.size() + m_moved.size());
        for (QSignalSpy *spy : {&m_inserted, &m_removed, &m_changed, &m_reset, &m_layout, &m_moved})
            spy->clear();
        return s;
    }
    // The dataChanged signals since the last take(), as (top-left, bottom-right) pairs.
    QList<QList<QVariant>> changes() const { return m_changed; }
    QList<QList<QVariant>> layouts() const { return m_layout; }

private:
    QSignalSpy m_inserted;
    QSignalSpy m_removed;
    QSignalSpy m_changed;
    QSignalSpy m_reset;
    QSignalSpy m_layout;
    QSignalSpy m_moved;
};

} // namespace drtest
