#pragma once

// Helpers for the import/export suites: corpus files, consoles on an empty or demo environment,
// and a content dump of the database to prove that a refused import changed nothing.
#include "../core/StoreSupport.h"
#include "TestSupport.h"

#include <QFile>

namespace drtest {

inline QString corpusPath(const QString &relative)
{
    return QStringLiteral(DR_TESTS_DIR "/interop/") + relative;
}

inline QByteArray corpusBytes(const QString &relative)
{
    QFile f(corpusPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qWarning("missing fixture %s", qPrintable(relative));
    return f.readAll();
}

// A console with an initialised environment that has no units yet.
inline std::unique_ptr<dr::Console> emptyConsole(const QTemporaryDir &dir,
                                                 const QString &name = QStringLiteral("empty.db"))
{
    auto console = openConsole(dir.filePath(name));
    if (!console)
        return nullptr;
    dr::Console::SeedOptions options;
    options.demo = false;
    options.clockMs = demoStartMs();
    if (auto s = console->initialize(options); !s) {
        qWarning("initialize failed: %s", qPrintable(s.error().message));
        return nullptr;
    }
    return console;
}

// Every table's rows (SELECT * of each, sorted): equal dumps hold equal data.
inline QByteArray databaseDump(const dr::Console &console)
{
    return storetest::dumpFile(console.databasePath());
}

inline dr::DefinitionImportRequest
definitionRequest(const QByteArray &bytes,
                  dr::DefinitionImportMode mode = dr::DefinitionImportMode::Merge,
                  const QString &subtree = {})
{
    dr::DefinitionImportRequest r;
    r.bytes = bytes;
    r.mode = mode;
    r.subtree = subtree;
    r.source = QStringLiteral("test.ajs");
    return r;
}

} // namespace drtest
