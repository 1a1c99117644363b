#include "WaterfallModel.h"

#include "app/models/CallLogModel.h"

WaterfallModel::WaterfallModel(QObject *parent) : QObject(parent) {}

void WaterfallModel::follow(CallLogModel *log)
{
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_log = log;
    if (!log) {
        clear();
        return;
    }
    setCalls(log->records());
    connect(log, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                // Appended at the end (the log's only way to grow): added in order.
                if (first != count()) {
                    setCalls(m_log->records());
                    return;
                }
                for (int row = first; row <= last; ++row)
                    add(m_log->record(row));
                Q_EMIT changed();
            });
    // The oldest calls dropped (a full log): their bars go, the rest stay as they are.
    connect(log, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                if (first == 0 && last < count())
                    dropFirst(last + 1);
                else
                    setCalls(m_log->records());
            });
    connect(log, &QAbstractItemModel::modelReset, this, [this] { setCalls(m_log->records()); });
}

void WaterfallModel::setCalls(const QList<CallRecord> &calls)
{
    m_bars.clear();
    m_index.clear();
    m_lastHopTo.clear();
    m_originMs = 0;
    m_spanMs = 0;
    m_bars.reserve(size_t(calls.size()));
    for (const CallRecord &r : calls)
        add(r);
    Q_EMIT changed();
}

void WaterfallModel::dropFirst(int n)
{
    m_bars.erase(m_bars.begin(), m_bars.begin() + n);
    m_index.clear();
    m_lastHopTo.clear();
    // The axis starts at the earliest call left.
    qint64 earliest = m_bars.empty() ? 0 : m_bars.front().startMs;
    for (const Bar &b : m_bars)
        earliest = qMin(earliest, b.startMs);
    m_originMs += earliest;
    m_spanMs = 0;
    for (int i = 0; i < count(); ++i) {
        Bar &b = m_bars[size_t(i)];
        b.startMs -= earliest;
        b.endMs -= earliest;
        if (b.firstByteMs >= 0)
            b.firstByteMs -= earliest;
        b.previousHop = b.previousHop >= n ? b.previousHop - n : -1;
        m_spanMs = qMax(m_spanMs, b.endMs);
        m_index.insert(b.id, i);
    }
    Q_EMIT changed();
}

void WaterfallModel::append(const CallRecord &record)
{
    add(record);
    Q_EMIT changed();
}

void WaterfallModel::clear()
{
    setCalls({});
}

void WaterfallModel::add(const CallRecord &r)
{
    const qint64 started = r.started.isValid() ? r.started.toMSecsSinceEpoch() : 0;
    if (m_bars.empty()) {
        m_originMs = started;
    } else if (started < m_originMs) {
        // A call older than the first (one from the history, shown in the log): the axis
        // starts at it, and every bar moves along.
        const qint64 shift = m_originMs - started;
        for (Bar &b : m_bars) {
            b.startMs += shift;
            b.endMs += shift;
            if (b.firstByteMs >= 0)
                b.firstByteMs += shift;
        }
        m_spanMs += shift;
        m_originMs = started;
    }
    Bar bar;
    bar.id = r.id;
    bar.startMs = started - m_originMs;
    bar.endMs = bar.startMs + qMax<qint64>(0, r.elapsedMs);
    // Split into waiting and receiving where the record knows when the headers came.
    if (r.firstByteMs >= 0)
        bar.firstByteMs = qMin(bar.endMs, bar.startMs + r.firstByteMs);
    bar.outcome = outcomeOf(r);
    bar.tokenFingerprint = r.tokenFingerprint;
    bar.method = r.method;
    bar.url = r.url;
    bar.status = r.status.value_or(-1);
    bar.reason = r.reasonPhrase;
    bar.transportError = r.transportError;
    bar.hop = r.hop;
    bar.cancelled = r.cancelled;
    if (r.hop > 0)
        bar.previousHop = m_lastHopTo.value(r.url.toString(), -1);
    const int index = count();
    if (!r.redirectTo.isEmpty())
        m_lastHopTo.insert(r.redirectTo.toString(), index);
    m_index.insert(r.id, index);
    m_spanMs = qMax(m_spanMs, bar.endMs);
    m_bars.push_back(std::move(bar));
}

WaterfallModel::Outcome WaterfallModel::outcomeOf(const CallRecord &r)
{
    if (r.cancelled)
        return Outcome::Cancelled;
    if (!r.hasResponse() || *r.status >= 400)
        return Outcome::Failed;
    return Outcome::Ok;
}

QString WaterfallModel::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return tr("✔ answered");
    case Outcome::Failed:
        return tr("✘ failed");
    case Outcome::Cancelled:
        return tr("⊘ cancelled");
    }
    return {};
}

QString WaterfallModel::label(int index) const
{
    const Bar &b = bar(index);
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(b.method),
                                       b.url.path(QUrl::FullyDecoded));
}

QString WaterfallModel::result(int index) const
{
    const Bar &b = bar(index);
    return b.cancelled     ? tr("cancelled")
           : b.status >= 0 ? QString::number(b.status)
                           : tr("no answer");
}

QString WaterfallModel::tooltip(int index) const
{
    const Bar &b = bar(index);
    QString answer;
    if (b.cancelled)
        answer = tr("cancelled");
    else if (b.status >= 0)
        answer = QStringLiteral("%1 %2").arg(b.status).arg(QString::fromLatin1(b.reason));
    else
        answer = b.transportError.isEmpty() ? tr("no answer") : b.transportError;
    QString text = tr("#%1 %2 %3 → %4")
                       .arg(b.id)
                       .arg(QString::fromLatin1(b.method), b.url.toString(QUrl::RemoveQuery),
                            answer.trimmed());
    const qint64 took = b.endMs - b.startMs;
    text += QLatin1Char('\n') + tr("Started %1 · took %2 ms")
                                    .arg(QDateTime::fromMSecsSinceEpoch(m_originMs + b.startMs)
                                             .toLocalTime()
                                             .toString(QStringLiteral("HH:mm:ss.zzz")))
                                    .arg(took);
    if (b.firstByteMs >= 0)
        text += QLatin1Char('\n') + tr("Waited %1 ms for the first byte, received for %2 ms")
                                        .arg(b.firstByteMs - b.startMs)
                                        .arg(b.endMs - b.firstByteMs);
    if (b.hop > 0)
        text += QLatin1Char('\n') + tr("Redirect hop %1").arg(b.hop);
    if (!b.tokenFingerprint.isEmpty())
        text += QLatin1Char('\n') + tr("Token %1").arg(b.tokenFingerprint);
    return text;
}
