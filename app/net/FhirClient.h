#pragma once

#include "app/calls/CallRecord.h"
#include "app/calls/FormatOptions.h"
#include "app/calls/ServerProfile.h"
#include "app/net/ApiCall.h"

#include <QLockFile>
#include <QObject>
#include <QTemporaryDir>
#include <memory>
#include <vector>

class QNetworkAccessManager;

// The facade over the service layer: a base URL, a format and an Authorization policy turn
// into ApiCall jobs. Every exchange, redirect hops included, is announced by callFinished so
// that the call log sees all of them.
class FhirClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FhirClient)
public:
    explicit FhirClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~FhirClient() override;
    // The private folder where answers larger than the memory cap are spilled.
    QString spoolPath() const { return m_spool.path(); }

    void setBaseUrl(const QUrl &base);
    // The connection of `other` (server, trust, proxy and its password, format, timeout, token,
    // known servers, profile name), for a client of its own: an export job keeps talking to its
    // server with its token when `other` moves on to another profile.
    void copyConnectionFrom(const FhirClient &other);
    // Only the Authorization of `other` (its mode and token).
    void copyAuthorizationFrom(const FhirClient &other)
    {
        m_authMode = other.m_authMode;
        m_token = other.m_token;
    }
    // CA certificates (PEM) every call of this client trusts besides the system's (a profile's
    // CA bundle: a private CA, or the corporate proxy's); empty: the system's alone.
    void setExtraCaPem(const QByteArray &pem);
    // The profile's pinned certificate (SHA-256 as PeerCertificate::sha256); empty: none.
    void setPinnedSha256(const QString &sha256);
    // Both from a profile (its CA bundle read here); a bundle that cannot be read is not used,
    // and the returned text says why (empty: fine).
    QString trustAsProfile(const ServerProfile &profile);
    // How calls reach their server: the system's proxy (the default), none, or a named proxy
    // with the password kept outside the setting (keychain, environment).
    void setProxy(const ProxySetting &setting, const QString &password);
    ProxySetting proxy() const;
    QUrl baseUrl() const { return m_base; }
    void setFormat(const FormatOptions &format) { m_format = format; }
    FormatOptions format() const { return m_format; }
    void setAuthorization(AuthMode mode, const QByteArray &token);
    AuthMode authMode() const { return m_authMode; }
    bool hasToken() const { return !m_token.isEmpty(); }
    // When the current token runs out (its JWT `exp`); invalid for an opaque token or none.
    QDateTime tokenExpiresAt() const;
    // The Authorization value a call with this fingerprint carried, to copy a curl command
    // unredacted on explicit request. Empty when the current token is another one.
    QByteArray authorizationFor(const CallRecord &record) const;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The user's servers, so a call's evidence can say which one a token was issued for.
    void setKnownServers(const KnownServers &servers) { m_knownServers = servers; }
    // The profile calls are made under, by name: recorded on each call (the log's Profile column).
    void setProfileName(const QString &name) { m_profileName = name; }
    int timeoutMs() const { return m_timeoutMs; }

    // "Group/1", "/Group/1?x=y" or a full http(s) URL.
    QUrl resolve(const QString &pathOrUrl) const;

    // Builds the request (format, auth) without sending it.
    ApiRequest prepare(const QString &purpose, const QByteArray &method, const QString &pathOrUrl,
                       const QByteArray &body = {}, const HeaderList &extraHeaders = {}) const;
    // Starts the call; the caller may connect to it, it deletes itself after finished().
    ApiCall *send(ApiRequest request);
    // The same on one of the client's download lanes (0: the client's own manager). Each lane
    // is a network access manager of its own, and each manager does its HTTP and TLS work on
    // one thread of its own: parallel downloads over HTTPS on one manager share one core for
    // decryption (README, "Downloads"). A lane goes the client's way: same proxy (asked of the
    // client's manager, so a test's loopback-only choice holds), same trust and pin.
    ApiCall *send(ApiRequest request, int lane);

    ApiCall *capabilities();

Q_SIGNALS:
    void callStarted(ApiCall *call);
    void callFinished(const CallRecord &record);

private:
    QNetworkAccessManager *laneManager(int lane);
    void clearConnections(); // of the client's manager and every lane's

    QNetworkAccessManager *m_nam;
    std::vector<QNetworkAccessManager *> m_lanes; // lane 1 is m_lanes[0]; children of this
    QString m_pinnedSha256;
    QByteArray m_extraCaPem;
    QUrl m_base;
    FormatOptions m_format;
    AuthMode m_authMode = AuthMode::Bearer;
    QByteArray m_token;
    int m_timeoutMs = 30000;
    KnownServers m_knownServers;
    QString m_profileName;
    QTemporaryDir m_spool;
    std::unique_ptr<QLockFile> m_spoolLock;
};
