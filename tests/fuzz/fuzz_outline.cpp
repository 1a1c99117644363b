// The content outline: every input is read by both JSON first passes (simdjson's walk, which
// documents under the folding size get, and RapidJSON's streaming pass of larger ones), whole and
// folded (containers parsed again from their bytes when asked for). They must agree on whether
// it is JSON, and when it is, on every node, line and search, and the pretty text they write
// must read back as the same tree. XML and plain text are taken apart too, for crashes.
#include "FuzzCheck.h"
#include "app/fhir/ContentOutline.h"

#include <QRegularExpression>
#include <limits>
#include <vector>

namespace {

using Outline = std::shared_ptr<const ContentOutline>;
using NodeId = ContentOutline::NodeId;

QByteArray describe(const Outline &o, NodeId i)
{
    const ContentOutline::NodeInfo n = o->node(i);
    return (o->name(i) + QStringLiteral(" = ") + o->value(i) + QStringLiteral(" (") +
            o->typeName(i) +
            QStringLiteral(") line %1-%2, %3 children")
                .arg(n.line)
                .arg(n.lastLine)
                .arg(n.childCount))
               .toUtf8() +
           " raw " + o->rawValue(i, 100);
}

// Every node of two outlines of the same document, side by side (their ids differ when one is
// folded).
void compareTrees(const Outline &a, const Outline &b, const char *what)
{
    Fuzz::require(a->size() == b->size(), what, "node counts differ");
    std::vector<std::pair<NodeId, NodeId>> todo{{0, 0}};
    qint64 seen = 0;
    while (!todo.empty()) {
        const auto [ia, ib] = todo.back();
        todo.pop_back();
        ++seen;
        const QByteArray da = describe(a, ia), db = describe(b, ib);
        Fuzz::require(da == db, what, da + "\n  vs\n" + db);
        const qint32 children = a->node(ia).childCount;
        Fuzz::require(a->child(ia, children) == -1 && b->child(ib, children) == -1, what,
                      "a row past the last child");
        for (qint32 r = children - 1; r >= 0; --r) {
            const NodeId ca = a->child(ia, r), cb = b->child(ib, r);
            Fuzz::require(ca >= 0 && cb >= 0, what, "a child is missing");
            Fuzz::require(a->rowOf(ca) == r && b->rowOf(cb) == r, what, "rowOf");
            Fuzz::require(a->node(ca).parent == ia && b->node(cb).parent == ib, what, "parent");
            todo.emplace_back(ca, cb);
        }
    }
    Fuzz::require(seen == a->size(), what, "the tree does not hold every node");
}

// What a search from the start visits, in order (a few steps each way).
QByteArrayList searchPath(const Outline &o, const QByteArray &needle, bool backward)
{
    QByteArrayList path;
    NodeId at = backward ? 0 : -1;
    for (int k = 0; k < 24; ++k) {
        at = o->findNode(needle, at, backward);
        if (at < 0)
            break;
        path += describe(o, at);
    }
    path += QByteArray::number(o->findLine(needle, 0, backward));
    return path;
}

void checkError(const Outline &o, qsizetype size)
{
    const QString error = o->error();
    Fuzz::require(error.startsWith(QStringLiteral("Not valid JSON")), "error text", error.toUtf8());
    static const QRegularExpression near(QStringLiteral("near byte (\\d+)"));
    const QRegularExpressionMatch m = near.match(error);
    Fuzz::require(!m.hasMatch() || m.captured(1).toLongLong() <= size, "error place",
                  error.toUtf8());
    Fuzz::require(o->size() == 0 && o->lineCount() == 0, "an invalid outline has nodes");
}

void walkAll(const Outline &o)
{
    for (NodeId i = 0; i < o->size(); ++i) {
        (void)describe(o, i);
        (void)o->rowOf(i);
    }
    for (qint32 l = 0; l < o->lineCount(); ++l)
        (void)o->line(l);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Fuzz::Draw draw(data, size);

    ContentOutline::Folding never;
    never.fromBytes = std::numeric_limits<qint64>::max();
    ContentOutline::Folding streamed; // the streaming pass, nothing folded
    streamed.fromBytes = 0;
    streamed.maxFoldBytes = 0;
    ContentOutline::Folding folded; // the streaming pass, small containers folded
    folded.fromBytes = 0;
    folded.maxFoldBytes = 8 + draw.next(400);
    folded.cachedNodes = 1 + draw.next(64);

    const Outline whole = ContentOutline::build(bytes, ContentOutline::Format::Json, never);
    const Outline stream = ContentOutline::build(bytes, ContentOutline::Format::Json, streamed);
    const Outline fold = ContentOutline::build(bytes, ContentOutline::Format::Json, folded);
    Fuzz::require(whole->isValid() == stream->isValid() && whole->isValid() == fold->isValid(),
                  "the JSON readers disagree",
                  "simdjson: " + whole->error().toUtf8() + "\nRapidJSON: " +
                      stream->error().toUtf8() + "\nfolded: " + fold->error().toUtf8());
    if (!whole->isValid()) {
        for (const Outline &o : {whole, stream, fold})
            checkError(o, bytes.size());
    } else {
        for (const Outline &o : {stream, fold}) {
            Fuzz::require(o->lineCount() == whole->lineCount(), "line counts differ");
            Fuzz::require(o->prettySize() == whole->prettySize(), "pretty sizes differ");
        }
        compareTrees(whole, stream, "whole vs streamed");
        compareTrees(whole, fold, "whole vs folded");
        const QByteArray pretty = whole->prettyText();
        Fuzz::require(pretty.size() == whole->prettySize(), "prettySize is not the text's size");
        Fuzz::require(fold->prettyText() == pretty, "folded pretty text differs");
        // The pretty text is the same JSON again.
        const Outline again = ContentOutline::build(pretty, ContentOutline::Format::Json, never);
        Fuzz::require(again->isValid(), "the pretty text is not JSON",
                      again->error().toUtf8() + '\n' + pretty);
        Fuzz::require(again->prettyText() == pretty, "the pretty text does not read back", pretty);
        compareTrees(whole, again, "whole vs its pretty text");
        // Searching visits the same nodes, folded or not.
        if (size > 0) {
            const QByteArray needle = bytes.mid(draw.next(uint32_t(size)), 1 + draw.next(3));
            for (const bool backward : {false, true})
                Fuzz::require(searchPath(whole, needle, backward) ==
                                  searchPath(fold, needle, backward),
                              "search differs when folded", needle);
        }
    }

    const Outline xml = ContentOutline::build(bytes, ContentOutline::Format::Xml);
    if (xml->isValid())
        walkAll(xml);
    else
        Fuzz::require(xml->size() == 0 && !xml->error().isEmpty(), "an invalid XML outline");
    walkAll(ContentOutline::build(bytes, ContentOutline::Format::Text));
    return 0;
}
