#include "GuiStall.h"

#include "BenchRunner.h"

#include "ConsoleLoader.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "Session.h"
#include "SimulationController.h"
#include "interop/ImportPreviewDialog.h"
#include "models/UnitTreeModel.h"
#include "pages/JobnetsPage.h"

#include "Console.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <limits>

namespace bench {

namespace {

// The longest outermost event of the current phase, in ms (GUI thread only).
double g_longestEventMs = 0;
int g_eventsOver100 = 0;

class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        --m_depth;
        g_longestEventMs = std::max(g_longestEventMs, ms);
        g_eventsOver100 += ms > 100 ? 1 : 0;
        return result;
    }

private:
    int m_depth = 0;
};

// Longest gap between firings of a fast timer on the GUI thread, per phase.
class StallWatch
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }

    void phase(const QString &name)
    {
        closePhase();
        m_phases.append(QJsonObject{{QStringLiteral("phase"), name},
                                    {QStringLiteral("longest_ms"), 0.0},
                                    {QStringLiteral("over_100ms"), 0}});
    }

    QJsonArray phases()
    {
        closePhase();
        return m_phases;
    }

private:
    void closePhase()
    {
        tick();
        if (!m_phases.isEmpty()) {
            QJsonObject p = m_phases.last().toObject();
            p.insert(QStringLiteral("event_ms"), g_longestEventMs);
            p.insert(QStringLiteral("events_over_100ms"), g_eventsOver100);
            m_phases.replace(m_phases.size() - 1, p);
        }
        g_longestEventMs = 0;
        g_eventsOver100 = 0;
    }

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double gapMs = double(now - m_last) / 1e6;
        m_last = now;
        if (m_phases.isEmpty())
            return;
        QJsonObject p = m_phases.last().toObject();
        if (gapMs > p.value(QStringLiteral("longest_ms")).toDouble())
            p.insert(QStringLiteral("longest_ms"), gapMs);
        if (gapMs > 100)
            p.insert(QStringLiteral("over_100ms"),
                     p.value(QStringLiteral("over_100ms")).toInt() + 1);
        m_phases.replace(m_phases.size() - 1, p);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QJsonArray m_phases;
};

// Lets the event loop run for `ms`, or until `done` holds (checked every 10 ms).
void pump(int ms, const std::function<bool()> &done = {})
{
    QEventLoop loop;
    QElapsedTimer t;
    t.start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (t.elapsed() >= ms || (done && done()))
            loop.quit();
    });
    poll.start(10);
    loop.exec();
}

// Does `action` from the event loop, as a click or a key press would, then lets it run for `ms`.
void act(const std::function<void()> &action, int ms)
{
    QTimer::singleShot(0, action);
    pump(ms);
}

// Answers the import dialog's messages without a modal box, keeping any error.
class SilentPrompts : public dr::ui::Prompts
{
public:
    SilentPrompts() { dr::ui::Prompts::install(this); }
    ~SilentPrompts() override { dr::ui::Prompts::install(nullptr); }
    void error(QWidget *, const QString &title, const QString &text) override
    {
        errors << title + QStringLiteral(": ") + text;
    }
    void information(QWidget *, const QString &, const QString &) override {}
    QStringList errors;
};

// One new jobnet, as the "redefine" operation merges it.
QByteArray oneJobnet()
{
    return QByteArrayLiteral("unit=/BENCH_GUI_ADDED,,bench,;\n{\n  ty=g;\n"
                             "  unit=NET,,bench,;\n  {\n    ty=n;\n"
                             "    unit=JOB,,bench,;\n    {\n      ty=j;\n"
                             "      sc=\"/bin/true\";\n    }\n  }\n}\n");
}

} // namespace

std::unique_ptr<QApplication> GuiStall::application(int &argc, char **argv)
{
    return std::make_unique<TimingApplication>(argc, argv);
}

