#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

class QTcpSocket;

// Feeds a socket from a source as it drains, keeping little in memory: the Sandbox's large
// synthetic files, and bodies sent slowly (the trickle scenario). Deletes itself when done or
// when the client goes away.
class BodyStreamer final : public QObject
{
public:
    // Sends `size` bytes from `offset` of a source (the large synthetic file, or a body held in
    // memory) as the socket drains, or at `bytesPerSec` when that is > 0 (slow downloads).
    using Source = std::function<QByteArray(qint64 offset, qint64 length)>;
    BodyStreamer(QTcpSocket *socket, Source source, qint64 offset, qint64 size, int bytesPerSec);

private:
    void pump();
    void trickle();

    QTcpSocket *m_socket;
    Source m_source;
    qint64 m_next;
    qint64 m_end;
    int m_rate;
    QTimer m_timer;
};
