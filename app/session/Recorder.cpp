#include "Recorder.h"

#include "app/history/HistoryStore.h"
#include "app/history/HistoryWriter.h"
#include "app/net/FhirClient.h"

namespace {
constexpr qsizetype kRemembered = 256; // more than the calls that can run at once
} // namespace

Recorder::Recorder(FhirClient *client, QObject *parent)
    : QObject(parent), m_history(new HistoryStore(this)),
      m_writer(new HistoryWriter(m_history, this))
{
    // Direct: a hop is recorded before ApiCall::finished is emitted for it (ApiCall emits
    // hopFinished first), which is what SentCall relies on.
    connect(client, &FhirClient::callFinished, this, &Recorder::record, Qt::DirectConnection);
    connect(m_writer, &HistoryWriter::written, this, &Recorder::stored);
}

Recorder::~Recorder()
{
    m_writer->close(); // what is queued is written before the thread ends
}

void Recorder::follow(FhirClient *client)
{
    connect(client, &FhirClient::callFinished, this, &Recorder::record, Qt::DirectConnection);
}

bool Recorder::hasRecorded(quint64 callId) const
{
    return m_recent.contains(callId);
}

void Recorder::record(const CallRecord &record)
{
    m_recent.append(record.id);
    if (m_recent.size() > kRemembered)
        m_recent.removeFirst();
    Q_EMIT recorded(record);
    // Queued to the writer's thread; on failure the store says why and stops: the log keeps
    // the calls.
    m_writer->append(record);
}
