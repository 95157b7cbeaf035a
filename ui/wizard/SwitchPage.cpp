#include "SwitchPage.h"

#include "Session.h"
#include "StepTexts.h"

#include "Console.h"
#include "engine/JapanTime.h"
#include "model/ListText.h"
#include "runbook/SwitchoverService.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dr::ui {

SwitchPage::SwitchPage(Session &session, int step, QWidget *parent) : StepPage(session, step, parent)
{
    m_direction = new QLabel(this);
    m_direction->setObjectName(QStringLiteral("direction"));
    m_direction->setWordWrap(true);
    QFont bigger = m_direction->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    bigger.setBold(true);
    m_direction->setFont(bigger);
    body()->addWidget(m_direction);
    m_data = new QLabel(this);
    m_data->setObjectName(QStringLiteral("startData"));
    m_data->setWordWrap(true);
    m_data->setTextFormat(Qt::RichText);
    body()->addWidget(m_data);
    m_drillWarning = new QLabel(this);
    m_drillWarning->setObjectName(QStringLiteral("drillWarning"));
    m_drillWarning->setWordWrap(true);
    m_drillWarning->setTextFormat(Qt::RichText);
    m_drillWarning->setStyleSheet(QStringLiteral("QLabel { background: #fde8b4; border: 2px solid #f0a202; "
                                                 "padding: 6px; font-weight: bold; }"));
    body()->addWidget(m_drillWarning);
    auto *carried = new QLabel(tr("Not carried over: %1. They start empty in the %2.")
                                   .arg(ListText::join(SwitchoverNames::notCarriedOver()),
                                        RegionNames::displayName(target())),
                               this);
    carried->setObjectName(QStringLiteral("notCarriedOver"));
    carried->setWordWrap(true);
    body()->addWidget(carried);
    body()->addStretch();
}

void SwitchPage::refresh()
{
    const Console &console = session().console();
    const ConsoleState &st = console.state();
    m_direction->setText(tr("From the %1 to the %2")
                             .arg(RegionNames::displayName(source()), RegionNames::displayName(target())));
    const SwitchoverRun *r = run();
    const bool drill = r && r->mode == SwitchMode::Drill;
    QStringList lines;
    if (step() == 2) {
        const Preflight::DataLoss loss = SwitchoverService::dataLoss(st, RegionId::Dr);
        lines << tr("The DR manager starts from the last sync point: <b>%1</b>.").arg(jst::format(loss.syncPointMs));
        lines << tr("Data-loss window: <b>%1</b> (%2 to %3); %n unit(s) changed in the primary "
                    "after the sync point.",
                    nullptr, int(loss.unitsAffected))
                     .arg(
                         jst::formatDuration(std::max<qint64>(0, loss.outageMs - loss.syncPointMs)),
                         jst::format(loss.syncPointMs), jst::format(loss.outageMs));
        if (drill)
            lines << tr("Drill: the primary manager stops now; its data stays as it is for the switch back.");
    } else if (drill) {
        const StepRecord *takeover = r ? r->step(2) : nullptr;
        const qint64 since = takeover ? takeover->atMs : st.clockMs;
        lines << tr("Data the primary starts from: <b>its own data as of the drill's start, %1</b> "
                    "(when the "
                    "DR environment took over at step 2). Nothing is copied back from the DR "
                    "environment.")
                     .arg(jst::format(since));
        lines << tr("Data-loss window: <b>%1</b> (%2 to now): everything done in the DR "
                    "environment in that "
                    "time stays behind.")
                     .arg(jst::formatDuration(std::max<qint64>(0, st.clockMs - since)),
                          jst::format(since));
    } else {
        lines << tr("Data the primary starts from: <b>the DR environment's data as of now, %1</b>. "
                    "It is "
                    "copied back to the primary (reverse sync) before the primary manager starts.")
                     .arg(jst::format(st.clockMs));
        lines << tr(
            "Data-loss window: <b>none</b>; the DR manager stops at the moment of the copy.");
    }
    lines << tr("Start mode: disaster-recovery start; job execution stays suppressed until step %1.").arg(step() + 3);
    m_data->setText(lines.join(QStringLiteral("<br>")));
    QString warning;
    if (step() == 8 && drill) {
        auto loss = console.drillLoss();
        warning = tr("Drill: these will NOT come back to the primary environment:") +
                  (loss ? StepTexts::bulletList(loss->lines())
                        : StepTexts::bulletList({loss.error().message}));
    }
    m_drillWarning->setVisible(!warning.isEmpty());
    m_drillWarning->setText(warning);
}

Status SwitchPage::complete()
{
    return session().console().completeStep(session().op(), step());
}

} // namespace dr::ui
