#pragma once

#include "app/calls/ServerProfile.h"
#include "app/sandbox/SandboxScenario.h" // a value: the one app/sandbox header ui may see, via here

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class SandboxHost;

// What a front end needs of the built-in Sandbox, without its server classes: start it, where it
// listens, its demo credentials and tokens, the scenario switches (the open-reads switch among
// them), and the URL a profile is reached at. A façade over the session's SandboxHost, cheap to
// copy; it never owns the host. ui/ uses this, never an app/sandbox header.
class SandboxControl
{
public:
    explicit SandboxControl(SandboxHost *host) : m_host(host) {}

    // Starts the Sandbox on 127.0.0.1 unless it runs; false when it cannot listen.
    bool start();
    bool isRunning() const;
    quint16 port() const;
    QUrl baseUrl() const;
    QUrl tokenUrl() const;
    // The base URL the calls of `profile` go to: the running Sandbox's (its port changes every
    // run) for the Sandbox profile, the profile's own otherwise. The one rule ProfileConnector
    // and the panes follow.
    QUrl baseUrlOf(const ServerProfile &profile) const;

    static QString demoClientId();
    static QString demoClientSecret();
    static QString demoJwtClientId(); // the private_key_jwt demo client
    QByteArray demoToken() const;
    QByteArray demoJwtPrivateKeyPem() const;
    // A token of this Sandbox with the given lifetime (negative: already expired).
    QByteArray mintToken(qint64 lifetimeSecs) const;
    // A token signed here but issued for another server: the gateway refuses it.
    QByteArray mintTokenForAudience(const QString &audience) const;
    // A private_key_jwt client and its public JWKS ({"keys": [...]}), trusted from now on.
    void registerClient(const QString &clientId, const QJsonObject &jwks) const;

    SandboxScenario scenario() const;
    void setScenario(const SandboxScenario &scenario) const;
    // The documented behaviours the Sandbox can break on purpose (SandboxScenario::deviations),
    // and what each does in the user's language.
    static QStringList deviations();
    static QString describeDeviation(const QString &name);
    // Group search and read without a token (the SMART reference server's way).
    void setOpenReads(bool open) const;

private:
    SandboxHost *m_host;
};
