#pragma once

#include "app/auth/TokenClient.h"
#include "app/calls/ServerProfile.h"
#include "app/session/TokenRequestSettings.h"

#include <QList>
#include <QObject>
#include <QUrl>

class TokenEndpointDiscovery;
class Workspace;

// What the Get token… form reads and writes for one profile, so that the dialog only shows and
// asks: the saved request (for the Sandbox its token URL of this run and its demo client), the
// secret half from the keychain, where the server says its token endpoint is, and saving what
// the user chose (non-secret fields to the settings, the secret or key to the keychain, a new
// key registered with the Sandbox directly).
class TokenRequestForm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRequestForm)
public:
    enum class Source { None, SmartConfiguration, CapabilityStatement };
    // Where the token endpoint was found, and the calls that asked.
    struct Discovery
    {
        QUrl tokenUrl; // invalid when the server names none
        Source source = Source::None;
        QList<quint64> callIds; // smart-configuration's, then the CapabilityStatement's
    };

    TokenRequestForm(Workspace *workspace, const ServerProfile &profile, QObject *parent = nullptr);
    ~TokenRequestForm() override;

    ServerProfile profile() const { return m_profile; }
    bool isSandbox() const;
    // What the form starts with: the request saved for this profile. For the Sandbox the token
    // URL is always that of the Sandbox running now (its port changes every run), and its demo
    // client when nothing was saved yet.
    TokenRequestSettings initial() const;
    // The secret the form may fill in by itself: the Sandbox demo client's, on the Sandbox.
    QByteArray knownSecret(const QString &clientId) const;
    // Reads the client secret and the private key from the keychain: clientSecretLoaded() and
    // privateKeyLoaded() for each one found.
    void loadSecrets();
    // The host asked by discover().
    QString serverHost() const;
    // Asks the server where its token endpoint is; discovered() answers.
    void discover();
    // Keeps what the user chose: the non-secret fields in the settings (the Sandbox's token URL
    // not), the private key or (not for the Sandbox) the client secret in the keychain; a key
    // for the Sandbox is registered with it for the client.
    void save(const TokenClient::Request &request, TokenRequestSettings::Method method);

Q_SIGNALS:
    void clientSecretLoaded(const QByteArray &secret);
    void privateKeyLoaded(const QByteArray &pem);
    void discovered(const TokenRequestForm::Discovery &result);

private:
    Workspace *m_workspace;
    ServerProfile m_profile;
    TokenEndpointDiscovery *m_discovery;
};
