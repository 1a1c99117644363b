#include "SecretBackend.h"

#include <QTimer>

// Callbacks are delivered from the event loop, like the keychain's, so callers see one order.
void MemorySecretBackend::read(const QString &key, Callback done)
{
    Result r;
    if (m_values.contains(key))
        r.value = m_values.value(key);
    else
        r.status = Status::NotFound;
    QTimer::singleShot(0, this, [done, r] { done(r); });
}

void MemorySecretBackend::write(const QString &key, const QByteArray &value, Callback done)
{
    m_values.insert(key, value);
    QTimer::singleShot(0, this, [done] { done({}); });
}

void MemorySecretBackend::remove(const QString &key, Callback done)
{
    m_values.remove(key);
    QTimer::singleShot(0, this, [done] { done({}); });
}
