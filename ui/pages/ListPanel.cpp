#include "ListPanel.h"

#include "Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dr::ui {

namespace {
QString capitalized(const QString &key)
{
    return key.left(1).toUpper() + key.mid(1);
}
} // namespace

ListPanel::ListPanel(Session &session, const QString &key, const QString &title, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(title, this)),
      m_summary(new QLabel(this)), m_toolbar(new QHBoxLayout), m_layout(new QVBoxLayout(this)),
      m_add(new QPushButton(tr("Add..."), this)), m_edit(new QPushButton(tr("Edit..."), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this))
{
    const QString name = capitalized(key);
    setObjectName(key + QStringLiteral("Panel"));
    m_add->setObjectName(QStringLiteral("add%1Button").arg(name));
    m_edit->setObjectName(QStringLiteral("edit%1Button").arg(name));
    m_remove->setObjectName(QStringLiteral("remove%1Button").arg(name));
    m_view->setObjectName(key + QStringLiteral("Table"));
    m_summary->setObjectName(key + QStringLiteral("Summary"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_toolbar->addWidget(m_title);
    m_toolbar->addWidget(m_summary, 1);
    m_toolbar->addWidget(m_add);
    m_toolbar->addWidget(m_edit);
    m_toolbar->addWidget(m_remove);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->addLayout(m_toolbar);
    m_layout->addWidget(m_view, 1);

    // Virtual calls are not possible in the constructor; the subclass's are reached from here.
    connect(m_add, &QPushButton::clicked, this, [this] { addItem(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editItem(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeItem(); });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editItem();
    });
    connect(&m_session, &Session::operatorChanged, this, [this] { updateActions(); });
}

void ListPanel::setSourceModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] { updateActions(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { updateActions(); });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] { updateActions(); });
    m_view->sortByColumn(-1,
                         Qt::AscendingOrder); // the region's own order until a header is clicked
}

int ListPanel::selectedSourceRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.first()).row();
}

void ListPanel::selectSourceRow(int row)
{
    if (row < 0 || !m_proxy->sourceModel())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(row, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

} // namespace dr::ui
