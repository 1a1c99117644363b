#pragma once

#include "app/auth/SecretBackend.h"

// The OS keychain through QtKeychain (Secret Service / gnome-keyring on Linux). There is never a
// plaintext fallback: without a keychain every call answers Status::Unavailable.
class KeychainSecretBackend final : public SecretBackend
{
    Q_OBJECT
public:
    explicit KeychainSecretBackend(QString service, QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

    // QtKeychain reports a missing Secret Service as OtherError with a message: tell it apart
    // from a keychain that answered with an error.
    static bool looksUnavailable(const QString &message);
    // The OS keychain QtKeychain talks to on this platform, in words.
    static QString backendName();

private:
    QString m_service;
};
