#pragma once

#include "Console.h"
#include "engine/JapanTime.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Shared helpers for the test suites: a console on a fresh database in a temporary directory,
// seeded at a fixed simulated time so results never depend on the day the tests run.
namespace drtest {

inline const dr::Operator kCustomer{QStringLiteral("alice"), dr::Role::Customer};
inline const dr::Operator kProvider{QStringLiteral("pat"), dr::Role::Provider};

// 2026-11-24 00:00 JST: the demo simulates from here.
inline qint64 demoStartMs()
{
    return dr::jst::toUtcMs(QDate(2026, 11, 24), 0);
}
// 2026-11-25 10:30 JST: a working morning with work in flight.
inline qint64 demoNowMs()
{
    return dr::jst::toUtcMs(QDate(2026, 11, 25), 10 * 60 + 30);
}

inline std::unique_ptr<dr::Console> openConsole(const QString &path)
{
    auto console = dr::Console::open(path);
    if (!console) {
        qWarning("open failed: %s", qPrintable(console.error().message));
        return nullptr;
    }
    return std::move(*console);
}

// A console on `dir`/name with the demo environment warmed up to demoNowMs().
inline std::unique_ptr<dr::Console> demoConsole(const QTemporaryDir &dir,
                                                const QString &name = QStringLiteral("demo.db"),
                                                qint64 until = 0)
{
    auto console = openConsole(dir.filePath(name));
    if (!console)
        return nullptr;
    dr::Console::SeedOptions options;
    options.demo = true;
    options.clockMs = demoStartMs();
    options.warmUpUntilMs = until ? until : demoNowMs();
    if (auto s = console->initialize(options); !s) {
        qWarning("initialize failed: %s", qPrintable(s.error().message));
        return nullptr;
    }
    return console;
}

#define DR_VERIFY_OK(expr)                                                                          \
    do {                                                                                            \
        const auto drResult_ = (expr);                                                              \
        QVERIFY2(drResult_.ok(), qPrintable(drResult_.error().message));                            \
    } while (false)

#define DR_VERIFY_REFUSED(expr, errorCode)                                                          \
    do {                                                                                            \
        const auto drResult_ = (expr);                                                              \
        QVERIFY2(!drResult_.ok(), "expected a refusal: " #expr);                                    \
        QCOMPARE(drResult_.error().code, QStringLiteral(errorCode));                                \
    } while (false)

} // namespace drtest
