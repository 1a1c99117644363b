#pragma once
// A small HTTP proxy on loopback, as corporate ones behave: CONNECT tunnels (HTTPS) and forwarded
// absolute-URI requests (plain HTTP), optionally asking for Basic credentials (407), or
// answering with its own HTML block page, or with a login page (200) for plain HTTP as a
// network portal does, or never answering at all.
#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <memory>

// Once a tunnel stands: the bytes go both ways until either side closes (`early`: what the
// client sent before the tunnel stood).
inline void pipe(QTcpSocket *client, QTcpSocket *upstream, const QByteArray &early)
{
    QObject::connect(client, &QTcpSocket::readyRead, upstream,
                     [client, upstream] { upstream->write(client->readAll()); });
    QObject::connect(upstream, &QTcpSocket::readyRead, client,
                     [client, upstream] { client->write(upstream->readAll()); });
    QObject::connect(upstream, &QTcpSocket::disconnected, client,
                     [client] { client->disconnectFromHost(); });
    QObject::connect(client, &QTcpSocket::disconnected, upstream,
                     [upstream] { upstream->disconnectFromHost(); });
    if (!early.isEmpty())
        upstream->write(early);
    if (client->bytesAvailable())
        upstream->write(client->readAll());
}

class TestProxy : public QTcpServer
{
public:
    enum class Mode { Forward, BlockPage, LoginPage, Stall };
    Mode mode = Mode::Forward;
    QByteArray requiredCredentials; // "user:password": anything else is answered 407
    QList<QByteArray> requestLines; // "CONNECT host:port HTTP/1.1", "GET http://… HTTP/1.1"
    int authorized = 0;             // requests that carried the right credentials

    explicit TestProxy(QObject *parent = nullptr) : QTcpServer(parent) {}

    quint16 start()
    {
        listen(QHostAddress::LocalHost, 0);
        return serverPort();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("tunnel").toBool())
                return; // the tunnel's own connection moves the bytes
            *buffer += client->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end + 4);
            const qsizetype length = header(head, "Content-Length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return; // the body is still coming
            const QByteArray body = buffer->mid(end + 4, length);
            buffer->remove(0, end + 4 + length);
            handle(client, head, body);
        });
    }

private:
    static QByteArray header(const QByteArray &head, const QByteArray &name)
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

    static void answer(QTcpSocket *client, const QByteArray &status, const QByteArray &headers,
                       const QByteArray &body)
    {
        client->write("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        client->disconnectFromHost();
    }

    void handle(QTcpSocket *client, const QByteArray &head, const QByteArray &body)
    {
        const QByteArray line = head.left(head.indexOf("\r\n"));
        requestLines << line;
        if (mode == Mode::Stall)
            return;
        if (!requiredCredentials.isEmpty()) {
            if (header(head, "Proxy-Authorization") != "Basic " + requiredCredentials.toBase64()) {
                answer(client, "407 Proxy Authentication Required",
                       "Proxy-Authenticate: Basic realm=\"test proxy\"\r\n", {});
                return;
            }
            ++authorized;
        }
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 3) {
            answer(client, "400 Bad Request", {}, {});
            return;
        }
        if (mode == Mode::BlockPage) {
            answer(client, "403 Forbidden", "Content-Type: text/html\r\nVia: 1.1 test-proxy\r\n",
                   "<!DOCTYPE html><html><body><h1>Access denied</h1><p>This site is blocked "
                   "by your organisation's web policy.</p></body></html>");
            return;
        }
        if (mode == Mode::LoginPage && parts[0] != "CONNECT") {
            answer(client, "200 OK", "Content-Type: text/html; charset=utf-8\r\n",
                   "<!DOCTYPE html><html><body><h1>Welcome</h1><form action=\"/login\">"
                   "<p>Sign in to use the network.</p></form></body></html>");
            return;
        }
        if (parts[0] == "CONNECT") {
            const QList<QByteArray> hostPort = parts[1].split(':');
            tunnel(client, QString::fromLatin1(hostPort.value(0)), hostPort.value(1).toUShort());
            return;
        }
        forward(client, parts[0], QUrl(QString::fromLatin1(parts[1])), head, body);
    }

    void tunnel(QTcpSocket *client, const QString &host, quint16 port)
    {
        client->setProperty("tunnel", true);
        auto *upstream = new QTcpSocket(client);
        connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            pipe(client, upstream, {});
        });
        connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
            if (upstream->state() != QAbstractSocket::ConnectedState)
                answer(client, "502 Bad Gateway", {}, {});
        });
        upstream->connectToHost(host, port);
    }

    // A plain-HTTP request: sent on to its server in origin form with "Connection: close",
    // the answer passed back whole with a Via header, then the client connection closed.
    void forward(QTcpSocket *client, const QByteArray &method, const QUrl &url,
                 const QByteArray &head, const QByteArray &body)
    {
        QByteArray out = method + ' ' + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                         " HTTP/1.1\r\n";
        const QList<QByteArray> lines = head.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray l = lines[i].trimmed();
            const QByteArray name = l.left(l.indexOf(':')).toLower();
            if (l.isEmpty() || name == "proxy-authorization" || name == "proxy-connection" ||
                name == "connection")
                continue;
            out += l + "\r\n";
        }
        out += "Connection: close\r\n\r\n" + body;
        auto *upstream = new QTcpSocket(client);
        auto response = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        auto finish = [client, response, done] {
            if (*done)
                return;
            *done = true;
            QByteArray r = *response;
            const qsizetype end = r.indexOf("\r\n\r\n");
            if (end < 0) {
                answer(client, "502 Bad Gateway", {}, {});
                return;
            }
            QByteArray headPart = r.left(end);
            QByteArray kept;
            for (const QByteArray &l : headPart.split('\n')) {
                if (!l.trimmed().toLower().startsWith("connection:"))
                    kept += l.trimmed() + "\r\n";
            }
            client->write(kept + "Via: 1.1 test-proxy\r\nConnection: close\r\n\r\n" +
                          r.mid(end + 4));
            client->disconnectFromHost();
        };
        connect(upstream, &QTcpSocket::connected, client,
                [upstream, out] { upstream->write(out); });
        connect(upstream, &QTcpSocket::readyRead, client, [upstream, response, finish] {
            *response += upstream->readAll();
            // Done at Content-Length (servers that keep the connection open), or at the close.
            const qsizetype end = response->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray length = header(response->left(end + 4), "Content-Length");
            if (!length.isEmpty() && response->size() >= end + 4 + length.toLongLong())
                finish();
        });
        connect(upstream, &QTcpSocket::disconnected, client, finish);
        connect(upstream, &QTcpSocket::errorOccurred, client, [upstream, finish] {
            if (upstream->state() != QAbstractSocket::ConnectedState)
                finish();
        });
        upstream->connectToHost(url.host(), quint16(url.port(80)));
    }
};

