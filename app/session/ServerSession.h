#pragma once

#include "app/fhir/CapabilityStatement.h"

#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

class FhirClient;

// One connection to a server as the window shares it: the client, and the server's
// CapabilityStatement, read once (GET metadata, no token) and handed to every pane that needs it
// (the capabilities pane, the export dialog, the content viewer) instead of each reading its own.
class ServerSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSession)
public:
    explicit ServerSession(FhirClient *client, QObject *parent = nullptr);

    FhirClient *client() const { return m_client; }
    // Reads the CapabilityStatement again (a new server, or Refresh). An answer for an earlier
    // request (a server the user has left) is dropped.
    void load();
    // Reads it only when it has not been read for the client's current base URL.
    void ensureLoaded();
    bool isLoading() const { return m_loading; }
    const std::optional<CapabilityStatement> &statement() const { return m_statement; }
    QString problem() const { return m_problem; } // why there is none
    quint64 callId() const { return m_callId; }   // the call that read it, or failed to

    // Another server's statement, for comparing two (GET base/metadata, no token); `done` runs
    // unless `context` is gone by then.
    struct StatementRead
    {
        std::optional<CapabilityStatement> statement;
        QString problem; // why there is none
        quint64 callId = 0;
    };
    void readStatementAt(const QUrl &base, QObject *context,
                         std::function<void(const StatementRead &)> done);

    // One resource read again with GET in the other format (Accept application/fhir+xml or +json,
    // any _format dropped), for the content viewer. `done` gets the body, or why there is none.
    void readInFormat(const QUrl &url, bool xml, QObject *context,
                      std::function<void(const QByteArray &body, const QString &problem)> done);

Q_SIGNALS:
    void loadingStarted();
    // A statement was read, or none could be (statement() is nullopt, problem() says why).
    void statementChanged();

private:
    FhirClient *m_client;
    std::optional<CapabilityStatement> m_statement;
    QString m_problem;
    QUrl m_loadedFor;
    quint64 m_callId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
};
