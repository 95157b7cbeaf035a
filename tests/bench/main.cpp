// drbench: how fast DR Console is at 10k, 100k and 1M units, against plain SQLite.
//
//   drbench [--units N] [--runs R] [--json] [--workdir DIR]
//   drbench --gui-stall [--units N] [--ticks T] [--gui-thread-only]
//                                                 longest GUI-thread stalls (see GuiStall.h)
//
// Each run of each operation is a fresh child process (drbench --child OP ...), so "peak RSS" is
// the peak of a process that opened what the operation needs and then did it once. Not run by
// ctest: speed goals live here, not in the test suite.

#include "BenchRunner.h"
#include "GuiStall.h"
#include "Operations.h"

#include <QApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace {

int usage(const char *message)
{
    std::fprintf(
        stderr,
        "drbench: %s\nusage: drbench [--units N] [--runs R] [--json] [--workdir DIR]\n"
        "       drbench --gui-stall [--units N] [--ticks T] [--gui-thread-only] [--workdir DIR]\n",
        message);
    return 2;
}

bool guiOperation(const QString &op)
{
    return op == QLatin1String("model") || op == QLatin1String("text") ||
           op == QLatin1String("gui");
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QString child, database, workDir;
    QList<qint64> sizes;
    int runs = 3, ticks = 40;
    bool json = false, guiStall = false, guiThreadOnly = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&]() {
            return i + 1 < args.size() ? args[++i] : QString();
        };
        if (a == QLatin1String("--units")) {
            bool ok = false;
            const qint64 n = value().toLongLong(&ok);
            if (!ok || n < 10)
                return usage("--units needs a number of at least 10");
            sizes << n;
        } else if (a == QLatin1String("--runs")) {
            runs = value().toInt();
            if (runs < 1)
                return usage("--runs needs a positive number");
        } else if (a == QLatin1String("--ticks")) {
            ticks = value().toInt();
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            std::printf("usage: drbench [--units N] [--runs R] [--json] [--workdir DIR]\n"
                        "       drbench --gui-stall [--units N] [--ticks T] [--gui-thread-only] "
                        "[--workdir DIR]\n");
            return 0;
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--gui-stall")) {
            guiStall = true;
        } else if (a == QLatin1String("--gui-thread-only")) {
            guiThreadOnly = true;
        } else if (a == QLatin1String("--workdir")) {
            workDir = value();
        } else if (a == QLatin1String("--child")) {
            child = value();
        } else if (a == QLatin1String("--db")) {
            database = value();
        } else {
            return usage("unknown option");
        }
    }

    if (!child.isEmpty()) {
        std::unique_ptr<QCoreApplication> app;
        if (child == QLatin1String("gui"))
            app = bench::GuiStall::application(argc, argv);
        else if (guiOperation(child))
            app = std::make_unique<QApplication>(argc, argv);
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
        bench::ChildArgs c{child, database, sizes.value(0), 1};
        bench::Measurement m = child == QLatin1String("gui")
                                   ? bench::GuiStall::run(database, ticks, guiThreadOnly)
                                   : bench::runOperation(c);
        m.peakRssMb = bench::peakRssMb();
        std::printf("%s\n", QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact).constData());
        return m.error.isEmpty() ? 0 : 1;
    }

    QCoreApplication app(argc, argv);
    if (sizes.isEmpty())
        sizes = guiStall ? QList<qint64>{1000000} : QList<qint64>{10000, 100000, 1000000};
    std::unique_ptr<QTemporaryDir> temporary;
    if (workDir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        workDir = temporary->path();
    }
    if (guiStall) {
        for (qint64 n : sizes) {
            if (!bench::GuiStall::report(workDir, n, ticks, guiThreadOnly))
                return 1;
        }
        return 0;
    }
    bench::BenchRunner runner(workDir, runs, !json);
    QList<bench::Row> rows;
    for (qint64 n : sizes) {
        if (!runner.run(n, rows))
            return 1;
    }
    if (json) {
        std::printf("%s", bench::BenchRunner::json(rows).constData());
    } else {
        std::printf("%s\n", qPrintable(bench::BenchRunner::table(rows)));
        std::printf(
            "machine: %s\nmedian of %d runs; peak RSS: the highest VmHWM of the runs' child "
            "processes (each opens what the operation needs, then does it once)\n",
            qPrintable(bench::BenchRunner::machine()), runs);
    }
    return 0;
}
