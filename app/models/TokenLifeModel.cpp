#include "TokenLifeModel.h"

#include "app/history/HistoryStore.h"
#include "app/models/CallLogModel.h"

#include <QSet>
#include <algorithm>

qint64 TokenLifeModel::Token::fromMs() const
{
    if (issued.isValid())
        return issued.toMSecsSinceEpoch();
    if (!calls.empty())
        return calls.front().atMs;
    return expires.isValid() ? expires.toMSecsSinceEpoch() : 0;
}

qint64 TokenLifeModel::Token::toMs() const
{
    qint64 to = expires.isValid() ? expires.toMSecsSinceEpoch() : fromMs();
    if (!calls.empty())
        to = qMax(to, calls.back().atMs);
    return to;
}

TokenLifeModel::TokenLifeModel(QObject *parent) : QObject(parent) {}

int TokenLifeModel::indexOf(const QString &fingerprint) const
{
    for (int i = 0; i < count(); ++i)
        if (m_tokens[size_t(i)].fingerprint == fingerprint)
            return i;
    return -1;
}

TokenLifeModel::Token &TokenLifeModel::tokenFor(const QString &fingerprint)
{
    const int index = indexOf(fingerprint);
    if (index >= 0)
        return m_tokens[size_t(index)];
    Token token;
    token.fingerprint = fingerprint;
    m_tokens.push_back(std::move(token));
    return m_tokens.back();
}

void TokenLifeModel::setToken(const QString &fingerprint, const QDateTime &issued,
                              const QDateTime &expires, const QDateTime &renewAt)
{
    if (fingerprint.isEmpty())
        return;
    Token &token = tokenFor(fingerprint);
    token.issued = issued;
    token.expires = expires;
    token.renewAt = renewAt;
    const bool lookUp = !token.known;
    token.known = true;
    if (lookUp)
        lookUpHistory(token);
    Q_EMIT changed();
}

void TokenLifeModel::forgetToken(const QString &fingerprint)
{
    const int index = indexOf(fingerprint);
    if (index < 0)
        return;
    Token &token = m_tokens[size_t(index)];
    // Its calls from the history were looked up for it: they go with what was said of it.
    std::erase_if(token.calls, [](const Tick &t) { return t.fromHistory(); });
    if (token.calls.empty()) {
        m_tokens.erase(m_tokens.begin() + index);
    } else {
        token.known = false;
        token.issued = token.expires = token.renewAt = QDateTime();
    }
    Q_EMIT changed();
}

void TokenLifeModel::follow(CallLogModel *log)
{
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_log = log;
    if (!log)
        return;
    setCalls(log->records());
    connect(log, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    addCall(m_log->record(row));
                Q_EMIT changed();
            });
    // The oldest calls dropped (a full log): their ticks go.
    connect(log, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                QSet<quint64> gone;
                for (int row = first; row <= last; ++row)
                    gone.insert(m_log->record(row).id);
                for (Token &t : m_tokens)
                    std::erase_if(t.calls, [&gone](const Tick &c) { return gone.contains(c.id); });
                std::erase_if(m_tokens, [](const Token &t) { return !t.known && t.calls.empty(); });
                Q_EMIT changed();
            });
    connect(log, &QAbstractItemModel::modelReset, this, [this] { setCalls(m_log->records()); });
}

void TokenLifeModel::setCalls(const QList<CallRecord> &calls)
{
    // Tokens known by their claims stay (without the log's calls, with the history's); those
    // only seen in calls go.
    std::erase_if(m_tokens, [](const Token &t) { return !t.known; });
    for (Token &t : m_tokens)
        std::erase_if(t.calls, [](const Tick &c) { return !c.fromHistory(); });
    for (const CallRecord &r : calls)
        addCall(r);
    Q_EMIT changed();
}

void TokenLifeModel::append(const CallRecord &record)
{
    addCall(record);
    Q_EMIT changed();
}

void TokenLifeModel::addCall(const CallRecord &r)
{
    if (r.tokenFingerprint.isEmpty())
        return;
    Tick tick;
    tick.id = r.id;
    tick.atMs = r.started.toMSecsSinceEpoch();
    tick.outcome = WaterfallModel::outcomeOf(r);
    tick.method = r.method;
    tick.url = r.url;
    tick.status = r.status.value_or(-1);
    Token &token = tokenFor(r.tokenFingerprint);
    // The log has it now (brought in from History): the history's tick gives way. Only the
    // ticks at the same millisecond are looked at (the calls are in time order): a whole log
    // taken at once stays linear.
    std::vector<Tick> &calls = token.calls;
    const qint64 at = tick.atMs;
    const auto first = std::lower_bound(calls.begin(), calls.end(), at,
                                        [](const Tick &t, qint64 ms) { return t.atMs < ms; });
    const auto last = std::upper_bound(first, calls.end(), at,
                                       [](qint64 ms, const Tick &t) { return ms < t.atMs; });
    calls.erase(std::remove_if(first, last,
                               [&r](const Tick &t) { return t.fromHistory() && t.id == r.id; }),
                last);
    addTick(token, std::move(tick));
}

