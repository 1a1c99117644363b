#include "KeychainSecretBackend.h"

#include <qt6keychain/keychain.h>

namespace {

SecretBackend::Result resultOf(const QKeychain::Job *job)
{
    SecretBackend::Result r;
    r.message = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretBackend::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = SecretBackend::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = SecretBackend::Status::Unavailable;
        break;
    case QKeychain::OtherError:
        // QtKeychain reports a missing Secret Service ("Cannot autolaunch D-Bus ...",
        // "The name org.freedesktop.secrets was not provided") as OtherError.
        r.status = KeychainSecretBackend::looksUnavailable(r.message)
                       ? SecretBackend::Status::Unavailable
                       : SecretBackend::Status::Failed;
        break;
    default:
        r.status = SecretBackend::Status::Failed;
        break;
    }
    return r;
}

template <typename J> J *prepare(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new J(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never write secrets to a plain file
    job->setKey(key);
    return job;
}

} // namespace

bool KeychainSecretBackend::looksUnavailable(const QString &message)
{
    // Seen: "Cannot autolaunch D-Bus without X11 $DISPLAY", "Failed to execute child process
    // “dbus-launch” (No such file or directory)", "The name org.freedesktop.secrets was not
    // provided".
    for (const char *needle : {"d-bus", "dbus", "org.freedesktop.secrets", "no keychain service"}) {
        if (message.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

KeychainSecretBackend::KeychainSecretBackend(QString service, QObject *parent)
    : SecretBackend(parent), m_service(std::move(service))
{
}

void KeychainSecretBackend::read(const QString &key, Callback done)
{
    auto *job = prepare<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [done, job] {
        Result r = resultOf(job);
        if (r.status == Status::Ok)
            r.value = job->binaryData();
        done(r);
    });
    job->start();
}

void KeychainSecretBackend::write(const QString &key, const QByteArray &value, Callback done)
{
    auto *job = prepare<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setBinaryData(value);
    connect(job, &QKeychain::Job::finished, this, [done, job] { done(resultOf(job)); });
    job->start();
}

void KeychainSecretBackend::remove(const QString &key, Callback done)
{
    auto *job = prepare<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [done, job] {
        Result r = resultOf(job);
        if (r.status == Status::NotFound)
            r.status = Status::Ok; // deleting what is not there is done
        done(r);
    });
    job->start();
}

QString KeychainSecretBackend::backendName()
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Store");
#else
    return QStringLiteral("Secret Service (libsecret: GNOME Keyring, KeePassXC, KWallet)");
#endif
}
