#include "ContentOutline.h"

#include "app/fhir/BodyText.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamReader>
#include <algorithm>
#include <cstring>
#include <simdjson.h>

#include "app/fhir/ContentOutlineBuilders_p.h"
#include "app/fhir/ContentOutlineStream_p.h"
#include "app/fhir/OutlineSearch_p.h"
#include "app/fhir/OutlineText_p.h"

std::shared_ptr<const ContentOutline> ContentOutline::build(const QByteArray &bytes, Format format)
{
    return build(bytes, format, Folding());
}

std::shared_ptr<const ContentOutline> ContentOutline::build(const QByteArray &bytes, Format format,
                                                            const Folding &folding)
{
    auto outline = std::make_shared<ContentOutline>();
    outline->m_format = format;
    outline->m_folding = folding;
    if (format == Format::Json) {
        if (bytes.capacity() - bytes.size() >= qsizetype(simdjson::SIMDJSON_PADDING)) {
            outline->m_source = bytes; // shared: the bytes after it are only ever read
        } else {
            outline->m_source.reserve(bytes.size() + qsizetype(simdjson::SIMDJSON_PADDING));
            outline->m_source.append(bytes);
        }
        // A large document's first pass streams (see ContentOutlineStream_p.h); its folds, and
        // smaller documents, are read by simdjson.
        const bool read = outline->m_source.size() >= folding.fromBytes
                              ? JsonStreamOutlineBuilder(*outline).run()
                              : JsonOutlineBuilder(*outline).run();
        if (read)
            finishChildren(outline->m_nodes, outline->m_children);
    } else if (format == Format::Xml) {
        if (XmlOutlineBuilder(*outline).run(bytes))
            finishChildren(outline->m_nodes, outline->m_children);
    } else {
        outline->indexText(bytes);
    }
    return outline;
}

