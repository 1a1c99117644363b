#pragma once

#include "app/auth/KeychainSecretBackend.h"
#include "app/auth/TokenStore.h"
#include "app/calls/ServerProfile.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/session/ProfileConnector.h"
#include "app/session/ProfileStore.h"

#include <QNetworkAccessManager>
#include <QSettings>

// One profile connected, owning what the connection needs: the saved profiles (QSettings), the
// keychain (a profile's proxy password), the built-in Sandbox (started here when it is the
// target) and a FhirClient on a network access manager of its own. It connects through
// ProfileConnector, the one way the window's Workspace connects too. Every fhir-bulk command
// talks through one; `token` is the token the command sends (the client carries it once set).
class ProfileConnection final
{
    Q_DISABLE_COPY_MOVE(ProfileConnection)
public:
    ProfileConnection() = default;

    // Connects to `options.base` when set, else to `wanted` (one of `profiles`), and waits for
    // the proxy password the keychain holds for it. Returns what stops the connection, in words
    // (the Sandbox did not start, a CA bundle that cannot be read); empty: connected (`profile`
    // is then the profile as connected, the Sandbox's port in its base URL).
    // `warning`: a problem that does not stop it (the keychain did not give the proxy password).
    QString connect(const ServerProfile &wanted, const ConnectOptions &options, QString *warning);

    SandboxHost sandbox;
    ServerProfile profile;
    QByteArray token;
    QNetworkAccessManager nam;
    FhirClient client{&nam};
    QSettings settings;
    ProfileStore profiles{&settings};
    KeychainSecretBackend keychain{QStringLiteral("FhirBulkExplorer")};
    TokenStore secrets{&keychain}; // a profile's proxy password
    ProfileConnector connector{&client, &profiles, &sandbox, &secrets};
};
