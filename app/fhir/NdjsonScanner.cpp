#include "NdjsonScanner.h"

#include "app/fhir/ContentOutline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>
#include <simdjson.h>

struct NdjsonScanner::Parser
{
    simdjson::dom::parser dom;
};

NdjsonScanner::NdjsonScanner(Sink sink)
    : m_sink(std::move(sink)), m_parser(std::make_unique<Parser>())
{
}

NdjsonScanner::~NdjsonScanner() = default;

bool NdjsonScanner::feed(const char *data, qint64 size)
{
    if (m_stopped)
        return false;
    if (size <= 0)
        return true;
    const qint64 padding = qint64(simdjson::SIMDJSON_PADDING);
    qint64 pos = 0;
    // A line begun in an earlier block ends in this one (or not yet): it is put together in the
    // buffer, padding after it.
    if (m_have > 0) {
        const auto *nl = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
        const qint64 take = nl ? nl - data + 1 : size;
        append(data, take);
        pos = take;
        if (!nl)
            return true;
        const qint64 whole = m_have;
        m_have = 0;
        if (!scanLine(m_buffer.data(), whole - 1, true))
            m_stopped = true;
        m_consumed += whole;
    }
    // Whole lines are parsed where they are, as long as the block has simdjson's padding's worth
    // of bytes after them: no copy of the block.
    pos += scanLines(data + pos, size - pos, size - pos);
    if (m_stopped || pos >= size)
        return !m_stopped;
    // The last lines of the block, too near its end, and the unfinished one: through the buffer
    // (padding after all of it).
    append(data + pos, size - pos);
    const qint64 at = scanLines(m_buffer.data(), m_have, m_have + padding);
    // Keep the unfinished line for the next block.
    if (at > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + at, size_t(m_have - at));
        m_have -= at;
    }
    return !m_stopped;
}

qint64 NdjsonScanner::scanLines(const char *block, qint64 size, qint64 readable)
{
    const qint64 padding = qint64(simdjson::SIMDJSON_PADDING);
    qint64 pos = 0;
    while (!m_stopped && pos < size) {
        const char *from = block + pos;
        const auto *nl = static_cast<const char *>(std::memchr(from, '\n', size_t(size - pos)));
        if (!nl || (nl - block) + padding > readable)
            break;
        const qint64 len = nl - from;
        if (!scanLine(from, len, true))
            m_stopped = true;
        pos += len + 1;
        m_consumed += len + 1;
    }
    return pos;
}

void NdjsonScanner::append(const char *data, qint64 size)
{
    const size_t padding = simdjson::SIMDJSON_PADDING;
    if (m_buffer.size() < size_t(m_have + size) + padding)
        m_buffer.resize(size_t(m_have + size) + padding);
    std::memcpy(m_buffer.data() + m_have, data, size_t(size));
    m_have += size;
}

bool NdjsonScanner::finish()
{
    if (m_stopped)
        return false;
    if (m_have > 0) {
        const qint64 len = m_have;
        m_have = 0;
        if (!scanLine(m_buffer.data(), len, false))
            m_stopped = true;
        m_consumed += len;
    }
    return !m_stopped;
}

bool NdjsonScanner::scanLine(const char *from, qint64 length, bool hasBreak)
{
    Line line;
    line.number = m_lineNo++;
    line.offset = m_consumed;
    line.hasBreak = hasBreak;
    if (length > 0 && from[length - 1] == '\r')
        --length;
    line.length = length;
    if (length == 0) {
        line.kind = Kind::Empty;
        line.problem = tr("An empty line (NDJSON has one resource on every line).");
        return m_sink(line);
    }
    // The line is followed by readable bytes (the rest of the buffer and its padding), so
    // simdjson parses it in place.
    simdjson::dom::element doc;
    const simdjson::error_code e = m_parser->dom.parse(from, size_t(length), false).get(doc);
    if (e == simdjson::NUMBER_ERROR)
        return scanLineByRule(line, from);
    simdjson::dom::object object;
    if (e) {
        line.kind = Kind::NotJson;
        line.problem = tr("Not valid JSON: %1").arg(QString::fromUtf8(simdjson::error_message(e)));
    } else if (doc.get_object().get(object)) {
        line.kind = Kind::NotObject;
        line.problem = tr("Valid JSON, but not an object (a resource is a JSON object).");
    } else if (object["resourceType"].get_string().get(line.resourceType)) {
        line.kind = Kind::Untyped;
    }
    return m_sink(line);
}

bool NdjsonScanner::scanLineByRule(Line &line, const char *from)
{
    // simdjson's DOM refuses a number that no double or 64-bit integer holds (1e400, a decimal
    // of 30 digits); RFC 8259 allows any, and so does the viewer. Such a line (rare) is read
    // again by the content outline, whose rule the viewer shows, so both say the same of it.
    const auto outline = ContentOutline::build(QByteArray(from, qsizetype(line.length)),
                                               ContentOutline::Format::Json);
    QByteArray type;
    if (!outline->isValid()) {
        line.kind = Kind::NotJson;
        line.problem = outline->error();
    } else if (outline->node(0).type != ContentOutline::NodeType::Object) {
        line.kind = Kind::NotObject;
        line.problem = tr("Valid JSON, but not an object (a resource is a JSON object).");
    } else {
        line.kind = Kind::Untyped;
        for (qint32 r = 0; r < outline->node(0).childCount; ++r) {
            const ContentOutline::NodeId c = outline->child(0, r);
            if (outline->name(c) != QLatin1String("resourceType"))
                continue;
            if (outline->node(c).type == ContentOutline::NodeType::String) {
                // Unescaped whole (value() shortens what it shows).
                const QByteArray token = '[' + outline->rawValue(c) + ']';
                type = QJsonDocument::fromJson(token).array().at(0).toString().toUtf8();
                line.kind = Kind::Resource;
            }
            break; // the first one counts, as in the DOM
        }
    }
    line.resourceType = std::string_view(type.constData(), size_t(type.size()));
    return m_sink(line);
}
