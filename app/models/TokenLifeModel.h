#pragma once

#include "app/models/WaterfallModel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <vector>

class CallLogModel;
class HistoryStore;

// The tokens of a session (or of history) on one time axis, for the token's life strip
// (ui/TokenLifeStrip): each token's span from when it was issued (or obtained) to when it
// expires, the planned renewal, and every call that carried it (matched by fingerprint, so
// calls of an earlier session find the tokens they carried: those from the history are marked
// as such). A token only seen in calls spans its first to its last call, its lifetime unknown.
class TokenLifeModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenLifeModel)
public:
    struct Tick
    {
        quint64 id = 0;
        qint64 atMs = 0; // ms since the epoch
        WaterfallModel::Outcome outcome = WaterfallModel::Outcome::Ok;
        QByteArray method; // for its label, made when shown
        QUrl url;
        int status = -1;      // -1: no answer
        qint64 storedRow = 0; // > 0: a call of an earlier session, from the history (this row)
        bool fromHistory() const { return storedRow > 0; }
    };
    struct Token
    {
        QString fingerprint;
        QDateTime issued;        // iat, or when it was obtained; invalid when not known
        QDateTime expires;       // exp; invalid when not known
        QDateTime renewAt;       // the planned renewal; invalid when none is planned
        std::vector<Tick> calls; // in time order
        bool known = false;      // set with setToken(), not only seen in calls
        // Whether there is a span to draw: a date, or a call (an opaque token just pasted
        // has neither).
        bool hasTime() const { return issued.isValid() || expires.isValid() || !calls.empty(); }
        qint64 fromMs() const; // the span drawn: issued (or the first call)
        qint64 toMs() const;   // expires (or the last call)
    };

    explicit TokenLifeModel(QObject *parent = nullptr);

    // A token known by its claims or by the token response (added, or updated by fingerprint).
    void setToken(const QString &fingerprint, const QDateTime &issued, const QDateTime &expires,
                  const QDateTime &renewAt = {});
    // Drops what setToken() said of it (the token stays while calls carried it).
    void forgetToken(const QString &fingerprint);
    void follow(CallLogModel *log);
    // The history to look in for a known token's calls of earlier sessions (not in the log):
    // looked up once per token, by its fingerprint (an indexed column), the newest
    // kHistoryLimit at most. Null: none.
    void setHistory(HistoryStore *history);
    static constexpr int kHistoryLimit = 2000;
    void setCalls(const QList<CallRecord> &calls);
    void append(const CallRecord &record);

    int count() const { return int(m_tokens.size()); }
    const Token &token(int index) const { return m_tokens[size_t(index)]; }
    int indexOf(const QString &fingerprint) const;
    // The whole time the strip covers (every token and every call), ms since the epoch.
    qint64 fromMs() const;
    qint64 toMs() const;
    static QString describe(const Token &token);
    // "#12 GET /Patient → 401, 10:02:13"
    static QString label(const Tick &tick);

Q_SIGNALS:
    void changed();

private:
    Token &tokenFor(const QString &fingerprint);
    void addCall(const CallRecord &record);
    void addTick(Token &token, Tick tick);
    void lookUpHistory(Token &token);

    std::vector<Token> m_tokens;
    QPointer<CallLogModel> m_log;
    HistoryStore *m_history = nullptr;
};
