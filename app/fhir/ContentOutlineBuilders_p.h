#pragma once

// Private to app/fhir: an implementation header, included by app/fhir sources only (not part of
// the layer's interface; nothing outside app/fhir may include it).

// The two builders behind ContentOutline::build(), one per format; included by
// ContentOutline.cpp only (they fill the outline's private tables as its friends).
#include "app/fhir/BodyText.h"
#include "app/fhir/ContentOutline.h"

#include <QXmlStreamReader>
#include <algorithm>
#include <cstring>
#include <simdjson.h>

namespace ondemand = simdjson::ondemand;

// What both JSON builders share: the node table they fill, the pretty text's line count and
// size (two-space indent, as jq writes it) as they go, and what an error leaves behind.
class JsonTableBuilder
{
protected:
    JsonTableBuilder(ContentOutline &outline, std::vector<ContentOutline::Node> &nodes)
        : o(outline), m_nodes(nodes), m_base(outline.m_source.constData())
    {
    }

    qint32 addNode(qint32 parent, quint32 keyOff, quint32 keyLen)
    {
        ContentOutline::Node n;
        n.parent = parent;
        n.keyOff = keyOff;
        n.keyLen = keyLen;
        n.line = m_line;
        if (parent >= 0)
            ++m_nodes[size_t(parent)].childCount;
        m_nodes.push_back(n);
        ++m_added;
        return qint32(m_nodes.size() - 1);
    }

    void newline(int depth)
    {
        ++m_line;
        m_size += 1 + depth * 2;
    }

    // A container's closing bracket, on a line of its own after its children; the last child
    // has no comma after it, which was counted for every child.
    void closeSize(bool children, int depth)
    {
        if (children) {
            newline(depth);
            m_size -= 1;
        }
        m_size += 1;
    }

    // A scalar token as written, `from` up to `to` (a string with its quotes).
    void scalar(qint32 self, const char *from, const char *to, ContentOutline::NodeType type)
    {
        ContentOutline::Node &n = m_nodes[size_t(self)];
        n.type = type;
        n.valOff = quint32(from - m_base);
        n.valLen = quint32(to - from);
        m_size += qint64(to - from);
    }

    void finish()
    {
        o.m_lineCount = m_line + 1;
        o.m_prettySize = m_size;
        o.m_totalNodes = m_added;
    }

    // The length of the JSON number that starts at `p` (RFC 8259: -?(0|[1-9][0-9]*)(.[0-9]+)?
    // ([eE][+-]?[0-9]+)?), reading no further than `end`; 0 when none starts there. Both readers
    // take this grammar, and only it, for the rule: a number too large for a double (1e400, or
    // 400 digits) is valid JSON and kept as written, like every number; simdjson and RapidJSON
    // refuse some of those, each different ones, so neither decides.
    static qsizetype numberLength(const char *p, const char *end)
    {
        const char *const start = p;
        const auto digits = [&p, end] {
            const char *const from = p;
            while (p < end && *p >= '0' && *p <= '9')
                ++p;
            return p > from;
        };
        if (p < end && *p == '-')
            ++p;
        if (p < end && *p == '0')
            ++p;
        else if (!digits())
            return 0;
        if (p < end && *p == '.' && (++p, !digits()))
            return 0;
        if (p < end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < end && (*p == '+' || *p == '-'))
                ++p;
            if (!digits())
                return 0;
        }
        return p - start;
    }

    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    // Whether a string's or key's text (without its quotes) holds a character JSON wants escaped
    // (below 0x20): simdjson's on-demand reader does not look for those.
    static bool hasControlCharacter(const char *from, const char *to)
    {
        return std::any_of(from, to, [](char c) { return uchar(c) < 0x20; });
    }

    // `why` in English, as the parsers say it; `offset` -1 when there is no place to tell.
    void fail(qint64 offset, const QString &why)
    {
        o.m_error = offset >= 0
                        ? ContentOutline::tr("Not valid JSON near byte %1: %2").arg(offset).arg(why)
                        : ContentOutline::tr("Not valid JSON: %1").arg(why);
        m_nodes.clear();
        o.m_foldNode.clear();
        o.m_foldEnd.clear();
        o.m_lineCount = 0;
    }

    ContentOutline &o;
    std::vector<ContentOutline::Node> &m_nodes;
    const char *m_base = nullptr;
    qint32 m_line = 0;
    qint64 m_size = 0;
    qint32 m_added = 0;
};

