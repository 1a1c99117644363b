#pragma once

// A loopback HTTP server that misbehaves exactly as a test scripts it: each answer is a list of
// steps (send these bytes, wait, close, stall), so a test can send a cut chunk, a body shorter than
// its Content-Length or garbage instead of HTTP, byte for byte. It parses only what it needs of the
// request (the request line, the header block, a Content-Length body) and records each request.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>

class FaultServer : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // as sent: path and query
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            return {};
        }
        QByteArray path() const
        {
            return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        }
    };
    struct Step
    {
        enum Kind { Send, Wait, Close, Stall } kind = Send;
        QByteArray bytes;
        int ms = 0;
    };
    using Script = QList<Step>;
    // Answers a request; `nth` counts the requests to that path so far (0 for the first).
    using Handler = std::function<Script(const Request &, int nth)>;

    static Step send(const QByteArray &b) { return {Step::Send, b, 0}; }
    static Step wait(int ms) { return {Step::Wait, {}, ms}; }
    static Step close() { return {Step::Close, {}, 0}; }
    static Step stall() { return {Step::Stall, {}, 0}; }
    // A whole, well-formed response.
    static QByteArray response(int status, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {},
                               const QByteArray &reason = "X")
    {
        QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        bool length = false;
        for (const auto &h : headers) {
            r += h.first + ": " + h.second + "\r\n";
            length = length || h.first.compare("Content-Length", Qt::CaseInsensitive) == 0 ||
                     h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0;
        }
        if (!length)
            r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        return r + "\r\n" + body;
    }
    static Script answer(int status, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return {send(response(status, body, headers))};
    }

    explicit FaultServer(QObject *parent = nullptr) : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, s, [this, s] { readFrom(s); });
        });
    }

    quint16 start()
    {
        listen(QHostAddress::LocalHost, 0);
        return serverPort();
    }
    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
    void on(const QByteArray &path, Handler h) { m_handlers.insert(path, std::move(h)); }
    // A Bulk Data kick-off at `path` that accepts the job and points at `statusUrl` (a full URL,
    // on this server or another).
    void acceptExport(const QByteArray &path, const QUrl &statusUrl)
    {
        const QByteArray location = statusUrl.toEncoded();
        on(path, [location](const Request &, int) {
            return answer(202, {}, {{"Content-Location", location}});
        });
    }
    int count(const QByteArray &path) const { return m_counts.value(path); }

    QList<Request> requests;

private:
    void readFrom(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const int end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buf.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.target = first.value(1);
            qint64 length = 0;
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = lines[i].indexOf(':');
                if (colon < 0)
                    continue;
                r.headers.append(
                    {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
                if (r.headers.constLast().first.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = r.headers.constLast().second.toLongLong();
            }
            if (buf.size() < end + 4 + length)
                return;
            r.body = buf.mid(end + 4, length);
            buf.remove(0, end + 4 + length);
            requests << r;
            const int nth = m_counts[r.path()]++;
            const Handler h = m_handlers.value(r.path());
            run(s, h ? h(r, nth) : answer(404, "no such path"), 0);
        }
    }
    void run(QTcpSocket *s, Script script, int at)
    {
        QPointer<QTcpSocket> guard(s);
        for (; at < script.size(); ++at) {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            const Step &step = script.at(at);
            switch (step.kind) {
            case Step::Send:
                guard->write(step.bytes);
                guard->flush();
                break;
            case Step::Close:
                guard->disconnectFromHost();
                return;
            case Step::Stall:
                return;
            case Step::Wait:
                QTimer::singleShot(step.ms, this, [this, guard, script, at] {
                    if (guard)
                        run(guard, script, at + 1);
                });
                return;
            }
        }
    }

    QHash<QByteArray, Handler> m_handlers;
    QHash<QByteArray, int> m_counts;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

Q_DECLARE_METATYPE(FaultServer::Script)
