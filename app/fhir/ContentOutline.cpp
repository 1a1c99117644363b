#include "ContentOutline.h"

#include "app/fhir/BodyText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamReader>
#include <algorithm>
#include <cstring>
#include <simdjson.h>

namespace ondemand = simdjson::ondemand;

// Walks a JSON document with simdjson's on-demand parser, once: every value becomes a node that
// points at its exact token in the source, and the pretty text (two-space indent, as jq writes
// it) is written on the way, so `1.50` stays `1.50` and strings keep their escapes.
class JsonOutlineBuilder
{
public:
    explicit JsonOutlineBuilder(ContentOutline &outline) : o(outline) {}

    bool run()
    {
        const QByteArray &src = o.m_source;
        m_base = src.constData();
        // Room for the nodes up front: untouched reserved pages cost nothing, while growing a
        // large table step by step copies it again and again.
        o.m_nodes.reserve(src.size() / 6 + 16);
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
            if (e == simdjson::SCALAR_DOCUMENT_AS_VALUE)
                e = scalarDocument(doc);
            else if (!e)
                e = walk(root, 0, 0);
        }
        if (!e) {
            const char *rest = nullptr;
            if (!doc.current_location().get(rest))
                e = simdjson::TRAILING_CONTENT;
        }
        if (e) {
            const char *at = nullptr;
            qint64 offset = -1;
            if (started && !doc.current_location().get(at) && at >= m_base)
                offset = at - m_base;
            o.m_error = offset >= 0 ? ContentOutline::tr("Not valid JSON near byte %1: %2")
                                          .arg(offset)
                                          .arg(QString::fromUtf8(simdjson::error_message(e)))
                                    : ContentOutline::tr("Not valid JSON: %1")
                                          .arg(QString::fromUtf8(simdjson::error_message(e)));
            o.m_nodes.clear();
            o.m_lineCount = 0;
            return false;
        }
        o.m_lineCount = m_line + 1;
        o.m_prettySize = m_size;
        return true;
    }

