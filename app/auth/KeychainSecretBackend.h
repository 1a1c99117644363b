#pragma once

#include "app/auth/SecretBackend.h"

#include <functional>

// The OS keychain through QtKeychain (Secret Service / gnome-keyring on Linux). There is never a
// plaintext fallback: without a keychain every call answers Status::Unavailable.
class KeychainSecretBackend final : public SecretBackend
{
    Q_OBJECT
public:
    explicit KeychainSecretBackend(QString service, QObject *parent = nullptr);
    ~KeychainSecretBackend() override;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

    // QtKeychain reports a missing Secret Service as OtherError with a message: tell it apart
    // from a keychain that answered with an error.
    static bool looksUnavailable(const QString &message);
    // The OS keychain QtKeychain talks to on this platform, in words.
    static QString backendName();

private:
    // Runs `start` where the keychain can answer (see the .cpp), with the owner its job gets;
    // `done` gets the answer on this object's thread, unless this object is gone by then.
    void onKeychainThread(Callback done, const std::function<void(QObject *, Callback)> &start);

    QString m_service;
    QObject *m_glibContext = nullptr; // on EventLoopTuning::glibThread(), where there is one
};
