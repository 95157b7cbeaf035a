// libFuzzer target for the ajsprint reader and builder (built with -DDRCONSOLE_BUILD_FUZZERS=ON
// and clang; see README.md). Besides "no crash, no hang", it checks what the import relies on:
// every error has a position, and a file that an import into an empty environment accepts
// reads back identically after being written out (the round trip of the export). The import,
// not the file alone, decides: units only named in a full path get their kind from the tree.
#include "interop/AjsprintDocument.h"
#include "interop/AjsprintWriter.h"
#include "interop/DefinitionMerge.h"
#include "model/UnitTree.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const dr::AjsprintDocument &doc)
{
    std::fprintf(stderr, "fuzz_ajsprint: %s\n%s\n", what, qPrintable(dr::formatIssues(doc.errors)));
    std::abort();
}

// The units an import into an empty environment keeps; false when it refuses the file.
bool imported(const dr::AjsprintDocument &doc, dr::UnitTree &tree)
{
    const dr::UnitTree empty;
    dr::DefinitionMerge merge(empty, doc);
    merge.apply();
    dr::ImportPreview preview;
    merge.build(preview);
    if (!preview.ok())
        return false;
    tree = dr::UnitTree(merge.units(), merge.relations());
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const dr::AjsprintDocument doc = dr::Ajsprint::parse(bytes, dr::TextEncoding::Auto);
    for (const dr::ParseIssue &e : doc.errors) {
        if (e.line < 1 || e.column < 1 || e.message.isEmpty() || e.code.isEmpty())
            fail("an error without a position, code or message", doc);
    }
    if (!doc.ok())
        return 0;
    if (doc.units.size() != doc.implied.size() || doc.units.size() != doc.lines.size())
        fail("document vectors differ in size", doc);
    dr::UnitTree tree;
    if (!imported(doc, tree))
        return 0;
    const QString written = dr::AjsprintWriter::write(tree);
    const dr::AjsprintDocument again = dr::Ajsprint::parse(written);
    if (!again.ok())
        fail("the written file does not read back", again);
    dr::UnitTree back;
    if (!imported(again, back))
        fail("the written file is refused by the import", again);
    if (!tree.sameDefinitions(back))
        fail("the written file reads back different units", again);
    if (dr::AjsprintWriter::write(back) != written)
        fail("writing is not stable", again);
    (void)dr::AjsprintWriter::write(tree, dr::kNoUnit, dr::TextEncoding::ShiftJis);
    return 0;
}
