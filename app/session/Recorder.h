#pragma once

#include "app/calls/CallRecord.h"

#include <QList>
#include <QObject>

class FhirClient;
class HistoryStore;
class HistoryWriter;

// Every exchange the client makes, redirect hops included, comes here first: it is handed to
// whoever shows calls (recorded(), the call log) and to the history writer (off the GUI thread,
// one transaction per call). A SentCall reports its end only after its final hop was recorded,
// so a front end that shows the record it gets back finds it in the log too.
class Recorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Recorder)
public:
    explicit Recorder(FhirClient *client, QObject *parent = nullptr);
    ~Recorder() override;

    HistoryStore *history() const { return m_history; }
    HistoryWriter *writer() const { return m_writer; }
    // Records the calls of another client too (a job's connection of its own to another
    // profile): one log, one history.
    void follow(FhirClient *client);
    // The hop with this call id was recorded (among the last few hundred).
    bool hasRecorded(quint64 callId) const;

Q_SIGNALS:
    // A hop was recorded: shown in the log; queued for the history.
    void recorded(const CallRecord &record);
    // A call is in the history database now (its transaction committed).
    void stored(quint64 callId);

private:
    void record(const CallRecord &record);

    HistoryStore *m_history;
    HistoryWriter *m_writer;
    QList<quint64> m_recent; // ids of the hops recorded last, newest at the end
};
