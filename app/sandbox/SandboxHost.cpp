#include "SandboxHost.h"

#include "app/sandbox/SandboxData.h"
#include "app/sandbox/SandboxServer.h"
#include "app/sandbox/SyntheticPatients.h"

#include <QThread>

#include <openssl/crypto.h>

SandboxHost::SandboxHost(QObject *parent) : QObject(parent) {}

SandboxHost::~SandboxHost()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            m_server = nullptr;
            // Free this thread's OpenSSL state here, in the thread. Left to the thread's exit,
            // it races with OPENSSL_cleanup() at process exit: QThread::wait() returns before
            // the thread's TLS destructors run, so both freed the same block (ASan saw it).
            OPENSSL_thread_stop();
        },
        Qt::BlockingQueuedConnection);
    m_context->deleteLater();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool SandboxHost::start(quint16 port, int scale)
{
    if (m_server)
        return true;
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("sandbox"));
        m_context = new QObject;
        m_context->moveToThread(m_thread);
        m_thread->start();
    }
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, port, scale, &ok] {
            auto *server = new SandboxServer(nullptr, 42, scale);
            if (server->start(port) == 0) {
                delete server;
                return;
            }
            m_server = server;
            m_baseUrl = server->baseUrl();
            m_tokenUrl = server->tokenUrl();
            m_demoToken = server->demoToken();
            ok = true;
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QByteArray SandboxHost::mintToken(qint64 lifetimeSecs, const QString &scope) const
{
    // mintToken() only reads immutable state: safe from any thread.
    return m_server ? m_server->mintToken(lifetimeSecs, scope) : QByteArray();
}

QByteArray SandboxHost::mintTokenForAudience(const QString &audience) const
{
    return m_server ? m_server->mintTokenForAudience(audience) : QByteArray();
}

QStringList SandboxHost::deletedResources(const QString &groupId) const
{
    QStringList refs;
    if (!m_server)
        return refs;
    QMetaObject::invokeMethod(
        m_context,
        [this, &refs, groupId] {
            const QJsonObject *group = m_server->data().group(groupId);
            if (!m_server->scenario().deletions || !group)
                return;
            const QStringList members = SandboxData::memberPatientIds(*group);
            for (const SyntheticPatients::Deletion &d : SyntheticPatients::deletions())
                if (members.contains(d.patientId))
                    refs << d.reference();
        },
        Qt::BlockingQueuedConnection);
    return refs;
}

void SandboxHost::configure(const std::function<void(SandboxServer *)> &f)
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(
        m_context, [this, &f] { f(m_server); }, Qt::BlockingQueuedConnection);
}

QByteArray SandboxHost::demoJwtPrivateKeyPem()
{
    QByteArray pem;
    configure([&pem](SandboxServer *s) { pem = s->demoJwtPrivateKeyPem(); });
    return pem;
}
