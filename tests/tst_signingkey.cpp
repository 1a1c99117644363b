// Client-assertion keys: generation, PEM round trip, JWK export, signatures that OpenSSL's own
// command line verifies, and verification that rejects tampering.
#include "app/tokens/SigningKey.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSigningKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signAndVerify_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("RS384") << int(SigningKey::Algorithm::RS384);
        QTest::newRow("ES384") << int(SigningKey::Algorithm::ES384);
    }

    void signAndVerify()
    {
        QFETCH(int, algorithm);
        const SigningKey key = SigningKey::generate(SigningKey::Algorithm(algorithm));
        QVERIFY(key.isValid());
        const QJsonObject jwk = key.publicJwk();
        QCOMPARE(jwk.value(QLatin1String("alg")).toString(), key.algorithmName());
        QCOMPARE(jwk.value(QLatin1String("kid")).toString(), SigningKey::thumbprint(jwk));
        QVERIFY(!jwk.contains(QLatin1String("d"))); // no private part in the public JWK
        const QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("client")},
                                 {QStringLiteral("exp"), 1800000000}};
        const QByteArray jwt = key.signJwt(claims);
        QCOMPARE(jwt.count('.'), 2);
        const QJsonObject header =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(jwt.split('.').first(), QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(header.value(QLatin1String("alg")).toString(), key.algorithmName());
        QCOMPARE(header.value(QLatin1String("kid")).toString(),
                 jwk.value(QLatin1String("kid")).toString());
        QCOMPARE(header.value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
        QString error;
        QVERIFY2(SigningKey::verifyJwt(jwt, jwk, &error), qPrintable(error));
        if (key.algorithm() == SigningKey::Algorithm::ES384)
            QCOMPARE(
                QByteArray::fromBase64(jwt.split('.').last(), QByteArray::Base64UrlEncoding).size(),
                96);

        // A changed claim, another key, or a swapped algorithm must not verify.
        QList<QByteArray> parts = jwt.split('.');
        parts[1] = QJsonDocument(QJsonObject{{QStringLiteral("iss"), QStringLiteral("evil")}})
                       .toJson(QJsonDocument::Compact)
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QVERIFY(!SigningKey::verifyJwt(parts.join('.'), jwk));
        const SigningKey other = SigningKey::generate(SigningKey::Algorithm(algorithm));
        QVERIFY(!SigningKey::verifyJwt(jwt, other.publicJwk()));

        // PEM round trip keeps the key.
        const SigningKey again = SigningKey::fromPem(key.privatePem(), &error);
        QVERIFY2(again.isValid(), qPrintable(error));
        QCOMPARE(again.algorithm(), key.algorithm());
        QCOMPARE(again.kid(), key.kid());
        QVERIFY(SigningKey::verifyJwt(again.signJwt(claims), jwk));
    }

    void opensslCommandLineAgrees()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is not installed");
        QTemporaryDir dir;
        const SigningKey key = SigningKey::generate(SigningKey::Algorithm::RS384);
        const QByteArray jwt = key.signJwt({{QStringLiteral("sub"), QStringLiteral("x")}});
        const QList<QByteArray> parts = jwt.split('.');
        auto write = [&dir](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(QStringLiteral("pub.pem"), key.publicPem());
        write(QStringLiteral("input"), parts[0] + '.' + parts[1]);
        write(QStringLiteral("sig"),
              QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding));
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(openssl,
                {QStringLiteral("dgst"), QStringLiteral("-sha384"), QStringLiteral("-verify"),
                 QStringLiteral("pub.pem"), QStringLiteral("-signature"), QStringLiteral("sig"),
                 QStringLiteral("input")});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY2(p.readAllStandardOutput().contains("Verified OK"),
                 p.readAllStandardError().constData());
    }

    void importRejectsWhatItCannotSignWith()
    {
        QString error;
        QVERIFY(!SigningKey::fromPem("not a key", &error).isValid());
        QVERIFY(!error.isEmpty());
        QTemporaryDir dir;
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("prime256v1"),
                 QStringLiteral("-genkey"), QStringLiteral("-noout")});
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            QSKIP("the openssl command is not installed");
        QVERIFY(!SigningKey::fromPem(p.readAllStandardOutput(), &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("P-384")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSigningKey)
#include "tst_signingkey.moc"
