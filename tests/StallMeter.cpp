#include "StallMeter.h"

#include <algorithm>

StallMeter::StallMeter(QObject *parent, int intervalMs) : QObject(parent), m_interval(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_max = 0;
    m_samples = 0;
    m_gaps.clear();
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 gap = now - m_last - m_interval;
    m_last = now;
    ++m_samples;
    if (gap > m_max)
        m_max = gap;
    if (gap > 16)
        m_gaps.append({now, gap});
}

int StallMeter::stallsOver(int ms) const
{
    int n = 0;
    for (const Gap &g : m_gaps)
        n += g.ms > ms ? 1 : 0;
    return n;
}

QList<StallMeter::Gap> StallMeter::worst(int n) const
{
    QList<Gap> sorted = m_gaps;
    std::sort(sorted.begin(), sorted.end(), [](const Gap &a, const Gap &b) { return a.ms > b.ms; });
    return sorted.mid(0, n);
}