QByteArray ContentOutline::readAll(QIODevice &device, QString *error)
{
    const qint64 size = device.isSequential() ? -1 : device.size() - device.pos();
    if (size < 0)
        return device.readAll(); // a pipe: build() adds the padding to this copy
    QByteArray bytes;
    bytes.reserve(qsizetype(size) + qsizetype(simdjson::SIMDJSON_PADDING));
    bytes.resize(qsizetype(size));
    qint64 done = 0;
    while (done < size) {
        const qint64 n = device.read(bytes.data() + done, size - done);
        if (n <= 0) {
            if (error)
                *error = n < 0 ? device.errorString()
                               : tr("The file ended after %1 of %2 bytes.").arg(done).arg(size);
            return {};
        }
        done += n;
    }
    return bytes;
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

void ContentOutline::finishChildren(std::vector<Node> &nodes, std::vector<qint32> &children)
{
    // Children of each node sit side by side in `children`, in document order (so a node's
    // row is found by binary search among its siblings). A folded node has none here.
    qint32 next = 0;
    for (Node &n : nodes) {
        if (n.folded)
            continue;
        n.childStart = next;
        next += n.childCount;
    }
    children.resize(size_t(next));
    std::vector<qint32> filled(nodes.size(), 0);
    for (qint32 i = 1; i < qint32(nodes.size()); ++i) {
        const qint32 p = nodes[size_t(i)].parent;
        if (p >= 0)
            children[size_t(nodes[size_t(p)].childStart + filled[size_t(p)]++)] = i;
    }
}

ContentOutline::NodeId ContentOutline::pageId(qint32 fold, qint32 local) const
{
    return local == 0 ? NodeId(m_foldNode[size_t(fold)]) : ((NodeId(fold) + 1) << 32) | local;
}

std::shared_ptr<const ContentOutline::Page> ContentOutline::page(qint32 fold) const
{
    {
        const std::lock_guard lock(m_pagesLock);
        const auto found = m_pages.find(fold);
        if (found != m_pages.end()) {
            m_pageOrder.splice(m_pageOrder.begin(), m_pageOrder, found->second);
            return found->second->second;
        }
    }
    // Parsed outside the lock: two threads may parse the same fold, to the same nodes.
    auto made = std::make_shared<Page>();
    if (JsonOutlineBuilder(*this, made->nodes).runPage(fold))
        finishChildren(made->nodes, made->children);
    else { // not expected (the first pass read these bytes): a container without children
        made->nodes.assign(1, m_nodes[size_t(m_foldNode[size_t(fold)])]);
        made->nodes[0].childCount = 0;
    }
    made->nodes[0].parent = -1;
    made->nodes[0].folded = false;
    const std::lock_guard lock(m_pagesLock);
    const auto found = m_pages.find(fold);
    if (found != m_pages.end())
        return found->second->second;
    m_pageOrder.emplace_front(fold, made);
    m_pages.emplace(fold, m_pageOrder.begin());
    m_pageNodes += qint64(made->nodes.size());
    while (m_pageNodes > m_folding.cachedNodes && m_pageOrder.size() > 1) {
        m_pageNodes -= qint64(m_pageOrder.back().second->nodes.size());
        m_pages.erase(m_pageOrder.back().first);
        m_pageOrder.pop_back();
    }
    return made;
}

qint64 ContentOutline::cachedNodes() const
{
    const std::lock_guard lock(m_pagesLock);
    return m_pageNodes;
}

ContentOutline::At ContentOutline::at(NodeId i) const
{
    At a;
    a.id = i;
    const qint32 fold = qint32(i >> 32) - 1;
    if (fold < 0) {
        a.n = m_nodes.at(size_t(i));
        a.parent = a.n.parent;
        return a;
    }
    a.fold = fold;
    a.local = qint32(i & 0xffffffff);
    a.page = page(fold);
    a.n = a.page->nodes.at(size_t(a.local));
    a.parent = pageId(fold, a.n.parent);
    return a;
}

ContentOutline::NodeInfo ContentOutline::node(NodeId i) const
{
    const At a = at(i);
    const bool closes = m_format == Format::Json && isContainer(a.n.type);
    return NodeInfo{a.parent, a.n.childCount, a.n.line, closes ? qint32(a.n.valLen) : a.n.line,
                    a.n.type};
}

ContentOutline::NodeId ContentOutline::child(NodeId parent, qint32 row) const
{
    const At a = at(parent);
    if (row < 0 || row >= a.n.childCount)
        return -1;
    if (a.fold < 0 && !a.n.folded)
        return m_children[size_t(a.n.childStart + row)];
    const qint32 fold = a.fold < 0 ? a.n.childStart : a.fold;
    const std::shared_ptr<const Page> p = a.fold < 0 ? page(fold) : a.page;
    const Node &n = p->nodes[size_t(a.local)];
    if (row >= n.childCount)
        return -1; // a fold that did not parse again (not expected)
    return pageId(fold, p->children[size_t(n.childStart + row)]);
}

qint32 ContentOutline::rowOf(NodeId i) const
{
    const At a = at(i);
    if (a.parent < 0)
        return 0;
    if (a.fold < 0) {
        const Node &p = m_nodes[size_t(a.n.parent)];
        const auto first = m_children.cbegin() + p.childStart;
        return qint32(std::lower_bound(first, first + p.childCount, qint32(i)) - first);
    }
    const Node &p = a.page->nodes[size_t(a.n.parent)];
    const auto first = a.page->children.cbegin() + p.childStart;
    return qint32(std::lower_bound(first, first + p.childCount, a.local) - first);
}

bool ContentOutline::isLastChild(const At &a) const
{
    if (a.parent < 0)
        return true;
    const NodeInfo p = node(a.parent);
    return child(a.parent, p.childCount - 1) == a.id;
}

ContentOutline::NodeType ContentOutline::parentType(const At &a) const
{
    if (a.parent < 0)
        return NodeType::Null;
    if (a.fold >= 0)
        return a.page->nodes[size_t(a.n.parent)].type;
    return m_nodes[size_t(a.n.parent)].type;
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

QString ContentOutline::name(NodeId i) const
{
    const At a = at(i);
    const Node &n = a.n;
    if (m_format == Format::Xml)
        return QString::fromUtf8(m_strings.constData() + n.keyOff, n.keyLen);
    if (a.parent < 0)
        return tr("(root)");
    if (parentType(a) == NodeType::Array)
        return QStringLiteral("[%1]").arg(rowOf(i));
    QByteArray quoted;
    quoted.reserve(n.keyLen + 2);
    quoted += '"';
    quoted.append(m_source.constData() + n.keyOff, n.keyLen);
    quoted += '"';
    return jsonString(quoted.constData(), quoted.size());
}

QString ContentOutline::value(NodeId i) const
{
    const Node n = at(i).n;
    switch (n.type) {
    case NodeType::Object: {
        // A FHIR resource says what it is ("Patient/123 {12 fields}"); a Bundle entry or a
        // Parameters part names the resource it carries ("→ Patient/123").
        const QString fields = tr("{%n field(s)}", nullptr, n.childCount);
        const QString label = resourceLabel(i);
        if (!label.isEmpty())
            return QStringLiteral("%1 %2").arg(label, fields);
        for (qint32 r = 0; r < n.childCount; ++r) {
            const NodeId c = child(i, r);
            const Node cn = at(c).n;
            if (cn.type == NodeType::Object &&
                QByteArrayView(m_source.constData() + cn.keyOff, cn.keyLen) == "resource") {
                const QString inner = resourceLabel(c);
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
            const Node &cn = m_nodes.at(size_t(child(i, r)));
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

QString ContentOutline::resourceLabel(NodeId i) const
{
    const qint32 count = at(i).n.childCount;
    QString type, id;
    for (qint32 r = 0; r < count; ++r) {
        const NodeId c = child(i, r);
        const Node cn = at(c).n;
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

QString ContentOutline::typeName(NodeId i) const
{
    switch (at(i).n.type) {
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

QByteArray ContentOutline::rawValue(NodeId i, qsizetype limit) const
{
    const At a = at(i);
    const Node &n = a.n;
    if (m_format == Format::Xml)
        return m_strings.mid(n.valOff, limit >= 0 ? qMin<qsizetype>(limit, n.valLen) : n.valLen);
    if (isContainer(n.type)) {
        // The container's pretty text, from its line to its closing bracket, indented from 0.
        const qsizetype indent = qsizetype(depth(i)) * 2;
        const bool keyed = parentType(a) == NodeType::Object;
        QByteArray text;
        const qint32 last = qint32(n.valLen);
        for (qint32 l = n.line; l <= last; ++l) {
            QByteArray one = OutlineText::jsonLine(*this, l);
            if (l == n.line) {
                one = one.mid(indent);
                if (keyed)
                    one = one.mid(one.indexOf(": ") + 2);
            } else {
                one = one.mid(qMin(indent, one.size()));
            }
            if (l == last && one.endsWith(','))
                one.chop(1);
            if (l > n.line)
                text += '\n';
            text += one;
            if (limit >= 0 && text.size() >= limit)
                break;
        }
        return text;
    }
    return m_source.mid(n.valOff, limit >= 0 ? qMin<qsizetype>(limit, n.valLen) : n.valLen);
}

qint32 ContentOutline::depth(NodeId i) const
{
    qint32 d = 0;
    for (NodeId p = node(i).parent; p >= 0; p = node(p).parent)
        ++d;
    return d;
}

QByteArray ContentOutline::prettyText() const
{
    return OutlineText::prettyText(*this);
}

QString ContentOutline::line(qint32 i) const
{
    return OutlineText::line(*this, i);
}

ContentOutline::NodeId ContentOutline::findNode(const QByteArray &needle, NodeId from,
                                                bool backward) const
{
    return OutlineSearch::findNode(*this, needle, from, backward);
}

qint32 ContentOutline::findLine(const QByteArray &needle, qint32 from, bool backward) const
{
    return OutlineSearch::findLine(*this, needle, from, backward);
}
