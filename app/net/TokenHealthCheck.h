#pragma once

#include "app/calls/CallRecord.h"
#include "app/calls/ServerProfile.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class FhirClient;

// One click: is this token good for this server? Lints the token, reads the
// CapabilityStatement without authorization (reachability) and makes one authenticated probe
// (a Group search with _count=1; a Group read where search is not routed), then gives a verdict:
// ok, missing, empty, malformed, expired, rejected, insufficient-scope, wrong-environment,
// unreachable. Every call it makes goes through the client, so the call log shows them.
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
    void probe(const QString &path);
    void conclude(const CallRecord &probe);
    void finish(const QString &verdict, Diagnosis::Severity severity, const QString &summary,
                const QString &detail);

    FhirClient *m_client;
    QByteArray m_token;
    ServerProfile m_active;
    QList<ServerProfile> m_known;
    QList<quint64> m_calls;
    std::optional<CallRecord> m_metadata;
    bool m_triedRead = false;
    bool m_running = false;
};

Q_DECLARE_METATYPE(TokenHealthCheck::Result)
