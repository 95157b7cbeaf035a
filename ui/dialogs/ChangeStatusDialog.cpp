#include "ChangeStatusDialog.h"

#include "rules/UnitActionRules.h"
#include "widgets/StatusPalette.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dr::ui {

ChangeStatusDialog::ChangeStatusDialog(const RegionData &region, const QList<UnitIndex> &units,
                                       QWidget *parent)
    : QDialog(parent), m_targets(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("changeStatusDialog"));
    setWindowTitle(tr("Change status"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    QStringList names;
    for (int i = 0; i < units.size() && i < 5; ++i)
        names << region.tree->path(units[i]);
    if (units.size() > 5)
        names << tr("... and %n more", nullptr, int(units.size() - 5));
    m_summary->setText(tr("Set the status of %n job(s):", nullptr, int(units.size())) + QLatin1Char('\n') +
                       names.join(QLatin1Char('\n')));
    layout->addWidget(m_summary);

    for (UnitStatus target : UnitActionRules::changeTargets()) {
        auto *button = new QRadioButton(statusName(target), this);
        button->setObjectName(QStringLiteral("target_%1").arg(statusCode(target)));
        button->setIcon(StatusPalette::icon(statusClass(target)));
        // Offered only when the core allows it for every selected job.
        QString refusal;
        for (UnitIndex u : units) {
            const Status allowed = UnitActionRules::canChangeStatus(region, u, target);
            if (!allowed) {
                refusal = allowed.error().message;
                break;
            }
        }
        button->setEnabled(refusal.isEmpty());
        button->setToolTip(refusal);
        m_targets->addButton(button, int(target));
        layout->addWidget(button);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_targets, &QButtonGroup::idToggled, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hasChoice());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

bool ChangeStatusDialog::hasChoice() const
{
    return m_targets->checkedId() >= 0;
}

UnitStatus ChangeStatusDialog::target() const
{
    return UnitStatus(m_targets->checkedId());
}

} // namespace dr::ui
