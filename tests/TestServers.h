#pragma once

// Small loopback servers that misbehave on purpose, for the service-layer tests.
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
    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok";
    Mode mode = Mode::Respond;
    bool closeAfter = false;

private:
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
