#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <deque>

// Progress figures for a set of downloads: per file and overall, bytes so far, the size when
// known, the rate over the last few seconds and the time left at that rate. The clock is passed
// in (milliseconds, any monotonic origin) so the figures can be tested without waiting.
class TransferStats
{
    Q_DECLARE_TR_FUNCTIONS(TransferStats)
public:
    struct Figures
    {
        qint64 received = 0;
        qint64 total = -1;   // -1: not known (a file without Content-Length)
        double rate = 0;     // bytes per second, recent
        qint64 etaSecs = -1; // -1: not known
        bool finished = false;
        int percent() const
        {
            return total > 0 ? int(qMin<qint64>(100, received * 100 / total)) : -1;
        }
    };

    void reset(int files);
    int count() const { return int(m_files.size()); }
    int finishedCount() const;
    // Bytes of this file so far (a restarted download may report fewer than before).
    void update(int index, qint64 received, qint64 total, qint64 nowMs);
    void finish(int index, qint64 bytes, qint64 nowMs);

    Figures file(int index, qint64 nowMs) const;
    Figures overall(qint64 nowMs) const;

    // "12.3 MB of 512.0 MB · 210 MB/s · 2 s left", or shorter when parts are unknown.
    static QString describe(const Figures &f);
    static QString formatRate(double bytesPerSec);

    static constexpr qint64 kWindowMs = 3000;

private:
    struct Sample
    {
        qint64 t;
        qint64 bytes;
    };
    struct Track
    {
        std::deque<Sample> samples;
        qint64 received = 0;
        qint64 total = -1;
        bool finished = false;
    };
    static void add(Track &t, qint64 bytes, qint64 nowMs);
    static double rateOf(const Track &t, qint64 nowMs);

    QList<Track> m_files;
    Track m_all; // summed bytes over time
};
