#include "SigningKey.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

namespace {

constexpr int kP384Bytes = 48;

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray unb64url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

QString opensslError()
{
    char buf[256] = {0};
    ERR_error_string_n(ERR_get_error(), buf, sizeof(buf));
    return QString::fromLatin1(buf);
}

QByteArray bnBytes(EVP_PKEY *pkey, const char *name, int pad = 0)
{
    BIGNUM *bn = nullptr;
    if (!EVP_PKEY_get_bn_param(pkey, name, &bn))
        return {};
    QByteArray out(pad > 0 ? pad : BN_num_bytes(bn), Qt::Uninitialized);
    if (pad > 0)
        BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), pad);
    else
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

// ECDSA signatures: OpenSSL speaks DER, JWS speaks r||s (RFC 7518 3.4).
QByteArray derToRaw(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, der.size());
    if (!sig)
        return {};
    const BIGNUM *r = nullptr, *s = nullptr;
    ECDSA_SIG_get0(sig, &r, &s);
    QByteArray raw(2 * kP384Bytes, Qt::Uninitialized);
    BN_bn2binpad(r, reinterpret_cast<unsigned char *>(raw.data()), kP384Bytes);
    BN_bn2binpad(s, reinterpret_cast<unsigned char *>(raw.data()) + kP384Bytes, kP384Bytes);
    ECDSA_SIG_free(sig);
    return raw;
}

QByteArray rawToDer(const QByteArray &raw)
{
    if (raw.size() != 2 * kP384Bytes)
        return {};
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), kP384Bytes, nullptr);
    BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + kP384Bytes,
                          kP384Bytes, nullptr);
    ECDSA_SIG_set0(sig, r, s);
    unsigned char *der = nullptr;
    const int len = i2d_ECDSA_SIG(sig, &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    return out;
}

EVP_PKEY *publicKeyFromJwk(const QJsonObject &jwk)
{
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    const char *type = nullptr;
    BIGNUM *n = nullptr, *e = nullptr;
    QByteArray point;
    if (kty == QLatin1String("RSA")) {
        const QByteArray nb = unb64url(jwk.value(QLatin1String("n")).toString());
        const QByteArray eb = unb64url(jwk.value(QLatin1String("e")).toString());
        n = BN_bin2bn(reinterpret_cast<const unsigned char *>(nb.constData()), int(nb.size()),
                      nullptr);
        e = BN_bin2bn(reinterpret_cast<const unsigned char *>(eb.constData()), int(eb.size()),
                      nullptr);
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n);
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e);
        type = "RSA";
    } else if (kty == QLatin1String("EC") &&
               jwk.value(QLatin1String("crv")).toString() == QLatin1String("P-384")) {
        point = QByteArray(1, '\x04') + unb64url(jwk.value(QLatin1String("x")).toString()) +
                unb64url(jwk.value(QLatin1String("y")).toString());
        OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, "P-384", 0);
        OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size()));
        type = "EC";
    } else {
        OSSL_PARAM_BLD_free(bld);
        return nullptr;
    }
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    EVP_PKEY *pkey = nullptr;
    if (ctx && EVP_PKEY_fromdata_init(ctx) > 0)
        EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(n);
    BN_free(e);
    return pkey;
}

} // namespace

struct SigningKey::Impl
{
    EVP_PKEY *pkey = nullptr;
    ~Impl() { EVP_PKEY_free(pkey); }
};

SigningKey::SigningKey() : d(std::make_unique<Impl>()) {}
SigningKey::~SigningKey() = default;
SigningKey::SigningKey(SigningKey &&) noexcept = default;
SigningKey &SigningKey::operator=(SigningKey &&) noexcept = default;

SigningKey SigningKey::generate(Algorithm algorithm)
{
    SigningKey key;
    key.m_algorithm = algorithm;
    key.d->pkey = algorithm == Algorithm::RS384 ? EVP_RSA_gen(3072) : EVP_EC_gen("P-384");
    return key;
}

SigningKey SigningKey::fromPem(const QByteArray &pem, QString *error)
{
    SigningKey key;
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    key.d->pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key.d->pkey) {
        if (error)
            *error = QStringLiteral("Not a PEM private key: %1").arg(opensslError());
        return key;
    }
    if (EVP_PKEY_is_a(key.d->pkey, "RSA")) {
        key.m_algorithm = Algorithm::RS384;
    } else if (EVP_PKEY_is_a(key.d->pkey, "EC")) {
        char group[64] = {0};
        size_t len = 0;
        EVP_PKEY_get_utf8_string_param(key.d->pkey, OSSL_PKEY_PARAM_GROUP_NAME, group,
                                       sizeof(group), &len);
        if (QByteArray(group) != "secp384r1" && QByteArray(group) != "P-384") {
            if (error)
                *error = QStringLiteral("EC keys must be on P-384 for ES384 (this one is %1)")
                             .arg(QLatin1String(group));
            EVP_PKEY_free(key.d->pkey);
            key.d->pkey = nullptr;
            return key;
        }
        key.m_algorithm = Algorithm::ES384;
    } else {
        if (error)
            *error = QStringLiteral("Only RSA (RS384) and EC P-384 (ES384) keys are supported");
        EVP_PKEY_free(key.d->pkey);
        key.d->pkey = nullptr;
    }
    return key;
}

