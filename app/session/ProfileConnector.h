#pragma once

#include "app/calls/ApiRequest.h"
#include "app/calls/ServerProfile.h"

#include <QObject>
#include <QStringList>
#include <optional>

class FhirClient;
class ProfileStore;
class SandboxHost;
class TokenStore;

// What a front end changes about a connection: fhir-bulk's options. The window uses none.
struct ConnectOptions
{
    // --base: this server instead of the profile's. The connection is then a profile of its own,
    // named after the host (id "command-line"), without the profile's CA bundle, pin or proxy.
    QUrl base;
    // --cacert: a PEM file of CA certificates trusted besides the system's and the profile's.
    QString extraCaBundle;
    // --proxy / --noproxy: this way to the server instead of the profile's.
    std::optional<ProxySetting> proxy;
    // The proxy's password when the front end has it (the --proxy URL, FHIR_BULK_PROXY_PASSWORD).
    // Empty: a proxy of the profile's that names a user gets it from the keychain.
    QString proxyPassword;
};

// A connection as it was made: what a front end shows, and the problems it must say.
struct ConnectResult
{
    ServerProfile profile;     // as connected: baseUrl is the one in use (the Sandbox's port)
    QString profileName;       // recorded on every call (the log's Profile column)
    ProxySetting proxy;        // the way the calls take
    KnownServers knownServers; // the user's servers, so a token can be traced to its server
    QString trustProblem;      // a CA bundle that is not used, and why; empty: none
    QString sandboxProblem;    // the built-in Sandbox could not start; empty: fine
    QString proxyProblem;      // the keychain did not give the proxy's password (in ready())
    bool waitsForProxyPassword = false; // ready() follows once the keychain has answered

    QUrl baseUrl() const { return profile.baseUrl; }
    // Every problem, in words, in the order they arose.
    QStringList problems() const;
};

// Connecting to a profile, written once for the window and every fhir-bulk command: the
// Sandbox started and its base URL used; the profile's CA bundle (and an extra one) trusted
// besides the system's, its pinned certificate; the proxy, its password from the keychain when
// the profile names a user; the known servers; the profile's name on every call. The client it
// is given is set up for that server. Problems are returned in words, never shown here.
class ProfileConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileConnector)
public:
    // `secrets` may be null: a proxy password is then only what the options give.
    ProfileConnector(FhirClient *client, ProfileStore *profiles, SandboxHost *sandbox,
                     TokenStore *secrets, QObject *parent = nullptr);

    ConnectResult connectTo(const ServerProfile &profile, const ConnectOptions &options = {});
    // The last connection made (with the proxy password's problem once ready() came).
    const ConnectResult &current() const { return m_current; }

    // One rule for which servers are known: every profile at its base URL; the Sandbox only
    // while it runs (`sandboxUrl` empty: it does not), at the port it listens on.
    static KnownServers knownServers(const QList<ServerProfile> &profiles, const QUrl &sandboxUrl);

Q_SIGNALS:
    // The proxy's password from the keychain is in place (result.waitsForProxyPassword): the
    // server can be read now. Always after connectTo() returned; never for a connection another
    // connectTo() has replaced.
    void ready(const ConnectResult &result);

private:
    QString trust(const ServerProfile &profile, const QString &extraCaBundle);
    void readProxyPassword(const QString &profileId);

    FhirClient *m_client;
    ProfileStore *m_profiles;
    SandboxHost *m_sandbox;
    TokenStore *m_secrets;
    ConnectResult m_current;
    quint64 m_generation = 0; // which connectTo() a late keychain answer belongs to
};

Q_DECLARE_METATYPE(ConnectResult)
