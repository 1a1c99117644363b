#pragma once

#include "app/calls/CallRecord.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

class ApiCall;
class Recorder;

// One request a front end sent through Workspace::send. finished() comes after the final hop
// was recorded (in the log and queued for the history), with that record: the front end shows
// it as it is, whatever the log's filter hides. Deletes itself after finished().
class SentCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SentCall)
public:
    SentCall(ApiCall *call, Recorder *recorder, QObject *parent = nullptr);
    ~SentCall() override;

    void cancel();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const CallRecord &record);

private:
    void callEnded(const CallRecord &record);
    void finish(const CallRecord &record);

    QPointer<ApiCall> m_call;
    Recorder *m_recorder;
    QMetaObject::Connection m_waiting;
    bool m_finished = false;
};