// Walks a JSON document with simdjson's on-demand parser, once: every value becomes a node that
// points at its exact token in the source, so `1.50` stays `1.50` and strings keep their
// escapes. Reads documents below the folding size whole, and each fold again when asked for
// (simdjson indexes the whole input first: 4 bytes a token, too much for the first pass of a
// large document, which JsonStreamOutlineBuilder reads instead).
class JsonOutlineBuilder : private JsonTableBuilder
{
public:
    // The whole document into the outline's table, or one fold's container into `page`.
    explicit JsonOutlineBuilder(ContentOutline &outline)
        : JsonTableBuilder(outline, outline.m_nodes)
    {
    }
    JsonOutlineBuilder(const ContentOutline &outline, std::vector<ContentOutline::Node> &page)
        : JsonTableBuilder(const_cast<ContentOutline &>(outline), page)
    {
    }

    bool run()
    {
        const QByteArray &src = o.m_source;
        // Room for the nodes up front: untouched reserved pages cost nothing, while growing a
        // large table step by step copies it again and again.
        m_nodes.reserve(size_t(src.size() / 6 + 16));
        ondemand::parser parser;
        ondemand::document doc;
        simdjson::error_code e =
            parser
                .iterate(simdjson::padded_string_view(src.constData(), size_t(src.size()),
                                                      size_t(src.capacity())))
                .get(doc);
        const bool started = !e;
        if (!e) {
            addNode(-1, 0, 0);
            ondemand::value root;
            e = doc.get_value().get(root);
            if (e == simdjson::SCALAR_DOCUMENT_AS_VALUE) {
                e = scalarDocument(doc); // it checks what follows itself
            } else if (!e && !(e = walk(root, 0, 0))) {
                const char *rest = nullptr;
                if (!doc.current_location().get(rest))
                    e = simdjson::TRAILING_CONTENT;
            }
        }
        if (e) {
            const char *at = nullptr;
            qint64 offset = -1;
            if (started && !doc.current_location().get(at) && at >= m_base)
                offset = at - m_base;
            fail(offset, QString::fromUtf8(simdjson::error_message(e)));
            return false;
        }
        finish();
        return true;
    }

    // The container of fold `fold` again, from its bytes: node 0 is the container (as in the
    // outline's table, with no parent), lines counted on from its own line.
    bool runPage(qint32 fold)
    {
        const ContentOutline::Node &top = o.m_nodes[size_t(o.m_foldNode[size_t(fold)])];
        const QByteArray &src = o.m_source;
        const char *from = m_base + top.valOff;
        const size_t len = o.m_foldEnd[size_t(fold)] - top.valOff;
        // The rest of the document, and the padding after it, is the padding of this part.
        const size_t room = size_t(m_base + src.capacity() - from);
        thread_local ondemand::parser parser; // keeps its buffers from one fold to the next
        ondemand::document doc;
        ondemand::value root;
        m_line = top.line;
        simdjson::error_code e =
            parser.iterate(simdjson::padded_string_view(from, len, room)).get(doc);
        if (!e)
            e = doc.get_value().get(root);
        if (!e) {
            addNode(-1, top.keyOff, top.keyLen);
            e = walk(root, 0, 0);
        }
        if (e || m_nodes.empty() || m_nodes[0].childCount != top.childCount ||
            m_nodes[0].valLen != top.valLen) {
            m_nodes.clear(); // the first pass read these very bytes: not expected
            return false;
        }
        return true;
    }

private:
    // A token without the whitespace raw_json_token carries after it.
    static std::string_view trimmed(std::string_view token)
    {
        while (!token.empty() && isSpace(token.back()))
            token.remove_suffix(1);
        return token;
    }

    // A scalar token as written.
    void scalar(qint32 self, std::string_view token, ContentOutline::NodeType type)
    {
        token = trimmed(token);
        JsonTableBuilder::scalar(self, token.data(), token.data() + token.size(), type);
    }

    // The length of a key whose text (after the opening quote) starts at `raw`.
    static quint32 keyLength(const char *raw)
    {
        const char *p = raw;
        for (;;) {
            p = static_cast<const char *>(std::strchr(p, '"'));
            qsizetype backslashes = 0;
            for (const char *q = p - 1; q >= raw && *q == '\\'; --q)
                ++backslashes;
            if (backslashes % 2 == 0)
                return quint32(p - raw);
            ++p;
        }
    }

    // A container open in walk(): where its iteration stands.
    struct Open
    {
        ondemand::object_iterator field, fieldsEnd;    // an object's
        ondemand::array_iterator element, elementsEnd; // an array's
        qint32 self = 0;
        int depth = 0;
        bool object = false;
        bool any = false;
    };

