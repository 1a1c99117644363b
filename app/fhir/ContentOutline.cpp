#include "ContentOutline.h"

#include "app/fhir/BodyText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamReader>
#include <algorithm>
#include <cstring>
#include <simdjson.h>

#include "app/fhir/ContentOutlineBuilders.h"

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
