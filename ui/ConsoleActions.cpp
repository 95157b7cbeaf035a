#include "ConsoleActions.h"

#include "Prompts.h"
#include "Session.h"
#include "SimulationController.h"
#include "dialogs/AdvanceClockDialog.h"
#include "dialogs/ContractDialog.h"
#include "dialogs/RuleReferenceDialog.h"

#include "Console.h"
#include "model/Language.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMenuBar>
#include <QSettings>

namespace dr::ui {

ConsoleActions::ConsoleActions(Session &session, SimulationController &simulation, QWidget *window)
    : QObject(window), m_session(session), m_simulation(simulation), m_window(window),
      m_speeds(new QActionGroup(this))
{
    Console &console = m_session.console();
    make(tr("Switch operator..."), "switchOperatorAction", [this] { Q_EMIT signInRequested(); });
    make(tr("Quit"), "quitAction", [this] { m_window->close(); });

    QAction *run = make(tr("Run the clock"), "simRunAction", [this] {
        m_simulation.setRunning(action(QStringLiteral("simRunAction"))->isChecked());
    });
    run->setCheckable(true);
    for (int speed : {1, 60, 600}) {
        QAction *a =
            make(tr("Speed %1x").arg(speed), "", [this, speed] { m_simulation.setSpeed(speed); });
        a->setObjectName(QStringLiteral("speed%1Action").arg(speed));
        a->setCheckable(true);
        a->setChecked(speed == m_simulation.speed());
        m_speeds->addAction(a);
    }
    make(tr("Advance by..."), "advanceAction", [this] { advance(); });
    make(tr("Sync now"), "syncNowAction", [this] {
        m_session.report(m_session.console().syncNow(m_session.op()), m_window, tr("Sync now"));
    });
    for (RegionId r : kAllRegions) {
        const QString code = regionCode(r);
        make(tr("Regional outage: %1...").arg(RegionNames::displayName(r)), "", [this, r] {
            outage(r);
        })->setObjectName(QStringLiteral("outage_%1").arg(code));
        make(tr("Restore region: %1").arg(RegionNames::displayName(r)), "", [this, r] {
            restore(r);
        })->setObjectName(QStringLiteral("restore_%1").arg(code));
        make(tr("Suppress job execution: %1").arg(RegionNames::displayName(r)), "", [this, r] {
            suppress(r, true);
        })->setObjectName(QStringLiteral("suppress_%1").arg(code));
        make(tr("Release suppression: %1").arg(RegionNames::displayName(r)), "", [this, r] {
            suppress(r, false);
        })->setObjectName(QStringLiteral("release_%1").arg(code));
        make(tr("Pre-flight check: %1...").arg(RegionNames::displayName(r)), "", [this, r] {
            Q_EMIT preflightRequested(r);
        })->setObjectName(QStringLiteral("preflight_%1").arg(code));
    }
    make(tr("Contract settings..."), "contractAction", [this] { editContract(); });
    make(tr("Change maintenance date..."), "maintenanceAction", [this] { editMaintenanceDate(); });
    make(tr("Failover..."), "failoverAction", [this] { Q_EMIT wizardRequested(); });
    make(tr("Failback..."), "failbackAction", [this] { Q_EMIT wizardRequested(); });
    // Each language in its own name; the checked one is what the console uses (at the next
    // start, once chosen here).
    auto *languages = new QActionGroup(this);
    for (Language language : {Language::English, Language::Japanese}) {
        const QString code = languageCode(language);
        QAction *a = make(language == Language::English ? QStringLiteral("English")
                                                        : QStringLiteral("日本語"),
                          "", [this, code] { chooseLanguage(code); });
        a->setObjectName(language == Language::English ? QStringLiteral("languageEnAction")
                                                       : QStringLiteral("languageJaAction"));
        a->setCheckable(true);
        a->setChecked(language == uiLanguage());
        languages->addAction(a);
    }
    make(tr("Start-mode rules..."), "ruleReferenceAction", [this] {
        auto *dialog = new RuleReferenceDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    for (auto signal :
         {&Console::regionChanged, &Console::agentsChanged, &Console::connectionsChanged}) {
        connect(&console, signal, this, [this](RegionId) { update(); });
    }
    connect(&console, &Console::switchoverChanged, this, &ConsoleActions::update);
    connect(&console, &Console::contractChanged, this, &ConsoleActions::update);
    connect(&m_session, &Session::operatorChanged, this, &ConsoleActions::update);
    connect(&m_simulation, &SimulationController::stateChanged, this, &ConsoleActions::update);
    update();
}

QAction *ConsoleActions::make(const QString &text, const char *name,
                              const std::function<void()> &handler)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(name));
    connect(a, &QAction::triggered, this, handler);
    m_actions << a;
    return a;
}

QAction *ConsoleActions::action(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void ConsoleActions::populate(QMenuBar *bar)
{
    auto add = [this](QMenu *menu, const QStringList &names) {
        menu->setToolTipsVisible(true);
        for (const QString &n : names) {
            if (n.isEmpty())
                menu->addSeparator();
            else
                menu->addAction(action(n));
        }
    };
    QMenu *file = bar->addMenu(tr("&Console"));
    file->setObjectName(QStringLiteral("consoleMenu"));
    add(file, {QStringLiteral("switchOperatorAction"), QString(), QStringLiteral("quitAction")});
    QMenu *sw = bar->addMenu(tr("S&witchover"));
    sw->setObjectName(QStringLiteral("switchoverMenu"));
    add(sw, {QStringLiteral("failoverAction"), QStringLiteral("failbackAction"), QString(),
             QStringLiteral("preflight_dr"), QStringLiteral("preflight_primary")});
    QMenu *sim = bar->addMenu(tr("&Simulation"));
    sim->setObjectName(QStringLiteral("simulationMenu"));
    add(sim, {QStringLiteral("simRunAction"), QStringLiteral("speed1Action"),
              QStringLiteral("speed60Action"), QStringLiteral("speed600Action"),
              QStringLiteral("advanceAction"), QString(), QStringLiteral("syncNowAction"),
              QString(), QStringLiteral("outage_primary"), QStringLiteral("outage_dr"),
              QStringLiteral("restore_primary"), QStringLiteral("restore_dr")});
    QMenu *service = bar->addMenu(tr("Se&rvice"));
    service->setObjectName(QStringLiteral("serviceMenu"));
    add(service, {QStringLiteral("suppress_primary"), QStringLiteral("release_primary"),
                  QStringLiteral("suppress_dr"), QStringLiteral("release_dr"), QString(),
                  QStringLiteral("contractAction"), QStringLiteral("maintenanceAction")});
    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QMenu *language = view->addMenu(tr("Language"));
    add(language, {QStringLiteral("languageEnAction"), QStringLiteral("languageJaAction")});
    add(view, {QStringLiteral("ruleReferenceAction")});
}

void ConsoleActions::update()
{
    Console &console = m_session.console();
    const Operator &op = m_session.op();
    action(QStringLiteral("simRunAction"))->setChecked(m_simulation.isRunning());
    if (QAction *speed = action(QStringLiteral("speed%1Action").arg(m_simulation.speed())))
        speed->setChecked(true);
    const Status sim = console.checkPermission(op, Action::Simulation);
    for (const char *name : {"simRunAction", "advanceAction", "syncNowAction"})
        Session::gate(action(QString::fromLatin1(name)), sim);
    if (sim && console.syncBlocker().size())
        Session::gate(action(QStringLiteral("syncNowAction")),
                      Error::refused(QStringLiteral("sync"),
                                     tr("Cannot synchronise now: %1.").arg(console.syncBlocker())));
    for (RegionId r : kAllRegions) {
        const RegionRuntime &rt = console.region(r).runtime;
        const QString code = regionCode(r);
        Session::gate(action(QStringLiteral("outage_") + code),
                      !sim ? sim
                      : rt.available
                          ? Status()
                          : Status(Error::refused(QStringLiteral("down"),
                                                  tr("The region is already unavailable."))));
        Session::gate(action(QStringLiteral("restore_") + code),
                      !sim            ? sim
                      : !rt.available ? Status()
                                      : Status(Error::refused(QStringLiteral("up"),
                                                              tr("The region is available."))));
        // The core decides (role, switchover step, suppression state); the menu only shows.
        Session::gate(action(QStringLiteral("suppress_") + code), console.checkSuppress(op, r));
        Session::gate(action(QStringLiteral("release_") + code), console.checkRelease(op, r));
    }
    Session::gate(action(QStringLiteral("contractAction")),
                  console.checkPermission(op, Action::ContractChange));
    // The wizard opens at the current step; these say which phase it is in.
    const SwitchoverRun *run = console.currentRun();
    const bool failback = run && run->phase() == Phase::Failback;
    Session::gate(action(QStringLiteral("failoverAction")),
                  failback ? Status(Error::refused(
                                 QStringLiteral("phase"),
                                 tr("The failover is complete; continue with the failback.")))
                           : Status(),
                  run ? tr("Continue the failover at step %1").arg(run->nextStep())
                      : tr("Start a failover to the DR environment (step 1)"));
    Session::gate(
        action(QStringLiteral("failbackAction")),
        failback
            ? Status()
            : Status(Error::refused(QStringLiteral("phase"),
                                    tr("A failback needs a completed failover (step 6 done)."))),
        failback ? tr("Continue the failback at step %1").arg(run->nextStep()) : QString());
    Session::gate(action(QStringLiteral("maintenanceAction")), console.checkMaintenanceChange(op));
}

void ConsoleActions::advance()
{
    auto *dialog = new AdvanceClockDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session.report(m_session.console().advanceClock(m_session.op(), dialog->durationMs()),
                         m_window, tr("Advance the clock"));
    });
    dialog->open();
}