bool SigningKey::isValid() const
{
    return d && d->pkey;
}

QString SigningKey::algorithmName() const
{
    return m_algorithm == Algorithm::RS384 ? QStringLiteral("RS384") : QStringLiteral("ES384");
}

QByteArray SigningKey::privatePem() const
{
    if (!isValid())
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, d->pkey, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(len));
    BIO_free(bio);
    return pem;
}

QByteArray SigningKey::publicPem() const
{
    if (!isValid())
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, d->pkey);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(len));
    BIO_free(bio);
    return pem;
}

QString SigningKey::thumbprint(const QJsonObject &jwk)
{
    // RFC 7638: the required members only, in lexicographic order, no whitespace.
    QByteArray canonical;
    if (jwk.value(QLatin1String("kty")).toString() == QLatin1String("RSA"))
        canonical = "{\"e\":\"" + jwk.value(QLatin1String("e")).toString().toLatin1() +
                    "\",\"kty\":\"RSA\",\"n\":\"" +
                    jwk.value(QLatin1String("n")).toString().toLatin1() + "\"}";
    else
        canonical = "{\"crv\":\"" + jwk.value(QLatin1String("crv")).toString().toLatin1() +
                    "\",\"kty\":\"EC\",\"x\":\"" +
                    jwk.value(QLatin1String("x")).toString().toLatin1() + "\",\"y\":\"" +
                    jwk.value(QLatin1String("y")).toString().toLatin1() + "\"}";
    return QString::fromLatin1(
        b64url(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
}

QJsonObject SigningKey::publicJwk() const
{
    if (!isValid())
        return {};
    QJsonObject jwk;
    if (m_algorithm == Algorithm::RS384) {
        jwk = {{QStringLiteral("kty"), QStringLiteral("RSA")},
               {QStringLiteral("n"),
                QString::fromLatin1(b64url(bnBytes(d->pkey, OSSL_PKEY_PARAM_RSA_N)))},
               {QStringLiteral("e"),
                QString::fromLatin1(b64url(bnBytes(d->pkey, OSSL_PKEY_PARAM_RSA_E)))}};
    } else {
        jwk = {
            {QStringLiteral("kty"), QStringLiteral("EC")},
            {QStringLiteral("crv"), QStringLiteral("P-384")},
            {QStringLiteral("x"),
             QString::fromLatin1(b64url(bnBytes(d->pkey, OSSL_PKEY_PARAM_EC_PUB_X, kP384Bytes)))},
            {QStringLiteral("y"),
             QString::fromLatin1(b64url(bnBytes(d->pkey, OSSL_PKEY_PARAM_EC_PUB_Y, kP384Bytes)))}};
    }
    jwk.insert(QStringLiteral("kid"), thumbprint(jwk));
    jwk.insert(QStringLiteral("alg"), algorithmName());
    jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    jwk.insert(QStringLiteral("key_ops"), QJsonArray{QStringLiteral("verify")});
    return jwk;
}

QString SigningKey::kid() const
{
    return publicJwk().value(QLatin1String("kid")).toString();
}

QByteArray SigningKey::signJwt(const QJsonObject &claims) const
{
    if (!isValid())
        return {};
    const QJsonObject header{{QStringLiteral("alg"), algorithmName()},
                             {QStringLiteral("kid"), kid()},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray input = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray sig;
    size_t len = 0;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha384(), nullptr, d->pkey) > 0 &&
        EVP_DigestSign(ctx, nullptr, &len,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size())) > 0) {
        sig.resize(qsizetype(len));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                           reinterpret_cast<const unsigned char *>(input.constData()),
                           size_t(input.size())) > 0)
            sig.resize(qsizetype(len));
        else
            sig.clear();
    }
    EVP_MD_CTX_free(ctx);
    if (sig.isEmpty())
        return {};
    if (m_algorithm == Algorithm::ES384)
        sig = derToRaw(sig);
    return input + '.' + b64url(sig);
}

bool SigningKey::verifyJwt(const QByteArray &jwt, const QJsonObject &publicJwk, QString *error)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3) {
        if (error)
            *error = QStringLiteral("not a compact JWS");
        return false;
    }
    const QJsonObject header =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding))
            .object();
    const QString alg = header.value(QLatin1String("alg")).toString();
    const bool rsa = publicJwk.value(QLatin1String("kty")).toString() == QLatin1String("RSA");
    if ((rsa && alg != QLatin1String("RS384")) || (!rsa && alg != QLatin1String("ES384"))) {
        if (error)
            *error = QStringLiteral("alg %1 does not match the key").arg(alg);
        return false;
    }
    EVP_PKEY *pkey = publicKeyFromJwk(publicJwk);
    if (!pkey) {
        if (error)
            *error = QStringLiteral("unusable JWK");
        return false;
    }
    QByteArray sig = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    if (!rsa)
        sig = rawToDer(sig);
    const QByteArray input = parts[0] + '.' + parts[1];
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha384(), nullptr, pkey) > 0 &&
                    EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(sig.constData()),
                                     size_t(sig.size()),
                                     reinterpret_cast<const unsigned char *>(input.constData()),
                                     size_t(input.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(pkey);
    if (!ok && error)
        *error = QStringLiteral("signature does not verify");
    return ok;
}
