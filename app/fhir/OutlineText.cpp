#include "OutlineText_p.h"

#include <algorithm>

QByteArray OutlineText::jsonLine(const ContentOutline &o, qint32 line)
{
    // The last node starting at or before the line (inside a fold when the line is): the line
    // is that node's first line, or the closing line of it or one of its ancestors.
    if (o.m_nodes.empty() || line < 0 || line >= o.m_lineCount)
        return {};
    const auto lastAtOrBefore = [line](const std::vector<ContentOutline::Node> &nodes) {
        return qint32(std::upper_bound(
                          nodes.cbegin(), nodes.cend(), line,
                          [](qint32 l, const ContentOutline::Node &n) { return l < n.line; }) -
                      nodes.cbegin()) -
               1;
    };
    const qint32 top = lastAtOrBefore(o.m_nodes);
    if (top < 0)
        return {};
    ContentOutline::At a = o.at(top);
    if (a.n.folded && a.n.line < line && line < qint32(a.n.valLen)) {
        const qint32 fold = a.n.childStart;
        a = o.at(o.pageId(fold, qMax(0, lastAtOrBefore(o.page(fold)->nodes))));
    }
    const bool closing = a.n.line != line;
    if (closing) {
        while (!o.isContainer(a.n.type) || qint32(a.n.valLen) != line) {
            if (a.parent < 0)
                return {};
            a = o.at(a.parent);
        }
    }
    const qint32 d = o.depth(a.id);
    const ContentOutline::Node *n = &a.n;
    const bool last = o.isLastChild(a);
    QByteArray out(qsizetype(d) * 2, ' ');
    const bool container = o.isContainer(n->type);
    if (closing) {
        out += n->type == ContentOutline::NodeType::Object ? '}' : ']';
    } else {
        if (o.parentType(a) == ContentOutline::NodeType::Object) {
            out += '"';
            out.append(o.m_source.constData() + n->keyOff, n->keyLen);
            out += "\": ";
        }
        if (container) {
            out += n->type == ContentOutline::NodeType::Object ? '{' : '[';
            if (n->childCount == 0)
                out += n->type == ContentOutline::NodeType::Object ? '}' : ']';
        } else {
            out.append(o.m_source.constData() + n->valOff, n->valLen);
        }
    }
    if (!last && (closing || !container || n->childCount == 0))
        out += ',';
    return out;
}

QByteArray OutlineText::prettyText(const ContentOutline &o)
{
    if (o.m_format != ContentOutline::Format::Json)
        return o.m_pretty;
    QByteArray text;
    text.reserve(qsizetype(o.m_prettySize));
    for (qint32 l = 0; l < o.m_lineCount; ++l) {
        if (l)
            text += '\n';
        text += jsonLine(o, l);
    }
    return text;
}

QString OutlineText::line(const ContentOutline &o, qint32 i)
{
    if (o.m_format == ContentOutline::Format::Json)
        return QString::fromUtf8(jsonLine(o, i));
    const qint64 from = o.m_lineStarts.at(i);
    qint64 len = o.m_lineStarts.at(i + 1) - 1 - from;
    if (len > 0 && o.m_pretty.at(from + len - 1) == '\r')
        --len;
    return QString::fromUtf8(o.m_pretty.constData() + from, len);
}