private:
    qint32 addNode(qint32 parent, quint32 keyOff, quint32 keyLen)
    {
        ContentOutline::Node n;
        n.parent = parent;
        n.keyOff = keyOff;
        n.keyLen = keyLen;
        n.line = m_line;
        if (parent >= 0)
            ++o.m_nodes[parent].childCount;
        o.m_nodes.push_back(n);
        return qint32(o.m_nodes.size() - 1);
    }

    void newline(int depth)
    {
        ++m_line;
        m_size += 1 + depth * 2;
    }

    // A scalar token as written (raw_json_token also carries the whitespace after it).
    void scalar(qint32 self, std::string_view token, ContentOutline::NodeType type)
    {
        while (!token.empty() && (token.back() == ' ' || token.back() == '\n' ||
                                  token.back() == '\r' || token.back() == '\t'))
            token.remove_suffix(1);
        ContentOutline::Node &n = o.m_nodes[self];
        n.type = type;
        n.valOff = quint32(token.data() - m_base);
        n.valLen = quint32(token.size());
        m_size += qint64(token.size());
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

    simdjson::error_code walk(ondemand::value v, qint32 self, int depth)
    {
        ondemand::json_type t;
        simdjson::error_code e = v.type().get(t);
        if (e)
            return e;
        switch (t) {
        case ondemand::json_type::object: {
            o.m_nodes[self].type = ContentOutline::NodeType::Object;
            o.m_nodes[self].valOff = quint32(v.raw_json_token().data() - m_base);
            ondemand::object object;
            if ((e = v.get_object().get(object)))
                return e;
            m_size += 1;
            bool any = false;
            for (auto item : object) {
                ondemand::field field;
                if ((e = std::move(item).get(field)))
                    return e;
                any = true;
                newline(depth + 1);
                const char *raw = field.key().raw();
                const quint32 len = keyLength(raw);
                const qint32 child = addNode(self, quint32(raw - m_base), len);
                m_size += len + 5; // "key": and a comma
                if ((e = walk(field.value(), child, depth + 1)))
                    return e;
            }
            if (any)
                newline(depth);
            m_size += 1;
            o.m_nodes[self].valLen = quint32(m_line); // the closing line
            return simdjson::SUCCESS;
        }
        case ondemand::json_type::array: {
            o.m_nodes[self].type = ContentOutline::NodeType::Array;
            o.m_nodes[self].valOff = quint32(v.raw_json_token().data() - m_base);
            ondemand::array array;
            if ((e = v.get_array().get(array)))
                return e;
            m_size += 1;
            bool any = false;
            for (auto item : array) {
                ondemand::value element;
                if ((e = std::move(item).get(element)))
                    return e;
                any = true;
                newline(depth + 1);
                if ((e = walk(element, addNode(self, 0, 0), depth + 1)))
                    return e;
                m_size += 1; // a comma
            }
            if (any)
                newline(depth);
            m_size += 1;
            o.m_nodes[self].valLen = quint32(m_line); // the closing line
            return simdjson::SUCCESS;
        }
        case ondemand::json_type::string: {
            const std::string_view token = v.raw_json_token();
            // simdjson's first stage has checked UTF-8 and the quotes; escapes are checked by
            // unescaping, which only strings that have one need (it writes a copy of each).
            if (token.find('\\') != std::string_view::npos) {
                std::string_view text;
                if ((e = v.get_string().get(text)))
                    return e;
            } else {
                const auto end =
                    token.begin() +
                    qsizetype(token.rfind('"')); // the token's whitespace after it is fine
                if (std::any_of(token.begin(), end, [](char c) { return uchar(c) < 0x20; }))
                    return simdjson::UNESCAPED_CHARS;
            }
            scalar(self, token, ContentOutline::NodeType::String);
            return simdjson::SUCCESS;
        }
        case ondemand::json_type::number: {
            const std::string_view token = v.raw_json_token();
            ondemand::number number;
            if ((e = v.get_number().get(number)))
                return e;
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

    // A document that is a single string, number, true, false or null.
    simdjson::error_code scalarDocument(ondemand::document &doc)
    {
        ondemand::json_type t;
        simdjson::error_code e = doc.type().get(t);
        if (e)
            return e;
        std::string_view token;
        if ((e = doc.raw_json_token().get(token)))
            return e;
        switch (t) {
        case ondemand::json_type::string: {
            std::string_view s;
            e = doc.get_string().get(s);
            scalar(0, token, ContentOutline::NodeType::String);
            break;
        }
        case ondemand::json_type::number: {
            ondemand::number n;
            e = doc.get_number().get(n);
            scalar(0, token, ContentOutline::NodeType::Number);
            break;
        }
        case ondemand::json_type::boolean: {
            bool b = false;
            e = doc.get_bool().get(b);
            scalar(0, token, ContentOutline::NodeType::Bool);
            break;
        }
        default: {
            bool isNull = false;
            e = doc.is_null().get(isNull);
            if (!e && !isNull)
                e = simdjson::N_ATOM_ERROR;
            scalar(0, token, ContentOutline::NodeType::Null);
            break;
        }
        }
        return e;
    }

    ContentOutline &o;
    const char *m_base = nullptr;
    qint32 m_line = 0;
    qint64 m_size = 0;
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

std::shared_ptr<const ContentOutline> ContentOutline::build(const QByteArray &bytes, Format format)
{
    auto outline = std::make_shared<ContentOutline>();
    outline->m_format = format;
    if (format == Format::Json) {
        outline->m_source.reserve(bytes.size() + qsizetype(simdjson::SIMDJSON_PADDING));
        outline->m_source.append(bytes);
        if (JsonOutlineBuilder(*outline).run())
            outline->finishChildren();
    } else if (format == Format::Xml) {
        if (XmlOutlineBuilder(*outline).run(bytes))
            outline->finishChildren();
    } else {
        outline->indexText(bytes);
    }
    return outline;
}

void ContentOutline::indexText(const QByteArray &text)
{
    m_pretty = text;
    m_lineStarts.append(0);
    for (qsizetype at = m_pretty.indexOf('\n'); at >= 0; at = m_pretty.indexOf('\n', at + 1))
        m_lineStarts.append(at + 1);
    m_lineStarts.append(m_pretty.size() + 1);
    m_lineCount = qint32(m_lineStarts.size() - 1);
    m_prettySize = m_pretty.size();
}

void ContentOutline::finishChildren()
{
    // Children of each node sit side by side in m_children, in document order (so a node's
    // row is found by binary search among its siblings).
    qint32 next = 0;
    for (Node &n : m_nodes) {
        n.childStart = next;
        next += n.childCount;
    }
    m_children.resize(size_t(next));
    std::vector<qint32> filled(m_nodes.size(), 0);
    for (qint32 i = 1; i < qint32(m_nodes.size()); ++i) {
        const qint32 p = m_nodes[size_t(i)].parent;
        if (p >= 0)
            m_children[size_t(m_nodes[size_t(p)].childStart + filled[size_t(p)]++)] = i;
    }
}

qint32 ContentOutline::rowOf(qint32 i) const
{
    const qint32 p = m_nodes[size_t(i)].parent;
    if (p < 0)
        return 0;
    const auto first = m_children.cbegin() + m_nodes[size_t(p)].childStart;
    return qint32(std::lower_bound(first, first + m_nodes[size_t(p)].childCount, i) - first);
}

bool ContentOutline::isLastChild(qint32 i) const
{
    const qint32 p = m_nodes[size_t(i)].parent;
    return p < 0 || child(p, m_nodes[size_t(p)].childCount - 1) == i;
}

namespace {

// A JSON string token (with its quotes) as text: escapes resolved by Qt's JSON reader, which
// is only needed for the rare token that has any.
QString jsonString(const char *token, qsizetype len)
{
    const QByteArrayView inner(token + 1, len - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    QByteArray wrapped = "[";
    wrapped.append(token, len);
    wrapped += ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

QString elide(QString s)
{
    constexpr qsizetype max = 500;
    if (s.size() > max) {
        s.truncate(max);
        s += QChar(0x2026);
    }
    s.replace(QLatin1Char('\n'), QChar(0x21b5));
    return s;
}

} // namespace

QString ContentOutline::name(qint32 i) const
{
    const Node &n = m_nodes.at(i);
    if (m_format == Format::Xml)
        return QString::fromUtf8(m_strings.constData() + n.keyOff, n.keyLen);
    if (n.parent < 0)
        return tr("(root)");
    if (m_nodes.at(n.parent).type == NodeType::Array)
        return QStringLiteral("[%1]").arg(rowOf(i));
    QByteArray quoted;
    quoted.reserve(n.keyLen + 2);
    quoted += '"';
    quoted.append(m_source.constData() + n.keyOff, n.keyLen);
    quoted += '"';
    return jsonString(quoted.constData(), quoted.size());
}

QString ContentOutline::value(qint32 i) const
{
    const Node &n = m_nodes.at(i);
    switch (n.type) {
    case NodeType::Object: {
        // A FHIR resource says what it is ("Patient/123 {12 fields}"); a Bundle entry or a
        // Parameters part names the resource it carries ("→ Patient/123").
        const QString fields = tr("{%n field(s)}", nullptr, n.childCount);
        const QString label = resourceLabel(i);
        if (!label.isEmpty())
            return QStringLiteral("%1 %2").arg(label, fields);
        for (qint32 r = 0; r < n.childCount; ++r) {
            const Node &cn = m_nodes.at(child(i, r));
            if (cn.type == NodeType::Object &&
                QByteArrayView(m_source.constData() + cn.keyOff, cn.keyLen) == "resource") {
                const QString inner = resourceLabel(child(i, r));
                if (!inner.isEmpty())
                    return QStringLiteral("→ %1").arg(inner);
            }
        }
        return fields;
    }
    case NodeType::Array:
        return tr("[%n item(s)]", nullptr, n.childCount);
    case NodeType::String:
        return elide(jsonString(m_source.constData() + n.valOff, n.valLen));
    case NodeType::Number:
    case NodeType::Bool:
    case NodeType::Null:
        return QString::fromUtf8(m_source.constData() + n.valOff, n.valLen);
    case NodeType::Attribute:
    case NodeType::Text:
        return elide(QString::fromUtf8(m_strings.constData() + n.valOff, n.valLen));
    case NodeType::Element: {
        // FHIR XML keeps primitive values in a `value` attribute.
        for (qint32 r = 0; r < n.childCount; ++r) {
            const Node &cn = m_nodes.at(child(i, r));
            const QByteArrayView key(m_strings.constData() + cn.keyOff, cn.keyLen);
            if ((cn.type == NodeType::Attribute && key == "@value") ||
                (cn.type == NodeType::Text && n.childCount == 1))
                return elide(QString::fromUtf8(m_strings.constData() + cn.valOff, cn.valLen));
        }
        return {};
    }
    }
    return {};
}

QString ContentOutline::resourceLabel(qint32 i) const
{
    const Node &n = m_nodes.at(i);
    QString type, id;
    for (qint32 r = 0; r < n.childCount; ++r) {
        const qint32 c = child(i, r);
        const Node &cn = m_nodes.at(c);
        if (cn.type != NodeType::String)
            continue;
        const QByteArrayView key(m_source.constData() + cn.keyOff, cn.keyLen);
        if (key == "resourceType")
            type = value(c);
        else if (key == "id")
            id = value(c);
    }
    return type.isEmpty() || id.isEmpty() ? type : QStringLiteral("%1/%2").arg(type, id);
}

QString ContentOutline::typeName(qint32 i) const
{
    switch (m_nodes.at(i).type) {
    case NodeType::Object:
        return tr("object");
    case NodeType::Array:
        return tr("array");
    case NodeType::String:
        return tr("string");
    case NodeType::Number:
        return tr("number");
    case NodeType::Bool:
        return tr("boolean");
    case NodeType::Null:
        return tr("null");
    case NodeType::Element:
        return tr("element");
    case NodeType::Attribute:
        return tr("attribute");
    case NodeType::Text:
        return tr("text");
    }
    return {};
}

QByteArray ContentOutline::rawValue(qint32 i) const
{
    const Node &n = m_nodes.at(i);
    if (m_format == Format::Xml)
        return m_strings.mid(n.valOff, n.valLen);
    if (n.type == NodeType::Object || n.type == NodeType::Array) {
        // The container's pretty text, from its line to its closing bracket, indented from 0.
        const qsizetype indent = qsizetype(depth(i)) * 2;
        QByteArray text;
        const qint32 last = endLine(i);
        for (qint32 l = n.line; l <= last; ++l) {
            QByteArray one = jsonLine(l);
            if (l == n.line) {
                one = one.mid(indent);
                if (n.parent >= 0 && m_nodes.at(n.parent).type == NodeType::Object)
                    one = one.mid(one.indexOf(": ") + 2);
            } else {
                one = one.mid(qMin(indent, one.size()));
            }
            if (l == last && one.endsWith(','))
                one.chop(1);
            if (l > n.line)
                text += '\n';
            text += one;
        }
        return text;
    }
    return m_source.mid(n.valOff, n.valLen);
}

qint32 ContentOutline::depth(qint32 i) const
{
    qint32 d = 0;
    for (qint32 p = m_nodes.at(i).parent; p >= 0; p = m_nodes.at(p).parent)
        ++d;
    return d;
}

QByteArray ContentOutline::jsonLine(qint32 line) const
{
    // The last node starting at or before the line: the line is that node's first line, or
    // the closing line of it or one of its ancestors.
    const auto it = std::upper_bound(m_nodes.cbegin(), m_nodes.cend(), line,
                                     [](qint32 l, const Node &n) { return l < n.line; });
    if (it == m_nodes.cbegin())
        return {};
    qint32 i = qint32(it - m_nodes.cbegin()) - 1;
    const Node *n = &m_nodes.at(i);
    bool closing = n->line != line;
    if (closing) {
        while (!(n->type == NodeType::Object || n->type == NodeType::Array) || endLine(i) != line) {
            if (n->parent < 0)
                return {};
            i = n->parent;
            n = &m_nodes.at(i);
        }
    }
    const bool last = isLastChild(i);
    QByteArray out(qsizetype(depth(i)) * 2, ' ');
    const bool container = n->type == NodeType::Object || n->type == NodeType::Array;
    if (closing) {
        out += n->type == NodeType::Object ? '}' : ']';
    } else {
        if (n->parent >= 0 && m_nodes.at(n->parent).type == NodeType::Object) {
            out += '"';
            out.append(m_source.constData() + n->keyOff, n->keyLen);
            out += "\": ";
        }
        if (container) {
            out += n->type == NodeType::Object ? '{' : '[';
            if (n->childCount == 0)
                out += n->type == NodeType::Object ? '}' : ']';
        } else {
            out.append(m_source.constData() + n->valOff, n->valLen);
        }
    }
    if (!last && (closing || !container || n->childCount == 0))
        out += ',';
    return out;
}

QByteArray ContentOutline::prettyText() const
{
    if (m_format != Format::Json)
        return m_pretty;
    QByteArray text;
    text.reserve(qsizetype(m_prettySize));
    for (qint32 l = 0; l < m_lineCount; ++l) {
        if (l)
            text += '\n';
        text += jsonLine(l);
    }
    return text;
}

QString ContentOutline::line(qint32 i) const
{
    if (m_format == Format::Json)
        return QString::fromUtf8(jsonLine(i));
    const qint64 from = m_lineStarts.at(i);
    qint64 len = m_lineStarts.at(i + 1) - 1 - from;
    if (len > 0 && m_pretty.at(from + len - 1) == '\r')
        --len;
    return QString::fromUtf8(m_pretty.constData() + from, len);
}

namespace {

bool containsNoCase(QByteArrayView haystack, QByteArrayView needle)
{
    if (needle.isEmpty() || haystack.size() < needle.size())
        return needle.isEmpty();
    const auto lower = [](char c) { return char(c >= 'A' && c <= 'Z' ? c + 32 : c); };
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                       [&lower](char a, char b) { return lower(a) == lower(b); }) != haystack.end();
}

} // namespace

qint32 ContentOutline::findNode(const QByteArray &needle, qint32 from, bool backward) const
{
    const qint32 n = size();
    if (n == 0 || needle.isEmpty())
        return -1;
    const QByteArray &base = m_format == Format::Json ? m_source : m_strings;
    for (qint32 step = 1; step <= n; ++step) {
        const qint32 i = ((backward ? from - step : from + step) % n + n) % n;
        const Node &node = m_nodes.at(i);
        const bool keyed = m_format != Format::Json ||
                           (node.parent >= 0 && m_nodes.at(node.parent).type == NodeType::Object);
        const bool scalar = m_format != Format::Json ||
                            !(node.type == NodeType::Object || node.type == NodeType::Array);
        if ((keyed &&
             containsNoCase(QByteArrayView(base.constData() + node.keyOff, node.keyLen), needle)) ||
            (scalar &&
             containsNoCase(QByteArrayView(base.constData() + node.valOff, node.valLen), needle)))
            return i;
    }
    return -1;
}

qint32 ContentOutline::findLine(const QByteArray &needle, qint32 from, bool backward) const
{
    const qint32 n = lineCount();
    if (n == 0 || needle.isEmpty())
        return -1;
    for (qint32 step = 1; step <= n; ++step) {
        const qint32 i = ((backward ? from - step : from + step) % n + n) % n;
        const QByteArray text = m_format == Format::Json ? jsonLine(i) : QByteArray();
        const QByteArrayView view =
            m_format == Format::Json
                ? QByteArrayView(text)
                : QByteArrayView(m_pretty.constData() + m_lineStarts.at(i),
                                 m_lineStarts.at(i + 1) - 1 - m_lineStarts.at(i));
        if (containsNoCase(view, needle))
            return i;
    }
    return -1;
}
