#pragma once

#include <QDateTime>
#include <atomic>

// The Sandbox's sense of time: export progress, Retry-After dates, token expiry and file expiry
// all read it. It runs with the system clock; tests move it forward with advance() instead of
// waiting for real time to pass. Moved on the Sandbox's thread (SandboxHost::configure); read
// there and by SandboxHost::mintToken on the caller's, hence atomic.
class SandboxClock
{
public:
    QDateTime now() const;
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }
    // Moves the Sandbox's time forward (or back, for a negative `ms`) from now on.
    void advance(qint64 ms) { m_offsetMs += ms; }
    qint64 offsetMs() const { return m_offsetMs; }

private:
    std::atomic<qint64> m_offsetMs{0};
};
