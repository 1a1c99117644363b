#pragma once

#include "app/sandbox/ExportFilters.h"
#include "app/sandbox/SandboxData.h"
#include "app/sandbox/SandboxScenario.h"
#include "app/sandbox/VendorResponses.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

// What the Sandbox needs of a request; also what tests feed to respond() directly.
struct SandboxRequest
{
    QByteArray method; // "GET", "PATCH", ...
    QString path;      // URL path, percent-decoded
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;

    bool hasHeader(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const;
};

// The built-in stand-in for Netsmart's Bulk Data API: HAPI FHIR 5.7.6 behind AWS API Gateway.
// The gateway layer is reproduced first (routes, Authorization checks, its exact error
// bodies), then HAPI's answers. QHttpServer 6.4 is a tech preview: this is the only class
// that touches it. Create it on the thread it will serve from.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)
public:
    static constexpr const char *kBasePath = "/uscore/v1/bulk-data";
    static constexpr const char *kTokenPath = "/oauth/token";
    static constexpr const char *kDemoClientId = "sandbox-demo-client";
    static constexpr const char *kDemoClientSecret = "sandbox-demo-secret";
    // The private_key_jwt demo client: its ES384 key pair is made fresh for every Sandbox run
    // (no private key is ever committed or reused) and registered under this client id.
    static constexpr const char *kDemoJwtClientId = "sandbox-demo-jwt-client";
    // Made (and its client registered) on first use: OpenSSL only runs when someone asks.
    QByteArray demoJwtPrivateKeyPem();

    explicit SandboxServer(QObject *parent = nullptr, quint32 seed = 42, int scale = 1);

    // Listens on 127.0.0.1; returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    QUrl baseUrl() const;
    QUrl tokenUrl() const;

    // An access token (JWT, HS256 with this server's random key) for the demo client.
    QByteArray mintToken(qint64 lifetimeSecs,
                         const QString &scope = QStringLiteral("system/*.read"),
                         const QDateTime &issuedAt = QDateTime::currentDateTimeUtc()) const;
    QByteArray mintTokenFor(const QString &clientId, qint64 lifetimeSecs, const QString &scope,
                            const QDateTime &issuedAt = QDateTime::currentDateTimeUtc(),
                            const QString &audience = {}) const;
    // A token signed here but issued for another server (aud and iss name `audience`): this
    // Sandbox's authorizer refuses it, as one environment's gateway refuses another's tokens.
    QByteArray mintTokenForAudience(const QString &audience, qint64 lifetimeSecs = 3600) const;
    QByteArray demoToken() const { return m_demoToken; }
    bool tokenValid(const QByteArray &token) const;
    // SMART scopes such as "system/*.read system/Group.rs": may this token read `type`?
    static bool scopeAllows(const QString &scope, const QString &type);

    // private_key_jwt clients: the public JWKS ({"keys": [...]}) registered for a client id.
    // Also reachable over HTTP: POST /_sandbox/clients {"client_id": ..., "jwks": {...}}.
    void registerClient(const QString &clientId, const QJsonObject &jwks);
    void setTokenLifetimeSecs(int secs) { m_scenario.tokenLifetimeSecs = secs; }
    void setExportDurationMs(int ms) { m_scenario.exportDurationMs = ms; }
    void setScenario(const SandboxScenario &scenario) { m_scenario = scenario; }
    SandboxScenario scenario() const { return m_scenario; }
    const SandboxData &data() const { return m_data; }

    SandboxResponse respond(const SandboxRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Route {
        None,
        Metadata,
        SmartConfig,
        GroupSearch,
        GroupRead,
        BinaryRead,
        BinarySearch,
        CompartmentRead,
        NotImplementedRead,
        GroupExport,
        OtherExport, // Patient/$export, $export: levels this server does not offer
        ExportStatus,
        BinaryAccess,
        Token,
        RegisterClient,
        Scenario
    };
    Route route(const SandboxRequest &req, QStringList *segments) const;
    static bool methodAllowed(Route route, const QByteArray &method);
    SandboxResponse fhir(const SandboxRequest &req, Route route, const QStringList &segments);
    SandboxResponse token(const SandboxRequest &req);
    SandboxResponse registerClientRequest(const SandboxRequest &req);
    SandboxResponse exportKickOff(const SandboxRequest &req, const QString &groupId);
    QByteArray otherExportOutcome(const SandboxRequest &req) const;
    SandboxResponse exportStatus(const SandboxRequest &req);
    SandboxResponse exportFile(const SandboxRequest &req, const QString &fileId);
    SandboxResponse largeFile(const SandboxRequest &req, qint64 size);
    SandboxResponse scenarioRequest(const SandboxRequest &req);
    void addRetryAfter(SandboxResponse &r, int secs) const;

    struct Output
    {
        QString type;
        QString fileId;
        int count = 0;
    };
    struct Job
    {
        QString groupId;
        QDateTime started;
        QDateTime completed;
        QDateTime lastPoll;
        QStringList types;
        QDateTime since;
        ExportFilters filters; // _typeFilter and _elements
        QString key;           // identical kick-offs share a job, as HAPI does
        QByteArray request;
        QString requestUrl; // for the manifest: the kick-off URL with its query
        bool cancelled = false;
        bool failed = false;
        int transientLeft = 0;
        QList<Output> outputs;
        QStringList errors;
        QStringList ignored; // what lenient handling dropped: said in the manifest's error file
    };
    struct File
    {
        QByteArray ndjson;
        QString jobId;
    };

    SandboxData m_data;
    QByteArray m_key;
    QByteArray m_demoToken;
    quint16 m_port = 0;
    QHash<QString, Job> m_jobs;
    QHash<QString, File> m_files;
    QHash<QString, QJsonObject> m_jwtClients; // client id -> JWKS
    QHash<QString, QByteArray> m_groupJson;   // Groups as served (they never change)
    QByteArray m_demoJwtKeyPem;
    QSet<QString> m_seenJti;
    SandboxScenario m_scenario;
    int m_scale = 1;
    // Per-request context: ids the vendor returns.
    QByteArray m_requestId;
    QByteArray m_correlationId;
    bool m_wantsXml = false;
};
