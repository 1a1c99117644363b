// The NDJSON scanner: the same bytes fed at once and in random blocks (as a download's chunks
// come) give the same lines with the same verdicts; each verdict agrees with the content
// outline's reading of that line (the viewer and the export's verifier must not disagree on
// what is JSON).
#include "FuzzCheck.h"
#include "app/fhir/ContentOutline.h"
#include "app/fhir/NdjsonScanner.h"

#include <vector>

namespace {

struct Seen
{
    qint64 number, offset, length;
    bool hasBreak;
    NdjsonScanner::Kind kind;
    QByteArray resourceType;
    QString problem;
    bool operator==(const Seen &) const = default;
};

QByteArray describe(const Seen &s)
{
    return QStringLiteral("line %1 at %2 (%3 bytes%4): kind %5 type '%6' %7")
        .arg(s.number)
        .arg(s.offset)
        .arg(s.length)
        .arg(s.hasBreak ? QString() : QStringLiteral(", no break"))
        .arg(int(s.kind))
        .arg(QString::fromUtf8(s.resourceType), s.problem)
        .toUtf8();
}

std::vector<Seen> scan(const QByteArray &bytes, Fuzz::Draw *draw, qint64 *lines)
{
    std::vector<Seen> seen;
    NdjsonScanner scanner([&seen](const NdjsonScanner::Line &l) {
        seen.push_back({l.number, l.offset, l.length, l.hasBreak, l.kind,
                        QByteArray(l.resourceType.data(), qsizetype(l.resourceType.size())),
                        l.problem});
        return true;
    });
    qint64 at = 0;
    while (at < bytes.size()) {
        const qint64 n =
            draw ? qMin<qint64>(1 + draw->next(draw->next(2) ? 8 : 200), bytes.size() - at)
                 : bytes.size();
        // A copy of exactly the block: reading past it is a finding for the sanitizers.
        const QByteArray block = bytes.mid(at, n);
        std::vector<char> exact(block.cbegin(), block.cend());
        Fuzz::require(scanner.feed(exact.data(), qint64(exact.size())), "feed stopped");
        at += n;
    }
    Fuzz::require(scanner.finish(), "finish stopped");
    *lines = scanner.lines();
    return seen;
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
    qint64 wholeLines = 0, chunkLines = 0;
    const std::vector<Seen> whole = scan(bytes, nullptr, &wholeLines);
    const std::vector<Seen> chunked = scan(bytes, &draw, &chunkLines);
    Fuzz::require(wholeLines == qint64(whole.size()) && chunkLines == wholeLines, "line counts");
    for (size_t i = 0; i < whole.size(); ++i)
        Fuzz::require(whole[i] == chunked[i], "blocks change a line",
                      describe(whole[i]) + "\n  vs\n" + describe(chunked[i]));

    qint64 next = 0;
    for (const Seen &s : whole) {
        Fuzz::require(s.offset == next && s.offset + s.length <= bytes.size(), "line places",
                      describe(s));
        const QByteArray line = bytes.mid(s.offset, s.length);
        next = s.offset + s.length;
        if (next < bytes.size() && bytes.at(next) == '\r')
            ++next; // a CR before the break (or at the end) is not in the length
        if (s.hasBreak) {
            Fuzz::require(next < bytes.size() && bytes.at(next) == '\n', "no break", describe(s));
            ++next;
        }
        Fuzz::require(!line.contains('\n'), "a line holds a line break", describe(s));
        if (s.kind == NdjsonScanner::Kind::Empty) {
            Fuzz::require(line.isEmpty(), "an empty line that is not", describe(s));
            continue;
        }
        const auto o = ContentOutline::build(line, ContentOutline::Format::Json);
        Fuzz::require(o->isValid() == (s.kind != NdjsonScanner::Kind::NotJson),
                      "the scanner and the outline disagree",
                      describe(s) + "\noutline: " + o->error().toUtf8() + '\n' + line);
        if (o->isValid())
            Fuzz::require((o->node(0).type == ContentOutline::NodeType::Object) ==
                              (s.kind != NdjsonScanner::Kind::NotObject),
                          "object or not", describe(s));
        Fuzz::require(s.problem.isEmpty() == (s.kind == NdjsonScanner::Kind::Resource ||
                                              s.kind == NdjsonScanner::Kind::Untyped),
                      "a problem without a kind", describe(s));
    }
    Fuzz::require(next == bytes.size(), "the lines do not cover the input");
    return 0;
}
