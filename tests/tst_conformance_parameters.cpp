// The planned checks of issue 27 built in session 34: the kick-off's parameters applied (repeated
// _type, _typeFilter once and repeated, _since), one version per resource, a missing file refused,
// lenient handling and its error files, DELETE without a token, and the token endpoint's errors.
// The Sandbox's own switches prove that each fails (tst_conformance_switches); here: the pieces
// they rest on, and that each runs on its own with --only.
#include "ConformanceFixture.h"
#include "app/conformance/ParameterChecks.h"
#include "app/conformance/TokenChecks.h"
#include "app/sandbox/SandboxExports.h"
#include "app/sandbox/SandboxKickOff.h"

using namespace conformance_test;

class TestConformanceParameters : public QObject
{
    Q_OBJECT
private:
    SandboxRun m_run;

    static SandboxRequest kickoff(const QString &query)
    {
        SandboxRequest r;
        r.method = "GET";
        r.path = QStringLiteral("/fhir/Group/1/$export");
        r.query = QUrlQuery(query);
        r.headers = {{"Prefer", "respond-async"}};
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_run.start()); }

    void repeatedParametersReadAsOne()
    {
        // The Bulk Data IG: repeated values as if comma-separated in one parameter.
        SandboxKickOff k;
        QString error;
        QVERIFY2(k.read(kickoff(QStringLiteral("_type=Patient&_type=Observation")), &error),
                 qPrintable(error));
        QCOMPARE(k.types, (QStringList{QStringLiteral("Patient"), QStringLiteral("Observation")}));
        // The switch ignore-repeated-parameters: the last value wins.
        SandboxKickOff last;
        last.lastValueWins = true;
        QVERIFY(last.read(kickoff(QStringLiteral("_type=Patient&_type=Observation")), &error));
        QCOMPARE(last.types, QStringList{QStringLiteral("Observation")});
        // Two _typeFilter queries of one type are OR'ed.
        SandboxKickOff filters;
        QVERIFY2(
            filters.read(kickoff(QStringLiteral("_type=Patient&_typeFilter=Patient%3Fgender%"
                                                "3Dfemale&_typeFilter=Patient%3Fgender%3Dmale")),
                         &error),
            qPrintable(error));
        const QByteArray patients =
            "{\"resourceType\":\"Patient\",\"id\":\"a\",\"gender\":\"female\"}\n"
            "{\"resourceType\":\"Patient\",\"id\":\"b\",\"gender\":\"male\"}\n"
            "{\"resourceType\":\"Patient\",\"id\":\"c\",\"gender\":\"other\"}\n";
        int count = 0;
        const QByteArray kept = filters.filters.apply(QStringLiteral("Patient"), patients, &count);
        QCOMPARE(count, 2);
        QVERIFY(kept.contains("\"a\"") && kept.contains("\"b\"") && !kept.contains("\"c\""));
    }

    void duplicateVersionSwitchRepeatsAnId()
    {
        const QByteArray twice =
            SandboxExports::repeatFirstId("{\"resourceType\":\"Patient\",\"id\":\"a\"}\n{"
                                          "\"resourceType\":\"Patient\",\"id\":\"b\"}\n");
        QCOMPARE(twice.count("\"id\":\"a\""), 2);
        QVERIFY(!twice.contains("\"b\""));
        QCOMPARE(twice.count('\n'), 2);
        // One line, or lines without ids: left as they are.
        QCOMPARE(SandboxExports::repeatFirstId("{\"id\":\"a\"}\n"), QByteArray("{\"id\":\"a\"}\n"));
    }

    void alteredFileNamesAnotherFile()
    {
        const QUrl url(
            QStringLiteral("https://h/fhir/Binary/ab12cd34-Patient/$binary-access-read"));
        const QUrl other = ParameterChecks::alteredFile(url);
        QCOMPARE(other.toString(),
                 QStringLiteral("https://h/fhir/Binary/ab02cd34-Patient/$binary-access-read"));
        // A signed object-store URL keeps its query; a path without digits gets a suffix.
        const QUrl signedUrl(QStringLiteral("https://s3/bucket/file.ndjson?X-Amz-Signature=9"));
        QCOMPARE(ParameterChecks::alteredFile(signedUrl).query(),
                 QStringLiteral("X-Amz-Signature=9"));
        QVERIFY(ParameterChecks::alteredFile(signedUrl).path().endsWith(QLatin1String("fbx0")));
    }

    void oauthErrorsJudged()
    {
        CallRecord r;
        r.id = 7;
        r.status = 400;
        r.responseHeaders = {{"Content-Type", "application/json"}};
        r.body = R"({"error":"unsupported_grant_type","error_description":"no"})";
        QVERIFY(TokenChecks::oauthError(r, {QStringLiteral("unsupported_grant_type")}).isEmpty());
        QCOMPARE(TokenChecks::oauthError(r, {QStringLiteral("invalid_client")}).size(), 1);
        r.body = R"({"error_description":"no"})";
        QVERIFY(TokenChecks::oauthError(r, {QStringLiteral("invalid_client")})
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("error")));
        r.status = 200;
        QVERIFY(!TokenChecks::oauthError(r, {QStringLiteral("invalid_client")}).isEmpty());
        // The assertion names the client as iss and sub, and its signature is none.
        const QList<QByteArray> parts =
            TokenChecks::unverifiableAssertion(QStringLiteral("c"), QStringLiteral("https://t"))
                .split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(claims.value(QLatin1String("iss")).toString(), QStringLiteral("c"));
        QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("https://t"));
        QVERIFY(!claims.value(QLatin1String("jti")).toString().isEmpty());
    }

    void eachNewCheckRunsOnItsOwn_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id :
             {"ig.kickoff.type-repeated", "ig.kickoff.typefilter-applied",
              "ig.kickoff.typefilter-repeated", "ig.kickoff.since-applied",
              "ig.kickoff.lenient-handling", "ig.files.error-files-outcome",
              "ig.files.latest-version-only", "ig.files.unknown-file-error",
              "ig.cancel.requires-token", "token.error.grant-type", "token.error.assertion-type",
              "token.error.bad-signature", "token.error.description"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void eachNewCheckRunsOnItsOwn()
    {
        // --only one check: it still gets what it needs (the export without parameters is made
        // by whichever check needs it first) and passes on the Sandbox, with its calls.
        QFETCH(QString, id);
        ConformanceOptions o = m_run.allChecks();
        o.only = id;
        QList<CallRecord> calls;
        const QList<CheckResult> results = m_run.run(m_run.baseUrl(), o, &calls);
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().outcome == CheckResult::Outcome::Pass,
                 qPrintable(SandboxRun::describe(results)));
        QVERIFY(!results.first().calls.isEmpty());
        QVERIFY(Catalogue::find(id).has_value());
        // Every export it started was cancelled.
        int kickoffs = 0, deletes = 0;
        for (const CallRecord &r : std::as_const(calls)) {
            kickoffs += r.status == 202 && r.hasResponseHeader("Content-Location") ? 1 : 0;
            deletes += r.method == "DELETE" && r.status == 202 ? 1 : 0;
        }
        QCOMPARE(deletes, kickoffs);
    }

    void tokenChecksAreReadOnly()
    {
        // Without exports and slow checks, the token checks still run, and no token is issued.
        ConformanceOptions o = m_run.allChecks();
        o.includeExports = false;
        o.includeSlow = false;
        o.only = QStringLiteral("token.*");
        QList<CallRecord> calls;
        const QList<CheckResult> results = m_run.run(m_run.baseUrl(), o, &calls);
        QCOMPARE(results.size(), 4);
        QCOMPARE(SandboxRun::withOutcome(results, CheckResult::Outcome::Pass).size(), 4);
        for (const CallRecord &r : std::as_const(calls))
            QVERIFY2(!r.body.contains("access_token"), qPrintable(r.url.toString()));
    }
};

QTEST_GUILESS_MAIN(TestConformanceParameters)
#include "tst_conformance_parameters.moc"
