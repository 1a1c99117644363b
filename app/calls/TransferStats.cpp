#include "TransferStats.h"
#include "app/support/Format.h"

#include "app/calls/Diagnoser.h"

#include <cmath>

void TransferStats::reset(int files)
{
    m_files = QList<Track>(files);
    m_all = {};
}

int TransferStats::finishedCount() const
{
    int n = 0;
    for (const Track &t : m_files)
        n += t.finished ? 1 : 0;
    return n;
}

void TransferStats::add(Track &t, qint64 bytes, qint64 nowMs)
{
    if (!t.samples.empty() && bytes < t.samples.back().bytes)
        t.samples.clear(); // the download started again from the beginning
    t.samples.push_back({nowMs, bytes});
    // Keep one sample older than the window so the rate spans the whole window.
    while (t.samples.size() > 2 && t.samples[1].t <= nowMs - kWindowMs)
        t.samples.pop_front();
    t.received = bytes;
}

double TransferStats::rateOf(const Track &t, qint64 nowMs)
{
    if (t.samples.size() < 2 || t.finished)
        return 0;
    const Sample &first = t.samples.front();
    const Sample &last = t.samples.back();
    // A stalled transfer shows its rate falling: the window ends now, not at the last sample.
    const qint64 span = qMax<qint64>(nowMs, last.t) - first.t;
    if (span <= 0)
        return 0;
    return double(last.bytes - first.bytes) * 1000.0 / double(span);
}

void TransferStats::update(int index, qint64 received, qint64 total, qint64 nowMs)
{
    if (index < 0 || index >= m_files.size())
        return;
    Track &t = m_files[index];
    const qint64 before = t.received;
    add(t, received, nowMs);
    if (total >= 0)
        t.total = total;
    const qint64 sum = (m_all.samples.empty() ? 0 : m_all.samples.back().bytes) +
                       qMax<qint64>(0, received - before);
    add(m_all, sum, nowMs);
}

void TransferStats::finish(int index, qint64 bytes, qint64 nowMs)
{
    if (index < 0 || index >= m_files.size())
        return;
    update(index, bytes, bytes, nowMs);
    m_files[index].finished = true;
}

TransferStats::Figures TransferStats::file(int index, qint64 nowMs) const
{
    Figures f;
    if (index < 0 || index >= m_files.size())
        return f;
    const Track &t = m_files.at(index);
    f.received = t.received;
    f.total = t.total;
    f.finished = t.finished;
    f.rate = rateOf(t, nowMs);
    if (t.total > 0 && f.rate > 0)
        f.etaSecs = qint64(std::ceil(double(t.total - t.received) / f.rate));
    return f;
}

TransferStats::Figures TransferStats::overall(qint64 nowMs) const
{
    Figures f;
    bool allKnown = !m_files.isEmpty();
    qint64 total = 0;
    for (const Track &t : m_files) {
        f.received += t.received;
        if (t.total < 0 && !t.finished)
            allKnown = false;
        total += t.finished ? t.received : qMax<qint64>(0, t.total);
    }
    f.total = allKnown ? total : -1;
    f.finished = !m_files.isEmpty() && finishedCount() == m_files.size();
    f.rate = f.finished ? 0 : rateOf(m_all, nowMs);
    if (f.total > 0 && f.rate > 0)
        f.etaSecs = qint64(std::ceil(double(f.total - f.received) / f.rate));
    return f;
}

QString TransferStats::formatRate(double bytesPerSec)
{
    return tr("%1/s").arg(Format::size(qint64(bytesPerSec)));
}

QString TransferStats::describe(const Figures &f)
{
    QString text = f.total >= 0
                       ? tr("%1 of %2").arg(Format::size(f.received), Format::size(f.total))
                       : Format::size(f.received);
    if (f.finished)
        return text;
    if (f.rate > 0)
        text += QStringLiteral(" · ") + formatRate(f.rate);
    if (f.etaSecs >= 0)
        text += QStringLiteral(" · ") + tr("%1 left").arg(Diagnoser::humanDuration(f.etaSecs));
    return text;
}
