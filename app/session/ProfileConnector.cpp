#include "ProfileConnector.h"

#include "app/auth/TokenStore.h"
#include "app/calls/TlsEvidence.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/session/ProfileStore.h"
#include "app/session/SandboxControl.h"

#include <QDir>
#include <QPointer>

QStringList ConnectResult::problems() const
{
    QStringList out;
    for (const QString &p : {sandboxProblem, trustProblem, proxyProblem}) {
        if (!p.isEmpty())
            out << p;
    }
    return out;
}

ProfileConnector::ProfileConnector(FhirClient *client, ProfileStore *profiles, SandboxHost *sandbox,
                                   TokenStore *secrets, QObject *parent)
    : QObject(parent), m_client(client), m_profiles(profiles), m_sandbox(sandbox),
      m_secrets(secrets)
{
    qRegisterMetaType<ConnectResult>();
}

KnownServers ProfileConnector::knownServers(const QList<ServerProfile> &profiles,
                                            const QUrl &sandboxUrl)
{
    KnownServers known;
    for (const ServerProfile &p : profiles) {
        if (p.environment != ServerProfile::Environment::Sandbox)
            known.append({p.name, p.baseUrl});
        else if (!sandboxUrl.isEmpty())
            known.append({p.name, sandboxUrl}); // a stopped Sandbox issued no token anyone holds
    }
    return known;
}

ConnectResult ProfileConnector::connectTo(const ServerProfile &profile,
                                          const ConnectOptions &options)
{
    ++m_generation; // a keychain answer for an earlier connection is no longer wanted
    ConnectResult result;
    result.profile = profile;
    if (!options.base.isEmpty()) {
        // A server named on the command line: a profile of its own, nothing of another's.
        result.profile = {};
        result.profile.id = QStringLiteral("command-line");
        result.profile.name = options.base.host();
        result.profile.baseUrl = options.base;
    } else if (profile.environment == ServerProfile::Environment::Sandbox) {
        if (!m_sandbox->isRunning() && !m_sandbox->start())
            result.sandboxProblem = tr("The built-in Sandbox could not start on 127.0.0.1.");
        result.profile.baseUrl = SandboxControl(m_sandbox).baseUrlOf(profile);
    }
    m_client->setBaseUrl(result.profile.baseUrl);
    result.trustProblem = trust(result.profile, options.extraCaBundle);
    result.knownServers =
        knownServers(m_profiles->all(), m_sandbox->isRunning() ? m_sandbox->baseUrl() : QUrl());
    m_client->setKnownServers(result.knownServers);
    result.profileName = result.profile.name;
    m_client->setProfileName(result.profileName);
    // The way to the server: the options', else the profile's. A password goes only to a named
    // proxy; the profile's own, when it names a user and none was given, is in the keychain, and
    // the server is read once it is there (else the first call would meet the proxy's 407).
    result.proxy = options.proxy.value_or(result.profile.proxy);
    result.profile.proxy = result.proxy;
    const bool named = result.proxy.mode == ProxySetting::Mode::Http ||
                       result.proxy.mode == ProxySetting::Mode::Socks5;
    m_client->setProxy(result.proxy, named ? options.proxyPassword : QString());
    result.waitsForProxyPassword = named && options.proxyPassword.isEmpty() && !options.proxy &&
                                   !result.proxy.user.isEmpty() && m_secrets;
    m_current = result;
    if (result.waitsForProxyPassword)
        readProxyPassword(result.profile.id);
    return result;
}

QString ProfileConnector::trust(const ServerProfile &profile, const QString &extraCaBundle)
{
    // The profile's CA bundle and the extra one join the system's trust for this client's
    // calls; one that cannot be read is said, and is not used.
    QStringList problems;
    QByteArray pem;
    const auto add = [&](const QString &path, bool profiles) {
        if (path.isEmpty())
            return;
        QString why;
        const QByteArray read = TlsEvidence::loadCaBundle(path, &why);
        if (!read.isEmpty()) {
            pem += read + '\n';
            return;
        }
        const QString shown = QDir::toNativeSeparators(path);
        problems << (profiles ? tr("The profile's CA bundle %1 is not used: no PEM certificate "
                                   "could be read (%2).")
                                    .arg(shown, why)
                              : tr("The CA bundle %1 is not used: no PEM certificate could be "
                                   "read (%2).")
                                    .arg(shown, why));
    };
    add(profile.caBundle, true);
    add(extraCaBundle, false);
    m_client->setExtraCaPem(pem);
    m_client->setPinnedSha256(profile.pinnedSha256);
    return problems.join(QLatin1Char(' '));
}

void ProfileConnector::readProxyPassword(const QString &profileId)
{
    const quint64 generation = m_generation;
    m_secrets->load(
        TokenStore::proxyPasswordKey(profileId), [guard = QPointer<ProfileConnector>(this), this,
                                                  generation](const SecretBackend::Result &r) {
            if (!guard || generation != m_generation)
                return; // another profile is connected now
            const bool ok = r.status == SecretBackend::Status::Ok;
            m_client->setProxy(m_current.proxy, ok ? QString::fromUtf8(r.value) : QString());
            m_current.waitsForProxyPassword = false;
            if (r.status == SecretBackend::Status::Failed)
                m_current.proxyProblem =
                    tr("The keychain did not give the proxy's password: %1").arg(r.message);
            // Queued: the keychain may answer before connectTo() has returned.
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (generation == m_generation)
                        Q_EMIT ready(m_current);
                },
                Qt::QueuedConnection);
        });
}
