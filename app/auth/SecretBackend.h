#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

// Where secrets (access tokens, client secrets, private keys) are kept. Asynchronous, because
// the OS keychain is. Implementations: the OS keychain (KeychainSecretBackend, the only code
// that includes QtKeychain) and a session-only memory store.
class SecretBackend : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,    // no such entry: "no token", not an error
        Unavailable, // no keychain service at all (no Secret Service on the bus, ...)
        Failed       // the keychain answered with an error (locked, denied, ...)
    };
    struct Result
    {
        Status status = Status::Ok;
        QByteArray value;
        QString message;
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QByteArray &value, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
};

// Secrets for this session only: nothing is written anywhere.
class MemorySecretBackend final : public SecretBackend
{
    Q_OBJECT
public:
    using SecretBackend::SecretBackend;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QHash<QString, QByteArray> m_values;
};