Measurement GuiStall::run(const QString &database, int ticks, bool guiThreadOnly)
{
    StallWatch watch;
    Measurement m;
    watch.phase(QStringLiteral("open (worker thread, progress dialog)"));
    auto console = dr::ui::ConsoleLoader::openWithProgress(database);
    if (!console) {
        m.error = console.error().message;
        return m;
    }
    watch.phase(QStringLiteral("main window built and shown"));
    std::unique_ptr<dr::ui::MainWindow> window;
    act(
        [&] {
            window = std::make_unique<dr::ui::MainWindow>(**console);
            window->setOperator({QStringLiteral("bench"), dr::Role::Customer});
            window->show();
        },
        500);
    dr::ui::JobnetsPage *page = window->jobnetsPage();
    dr::ui::UnitTreeModel *model = page->model();
    auto settled = [model] {
        return !model->isFiltering();
    };
    watch.phase(QStringLiteral("jobnets tab shown"));
    act([&] { window->tabs()->setCurrentWidget(page); }, 300);
    watch.phase(QStringLiteral("text filter typed"));
    auto *text = page->findChild<QLineEdit *>(QStringLiteral("textFilter"));
    for (const QString &typed : {QStringLiteral("O"), QStringLiteral("ORD"),
                                 QStringLiteral("ORDER_DA"), QStringLiteral("ORDER_DAILY_0")})
        act([text, typed] { text->setText(typed); }, 60);
    pump(400);
    pump(20000, settled);
    pump(300);
    watch.phase(QStringLiteral("path filter typed (SALES_G001/)"));
    act([text] { text->setText(QStringLiteral("SALES_G001/")); }, 400);
    pump(20000, settled);
    pump(300);
    auto *normal = page->findChild<QCheckBox *>(QStringLiteral("classFilter_normal"));
    watch.phase(QStringLiteral("status filter (hide ended normally)"));
    act(
        [text, normal] {
            text->clear();
            normal->setChecked(false);
        },
        400);
    pump(20000, settled);
    pump(300);
    watch.phase(QStringLiteral("filters cleared"));
    act([normal] { normal->setChecked(true); }, 400);
    pump(20000, settled);
    pump(300);
    dr::ui::SimulationController &sim = window->simulation();
    sim.setCopyOnWorker(!guiThreadOnly);
    // A definition change: the File menu's import of one jobnet (preview, then import), which
    // also makes the first sync point of the ticks below copy the definitions to DR.
    watch.phase(QStringLiteral("definitions imported (preview + import)"));
    {
        SilentPrompts prompts;
        dr::ui::Session session(**console);
        session.setOperator({QStringLiteral("bench"), dr::Role::Customer});
        QPointer<dr::ui::ImportPreviewDialog> dialog;
        act(
            [&] {
                dialog = new dr::ui::ImportPreviewDialog(
                    session, dr::ui::ImportPreviewDialog::Kind::Definitions,
                    QStringLiteral("drbench.ajs"), oneJobnet(), window.get());
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                if (guiThreadOnly)
                    dialog->setAsyncThreshold(std::numeric_limits<qsizetype>::max());
                dialog->open();
            },
            100);
        pump(60000, [&] { return !dialog || dialog->importButton()->isEnabled(); });
        if (!dialog || !dialog->importButton()->isEnabled()) {
            m.error = QStringLiteral("the import preview did not allow importing");
            return m;
        }
        QElapsedTimer importTime;
        importTime.start();
        act([&] { dialog->importButton()->click(); }, 100);
        pump(120000, [&] { return !dialog; });
        m.details.insert(QStringLiteral("import_s"), double(importTime.elapsed()) / 1000);
        if (dialog || !prompts.errors.isEmpty()) {
            m.error = prompts.errors.value(0, QStringLiteral("the import did not finish"));
            return m;
        }
        pump(300);
    }
    watch.phase(QStringLiteral("clock ticks at 60x (jobnets tab)"));
    act(
        [&sim] {
            sim.setSpeed(60);
            sim.setRunning(true);
        },
        ticks * dr::ui::SimulationController::kTickMs);
    watch.phase(QStringLiteral("clock ticks at 600x (regions tab)"));
    act(
        [&] {
            window->tabs()->setCurrentIndex(0);
            sim.setSpeed(600);
        },
        ticks * dr::ui::SimulationController::kTickMs);
    sim.setRunning(false);
    const QJsonArray phases = watch.phases();
    for (const QJsonValue &p : phases)
        m.seconds =
            std::max(m.seconds, p.toObject().value(QStringLiteral("event_ms")).toDouble() / 1000);
    m.details.insert(QStringLiteral("phases"), phases);
    m.details.insert(QStringLiteral("worker_steps"), sim.workerSteps());
    return m;
}

bool GuiStall::report(const QString &workDir, qint64 units, int ticks, bool guiThreadOnly)
{
    const QString generated = workDir + QStringLiteral("/stall-generated-%1.db").arg(units);
    const QString db = workDir + QStringLiteral("/stall-%1.db").arg(units);
    Measurement m;
    removeDatabase(generated);
    if (!runChild(QStringLiteral("generate"), generated, units, m))
        return false;
    removeDatabase(db);
    QFile::copy(generated, db);
    if (!runChild(QStringLiteral("sync"), db, units, m))
        return false;
    QStringList options{QStringLiteral("--ticks"), QString::number(ticks)};
    if (guiThreadOnly)
        options << QStringLiteral("--gui-thread-only");
    if (!runChild(QStringLiteral("gui"), db, units, m, options))
        return false;
    std::printf("GUI thread with %lld units: the longest single event (operation) and the longest "
                "gap of a 2 ms watchdog timer, per phase\n",
                units);
    std::printf("%-42s %10s %8s %10s %8s\n", "phase", "event ms", ">100ms", "gap ms", ">100ms");
    for (const QJsonValue &v : m.details.value(QStringLiteral("phases")).toArray()) {
        const QJsonObject p = v.toObject();
        std::printf("%-42s %10.1f %8d %10.1f %8d\n",
                    qPrintable(p.value(QStringLiteral("phase")).toString()),
                    p.value(QStringLiteral("event_ms")).toDouble(),
                    p.value(QStringLiteral("events_over_100ms")).toInt(),
                    p.value(QStringLiteral("longest_ms")).toDouble(),
                    p.value(QStringLiteral("over_100ms")).toInt());
    }
    std::printf("import of one jobnet (click to done): %.2f s; clock steps on the worker: %d%s\n",
                m.details.value(QStringLiteral("import_s")).toDouble(),
                m.details.value(QStringLiteral("worker_steps")).toInt(),
                guiThreadOnly ? " (--gui-thread-only: the long work on the GUI thread)" : "");
    std::printf("peak RSS of the console process: %.0f MB\nmachine: %s\n", m.peakRssMb,
                qPrintable(BenchRunner::machine()));
    removeDatabase(generated);
    removeDatabase(db);
    return true;
}

} // namespace bench
