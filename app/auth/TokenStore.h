#pragma once

#include "app/auth/SecretBackend.h"

#include <QObject>
#include <QSet>
#include <deque>

// The one door to secrets. Operations run strictly in the order they were asked for (a save
// followed by a load reads what was saved). When the OS keychain is unavailable the store
// switches to session-only memory, says so once, and never falls back to a file.
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)
public:
    using Callback = SecretBackend::Callback;

    explicit TokenStore(SecretBackend *keychain, QObject *parent = nullptr);

    static QString tokenKey(const QString &profileId);
    static QString clientSecretKey(const QString &profileId);
    static QString privateKeyKey(const QString &profileId);
    static QString proxyPasswordKey(const QString &profileId);

    void load(const QString &key, Callback done);
    void save(const QString &key, const QByteArray &secret, Callback done = {});
    void remove(const QString &key, Callback done = {});

    bool isSessionOnly() const { return m_sessionOnly; }
    QString sessionOnlyReason() const { return m_reason; }

    // The keychain refused the last write (a locked collection, a denial): `message` says why.
    // Empty once a later write succeeded.
    QString writeProblem() const { return m_writeProblem; }

Q_SIGNALS:
    // The keychain could not be used: secrets now live for this session only.
    void sessionOnlyChanged(bool sessionOnly, const QString &reason);
    // A write to the keychain failed (the secret is kept in memory for this session, and load()
    // finds it there), or, with an empty message, writes work again.
    void writeProblemChanged(const QString &message);

private:
    enum class Op { Read, Write, Remove };
    struct Pending
    {
        Op op;
        QString key;
        QByteArray value;
        Callback done;
    };
    void pump();
    void run(SecretBackend *backend, const Pending &p);

    SecretBackend *m_keychain;
    MemorySecretBackend m_memory;
    std::deque<Pending> m_queue;
    bool m_busy = false;
    bool m_sessionOnly = false;
    QString m_reason;
    QString m_writeProblem;
    QSet<QString> m_heldInMemory; // keys whose keychain write failed: read from memory
};