    // Every value under `root` in document order, without recursion: a document 100,000 levels
    // deep must not take the stack with it (with AddressSanitizer one level took 8.7 KB).
    simdjson::error_code walk(ondemand::value root, qint32 rootNode, int rootDepth)
    {
        std::vector<Open> open;
        simdjson::error_code e = value(root, rootNode, rootDepth, open);
        while (!e && !open.empty()) {
            const size_t at = open.size() - 1;
            Open &c = open.back();
            if (c.object ? c.field == c.fieldsEnd : c.element == c.elementsEnd) {
                closeSize(c.any, c.depth);
                m_nodes[size_t(c.self)].valLen = quint32(m_line); // the closing line
                open.pop_back();
                if (!open.empty())
                    next(open.back()); // the container just closed was its current value
                continue;
            }
            c.any = true;
            const qint32 self = c.self;
            const int depth = c.depth + 1;
            newline(depth);
            if (c.object) {
                ondemand::field field;
                if ((e = (*c.field).get(field)))
                    return e;
                const char *raw = field.key().raw();
                const quint32 len = keyLength(raw);
                // Escapes in a key are checked by unescaping it, as in strings.
                if (std::memchr(raw, '\\', len)) {
                    std::string_view unescaped;
                    if ((e = field.unescaped_key().get(unescaped)))
                        return e;
                } else if (hasControlCharacter(raw, raw + len)) {
                    return simdjson::UNESCAPED_CHARS;
                }
                const qint32 child = addNode(self, quint32(raw - m_base), len);
                m_size += len + 5; // "key": and a comma
                e = value(field.value(), child, depth, open);
            } else {
                ondemand::value element;
                if ((e = (*c.element).get(element)))
                    return e;
                m_size += 1; // a comma
                e = value(element, addNode(self, 0, 0), depth, open);
            }
            // A scalar is read: on to the next value (a container is gone on from when it closes).
            if (!e && open.size() == at + 1)
                next(open.back());
        }
        return e;
    }

    static void next(Open &c)
    {
        if (c.object)
            ++c.field;
        else
            ++c.element;
    }

    // One value: a scalar is read and checked; a container is opened onto `open`.
    simdjson::error_code value(ondemand::value v, qint32 self, int depth, std::vector<Open> &open)
    {
        ondemand::json_type t;
        simdjson::error_code e = v.type().get(t);
        if (e)
            return e;
        switch (t) {
        case ondemand::json_type::object:
        case ondemand::json_type::array: {
            // simdjson 3.0's on-demand parser leaves depth to its caller: as deep as its
            // default (and the streaming reader), no deeper.
            if (size_t(depth) >= simdjson::DEFAULT_MAX_DEPTH)
                return simdjson::DEPTH_ERROR;
            Open c;
            c.self = self;
            c.depth = depth;
            c.object = t == ondemand::json_type::object;
            m_nodes[size_t(self)].type =
                c.object ? ContentOutline::NodeType::Object : ContentOutline::NodeType::Array;
            m_nodes[size_t(self)].valOff = quint32(v.raw_json_token().data() - m_base);
            if (c.object) {
                ondemand::object object;
                if ((e = v.get_object().get(object)) || (e = object.begin().get(c.field)) ||
                    (e = object.end().get(c.fieldsEnd)))
                    return e;
            } else {
                ondemand::array array;
                if ((e = v.get_array().get(array)) || (e = array.begin().get(c.element)) ||
                    (e = array.end().get(c.elementsEnd)))
                    return e;
            }
            m_size += 1;
            open.push_back(c);
            return simdjson::SUCCESS;
        }
        case ondemand::json_type::string: {
            const std::string_view token = v.raw_json_token();
            // simdjson's first stage has checked UTF-8 and the quotes; escapes are checked by
            // unescaping, which only strings that have one need (it writes a copy of each).
            // Either way the string is taken here: left to simdjson to skip, a string followed
            // by a colon is taken for a key, and `{"a":"b":]}` read as a whole object.
            if (token.find('\\') != std::string_view::npos) {
                std::string_view text;
                if ((e = v.get_string().get(text)))
                    return e;
            } else {
                // The token's whitespace after the closing quote is fine.
                if (hasControlCharacter(token.data(), token.data() + token.rfind('"')))
                    return simdjson::UNESCAPED_CHARS;
                ondemand::raw_json_string raw;
                if ((e = v.get_raw_json_string().get(raw)))
                    return e;
            }
            scalar(self, token, ContentOutline::NodeType::String);
            return simdjson::SUCCESS;
        }
        case ondemand::json_type::number: {
            // The grammar decides (see numberLength); simdjson skips the token as a scalar.
            const std::string_view token = trimmed(v.raw_json_token());
            if (numberLength(token.data(), token.data() + token.size()) != qsizetype(token.size()))
                return simdjson::NUMBER_ERROR;
            scalar(self, token, ContentOutline::NodeType::Number);
            return simdjson::SUCCESS;
        }
        case ondemand::json_type::boolean: {
            const std::string_view token = v.raw_json_token();
            bool b = false;
            if ((e = v.get_bool().get(b)))
                return e;
            scalar(self, token, ContentOutline::NodeType::Bool);
            return simdjson::SUCCESS;
        }
        case ondemand::json_type::null: {
            const std::string_view token = v.raw_json_token();
            bool isNull = false;
            if ((e = v.is_null().get(isNull)))
                return e;
            if (!isNull)
                return simdjson::N_ATOM_ERROR;
            scalar(self, token, ContentOutline::NodeType::Null);
            return simdjson::SUCCESS;
        }
        }
        return simdjson::INCORRECT_TYPE;
    }

