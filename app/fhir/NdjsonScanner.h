#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <string_view>

// The one NDJSON line scanner: bytes go in as they come (a download's chunks, a file read in
// blocks), each complete line comes out classified (a resource and its resourceType, or why it
// is not one). The export's verifier and the viewer's line index both read NDJSON through it, so
// they agree on what a broken line is and say it in the same words. Lines are parsed in the
// caller's block where they stand; memory holds only the unfinished last line (and the few
// lines at a block's end that have too few bytes after them for simdjson to read past).
class NdjsonScanner
{
    Q_DECLARE_TR_FUNCTIONS(NdjsonScanner)
public:
    enum class Kind {
        Resource,  // a JSON object with a string resourceType
        Untyped,   // a JSON object without one
        Empty,     // nothing on the line (NDJSON has one resource on every line)
        NotJson,   // not valid JSON
        NotObject, // valid JSON, but not an object
    };
    struct Line
    {
        qint64 number = 0;    // 0-based
        qint64 offset = 0;    // of its first byte in the stream
        qint64 length = 0;    // without the line break (and a CR before it)
        bool hasBreak = true; // false for a last line that ends without a line break
        Kind kind = Kind::Resource;
        std::string_view resourceType; // valid during the callback only
        QString problem;               // why it is not a resource (empty for Resource and Untyped)
    };
    // Called for every complete line, in order; return false to stop scanning.
    using Sink = std::function<bool(const Line &)>;

    explicit NdjsonScanner(Sink sink);
    ~NdjsonScanner();
    NdjsonScanner(const NdjsonScanner &) = delete;
    NdjsonScanner &operator=(const NdjsonScanner &) = delete;

    // Scans the complete lines of `data` after what came before; false once the sink stopped.
    bool feed(const char *data, qint64 size);
    // The stream ended: a last line without a line break is scanned too.
    bool finish();
    qint64 lines() const { return m_lineNo; }
    qint64 bytesScanned() const { return m_consumed; } // up to the end of the last complete line

private:
    bool scanLine(const char *from, qint64 length, bool hasBreak);
    bool scanLineByRule(Line &line, const char *from); // one simdjson's DOM cannot read
    void append(const char *data, qint64 size);        // to the buffer, padding kept after it
    // The complete lines at the start of `block` that have simdjson's padding readable after
    // them (`readable` bytes from `block` on); the bytes they took.
    qint64 scanLines(const char *block, qint64 size, qint64 readable);

    Sink m_sink;
    struct Parser;
    std::unique_ptr<Parser> m_parser;
    std::string m_buffer; // the unfinished line, then the new bytes, then simdjson's padding
    qint64 m_have = 0;    // bytes in m_buffer
    qint64 m_consumed = 0;
    qint64 m_lineNo = 0;
    bool m_stopped = false;
};
