#include "OutlineSearch_p.h"

#include "app/fhir/OutlineText_p.h"

#include <algorithm>

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

bool OutlineSearch::matches(const ContentOutline &o, const ContentOutline::At &a,
                            const QByteArray &needle)
{
    const QByteArray &base = o.m_format == ContentOutline::Format::Json ? o.m_source : o.m_strings;
    const bool keyed = o.m_format != ContentOutline::Format::Json ||
                       o.parentType(a) == ContentOutline::NodeType::Object;
    const bool scalar = o.m_format != ContentOutline::Format::Json || !o.isContainer(a.n.type);
    return (keyed &&
            containsNoCase(QByteArrayView(base.constData() + a.n.keyOff, a.n.keyLen), needle)) ||
           (scalar &&
            containsNoCase(QByteArrayView(base.constData() + a.n.valOff, a.n.valLen), needle));
}

ContentOutline::NodeId OutlineSearch::findNode(const ContentOutline &o, const QByteArray &needle,
                                               ContentOutline::NodeId from, bool backward)
{
    const qint32 n = qint32(o.m_nodes.size());
    if (n == 0 || needle.isEmpty())
        return -1;
    // Positions in document order: a node of the first pass's table, and a place in its fold
    // (0: the node itself). A fold whose bytes do not contain the needle is not parsed at all:
    // every key and scalar inside it is a piece of those bytes.
    const bool virtualStart = from < 0;
    qint32 top = virtualStart ? (backward ? n : -1) : qint32(from);
    qint32 local = 0;
    if (!virtualStart && (from >> 32) > 0) {
        const qint32 fold = qint32(from >> 32) - 1;
        top = o.m_foldNode[size_t(fold)];
        local = qint32(from & 0xffffffff);
    }
    const qint32 startTop = top, startLocal = local;
    const auto foldWorthReading = [&](qint32 t) {
        const ContentOutline::Node &f = o.m_nodes[size_t(t)];
        return f.folded &&
               containsNoCase(QByteArrayView(o.m_source.constData() + f.valOff,
                                             o.m_foldEnd[size_t(f.childStart)] - f.valOff),
                              needle);
    };
    const auto foldSize = [&](qint32 t) {
        return qint32(o.page(o.m_nodes[size_t(t)].childStart)->nodes.size());
    };
    qint32 topSteps = 0;
    for (;;) {
        if (!backward) {
            if (top >= 0 && top < n && (local > 0 || foldWorthReading(top)) &&
                local + 1 < foldSize(top)) {
                ++local;
            } else {
                local = 0;
                if (++top == n) {
                    if (virtualStart)
                        return -1;
                    top = 0;
                }
                ++topSteps;
            }
        } else if (local > 0) {
            --local;
        } else {
            if (--top < 0) {
                if (virtualStart)
                    return -1;
                top = n - 1;
            }
            ++topSteps;
            if (foldWorthReading(top))
                local = foldSize(top) - 1;
        }
        if (topSteps > n + 1)
            return -1; // around once: the start was inside a fold without the needle
        const ContentOutline::NodeId id = local == 0
                                              ? ContentOutline::NodeId(top)
                                              : o.pageId(o.m_nodes[size_t(top)].childStart, local);
        if (matches(o, o.at(id), needle))
            return id;
        if (top == startTop && local == startLocal)
            return -1;
    }
}

qint32 OutlineSearch::findLine(const ContentOutline &o, const QByteArray &needle, qint32 from,
                               bool backward)
{
    const qint32 n = o.lineCount();
    if (n == 0 || needle.isEmpty())
        return -1;
    for (qint32 step = 1; step <= n; ++step) {
        const qint32 i = ((backward ? from - step : from + step) % n + n) % n;
        const QByteArray text =
            o.m_format == ContentOutline::Format::Json ? OutlineText::jsonLine(o, i) : QByteArray();
        const QByteArrayView view =
            o.m_format == ContentOutline::Format::Json
                ? QByteArrayView(text)
                : QByteArrayView(o.m_pretty.constData() + o.m_lineStarts.at(i),
                                 o.m_lineStarts.at(i + 1) - 1 - o.m_lineStarts.at(i));
        if (containsNoCase(view, needle))
            return i;
    }
    return -1;
}
