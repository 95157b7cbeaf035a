#pragma once

#include <QDialog>

namespace dr::ui {

// The start-mode rule table (domain.md §5), read-only, straight from the core's table: what each
// start mode does to each status, and the policies around it.
class RuleReferenceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RuleReferenceDialog(QWidget *parent = nullptr);
};

} // namespace dr::ui
