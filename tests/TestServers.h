#pragma once

// Small loopback servers that misbehave on purpose, for the service-layer tests.
#include "app/net/ProxyChoice.h"
#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

// Accepts connections, records each raw request, and answers with a scripted raw response
// (or not at all, to simulate a stalled server).
class ScriptedServer : public QTcpServer
{
public:
    enum class Mode { Respond, Stall, Truncate };

    explicit ScriptedServer(QObject *parent = nullptr) : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    QByteArray &buf = m_buffers[s];
                    buf += s->readAll();
                    if (!buf.contains("\r\n\r\n"))
                        return; // wait for the whole header block
                    requests << buf;
                    buf.clear();
                    if (mode == Mode::Stall)
                        return;
                    s->write(response);
                    s->flush();
                    if (mode == Mode::Truncate || closeAfter)
                        s->disconnectFromHost();
                });
            }
        });
    }

    quint16 start()
    {
        listen(QHostAddress::LocalHost, 0);
        return serverPort();
    }

    QList<QByteArray> requests;
    QByteArray response =
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok";
    Mode mode = Mode::Respond;
    bool closeAfter = false;

private:
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <functional>

// A minimal server of another vendor, for "any server that follows the Bulk Data IG": each
// request is answered by `answer` (status, headers, body) and recorded.
class IgServer : public QAbstractHttpServer
{
public:
    struct Answer
    {
        int status = 404;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    struct Seen
    {
        QByteArray method;
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hasHeader(const QByteArray &name) const
        {
            for (const auto &h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            return false;
        }
    };
    std::function<Answer(const QHttpServerRequest &)> answer;
    QList<Seen> seen;

    quint16 start() { return quint16(listen(QHostAddress::LocalHost, 0)); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        seen.append({request.method() == QHttpServerRequest::Method::Delete ? QByteArray("DELETE")
                                                                            : QByteArray("GET"),
                     request.url(), request.headers()});
        const Answer a = answer ? answer(request) : Answer{};
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(a.status));
        for (const auto &h : a.headers)
            responder.writeHeader(h.first, h.second);
        responder.writeHeader("Content-Length", QByteArray::number(a.body.size()));
        responder.writeBody(a.body);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

#include <QNetworkProxyFactory>

// Keeps a test on loopback: every request to another host goes to a proxy that is not there
// and fails at once, instead of reaching the internet (the built-in profiles name real hosts).
// A profile's own proxy setting still applies (tests name loopback proxies); only "the system's
// proxy" is replaced by this rule.
class HermeticProxyFactory : public ProxyFactory
{
protected:
    QList<QNetworkProxy> systemProxies(const QNetworkProxyQuery &query) override
    {
        const QString host = query.peerHostName();
        if (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") ||
            host == QLatin1String("::1"))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return {QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                              9)}; // discard port: refused
    }
};
