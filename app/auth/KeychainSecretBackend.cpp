#include "KeychainSecretBackend.h"

#include "app/support/EventLoopTuning.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QTimer>
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
    if (QThread *glib = EventLoopTuning::glibThread()) {
        m_glibContext = new QObject; // lives on that thread, deleted there
        m_glibContext->moveToThread(glib);
    }
}

KeychainSecretBackend::~KeychainSecretBackend()
{
    if (m_glibContext)
        m_glibContext->deleteLater();
}

void KeychainSecretBackend::read(const QString &key, Callback done)
{
    const QString service = m_service;
    onKeychainThread(std::move(done), [service, key](QObject *owner, Callback finish) {
        auto *job = prepare<QKeychain::ReadPasswordJob>(service, key, owner);
        QObject::connect(job, &QKeychain::Job::finished, job, [finish, job] {
            Result r = resultOf(job);
            if (r.status == Status::Ok)
                r.value = job->binaryData();
            finish(r);
        });
        job->start();
    });
}

void KeychainSecretBackend::write(const QString &key, const QByteArray &value, Callback done)
{
    const QString service = m_service;
    onKeychainThread(std::move(done), [service, key, value](QObject *owner, Callback finish) {
        auto *job = prepare<QKeychain::WritePasswordJob>(service, key, owner);
        job->setBinaryData(value);
        QObject::connect(job, &QKeychain::Job::finished, job,
                         [finish, job] { finish(resultOf(job)); });
        job->start();
    });
}

void KeychainSecretBackend::remove(const QString &key, Callback done)
{
    const QString service = m_service;
    onKeychainThread(std::move(done), [service, key](QObject *owner, Callback finish) {
        auto *job = prepare<QKeychain::DeletePasswordJob>(service, key, owner);
        QObject::connect(job, &QKeychain::Job::finished, job, [finish, job] {
            Result r = resultOf(job);
            if (r.status == Status::NotFound)
                r.status = Status::Ok; // deleting what is not there is done
            finish(r);
        });
        job->start();
    });
}

void KeychainSecretBackend::onKeychainThread(Callback done,
                                             const std::function<void(QObject *, Callback)> &start)
{
    // QtKeychain's libsecret answers through the GLib loop of the thread that asked. Where this
    // thread runs Qt's own loop (fhir-bulk: see EventLoopTuning), the job runs on the thread
    // kept for GLib, and its answer comes back here, to this object's thread.
    if (EventLoopTuning::onGlibLoop() || !m_glibContext) {
        start(this, [self = QPointer<KeychainSecretBackend>(this), done](const Result &r) {
            if (self)
                done(r);
        });
        return;
    }
    auto answer = [self = QPointer<KeychainSecretBackend>(this), done](const Result &r) {
        // Posted to the application object's thread, where this object lives; skipped if it is
        // gone by then.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, done, r] {
                if (self)
                    done(r);
            },
            Qt::QueuedConnection);
    };
    QObject *owner = m_glibContext;
    QTimer::singleShot(0, owner, [start, owner, answer] { start(owner, answer); });
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