void TokenLifeModel::addTick(Token &token, Tick tick)
{
    // Calls arrive in time order; one out of order (history) is put in its place.
    std::vector<Tick> &calls = token.calls;
    const auto at = std::upper_bound(calls.begin(), calls.end(), tick.atMs,
                                     [](qint64 ms, const Tick &t) { return ms < t.atMs; });
    calls.insert(at, std::move(tick));
}

void TokenLifeModel::setHistory(HistoryStore *history)
{
    m_history = history;
    for (Token &t : m_tokens)
        if (t.known)
            lookUpHistory(t);
    Q_EMIT changed();
}

void TokenLifeModel::lookUpHistory(Token &token)
{
    if (!m_history || !m_history->isOpen() || token.fingerprint.isEmpty())
        return;
    std::erase_if(token.calls, [](const Tick &t) { return t.fromHistory(); });
    // Bounded: an indexed column, the newest calls only; light rows, no record is read.
    HistoryStore::Filter filter;
    filter.tokenFingerprint = token.fingerprint;
    QSet<std::pair<quint64, qint64>> inLog;
    for (const Tick &t : token.calls)
        inLog.insert({t.id, t.atMs});
    for (const HistoryStore::Row &row : m_history->find(filter, kHistoryLimit)) {
        Tick tick;
        tick.id = row.callId;
        tick.atMs = row.started.toMSecsSinceEpoch();
        if (inLog.contains({tick.id, tick.atMs}))
            continue; // the same call, in the log: drawn from there
        tick.status = row.status.value_or(-1);
        tick.outcome = !row.status || *row.status >= 400 ? WaterfallModel::Outcome::Failed
                                                         : WaterfallModel::Outcome::Ok;
        tick.method = row.method.toLatin1();
        tick.url = QUrl(row.url);
        tick.storedRow = row.row;
        addTick(token, std::move(tick));
    }
}

qint64 TokenLifeModel::fromMs() const
{
    qint64 from = 0;
    bool any = false;
    for (const Token &t : m_tokens) {
        if (!t.hasTime())
            continue;
        from = any ? qMin(from, t.fromMs()) : t.fromMs();
        any = true;
    }
    return from;
}

qint64 TokenLifeModel::toMs() const
{
    qint64 to = 0;
    for (const Token &t : m_tokens)
        if (t.hasTime())
            to = qMax(to, t.toMs());
    return qMax(to, fromMs());
}

QString TokenLifeModel::label(const Tick &tick)
{
    const QString answer = tick.status >= 0 ? QString::number(tick.status)
                           : tick.outcome == WaterfallModel::Outcome::Cancelled ? tr("cancelled")
                                                                                : tr("no answer");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(tick.atMs).toLocalTime();
    if (tick.fromHistory())
        return tr("#%1 %2 %3 → %4, %5 (an earlier session's call, from the history)")
            .arg(tick.id)
            .arg(QString::fromLatin1(tick.method), tick.url.path(), answer,
                 at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    return tr("#%1 %2 %3 → %4, %5")
        .arg(tick.id)
        .arg(QString::fromLatin1(tick.method), tick.url.path(), answer,
             at.toString(QStringLiteral("HH:mm:ss")));
}

QString TokenLifeModel::describe(const Token &t)
{
    const auto when = [](const QDateTime &d) {
        return d.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    QString text = tr("Token %1").arg(t.fingerprint);
    if (t.issued.isValid())
        text += QLatin1Char('\n') + tr("Issued %1").arg(when(t.issued));
    if (t.expires.isValid())
        text += QLatin1Char('\n') + tr("Expires %1").arg(when(t.expires));
    else
        text += QLatin1Char('\n') + tr("Lifetime unknown: drawn from its first to its last call");
    if (t.renewAt.isValid())
        text += QLatin1Char('\n') + tr("Renewal planned %1").arg(when(t.renewAt));
    int failed = 0;
    int stored = 0;
    for (const Tick &c : t.calls) {
        failed += c.outcome == WaterfallModel::Outcome::Failed;
        stored += c.fromHistory();
    }
    text += QLatin1Char('\n') + tr("%n call(s)", nullptr, int(t.calls.size()));
    if (failed > 0)
        text += QLatin1Char(' ') + tr("(%n failed)", nullptr, failed);
    if (stored > 0)
        text +=
            QLatin1Char(' ') + tr("(%n from earlier sessions, in the history)", nullptr, stored);
    return text;
}
