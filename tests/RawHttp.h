#pragma once

// Raw HTTP/1.1 over a loopback socket, for tests that must see the bytes the Sandbox sends
// (header order, exact bodies) and send headers exactly as written (an empty Authorization).
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpSocket>

struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &n) const
    {
        for (const auto &h : headers)
            if (h.first.compare(n, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    QList<QByteArray> names() const
    {
        QList<QByteArray> out;
        for (const auto &h : headers)
            out << h.first;
        return out;
    }
};

inline RawResponse rawExchange(quint16 port, const QByteArray &method, const QByteArray &target,
                               const QList<QByteArray> &extraHeaderLines,
                               const QByteArray &body = {})
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {};
    QByteArray req = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray &line : extraHeaderLines)
        req += line + "\r\n";
    if (!body.isEmpty())
        req += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    req += "Connection: close\r\n\r\n" + body;
    s.write(req);
    // Read until the header block and Content-Length bytes of body have arrived. The header is
    // looked at once (not on every read: a 67 MB body arrives in thousands of reads), and the
    // wait for the next bytes is long, since building a large answer on a loaded machine takes
    // seconds; a server that stops sending still ends the loop.
    QByteArray data;
    qsizetype expected = -1; // the whole answer's size, once the header block is in
    while ((expected < 0 || data.size() < expected) && s.waitForReadyRead(30000)) {
        data += s.readAll();
        if (expected >= 0)
            continue;
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        const QByteArray head = data.left(end + 2).toLower();
        const qsizetype cl = head.indexOf("\r\ncontent-length:");
        if (cl < 0)
            break;
        const qsizetype eol = head.indexOf("\r\n", cl + 2);
        expected = end + 4 + head.mid(cl + 17, eol - cl - 17).trimmed().toLongLong();
    }
    RawResponse r;
    const int split = data.indexOf("\r\n\r\n");
    if (split < 0)
        return r;
    const QList<QByteArray> lines = data.left(split).split('\n');
    r.status = lines.value(0).split(' ').value(1).toInt();
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const int colon = line.indexOf(':');
        r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    r.body = data.mid(split + 4);
    return r;
}