void ConsoleActions::outage(RegionId region)
{
    if (!Prompts::instance().confirm(
            m_window, tr("Regional outage"),
            tr("Simulate a wide-area disaster in the %1? Its manager stops and "
               "synchronisation stops; what changed since the last sync point is lost.")
                .arg(RegionNames::displayName(region))))
        return;
    m_session.report(m_session.console().declareOutage(m_session.op(), region), m_window,
                     tr("Regional outage"));
}

void ConsoleActions::restore(RegionId region)
{
    m_session.report(m_session.console().restoreRegion(m_session.op(), region), m_window,
                     tr("Restore region"));
}

void ConsoleActions::suppress(RegionId region, bool on)
{
    Console &console = m_session.console();
    m_session.report(on ? console.suppress(m_session.op(), region)
                        : console.release(m_session.op(), region),
                     m_window, on ? tr("Suppress job execution") : tr("Release suppression"));
}

void ConsoleActions::editContract()
{
    auto *dialog = new ContractDialog(m_session.console().state().contract, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session.report(m_session.console().updateContract(m_session.op(), dialog->contract()),
                         m_window, tr("Contract settings"));
    });
    dialog->open();
}

void ConsoleActions::editMaintenanceDate()
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("maintenanceDialog"));
    dialog->setWindowTitle(tr("Maintenance date"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new QFormLayout(dialog);
    auto *date = new QDateEdit(m_session.console().state().contract.maintenanceDate, dialog);
    date->setObjectName(QStringLiteral("maintenanceDate"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Next maintenance:"), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
    connect(dialog, &QDialog::accepted, this, [this, date] {
        m_session.report(m_session.console().changeMaintenanceDate(m_session.op(), date->date()),
                         m_window, tr("Maintenance date"));
    });
    dialog->open();
}

void ConsoleActions::chooseLanguage(const QString &code)
{
    QSettings settings(QStringLiteral("drconsole"), QStringLiteral("drconsole"));
    settings.setValue(QStringLiteral("language"), code);
    Prompts::instance().information(
        m_window, tr("Language"),
        code == QLatin1String("ja")
            ? tr("The console will be in Japanese the next time it starts.")
            : tr("The console will be in English the next time it starts."));
}

} // namespace dr::ui
