// The token values and helpers that had no test of their own: JWT reading, which server a token
// was issued for, the claims table, when renewal fires (and a real renewal on the Sandbox), and
// the settings the app keeps.
#include "app/auth/TokenRenewal.h"
#include "app/calls/TokenAudience.h"
#include "app/models/TokenClaimsModel.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/support/AppSettings.h"
#include "app/tokens/JwtInfo.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

QByteArray b64(const QByteArray &b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray jwt(const QJsonObject &claims)
{
    return b64("{\"alg\":\"RS384\",\"typ\":\"JWT\"}") + '.' +
           b64(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + ".c2ln";
}

ServerProfile profile(const QString &id, const QString &url)
{
    ServerProfile p;
    p.id = id;
    p.name = id;
    p.baseUrl = QUrl(url);
    return p;
}

} // namespace

class TestTokens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FhirBulkExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TokensTest"));
        QSettings().clear();
    }

    void jwtDecoding()
    {
        const auto info = JwtInfo::decode(
            jwt({{QStringLiteral("exp"), 1800000000},
                 {QStringLiteral("iat"), 1799996400},
                 {QStringLiteral("scp"), QJsonArray{QStringLiteral("system/Group.rs"),
                                                    QStringLiteral("system/Patient.rs")}}}));
        QVERIFY(info);
        QCOMPARE(info->header.value(QLatin1String("alg")).toString(), QStringLiteral("RS384"));
        QCOMPARE(info->expiresAt(), QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC));
        QCOMPARE(info->issuedAt().secsTo(info->expiresAt()), qint64(3600));
        QCOMPARE(info->scope(), QStringLiteral("system/Group.rs system/Patient.rs"));
        // Not a JWT: two parts, bad base64, a payload that is not JSON.
        QVERIFY(!JwtInfo::decode("abc.def"));
        QVERIFY(!JwtInfo::decode("eyJ!!!.eyJ!!!.x"));
        QVERIFY(!JwtInfo::decode(b64("{}") + '.' + b64("not json") + ".x"));
        QVERIFY(!JwtInfo::decode(jwt({}))->expiresAt().isValid());
    }

    void audience_data()
    {
        QTest::addColumn<QString>("aud");
        QTest::addColumn<bool>("matchesActive");
        QTest::addColumn<QString>("issuedFor");
        QTest::newRow("this server") << "https://fhir.example.com/bulk" << true << QString();
        QTest::newRow("the preview server")
            << "https://fhirtest.example.com/bulk" << false << QStringLiteral("preview");
        QTest::newRow("a server nobody has")
            << "https://elsewhere.example.org/" << false << QString();
    }

    void audience()
    {
        QFETCH(QString, aud);
        const ServerProfile production =
            profile(QStringLiteral("production"), QStringLiteral("https://fhir.example.com/bulk"));
        const ServerProfile preview =
            profile(QStringLiteral("preview"), QStringLiteral("https://fhirtest.example.com/bulk"));
        const auto info = JwtInfo::decode(jwt({{QStringLiteral("aud"), aud}}));
        QVERIFY(info);
        const TokenAudience a = TokenAudience::judge(*info, production, {production, preview});
        QTEST(a.matchesActive, "matchesActive");
        QFETCH(QString, issuedFor);
        QCOMPARE(a.issuedFor ? a.issuedFor->id : QString(), issuedFor);
        QCOMPARE(a.wrongEnvironment(), !issuedFor.isEmpty());
        QVERIFY(a.mentioned.contains(aud));
    }

    void claimsTable()
    {
        TokenClaimsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        model.setNow(now);
        model.setClaims({{QStringLiteral("exp"), 1800000000 - 600},
                         {QStringLiteral("scope"), QStringLiteral("system/*.read")},
                         {QStringLiteral("sub"), QStringLiteral("client-1")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(TokenClaimsModel::ColumnCount));
        int expRow = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, TokenClaimsModel::ClaimColumn).data().toString() ==
                QLatin1String("exp"))
                expRow = r;
        }
        QVERIFY(expRow >= 0);
        QVERIFY(model.index(expRow, 0).data(TokenClaimsModel::ExpiredRole).toBool());
        QVERIFY2(
            model.index(expRow, TokenClaimsModel::MeaningColumn)
                .data()
                .toString()
                .contains(QStringLiteral("10 min")),
            qPrintable(model.index(expRow, TokenClaimsModel::MeaningColumn).data().toString()));
        // Time moves on: the same claims, another meaning.
        model.setNow(now.addSecs(-3600));
        QVERIFY(!model.index(expRow, 0).data(TokenClaimsModel::ExpiredRole).toBool());
        QVERIFY(!TokenClaimsModel::describeClaim(QStringLiteral("exp")).isEmpty());
        model.setClaims({});
        QCOMPARE(model.rowCount(), 0);
    }

    void renewalTiming_data()
    {
        QTest::addColumn<qint64>("left");
        QTest::addColumn<qint64>("delay");
        // The README's rule: at 80 % of its lifetime, and at least a minute before it runs out.
        QTest::newRow("an hour: at 80 %") << qint64(3600) << qint64(2880);
        QTest::newRow("five minutes: both rules agree") << qint64(300) << qint64(240);
        QTest::newRow("two minutes: a minute ahead") << qint64(120) << qint64(60);
        QTest::newRow("a minute: at once") << qint64(60) << qint64(1);
        QTest::newRow("already over: at once") << qint64(-5) << qint64(1);
    }

    void renewalTiming()
    {
        QFETCH(qint64, left);
        QTEST(TokenRenewal::delayFor(left), "delay");
    }

    void renewalOnTheSandbox()
    {
        // A token of 3 seconds: renewal asks for the next one before it runs out, and the
        // client sends the new token from then on.
        SandboxHost sandbox;
        QVERIFY(sandbox.start());
        sandbox.configure([](SandboxServer *s) {
            SandboxScenario sc;
            sc.tokenLifetimeSecs = 3;
            s->setScenario(sc);
        });
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(sandbox.baseUrl());
        const QByteArray first = sandbox.mintToken(3);
        client.setAuthorization(AuthMode::Bearer, first);
        TokenRenewal renewal(&client);
        QSignalSpy renewed(&renewal, &TokenRenewal::renewed);
        renewal.arm({sandbox.tokenUrl(), QLatin1String(SandboxServer::kDemoClientId),
                     SandboxServer::kDemoClientSecret, QStringLiteral("system/*.read"), true});
        QVERIFY(renewal.isArmed());
        QVERIFY(renewal.secondsUntilRenewal() <= 3);
        QVERIFY(renewed.wait(8000));
        const TokenClient::Response r = renewed.first().first().value<TokenClient::Response>();
        QVERIFY(r.ok);
        QCOMPARE(r.expiresIn, qint64(3));
        const ApiRequest next =
            client.prepare(QStringLiteral("t"), "GET", QStringLiteral("Group/1"));
        QVERIFY(next.token != first);
        QCOMPARE(next.token, r.accessToken);
        renewal.stop();
        QVERIFY(!renewal.isArmed());
    }

    void settingsRoundTrip()
    {
        QCOMPARE(AppSettings::timeoutMs(), 30000); // the default
        AppSettings::setTimeoutMs(12000);
        QCOMPARE(AppSettings::timeoutMs(), 12000);
        QCOMPARE(AppSettings::exportMaxWaitHours(), 12);
        AppSettings::setExportMaxWaitHours(0);
        QCOMPARE(AppSettings::exportMaxWaitHours(), 0);
        QVERIFY(!AppSettings::tokenToStatusOrigin());
        AppSettings::setTokenToStatusOrigin(true);
        QVERIFY(AppSettings::tokenToStatusOrigin());
        AppSettings::setLanguageOverride(QStringLiteral("de"));
        QCOMPARE(AppSettings::languageOverride(), QStringLiteral("de"));
        QCOMPARE(AppSettings::lastProfileId(), QStringLiteral("sandbox"));
        AppSettings::setLastProfileId(QStringLiteral("netsmart-preview"));
        QCOMPARE(AppSettings::lastProfileId(), QStringLiteral("netsmart-preview"));
        QSettings().clear();
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
