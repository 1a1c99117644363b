#pragma once

// Private to app/fhir: an implementation header, included by app/fhir sources only (not part of
// the layer's interface; nothing outside app/fhir may include it).

// The first pass over a large JSON document; included by ContentOutline.cpp only, after
// ContentOutlineBuilders_p.h (it fills the outline's private tables as its friend).
#include "app/fhir/ContentOutline.h"
#include "app/fhir/ContentOutlineBuilders_p.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

// Reads a large document once with RapidJSON's streaming reader, which keeps nothing but its
// place and the open containers: simdjson would first index every token of the whole document
// (4 bytes each, three quarters of the file's size for a FHIR Bundle). Nodes are kept down to
// containers of up to `maxFoldBytes`; what is inside those is forgotten (folded) and read again
// by JsonOutlineBuilder::runPage when asked for. Every node, line and size is what the
// simdjson walk of the whole document gives (tst_outline compares the two).
class JsonStreamOutlineBuilder
    : private JsonTableBuilder,
      public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, JsonStreamOutlineBuilder>
{
public:
    explicit JsonStreamOutlineBuilder(ContentOutline &outline)
        : JsonTableBuilder(outline, outline.m_nodes), m_in{m_base, m_base}
    {
    }

    bool run()
    {
        const QByteArray &src = o.m_source;
        const size_t size = size_t(src.size());
        // RapidJSON reads up to a NUL, which QByteArray keeps after its bytes; a NUL within
        // them ends the reading early and is caught below as content after the document.
        Q_ASSERT(m_base[size] == '\0');
        // Strings' UTF-8 is checked here for the whole input at once (outside strings any
        // byte above 0x7F is a syntax error anyway), so the reader copies strings unchecked.
        if (!simdjson::validate_utf8(m_base, size)) {
            fail(-1, QString::fromUtf8(simdjson::error_message(simdjson::UTF8_ERROR)));
            return false;
        }
        m_nodes.reserve(size / 256 + 16); // untouched reserved pages cost nothing
        addNode(-1, 0, 0);
        m_after = m_base;
        m_end = m_base + size;
        lookAhead();
        rapidjson::Reader reader;
        constexpr unsigned flags = rapidjson::kParseIterativeFlag |       // no recursion
                                   rapidjson::kParseNumbersAsStringsFlag; // as written
        const rapidjson::ParseResult result = reader.Parse<flags>(m_in, *this);
        if (result.IsError()) {
            const simdjson::error_code ours = m_tooDeep     ? simdjson::DEPTH_ERROR
                                              : m_badString ? simdjson::STRING_ERROR
                                                            : simdjson::SUCCESS;
            fail(qint64(result.Offset()),
                 ours ? QString::fromUtf8(simdjson::error_message(ours))
                      : QString::fromUtf8(rapidjson::GetParseError_En(result.Code())));
            return false;
        }
        const char *rest = m_base + m_in.Tell();
        while (isSpace(*rest))
            ++rest;
        if (rest != m_base + size) {
            fail(rest - m_base,
                 QString::fromUtf8(simdjson::error_message(simdjson::TRAILING_CONTENT)));
            return false;
        }
        finish();
        return true;
    }

    // The reader's events. It calls StartObject/EndObject (and the array ones) before it takes
    // the bracket, the others after their token.
    bool StartObject() { return open(true); }
    bool StartArray() { return open(false); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool EndArray(rapidjson::SizeType) { return close(); }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        Frame &f = m_open.back();
        f.any = true;
        const char *quote = tokenStart();
        const char *end = here();
        if (!unescapedWell(text, length, end - quote - 2))
            return false;
        newline(f.depth + 1);
        const quint32 len = quint32(end - quote - 2);
        m_keyNode = addNode(f.node, quint32(quote + 1 - m_base), len);
        m_size += len + 5; // "key": and a comma
        m_after = end;
        lookAhead();
        return true;
    }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        if (!unescapedWell(text, length, here() - tokenStart() - 2))
            return false;
        return token(ContentOutline::NodeType::String, here());
    }
    bool RawNumber(const char *, rapidjson::SizeType, bool)
    {
        return token(ContentOutline::NodeType::Number, here());
    }
    bool Bool(bool) { return token(ContentOutline::NodeType::Bool, here()); }
    bool Null() { return token(ContentOutline::NodeType::Null, here()); }

