#pragma once

#include <QByteArray>

namespace LargeFile {

// Large synthetic files: fixed-width NDJSON lines, so any byte range can be produced without
// producing what precedes it.
constexpr qint64 kLine = 200;

inline QByteArray line(qint64 i)
{
    QByteArray line = R"({"resourceType":"Observation","id":"large-)" + QByteArray::number(i) +
                      R"(","status":"final","code":{"text":"Sandbox bulk line"},"valueInteger":)" +
                      QByteArray::number((i * 2654435761LL) % 100000) + R"(,"note":")";
    line += QByteArray(kLine - line.size() - 3, 'x');
    line += "\"}\n";
    return line;
}

inline QByteArray bytes(qint64 offset, qint64 length)
{
    QByteArray out;
    out.reserve(length);
    qint64 i = offset / kLine;
    qint64 skip = offset % kLine;
    while (out.size() < length) {
        const QByteArray next = line(i++);
        out += next.mid(skip, length - out.size());
        skip = 0;
    }
    return out;
}

} // namespace LargeFile