    // A document that is a single string, number, true, false or null, and white space after
    // it. Checked here rather than by simdjson's readers of a root scalar, which differ from
    // its readers of the same value inside an array (3.0.1 refuses `null` followed by a line
    // break, and numbers past a double).
    simdjson::error_code scalarDocument(ondemand::document &doc)
    {
        ondemand::json_type t;
        simdjson::error_code e = doc.type().get(t);
        std::string_view token;
        if (e || (e = doc.raw_json_token().get(token)))
            return e;
        token = trimmed(token);
        const char *const end = o.m_source.constData() + o.m_source.size();
        ContentOutline::NodeType type = ContentOutline::NodeType::Null;
        switch (t) {
        case ondemand::json_type::string: {
            std::string_view text; // escapes checked by unescaping, as in walk()
            if (!token.ends_with('"'))
                e = simdjson::STRING_ERROR;
            else if (hasControlCharacter(token.data(), token.data() + token.size() - 1))
                e = simdjson::UNESCAPED_CHARS;
            else
                e = doc.get_string().get(text);
            type = ContentOutline::NodeType::String;
            break;
        }
        case ondemand::json_type::number:
            if (numberLength(token.data(), token.data() + token.size()) != qsizetype(token.size()))
                e = simdjson::NUMBER_ERROR;
            type = ContentOutline::NodeType::Number;
            break;
        case ondemand::json_type::boolean:
            if (token != "true" && token != "false")
                e = token.starts_with('f') ? simdjson::F_ATOM_ERROR : simdjson::T_ATOM_ERROR;
            type = ContentOutline::NodeType::Bool;
            break;
        default:
            if (token != "null")
                e = simdjson::N_ATOM_ERROR;
            break;
        }
        if (e)
            return e;
        const char *rest = token.data() + token.size();
        while (rest < end && isSpace(*rest))
            ++rest;
        if (rest != end)
            return simdjson::TRAILING_CONTENT;
        scalar(0, token, type);
        return simdjson::SUCCESS;
    }
};

// Reads XML with QXmlStreamReader while BodyText re-indents it: elements, their attributes
// and text become nodes that know the line they are written on.
class XmlOutlineBuilder
{
public:
    explicit XmlOutlineBuilder(ContentOutline &outline) : o(outline) {}

    bool run(const QByteArray &xml)
    {
        QString error;
        qint32 current = -1;
        const QString pretty =
            BodyText::indentXml(xml, &error, [&](const QXmlStreamReader &r, qint32 line) {
                switch (r.tokenType()) {
                case QXmlStreamReader::StartElement: {
                    const qint32 self = add(current, ContentOutline::NodeType::Element,
                                            r.qualifiedName(), {}, line);
                    for (const QXmlStreamAttribute &a : r.attributes())
                        add(self, ContentOutline::NodeType::Attribute,
                            QString(QLatin1Char('@') + a.qualifiedName().toString()), a.value(),
                            line);
                    current = self;
                    break;
                }
                case QXmlStreamReader::EndElement:
                    if (current >= 0)
                        current = o.m_nodes.at(current).parent;
                    break;
                case QXmlStreamReader::Characters:
                    if (current >= 0 && !r.isWhitespace())
                        add(current, ContentOutline::NodeType::Text, QStringLiteral("#text"),
                            r.text(), line);
                    break;
                default:
                    break;
                }
            });
        if (!error.isEmpty() || o.m_nodes.empty()) {
            o.m_error = error.isEmpty() ? ContentOutline::tr("The XML has no element.") : error;
            o.m_nodes.clear();
            return false;
        }
        o.indexText(pretty.toUtf8());
        o.m_totalNodes = qint32(o.m_nodes.size());
        return true;
    }

private:
    qint32 add(qint32 parent, ContentOutline::NodeType type, QStringView name, QStringView value,
               qint32 line)
    {
        ContentOutline::Node n;
        n.parent = parent;
        n.type = type;
        n.line = line;
        const QByteArray k = name.toUtf8();
        n.keyOff = quint32(o.m_strings.size());
        n.keyLen = quint32(k.size());
        o.m_strings += k;
        const QByteArray v = value.toUtf8();
        n.valOff = quint32(o.m_strings.size());
        n.valLen = quint32(v.size());
        o.m_strings += v;
        if (parent >= 0)
            ++o.m_nodes[parent].childCount;
        o.m_nodes.push_back(n);
        return qint32(o.m_nodes.size() - 1);
    }

    ContentOutline &o;
};
