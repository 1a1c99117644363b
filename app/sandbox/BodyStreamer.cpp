#include "BodyStreamer.h"

#include <QTcpSocket>

BodyStreamer::BodyStreamer(QTcpSocket *socket, Source source, qint64 offset, qint64 size,
                           int bytesPerSec)
    : QObject(socket), m_socket(socket), m_source(std::move(source)), m_next(offset),
      m_end(offset + size), m_rate(bytesPerSec)
{
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (m_rate > 0) {
        // The trickle's pace is the point of the scenario (real time on a real socket).
        connect(&m_timer, &QTimer::timeout, this, &BodyStreamer::trickle);
        m_timer.start(100);
        trickle();
        return;
    }
    connect(socket, &QTcpSocket::bytesWritten, this, &BodyStreamer::pump);
    pump();
}

void BodyStreamer::pump()
{
    constexpr qint64 kChunk = 256 * 1024;
    while (m_next < m_end && m_socket->bytesToWrite() < 2 * kChunk) {
        const qint64 n = qMin(kChunk, m_end - m_next);
        m_socket->write(m_source(m_next, n));
        m_next += n;
    }
    if (m_next >= m_end)
        deleteLater();
}

void BodyStreamer::trickle()
{
    const qint64 n = qMin<qint64>(qMax(1, m_rate / 10), m_end - m_next);
    if (n > 0)
        m_socket->write(m_source(m_next, n));
    m_next += n;
    if (m_next >= m_end) {
        m_timer.stop();
        deleteLater();
    }
}
