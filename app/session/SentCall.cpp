#include "SentCall.h"

#include "app/net/ApiCall.h"
#include "app/session/Recorder.h"

SentCall::SentCall(ApiCall *call, Recorder *recorder, QObject *parent)
    : QObject(parent), m_call(call), m_recorder(recorder)
{
    connect(call, &ApiCall::progress, this, &SentCall::progress);
    connect(call, &ApiCall::finished, this, &SentCall::callEnded);
}

SentCall::~SentCall() = default;

void SentCall::cancel()
{
    if (m_call)
        m_call->cancel();
}

void SentCall::callEnded(const CallRecord &record)
{
    if (m_recorder->hasRecorded(record.id)) {
        finish(record);
        return;
    }
    // Not recorded yet (a client whose hops reach the recorder later): wait for it, so that
    // "recorded before finished" holds whatever the order of the connections.
    m_waiting =
        connect(m_recorder, &Recorder::recorded, this, [this, final = record](const CallRecord &r) {
            if (!m_finished && r.id == final.id)
                finish(final);
        });
}

void SentCall::finish(const CallRecord &record)
{
    disconnect(m_waiting);
    m_finished = true;
    Q_EMIT finished(record);
    deleteLater();
}
