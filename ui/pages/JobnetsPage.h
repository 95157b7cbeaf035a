#pragma once

#include "model/Region.h"
#include "model/Unit.h"
#include "rules/UnitActionRules.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QToolBar;
class QTreeView;

namespace dr::ui {

class Session;
class UnitTreeModel;

// The jobnets and jobs of a region: filters (status classes, text, needs review), a sortable
// tree, and the operator actions of domain.md §6 in a toolbar and a context menu. Actions the
// core would refuse are disabled and their tooltip says why.
class JobnetsPage : public QWidget
{
    Q_OBJECT
public:
    explicit JobnetsPage(Session &session, QWidget *parent = nullptr);

    UnitTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    RegionId region() const;
    void setRegion(RegionId region);
    void setRegionSelectorVisible(bool visible);
    void setNeedsReviewOnly(bool on);
    QList<UnitIndex> selectedUnits() const;
    // Selects one unit (expanding its ancestors); false when it is filtered out.
    bool selectUnit(UnitIndex unit);

    QAction *changeStatusAction() const { return m_changeStatus; }
    QAction *rerunAction(RerunFrom from) const;
    QAction *holdAction() const { return m_hold; }
    QAction *releaseAction() const { return m_release; }
    QAction *killAction() const { return m_kill; }

    void changeStatus();
    void rerun(RerunFrom from);

private:
    void buildFilterBar(QWidget *bar);
    void applyFilter();
    void filterApplied();
    void updateActions();
    void followActiveRegion();
    void hold();
    void releaseHold();
    void kill();

    Session &m_session;
    UnitTreeModel *m_model;
    QTreeView *m_view;
    QComboBox *m_regionSelector;
    QList<QCheckBox *> m_classBoxes;
    QLineEdit *m_text;
    QCheckBox *m_needsReview;
    QLabel *m_matchCount;
    QTimer *m_textTimer;
    QToolBar *m_toolbar;
    QAction *m_changeStatus;
    QMenu *m_rerunMenu;
    QAction *m_rerunButton;
    QList<QAction *> m_rerunActions;
    QAction *m_holdOnRerun;
    QAction *m_hold;
    QAction *m_release;
    QAction *m_kill;
    RegionId m_followedActive;
    static constexpr qint64 kExpandAllLimit = 20000;
};

} // namespace dr::ui
