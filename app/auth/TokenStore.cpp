#include "TokenStore.h"

#include "app/support/Logging.h"

#include <QLoggingCategory>
#include <QPointer>

TokenStore::TokenStore(SecretBackend *keychain, QObject *parent)
    : QObject(parent), m_keychain(keychain)
{
    if (!m_keychain) {
        m_sessionOnly = true;
        m_reason = tr("No keychain is configured.");
    }
}

QString TokenStore::tokenKey(const QString &profileId)
{
    return QStringLiteral("access-token/") + profileId;
}

QString TokenStore::clientSecretKey(const QString &profileId)
{
    return QStringLiteral("client-secret/") + profileId;
}

QString TokenStore::privateKeyKey(const QString &profileId)
{
    return QStringLiteral("private-key/") + profileId;
}

QString TokenStore::proxyPasswordKey(const QString &profileId)
{
    return QStringLiteral("proxy-password/") + profileId;
}

void TokenStore::load(const QString &key, Callback done)
{
    m_queue.push_back({Op::Read, key, {}, std::move(done)});
    pump();
}

void TokenStore::save(const QString &key, const QByteArray &secret, Callback done)
{
    m_queue.push_back({secret.isEmpty() ? Op::Remove : Op::Write, key, secret, std::move(done)});
    pump();
}

void TokenStore::remove(const QString &key, Callback done)
{
    m_queue.push_back({Op::Remove, key, {}, std::move(done)});
    pump();
}

void TokenStore::pump()
{
    if (m_busy || m_queue.empty())
        return;
    m_busy = true;
    const Pending p = m_queue.front();
    m_queue.pop_front();
    const bool memory = m_sessionOnly || (p.op == Op::Read && m_heldInMemory.contains(p.key));
    run(memory ? static_cast<SecretBackend *>(&m_memory) : m_keychain, p);
}

void TokenStore::run(SecretBackend *backend, const Pending &p)
{
    // The backend may outlive this store (it is shared): a late answer must find it gone safely.
    auto finish = [guard = QPointer<TokenStore>(this), this, p,
                   backend](const SecretBackend::Result &r) {
        if (!guard)
            return;
        if (backend == m_keychain && r.status == SecretBackend::Status::Unavailable) {
            // No keychain on this desktop: keep secrets in memory, say so, retry there.
            m_sessionOnly = true;
            m_reason = r.message;
            qCWarning(lcAuth) << "keychain unavailable, secrets kept for this session only:"
                              << r.message;
            Q_EMIT sessionOnlyChanged(true, r.message);
            run(&m_memory, p);
            return;
        }
        if (backend == m_keychain && p.op != Op::Read) {
            if (r.status == SecretBackend::Status::Failed) {
                // A locked collection or a denial: the secret stays usable for this session
                // (in memory, where load() looks first), and the user is told.
                qCWarning(lcAuth) << "keychain write failed:" << r.message;
                if (p.op == Op::Write) {
                    m_heldInMemory.insert(p.key);
                    m_memory.write(p.key, p.value, [](const SecretBackend::Result &) {});
                }
                m_writeProblem = r.message.isEmpty() ? tr("the keychain refused it") : r.message;
                Q_EMIT writeProblemChanged(m_writeProblem);
            } else if (r.status == SecretBackend::Status::Ok ||
                       r.status == SecretBackend::Status::NotFound) {
                m_heldInMemory.remove(p.key);
                if (!m_writeProblem.isEmpty()) {
                    m_writeProblem.clear();
                    Q_EMIT writeProblemChanged({});
                }
            }
        }
        if (p.done)
            p.done(r);
        m_busy = false;
        pump();
    };
    switch (p.op) {
    case Op::Read:
        backend->read(p.key, finish);
        break;
    case Op::Write:
        backend->write(p.key, p.value, finish);
        break;
    case Op::Remove:
        backend->remove(p.key, finish);
        break;
    }
}
