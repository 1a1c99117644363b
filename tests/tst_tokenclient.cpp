// Obtaining a token from the Sandbox's token endpoint with a client secret, both ways.
#include "app/auth/TokenClient.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/tokens/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestTokenClient : public QObject
{
    Q_OBJECT
private:
    SandboxHost m_sandbox;
    QNetworkAccessManager m_nam;

    TokenClient::Response obtain(FhirClient &client, const TokenClient::Request &req,
                                 QList<CallRecord> *records)
    {
        connect(&client, &FhirClient::callFinished, this,
                [records](const CallRecord &r) { *records << r; });
        TokenClient tokens(&client);
        QSignalSpy done(&tokens, &TokenClient::finished);
        tokens.request(req);
        [&] { QVERIFY(done.wait(10000)); }();
        return done.isEmpty() ? TokenClient::Response{}
                              : done.first().first().value<TokenClient::Response>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TokenClient::Response>();
        QVERIFY(m_sandbox.start());
    }

    void clientSecret_data()
    {
        QTest::addColumn<bool>("basic");
        QTest::newRow("HTTP Basic") << true;
        QTest::newRow("form post") << false;
    }

    void clientSecret()
    {
        QFETCH(bool, basic);
        FhirClient client(&m_nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setAuthorization(AuthMode::Bearer,
                                "fhir-token-that-must-not-go-to-the-token-endpoint");
        QList<CallRecord> records;
        const auto r =
            obtain(client,
                   {m_sandbox.tokenUrl(), QLatin1String(SandboxServer::kDemoClientId),
                    SandboxServer::kDemoClientSecret, QStringLiteral("system/*.read"), basic},
                   &records);
        QVERIFY2(r.ok, qPrintable(r.explanation));
        QCOMPARE(r.expiresIn, 300);
        QCOMPARE(r.scope, QStringLiteral("system/*.read"));
        QCOMPARE(records.size(), 1);
        const CallRecord &rec = records.first();
        // Neither the secret nor the issued token is in the record.
        QVERIFY(!rec.requestBody.contains(SandboxServer::kDemoClientSecret));
        QVERIFY(!rec.requestHeader("Authorization")
                     .contains(QByteArray(SandboxServer::kDemoClientSecret).toBase64()));
        QVERIFY(!rec.body.contains(r.accessToken));
        QVERIFY(rec.body.contains("<redacted: "));
        QVERIFY(rec.bodyRedacted);
        QVERIFY(!rec.requestHeader("Authorization").contains("fhir-token"));
        // And the token works.
        client.setAuthorization(AuthMode::Bearer, r.accessToken);
        ApiCall *call =
            client.send(client.prepare(QStringLiteral("t"), "GET", QStringLiteral("Group/1")));
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(*finished.first().first().value<CallRecord>().status, 200);
    }

    void privateKeyJwt_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("RS384") << int(SigningKey::Algorithm::RS384);
        QTest::newRow("ES384") << int(SigningKey::Algorithm::ES384);
    }

    void privateKeyJwt()
    {
        QFETCH(int, algorithm);
        const SigningKey key = SigningKey::generate(SigningKey::Algorithm(algorithm));
        const QString clientId = QStringLiteral("jwt-client-%1").arg(algorithm);
        m_sandbox.configure([&](SandboxServer *s) {
            s->registerClient(clientId,
                              QJsonObject{{QStringLiteral("keys"), QJsonArray{key.publicJwk()}}});
        });
        FhirClient client(&m_nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        QList<CallRecord> records;
        TokenClient::Request req{
            m_sandbox.tokenUrl(), clientId, {}, QStringLiteral("system/*.read"), true};
        req.privateKeyPem = key.privatePem();
        const auto r = obtain(client, req, &records);
        QVERIFY2(r.ok, qPrintable(r.explanation));
        QVERIFY(!records.first().requestBody.contains(
            "eyJ")); // the assertion is redacted in the record
        QVERIFY(records.first().requestBody.contains("client_assertion=<redacted"));
        QVERIFY(!records.first().hasRequestHeader("Authorization"));

        // The assertion itself: what SMART Backend Services asks for.
        const QByteArray assertion =
            TokenClient::clientAssertion(key.privatePem(), clientId, m_sandbox.tokenUrl());
        QVERIFY(SigningKey::verifyJwt(assertion, key.publicJwk()));
        const QJsonObject claims =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(assertion.split('.').at(1), QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(claims.value(QLatin1String("iss")).toString(), clientId);
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), clientId);
        QCOMPARE(claims.value(QLatin1String("aud")).toString(), m_sandbox.tokenUrl().toString());
        const qint64 lead = qint64(claims.value(QLatin1String("exp")).toDouble()) -
                            QDateTime::currentSecsSinceEpoch();
        QVERIFY(lead > 0 && lead <= 300);
        QVERIFY(!claims.value(QLatin1String("jti")).toString().isEmpty());
    }

    void preconfiguredJwtDemoClient()
    {
        // The Sandbox's private_key_jwt demo client works out of the box with the key of this
        // run; another run's key (any other key) is refused.
        FhirClient client(&m_nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        TokenClient::Request req{m_sandbox.tokenUrl(),
                                 QLatin1String(SandboxServer::kDemoJwtClientId),
                                 {},
                                 QStringLiteral("system/*.read"),
                                 true};
        req.privateKeyPem = m_sandbox.demoJwtPrivateKeyPem();
        QVERIFY(req.privateKeyPem.startsWith("-----BEGIN"));
        QVERIFY(SigningKey::fromPem(req.privateKeyPem).algorithm() == SigningKey::Algorithm::ES384);
        QList<CallRecord> records;
        auto r = obtain(client, req, &records);
        QVERIFY2(r.ok, qPrintable(r.explanation));
        req.privateKeyPem = SigningKey::generate(SigningKey::Algorithm::ES384).privatePem();
        r = obtain(client, req, &records);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("invalid_client"));
    }

    void assertionErrorsAreExplained()
    {
        const SigningKey registered = SigningKey::generate(SigningKey::Algorithm::ES384);
        const SigningKey other = SigningKey::generate(SigningKey::Algorithm::ES384);
        m_sandbox.configure([&](SandboxServer *s) {
            s->registerClient(
                QStringLiteral("strict-client"),
                QJsonObject{{QStringLiteral("keys"), QJsonArray{registered.publicJwk()}}});
        });
        FhirClient client(&m_nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        QList<CallRecord> records;
        TokenClient::Request req{m_sandbox.tokenUrl(),
                                 QStringLiteral("strict-client"),
                                 {},
                                 QStringLiteral("system/*.read"),
                                 true};
        req.privateKeyPem = other.privatePem();
        auto r = obtain(client, req, &records);
        QCOMPARE(r.error, QStringLiteral("invalid_client"));
        // Another key has another kid: said as such, naming the registered one.
        QVERIFY2(r.explanation.contains(QStringLiteral("No key with kid \"%1\"").arg(other.kid())),
                 qPrintable(r.explanation));
        QVERIFY2(r.explanation.contains(registered.kid()), qPrintable(r.explanation));
        req.privateKeyPem = registered.privatePem();
        req.tokenUrl = QUrl(m_sandbox.tokenUrl().toString() + QStringLiteral("?wrong-aud"));
        r = obtain(client, req, &records);
        QCOMPARE(r.error, QStringLiteral("invalid_grant"));
        QVERIFY(r.explanation.contains(QStringLiteral("aud")));
        req.privateKeyPem = "-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n";
        r = obtain(client, req, &records);
        QCOMPARE(r.error, QStringLiteral("invalid_key"));
    }

    void oauthErrorsAreExplained()
    {
        FhirClient client(&m_nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        QList<CallRecord> records;
        auto r = obtain(client,
                        {m_sandbox.tokenUrl(), QLatin1String(SandboxServer::kDemoClientId), "wrong",
                         QStringLiteral("system/*.read"), true},
                        &records);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("invalid_client"));
        QVERIFY(r.explanation.contains(QStringLiteral("secret is wrong")));
        r = obtain(client,
                   {m_sandbox.tokenUrl(), QLatin1String(SandboxServer::kDemoClientId),
                    SandboxServer::kDemoClientSecret, QStringLiteral("user/*.read"), false},
                   &records);
        QCOMPARE(r.error, QStringLiteral("invalid_scope"));
        QVERIFY(r.explanation.contains(QStringLiteral("system/")));
    }
};

QTEST_GUILESS_MAIN(TestTokenClient)
#include "tst_tokenclient.moc"