// A SOCKS5 proxy (RFC 1928) on loopback: CONNECT only, with no authentication or, when
// requiredCredentials is set, user name and password (RFC 1929); every CONNECT is counted.
class TestSocks5 : public QTcpServer
{
public:
    QByteArray requiredCredentials; // "user:password"
    int connects = 0;
    int refusedLogins = 0;

    explicit TestSocks5(QObject *parent = nullptr) : QTcpServer(parent) {}
    quint16 start()
    {
        listen(QHostAddress::LocalHost, 0);
        return serverPort();
    }
    QString url(const QString &user = {}) const
    {
        return QStringLiteral("socks5://") +
               (user.isEmpty() ? QString() : user + QLatin1Char('@')) +
               QStringLiteral("127.0.0.1:%1").arg(serverPort());
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        auto stage = std::make_shared<int>(0); // 0 greeting, 1 login, 2 request, 3 tunnel
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, stage] {
            if (*stage == 3)
                return;
            *buffer += client->readAll();
            const QByteArray &b = *buffer;
            if (*stage == 0) {
                if (b.size() < 2 || b.size() < 2 + quint8(b[1]))
                    return;
                const QByteArray methods = b.mid(2, quint8(b[1]));
                const char wanted = requiredCredentials.isEmpty() ? 0x00 : 0x02;
                const bool offered = methods.contains(wanted);
                client->write(QByteArray("\x05", 1) + (offered ? wanted : char(0xFF)));
                buffer->remove(0, 2 + quint8(b[1]));
                if (!offered) {
                    client->disconnectFromHost();
                    return;
                }
                *stage = requiredCredentials.isEmpty() ? 2 : 1;
            }
            if (*stage == 1) {
                if (b.size() < 2)
                    return;
                const int userLength = quint8(b[1]);
                if (b.size() < 2 + userLength + 1)
                    return;
                const int passwordLength = quint8(b[2 + userLength]);
                if (b.size() < 3 + userLength + passwordLength)
                    return;
                const QByteArray given =
                    b.mid(2, userLength) + ':' + b.mid(3 + userLength, passwordLength);
                buffer->remove(0, 3 + userLength + passwordLength);
                const bool ok = given == requiredCredentials;
                client->write(QByteArray("\x01", 1) + char(ok ? 0x00 : 0x01));
                if (!ok) {
                    ++refusedLogins;
                    client->disconnectFromHost();
                    return;
                }
                *stage = 2;
            }
            if (*stage == 2) {
                if (b.size() < 5)
                    return;
                QString host;
                int at = 4;
                if (b[3] == 0x01) {
                    if (b.size() < 10)
                        return;
                    host = QStringLiteral("%1.%2.%3.%4")
                               .arg(quint8(b[4]))
                               .arg(quint8(b[5]))
                               .arg(quint8(b[6]))
                               .arg(quint8(b[7]));
                    at = 8;
                } else if (b[3] == 0x03) {
                    const int length = quint8(b[4]);
                    if (b.size() < 5 + length + 2)
                        return;
                    host = QString::fromLatin1(b.mid(5, length));
                    at = 5 + length;
                } else {
                    client->write(QByteArray("\x05\x08\x00\x01\0\0\0\0\0\0", 10));
                    client->disconnectFromHost();
                    return;
                }
                const quint16 port = quint16((quint8(b[at]) << 8) | quint8(b[at + 1]));
                buffer->remove(0, at + 2);
                *stage = 3;
                ++connects;
                auto *upstream = new QTcpSocket(client);
                connect(upstream, &QTcpSocket::connected, client, [client, upstream, buffer] {
                    client->write(QByteArray("\x05\x00\x00\x01\x7f\0\0\x01\0\0", 10));
                    pipe(client, upstream, *buffer);
                });
                connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
                    if (upstream->state() != QAbstractSocket::ConnectedState) {
                        client->write(QByteArray("\x05\x05\x00\x01\0\0\0\0\0\0", 10));
                        client->disconnectFromHost();
                    }
                });
                upstream->connectToHost(host, port);
            }
        });
    }
};
