#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>

// A private key for SMART Backend Services client assertions, held by OpenSSL 3. RS384 uses an
// RSA key (3072 bits when generated here), ES384 an EC P-384 key. The PEM is the only way the
// private half leaves this class, and it goes to the keychain, never to a file of ours.
class SigningKey
{
public:
    enum class Algorithm { RS384, ES384 };

    SigningKey();
    ~SigningKey();
    SigningKey(SigningKey &&) noexcept;
    SigningKey &operator=(SigningKey &&) noexcept;

    static SigningKey generate(Algorithm algorithm);
    // PKCS#8 or traditional PEM; RSA keys sign RS384, EC P-384 keys ES384. Errors in *error.
    static SigningKey fromPem(const QByteArray &pem, QString *error = nullptr);

    bool isValid() const;
    Algorithm algorithm() const { return m_algorithm; }
    QString algorithmName() const;
    QByteArray privatePem() const;
    QByteArray publicPem() const; // SubjectPublicKeyInfo, for other tools
    // The public key as a JWK with kid (RFC 7638 thumbprint), alg and use.
    QJsonObject publicJwk() const;
    QString kid() const;

    // A JWS compact serialisation of the claims, header {alg, kid, typ: JWT}.
    QByteArray signJwt(const QJsonObject &claims) const;

    // Verifies a compact JWS against a public JWK (RS384 or ES384). For the Sandbox and tests.
    static bool verifyJwt(const QByteArray &jwt, const QJsonObject &publicJwk,
                          QString *error = nullptr);

    static QString thumbprint(const QJsonObject &publicJwk);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    Algorithm m_algorithm = Algorithm::RS384;
};