private:
    // The reader's input. Not rapidjson::StringStream: the reader copies that one while it reads
    // a string or a number and calls the handler before it writes the place back, so Tell()
    // would name the place before the token.
    struct Cursor
    {
        using Ch = char;
        const char *at;
        const char *head;
        // A number the reader is shown as spaces and a 0 (see lookAhead()).
        const char *number = head;
        size_t numberLength = 0;
        Ch shown(const char *p) const
        {
            const size_t in = size_t(p - number);
            return in < numberLength ? (in + 1 == numberLength ? '0' : ' ') : *p;
        }
        Ch Peek() const { return shown(at); }
        Ch Take() { return shown(at++); }
        size_t Tell() const { return size_t(at - head); }
        // Only for parsing in place, which this reader does not do.
        Ch *PutBegin() { return nullptr; }
        void Put(Ch) {}
        void Flush() {}
        size_t PutEnd(Ch *) { return 0; }
    };

    struct Frame
    {
        qint32 node;
        qint32 depth;
        bool object;
        bool any;
    };

    const char *here() const { return m_base + m_in.Tell(); }

    // Where the token just read began: between two tokens there is only white space and the
    // separators the reader has checked.
    const char *tokenStart() const
    {
        const char *p = m_after;
        while (isSpace(*p) || *p == ',' || *p == ':')
            ++p;
        return p;
    }

    // The node of the value that starts now: the root, the last key's, or a new element.
    qint32 valueNode()
    {
        if (m_open.empty())
            return 0;
        Frame &f = m_open.back();
        if (f.object)
            return m_keyNode;
        f.any = true;
        newline(f.depth + 1);
        m_size += 1; // a comma
        return addNode(f.node, 0, 0);
    }

    // A string with escapes, as RapidJSON unescaped it, is UTF-8 (the raw bytes were checked
    // up front): RapidJSON lets a lone low surrogate (\uDC00) through, simdjson does not, and
    // a fold that simdjson then refused to read again would show no children.
    bool unescapedWell(const char *text, rapidjson::SizeType length, qint64 rawLength)
    {
        if (qint64(length) == rawLength || simdjson::validate_utf8(text, length))
            return true;
        m_badString = true;
        return false;
    }

    bool token(ContentOutline::NodeType type, const char *end)
    {
        const qint32 self = valueNode();
        scalar(self, tokenStart(), end, type);
        m_after = end;
        lookAhead();
        return true;
    }

    // RapidJSON refuses numbers past a double that RFC 8259 allows (1e400, and even 0e400 or
    // 0.0e999, by their exponent alone). So a number that may start next is checked here by
    // the grammar both readers take (JsonTableBuilder::numberLength), and the reader is shown
    // spaces and a 0 in its place, ending where it ends: the reader still checks everything
    // around it, and the node keeps the number as written. A number the grammar refuses, one
    // that something number-like follows (`1.5.3`), or one where no value may stand (`[1 2]`)
    // is left to the reader to refuse, at its place.
    void lookAhead()
    {
        const char *p = tokenStart();
        qsizetype len = 0;
        if (*p == '-' || (*p >= '0' && *p <= '9')) {
            const char *before = p;
            while (before > m_base && isSpace(before[-1]))
                --before;
            const bool valuePlace =
                before == m_base || before[-1] == '[' || before[-1] == ',' || before[-1] == ':';
            len = valuePlace ? numberLength(p, m_end) : 0;
            if (p[len] != '\0' && std::strchr("0123456789.eE+-", p[len]))
                len = 0;
        }
        m_in.number = p;
        m_in.numberLength = size_t(len);
    }

    bool open(bool object)
    {
        if (m_open.size() >= simdjson::DEFAULT_MAX_DEPTH) {
            m_tooDeep = true; // as deep as simdjson reads (folds are read by it again)
            return false;
        }
        const qint32 depth = m_open.empty() ? 0 : m_open.back().depth + 1;
        const qint32 self = valueNode();
        ContentOutline::Node &n = m_nodes[size_t(self)];
        n.type = object ? ContentOutline::NodeType::Object : ContentOutline::NodeType::Array;
        n.valOff = quint32(here() - m_base);
        m_size += 1;
        m_open.push_back({self, depth, object, false});
        m_after = here() + 1;
        lookAhead();
        return true;
    }

    bool close()
    {
        const Frame f = m_open.back();
        m_open.pop_back();
        closeSize(f.any, f.depth);
        ContentOutline::Node &n = m_nodes[size_t(f.node)];
        n.valLen = quint32(m_line); // the closing line
        const char *end = here() + 1;
        m_after = end;
        lookAhead();
        // Fold a small container (not the root): forget the nodes inside it, and any fold
        // among them, and remember where its bytes end.
        if (f.node == 0 || n.childCount == 0 ||
            end - (m_base + n.valOff) > o.m_folding.maxFoldBytes)
            return true;
        while (!o.m_foldNode.empty() && o.m_foldNode.back() > f.node) {
            o.m_foldNode.pop_back();
            o.m_foldEnd.pop_back();
        }
        n.folded = true;
        n.childStart = qint32(o.m_foldNode.size());
        o.m_foldNode.push_back(f.node);
        o.m_foldEnd.push_back(quint32(end - m_base));
        m_nodes.resize(size_t(f.node) + 1);
        return true;
    }

    Cursor m_in;
    const char *m_after = nullptr; // just after the last token read
    const char *m_end = nullptr;   // of the document
    std::vector<Frame> m_open;
    qint32 m_keyNode = -1;
    bool m_tooDeep = false;
    bool m_badString = false;
};
