#include "AdvanceClockDialog.h"

#include "engine/JapanTime.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dr::ui {

AdvanceClockDialog::AdvanceClockDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("advanceClockDialog"));
    setWindowTitle(tr("Advance the simulated clock"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_duration = new QLineEdit(QStringLiteral("15m"), this);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setToolTip(tr("For example 90s, 15m, 2h, 1d or 1h30m."));
    form->addRow(tr("Advance by:"), m_duration);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("durationError"));
    m_error->setStyleSheet(QStringLiteral("color: #a31414;"));
    form->addRow(QString(), m_error);
    layout->addLayout(form);
    auto *presets = new QHBoxLayout;
    for (const auto &[label, text] : {std::pair{tr("15 min"), QStringLiteral("15m")},
                                      std::pair{tr("1 hour"), QStringLiteral("1h")},
                                      std::pair{tr("6 hours"), QStringLiteral("6h")},
                                      std::pair{tr("1 day"), QStringLiteral("1d")}}) {
        auto *button = new QPushButton(label, this);
        connect(button, &QPushButton::clicked, this, [this, text = text] { m_duration->setText(text); });
        presets->addWidget(button);
    }
    layout->addLayout(presets);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_duration, &QLineEdit::textChanged, this, &AdvanceClockDialog::validate);
    validate();
}

qint64 AdvanceClockDialog::durationMs() const
{
    qint64 ms = 0;
    return jst::parseDuration(m_duration->text(), ms) ? ms : 0;
}

void AdvanceClockDialog::validate()
{
    const bool ok = durationMs() > 0;
    m_error->setText(ok ? QString() : tr("Write a duration such as 90s, 15m, 2h, 1d or 1h30m."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace dr::ui
