#pragma once

#include <QList>
#include <QStringList>

namespace dr::ctl {

// Columns aligned by terminal cells, not characters: Japanese text takes two cells per
// character, so padding by QString::size() would misalign every table in Japanese.
class TextTable
{
public:
    explicit TextTable(QStringList headers = {});

    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QStringList render() const;

    // For listings too large to hold as rows: format one row with given column widths.
    static QString formatRow(const QStringList &cells, const QList<int> &widths);
    static int displayWidth(QStringView text);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace dr::ctl
