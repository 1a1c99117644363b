#pragma once

#include "app/calls/CallRecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <vector>

class CallLogModel;

// The calls of the log on one time axis, for the waterfall (ui/CallWaterfall) and the token's
// life (TokenLifeModel): where each call starts and ends, when its first byte came, how it
// ended, and which redirect hop led to it. Times are milliseconds from the first call's start.
class WaterfallModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaterfallModel)
public:
    // How a call ended, as the pictures draw it (a shape and a colour each).
    enum class Outcome { Ok, Failed, Cancelled };
    struct Bar
    {
        quint64 id = 0;
        qint64 startMs = 0;
        qint64 firstByteMs = -1; // from the origin; -1 when not known
        qint64 endMs = 0;        // at least startMs
        Outcome outcome = Outcome::Ok;
        int previousHop = -1; // index of the hop that redirected to this one
        QString tokenFingerprint;
        // What the texts are made of, when they are shown (not for every call up front).
        QByteArray method;
        QUrl url;
        int status = -1; // -1: no answer
        QByteArray reason;
        QString transportError;
        int hop = 0;
        bool cancelled = false;
    };

    explicit WaterfallModel(QObject *parent = nullptr);

    // Keeps the bars in step with the log (appended calls, a cleared or trimmed log).
    void follow(CallLogModel *log);
    void setCalls(const QList<CallRecord> &calls);
    void append(const CallRecord &record);
    void clear();

    int count() const { return int(m_bars.size()); }
    const Bar &bar(int index) const { return m_bars[size_t(index)]; }
    int indexOfId(quint64 id) const { return m_index.value(id, -1); }
    qint64 originMs() const { return m_originMs; } // the first start, ms since the epoch
    qint64 spanMs() const { return m_spanMs; }     // the last end, from the origin

    static Outcome outcomeOf(const CallRecord &record);
    // "GET /Group/1/$export"
    QString label(int index) const;
    // "200", "401", "no answer": written after the bar.
    QString result(int index) const;
    // The text alternative: what, when, how long, how it ended.
    QString tooltip(int index) const;
    static QString outcomeName(Outcome outcome);

Q_SIGNALS:
    void changed();

private:
    void add(const CallRecord &record);
    void dropFirst(int n);

    std::vector<Bar> m_bars;
    QHash<quint64, int> m_index;
    QHash<QString, int> m_lastHopTo; // the redirect target of a hop, to join the next one
    qint64 m_originMs = 0;
    qint64 m_spanMs = 0;
    QPointer<CallLogModel> m_log;
};
