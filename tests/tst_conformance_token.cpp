// SMART Backend Services with the client's key (TokenGrantChecks): a correct client assertion
// gets a token; a replayed jti, a wrong aud, iss ≠ sub and an exp an hour ahead are refused.
// Each Sandbox switch changes exactly its check; without a key the checks are not applicable;
// neither the private key nor a token or an assertion reaches a record or a report in clear.
#include "CliFixture.h"
#include "ConformanceFixture.h"
#include "app/conformance/Catalogue.h"
#include "app/conformance/ConformanceHtml.h"
#include "app/conformance/ConformanceReport.h"
#include "app/conformance/ConformanceRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace conformance_test;

namespace {

const QString kValid = QStringLiteral("auth.token.valid-assertion-accepted");
const QString kReplay = QStringLiteral("auth.token.jti-replay-refused");
const QString kClaims = QStringLiteral("auth.token.invalid-claims-refused");
const QString kLongExp = QStringLiteral("auth.token.long-exp-refused");
const QStringList kGrantChecks = {kClaims, kReplay, kLongExp, kValid}; // sorted
// Every JWT (the Sandbox's tokens, the client assertions) starts with {"alg": in base64url.
const QByteArray kJwtStart = "eyJhbGci";

const CheckResult *find(const QList<CheckResult> &results, const QString &id)
{
    for (const CheckResult &r : results)
        if (r.id == id)
            return &r;
    return nullptr;
}

// The PEM's base64 lines (the key itself), each long enough to be unmistakable.
QByteArrayList keyLines(const QByteArray &pem)
{
    QByteArrayList lines;
    for (const QByteArray &line : pem.split('\n'))
        if (line.size() >= 40 && !line.startsWith("-----"))
            lines << line.trimmed();
    return lines;
}

// Where a secret turns up in `text`: empty when nowhere.
QString leak(const QByteArray &text, const QByteArray &pem)
{
    if (const qsizetype at = text.indexOf(kJwtStart); at >= 0)
        return QStringLiteral("a JWT in clear: ") + QString::fromLatin1(text.mid(at, 60));
    for (const QByteArray &line : keyLines(pem))
        if (text.contains(line))
            return QStringLiteral("the private key: ") + QString::fromLatin1(line);
    if (text.contains("PRIVATE KEY"))
        return QStringLiteral("a PEM private key");
    return {};
}

QByteArray everything(const CallRecord &r)
{
    QByteArray all = r.url.toEncoded() + '\n' + r.requestBody + '\n' + r.body + '\n';
    for (const auto &h : r.requestHeaders)
        all += h.first + ": " + h.second + '\n';
    for (const auto &h : r.responseHeaders)
        all += h.first + ": " + h.second + '\n';
    return all;
}

} // namespace

class TestConformanceToken : public QObject, public CliFixture
{
    Q_OBJECT
private:
    SandboxRun m_run;

