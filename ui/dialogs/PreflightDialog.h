#pragma once

#include "runbook/Preflight.h"

#include <QDialog>

class QTreeWidget;

namespace dr::ui {

// The full pre-flight list for the region that would become active: errors, warnings and
// information, each with what to fix and example units.
class PreflightDialog : public QDialog
{
    Q_OBJECT
public:
    PreflightDialog(const PreflightResult &result, QWidget *parent = nullptr);
    static void fill(QTreeWidget *tree, const PreflightResult &result);

private:
    QTreeWidget *m_tree;
};

} // namespace dr::ui
