#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the event loop of the thread it lives in goes without running: a precise
// timer asks to fire every few milliseconds, and any gap longer than that is time the loop was
// busy elsewhere. Used by the benchmarks to show the window never stalls.
class StallMeter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallMeter)
public:
    explicit StallMeter(QObject *parent = nullptr, int intervalMs = 5);
    void start();
    void stop();
    qint64 maxStallMs() const { return m_max; } // longest gap beyond the interval
    int stallsOver(int ms) const;               // how many gaps were longer than ms
    qint64 samples() const { return m_samples; }
    // The longest gaps, longest first, with when they ended (ms since start()).
    struct Gap
    {
        qint64 at;
        qint64 ms;
    };
    QList<Gap> worst(int n) const;

private:
    void tick();
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
    qint64 m_samples = 0;
    QList<Gap> m_gaps; // every gap over 16 ms
    int m_interval;
};