    ConformanceOptions grantChecks()
    {
        ConformanceOptions o = m_run.allChecks();
        o.only = kGrantChecks.join(QLatin1Char(','));
        return o;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_run.start()); }
    void cleanup() { m_run.deviate({}); }

    void catalogueNamesTheClauses()
    {
        for (const QString &id : kGrantChecks) {
            const auto check = Catalogue::find(id);
            QVERIFY2(check.has_value(), qPrintable(id));
            QVERIFY(check->clauseUrl.startsWith(QLatin1String("https://")));
            QVERIFY(!check->startsExport && !check->vendorOnly);
            QCOMPARE(check->weight, id == kLongExp ? Check::Weight::May : Check::Weight::Shall);
        }
    }

    void sandboxGrantsAndRefusesWithNothingInClear()
    {
        QList<CallRecord> calls;
        const ConformanceOptions options = grantChecks();
        const QList<CheckResult> results = m_run.run(m_run.baseUrl(), options, &calls);
        QCOMPARE(SandboxRun::withOutcome(results, CheckResult::Outcome::Pass), kGrantChecks);
        // The evidence: 1 call for the grant, 2 for the replay, 2 for the claims, 1 for exp.
        QCOMPARE(find(results, kValid)->calls.size(), 1);
        QCOMPARE(find(results, kReplay)->calls.size(), 2);
        QCOMPARE(find(results, kReplay)->calls.first(), find(results, kValid)->calls.first());
        QCOMPARE(find(results, kClaims)->calls.size(), 2);
        QCOMPARE(find(results, kLongExp)->calls.size(), 1);
        // The Sandbox refuses with invalid_grant, and the reason says SMART asks invalid_client.
        QVERIFY2(find(results, kReplay)->reason.contains(QLatin1String("invalid_client")),
                 qPrintable(find(results, kReplay)->reason));
        QCOMPARE(calls.size(), 5); // the token URL was given: no discovery
        const CallRecord &granted = calls.first();
        QCOMPARE(granted.status, 200);
        QCOMPARE(granted.url, m_run.host().tokenUrl());
        // The record shows that an assertion and a token were there, never what they were.
        QVERIFY2(granted.requestBody.contains("client_assertion=<redacted"),
                 granted.requestBody.constData());
        QVERIFY(granted.bodyRedacted);
        QVERIFY(granted.body.contains("\"access_token\":\"<redacted"));
        const QByteArray pem = options.privateKeyPem;
        QVERIFY(pem.contains("PRIVATE KEY") && keyLines(pem).size() >= 2);
        for (const CallRecord &r : std::as_const(calls))
            QVERIFY2(
                leak(everything(r), pem).isEmpty(),
                qPrintable(QStringLiteral("call %1: %2").arg(r.id).arg(leak(everything(r), pem))));
        const ConformanceReport::Header header{m_run.baseUrl().toString(),
                                               QStringLiteral("Sandbox"), 1};
        const QByteArray reports =
            QJsonDocument(ConformanceReport::json(results, header)).toJson() +
            ConformanceReport::junit(results, header) + ConformanceHtml::page(results, header) +
            ConformanceReport::text(results, header).toUtf8();
        QVERIFY(reports.contains(kValid.toLatin1()));
        QVERIFY2(leak(reports, pem).isEmpty(), qPrintable(leak(reports, pem)));
    }

    void tokenUrlFromTheSmartConfiguration()
    {
        // No token URL given: the SMART configuration's token_endpoint is used.
        ConformanceOptions o = grantChecks();
        o.tokenUrl = QUrl();
        QList<CallRecord> calls;
        const QList<CheckResult> results = m_run.run(m_run.baseUrl(), o, &calls);
        QCOMPARE(SandboxRun::withOutcome(results, CheckResult::Outcome::Pass), kGrantChecks);
        QCOMPARE(calls.size(), 6);
        QVERIFY(
            calls.first().url.path().endsWith(QLatin1String(".well-known/smart-configuration")));
        QCOMPARE(calls.at(1).url, m_run.host().tokenUrl());
    }

    void withoutAKeyNotApplicable_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no key (a client secret profile, --base)")
            << QByteArray() << QStringLiteral("some-client") << QStringLiteral("no private key");
        QTest::newRow("no client id")
            << QByteArray("x") << QString() << QStringLiteral("no private key");
        QTest::newRow("a key that cannot sign")
            << QByteArray("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
            << QStringLiteral("some-client") << QStringLiteral("cannot sign");
    }

    void withoutAKeyNotApplicable()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, clientId);
        QFETCH(QString, reason);
        ConformanceOptions o = grantChecks();
        o.privateKeyPem = pem;
        o.clientId = clientId;
        QList<CallRecord> calls;
        QString problem;
        const QList<CheckResult> results = m_run.run(m_run.baseUrl(), o, &calls, &problem);
        QCOMPARE(SandboxRun::withOutcome(results, CheckResult::Outcome::NotApplicable),
                 kGrantChecks);
        for (const CheckResult &r : results)
            QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
        QVERIFY(calls.isEmpty()); // nothing sent to the token endpoint
        // Nothing sent is not "the server did not answer" (fhir-bulk conform exits 2 on that).
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void switchChangesExactlyItsCheck_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("outcome"); // CheckResult::outcomeKey
        QTest::addColumn<QString>("reason");
        QTest::newRow("token-without-expires-in")
            << QStringLiteral("token-without-expires-in") << kValid << QStringLiteral("fail")
            << QStringLiteral("no expires_in");
        QTest::newRow("accept-replayed-jti")
            << QStringLiteral("accept-replayed-jti") << kReplay << QStringLiteral("fail")
            << QStringLiteral("accepted");
        QTest::newRow("accept-wrong-aud") << QStringLiteral("accept-wrong-aud") << kClaims
                                          << QStringLiteral("fail") << QStringLiteral("aud (call");
        // A MAY: the server may keep a long assertion; said as information, not a failure.
        QTest::newRow("accept-long-exp") << QStringLiteral("accept-long-exp") << kLongExp
                                         << QStringLiteral("info") << QStringLiteral("accepted");
    }

    void switchChangesExactlyItsCheck()
    {
        QFETCH(QString, name);
        QFETCH(QString, check);
        QFETCH(QString, outcome);
        QFETCH(QString, reason);
        m_run.deviate({name});
        // The token endpoint's other checks too: the switch leaves them passing.
        ConformanceOptions o = grantChecks();
        o.only += QStringLiteral(",token.error.*");
        const QList<CheckResult> results = m_run.run(o);
        QCOMPARE(results.size(), 8);
        QStringList passing = kGrantChecks;
        passing.removeOne(check);
        for (const QString &id :
             {QStringLiteral("token.error.assertion-type"),
              QStringLiteral("token.error.bad-signature"),
              QStringLiteral("token.error.description"), QStringLiteral("token.error.grant-type")})
            passing << id;
        passing.sort();
        QVERIFY2(SandboxRun::withOutcome(results, CheckResult::Outcome::Pass) == passing,
                 qPrintable(SandboxRun::describe(results)));
        const CheckResult *r = find(results, check);
        QVERIFY(r);
        QCOMPARE(CheckResult::outcomeKey(r->outcome), outcome);
        QVERIFY2(r->reason.contains(reason), qPrintable(r->reason));
        QVERIFY(!r->calls.isEmpty());
    }

    void cliConformOnTheSandbox()
    {
        const QString cli = qEnvironmentVariable("FBX_CLI");
        if (cli.isEmpty())
            QSKIP("FBX_CLI is not set (run through ctest)");
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        const QString html = dir.filePath(QStringLiteral("conform.html"));
        QProcess conform;
        conform.setProcessEnvironment(env);
        conform.start(cli, {QStringLiteral("conform"), QStringLiteral("--only"),
                            kGrantChecks.join(QLatin1Char(',')), QStringLiteral("--json"),
                            QStringLiteral("--html"), html});
        QVERIFY(conform.waitForFinished(60000));
        const QByteArray out = conform.readAllStandardOutput();
        const QByteArray err = conform.readAllStandardError();
        QVERIFY2(conform.exitCode() == 0, err.constData());
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QStringList passed;
        for (const QJsonValue &v : o.value(QLatin1String("checks")).toArray())
            if (v.toObject().value(QLatin1String("result")).toString() == QLatin1String("pass"))
                passed << v.toObject().value(QLatin1String("id")).toString();
        passed.sort();
        QVERIFY2(passed == kGrantChecks, out.constData());
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray everythingShown = out + err + file.readAll();
        QVERIFY2(leak(everythingShown, {}).isEmpty(), qPrintable(leak(everythingShown, {})));
    }

    void cliProfileSignsWithItsKeychainKey()
    {
        // `fhir-bulk conform --profile NAME` takes the key of the profile's private_key_jwt token
        // request from the keychain, as `fhir-bulk token get` does; a client secret profile has
        // none, and its checks say what to choose.
        if (qEnvironmentVariable("FBX_CLI").isEmpty() ||
            qEnvironmentVariableIsEmpty("FBX_PRIVATE_KEYRING"))
            QSKIP("needs FBX_CLI and the private keyring of scripts/with-keyring.sh");
        SandboxHost &host = m_run.host();
        const QByteArray pem = host.demoJwtPrivateKeyPem();
        ServerProfile signing;
        signing.name = QStringLiteral("Signing");
        signing.baseUrl = host.baseUrl();
        ServerProfile secret;
        secret.name = QStringLiteral("Secret");
        secret.baseUrl = host.baseUrl();
        {
            QSettings settings(m_home.path() +
                                   QStringLiteral("/config/FhirBulkExplorer/FhirBulkExplorer.conf"),
                               QSettings::IniFormat);
            ProfileStore store(&settings);
            signing.id = store.saveCustom(signing);
            secret.id = store.saveCustom(secret);
            for (const ServerProfile *p : {&signing, &secret}) {
                settings.beginGroup(QStringLiteral("tokenRequest/") + p->id);
                settings.setValue(QStringLiteral("tokenUrl"), host.tokenUrl().toString());
                settings.setValue(QStringLiteral("clientId"),
                                  p == &signing ? QLatin1String(SandboxServer::kDemoJwtClientId)
                                                : QLatin1String(SandboxServer::kDemoClientId));
                settings.setValue(QStringLiteral("scope"), QStringLiteral("system/*.read"));
                settings.setValue(QStringLiteral("method"), p == &signing ? 2 : 0);
                settings.endGroup();
            }
        }
        KeychainSecretBackend keychain(QStringLiteral("FhirBulkExplorer"));
        QSignalSpy saved(this, &QObject::objectNameChanged);
        SecretBackend::Status status = SecretBackend::Status::Failed;
        keychain.write(TokenStore::privateKeyKey(signing.id), pem,
                       [&](const SecretBackend::Result &r) {
                           status = r.status;
                           setObjectName(QStringLiteral("saved"));
                       });
        QVERIFY(saved.wait(20000));
        QCOMPARE(int(status), int(SecretBackend::Status::Ok));
        // With the SMART configuration's check: a run that sends nothing at all is exit 2.
        const auto conform = [this](const QString &profile) {
            return cliServing(
                {QStringLiteral("conform"), QStringLiteral("--profile"), profile,
                 QStringLiteral("--only"),
                 kGrantChecks.join(QLatin1Char(',')) + QStringLiteral(",auth.smart-config.served"),
                 QStringLiteral("--json")},
                {}, {}, 60000);
        };
        const auto outcomes = [](const Result &r, const QString &result) {
            QStringList ids;
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            for (const QJsonValue &v : o.value(QLatin1String("checks")).toArray())
                if (v.toObject().value(QLatin1String("result")).toString() == result)
                    ids << v.toObject().value(QLatin1String("id")).toString();
            ids.sort();
            return ids;
        };
        Result r = conform(QStringLiteral("Signing"));
        QVERIFY2(r.exitCode == 0, (r.err + r.out).constData());
        QVERIFY2(outcomes(r, QStringLiteral("pass")) ==
                     QStringList{QStringLiteral("auth.smart-config.served")} + kGrantChecks,
                 r.out.constData());
        QVERIFY2(leak(r.all(), pem).isEmpty(), qPrintable(leak(r.all(), pem)));
        r = conform(QStringLiteral("Secret"));
        QVERIFY2(r.exitCode == 0, (r.err + r.out).constData());
        QVERIFY2(outcomes(r, QStringLiteral("not-applicable")) == kGrantChecks, r.out.constData());
        QVERIFY2(r.out.contains("no private key"), r.out.constData());
    }
};

QTEST_MAIN(TestConformanceToken)
#include "tst_conformance_token.moc"
