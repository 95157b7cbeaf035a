// libFuzzer target for the other JP1 file readers: jp1hosts2 host information, agent CSV and
// ajsagtadd lines. Every error must have a position; rows that read must be writable again.
#include "interop/AgentFile.h"
#include "interop/AgentScript.h"
#include "interop/HostsFile.h"
#include "interop/TextDecoding.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(const QList<dr::ParseIssue> &issues, const char *what)
{
    for (const dr::ParseIssue &e : issues) {
        if (e.line < 1 || e.column < 1 || e.message.isEmpty() || e.code.isEmpty()) {
            std::fprintf(stderr, "fuzz_registry_files: %s: an issue without position or text\n",
                         what);
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto decoded = dr::TextDecoding::decode(bytes, dr::TextEncoding::Auto);
    if (!decoded)
        return 0;
    const QString &text = decoded->text;
    const dr::HostsFile::Parsed hosts = dr::HostsFile::parse(text);
    check(hosts.errors, "hosts");
    if (hosts.ok()) {
        const dr::HostsFile::Parsed again = dr::HostsFile::parse(dr::HostsFile::write(hosts.table));
        if (!again.ok() || !(again.table.entries.size() == hosts.table.entries.size())) {
            std::fprintf(stderr, "fuzz_registry_files: hosts do not read back\n");
            std::abort();
        }
    }
    const dr::AgentRows csv = dr::AgentFile::readCsv(text);
    check(csv.errors, "csv");
    const dr::AgentRows script = dr::AgentScript::read(text);
    check(script.errors, "ajsagtadd");
    QList<dr::ExecutionAgent> agents; // @SYSTEM is written as a comment, so not read back
    for (const dr::AgentRow &row : script.rows) {
        if (!row.agent.isSystem())
            agents << row.agent;
    }
    const dr::AgentRows back = dr::AgentScript::read(dr::AgentScript::write(agents));
    if (!agents.isEmpty() && back.rows.size() != agents.size()) {
        std::fprintf(stderr, "fuzz_registry_files: %d agents written, %d read back\n",
                     int(agents.size()), int(back.rows.size()));
        std::abort();
    }
    for (int i = 0; i < back.rows.size() && i < agents.size(); ++i) {
        if (back.rows[i].agent.name != agents[i].name ||
            back.rows[i].agent.host != agents[i].host ||
            back.rows[i].agent.description != agents[i].description) {
            std::fprintf(stderr, "fuzz_registry_files: an agent does not read back\n");
            std::abort();
        }
    }
    return 0;
}
