#pragma once

#include "app/calls/ApiRequest.h"
#include "app/calls/CallRecord.h"
#include "app/calls/ServerProfile.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <functional>

class ApiCall;
class FhirClient;

// One click: is this token good for this server? Lints the token, reads the
// CapabilityStatement without authorization (reachability) and makes one authenticated probe
// (a Group search with _count=1; a Group read where search is not routed). An accepted probe is
// not yet evidence: the same request is sent again without the token, and only a refusal then
// shows the server checked it. Where the reads are open (the SMART reference server), the one
// call such servers protect is tried: a Group kick-off (_type=Patient, _since=now,
// Cache-Control: no-cache), first without the token, then with it, each job it starts cancelled
// at once with DELETE. The verdict: ok, unchecked (the server never showed it checks tokens),
// missing, empty, malformed, expired, not-yet-valid, rejected, insufficient-scope,
// wrong-environment, unreachable. Every call it makes goes through the client, so the call log
// shows them.
class TokenHealthCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenHealthCheck)
public:
    struct Result
    {
        QString verdict;
        Diagnosis::Severity severity = Diagnosis::Severity::Ok;
        QString summary;
        QString detail;
        QList<quint64> callIds;
        QDateTime expiresAt; // the token's exp, for a live countdown (invalid: not a JWT)
        QString fingerprint; // of the token checked: a verdict belongs to one token
    };

    explicit TokenHealthCheck(FhirClient *client, QObject *parent = nullptr);

    void start(const QByteArray &token, const ServerProfile &active,
               const QList<ServerProfile> &known);
    bool isRunning() const { return m_running; }

    static QStringList verdicts();

Q_SIGNALS:
    void finished(const TokenHealthCheck::Result &result);

private:
    ApiCall *send(const QString &purpose, const QByteArray &method, const QString &path,
                  bool withToken, const HeaderList &headers = {});
    void probe(const QString &path);
    void conclude(const CallRecord &probe);
    // The probe was accepted: is it refused without the token?
    void control(const CallRecord &accepted);
    // The probe is open: the kick-off, without the token and then with it.
    void kickOff(bool withToken);
    void kickOffDone(const CallRecord &r, bool withToken);
    // Cancels the job a kick-off started (DELETE on its status URL), then goes on.
    void cancelJob(const CallRecord &kickOff, const std::function<void()> &next);
    QString kickOffPath() const;
    void refused(const CallRecord &p);
    void finishOk(const CallRecord &accepted, const QString &evidence);
    void finish(const QString &verdict, Diagnosis::Severity severity, const QString &summary,
                const QString &detail);

    FhirClient *m_client;
    QByteArray m_token;
    ServerProfile m_active;
    QList<ServerProfile> m_known;
    QList<quint64> m_calls;
    std::optional<CallRecord> m_metadata;
    std::optional<CallRecord> m_probe; // the probe the token was accepted for
    QString m_kickOffPath;
    QString m_kickOffOpen;    // the kick-off without the token started a job: what it answered
    bool m_byKickOff = false; // the verdict came from the kick-off's refusal
    bool m_triedRead = false;
    bool m_running = false;
};

Q_DECLARE_METATYPE(TokenHealthCheck::Result)
