// Reports to hand on (Markdown, one self-contained HTML file) and JUnit XML, from real calls to
// the Sandbox: every field a ticket needs, nothing fetched from elsewhere, and never the token.
#include "app/models/JUnitReport.h"
#include "app/models/RecordFormatter.h"
#include "app/models/ReportWriter.h"
#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/support/Translations.h"
#include "app/workbench/Report.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// A token of the test's own: the Sandbox refuses it, and the gateway quotes it on a wrong path.
const QByteArray kToken =
    "eyJhbGciOiJSUzM4NCJ9.eyJzdWIiOiJyZXBvcnQtdGVzdCJ9.cmVwb3J0LXNpZ25hdHVyZS1uZXZlci1zaGFyZWQ";
const QByteArray kSignature = "cmVwb3J0LXNpZ25hdHVyZS1uZXZlci1zaGFyZWQ";

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private:
    SandboxHost m_sandbox;
    QNetworkAccessManager m_nam;
    FhirClient *m_client = nullptr;

    CallRecord call(const QString &path, const QByteArray &token)
    {
        m_client->setAuthorization(token.isEmpty() ? AuthMode::None : AuthMode::Bearer, token);
        ApiCall *c = m_client->send(m_client->prepare(QStringLiteral("Report test"), "GET", path));
        QSignalSpy finished(c, &ApiCall::finished);
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<CallRecord>();
    }

    QList<RunResult> run()
    {
        RunResult ok;
        ok.file = QStringLiteral("tries.http");
        ok.name = QStringLiteral("Read the group");
        ok.hops << call(QStringLiteral("Group/1"), m_sandbox.demoToken());
        ok.checks = ExpectationCheck::checkAll(
            {Expectation{Expectation::Kind::Status, QStringLiteral("200"), 1},
             Expectation{Expectation::Kind::Header, QStringLiteral("X-Request-ID"), 2}},
            ok.answer());
        RunResult refused;
        refused.file = QStringLiteral("tries.http");
        refused.name = QStringLiteral("A token of <our> own | quoted");
        refused.skippedScripts << QStringLiteral("test script (collection)");
        refused.hops << call(QStringLiteral("Invalid/123456"), kToken);
        refused.checks = ExpectationCheck::checkAll(
            {Expectation{Expectation::Kind::Status, QStringLiteral("200"), 5},
             Expectation{Expectation::Kind::Diagnosis,
                         QStringLiteral("gateway.incomplete-signature"), 6}},
            refused.answer());
        return {ok, refused};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(Translations::install(qApp, QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(m_sandbox.start());
        m_client = new FhirClient(&m_nam, this);
        m_client->setBaseUrl(m_sandbox.baseUrl());
    }

    void theFormatterSaysWhatTracesACall()
    {
        const CallRecord r = call(QStringLiteral("Group/1"), {});
        QCOMPARE(*r.status, 401);
        QVERIFY(RecordFormatter::summary(r).contains(QLatin1String("401")));
        QVERIFY(RecordFormatter::summary(r).contains(QLatin1String("gateway.unauthorized")));
        QStringList names;
        for (const RecordFormatter::Id &id : RecordFormatter::ids(r))
            names << id.name;
        QVERIFY2(names.contains(QLatin1String("X-Request-ID sent")),
                 qPrintable(names.join(QLatin1Char(','))));
        QVERIFY2(names.contains(QLatin1String("x-amzn-RequestId")),
                 qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(RecordFormatter::requestText(r).startsWith(QLatin1String("GET http://127.0.0.1:")));
        QVERIFY(RecordFormatter::responseHead(r).startsWith(QLatin1String("HTTP 401")));
        const CallRecord ok = call(QStringLiteral("Group/1"), m_sandbox.demoToken());
        const RecordFormatter::Excerpt body = RecordFormatter::bodyExcerpt(ok, 40);
        QVERIFY(body.cut);
        QVERIFY(body.text.size() <= 40);
        QVERIFY(RecordFormatter::bodyExcerpt(ok).text.contains(
            QLatin1String("\"resourceType\": \"Group\"")));
    }

    // The text for vendor support (the bundle's summary, the detail pane's "Copy ids") names
    // the call, how it went, its first cause and every id that traces it, in English whatever
    // the user's language, and never the token.
    void supportTextIsEnglishAndTracesTheCall()
    {
        const CallRecord r = call(QStringLiteral("Invalid/123456"), kToken);
        QVERIFY(r.status);
        QVERIFY(!r.diagnosis.causes.isEmpty());
        const QString text = RecordFormatter::supportText(r);
        QVERIFY2(text.startsWith(QStringLiteral("#%1  ").arg(r.id)), qPrintable(text));
        for (const QString &part :
             {QStringLiteral("GET http://127.0.0.1:"), QStringLiteral("HTTP %1").arg(*r.status),
              QStringLiteral("first cause: %1").arg(r.diagnosis.firstCause()),
              QStringLiteral("X-Request-ID sent: %1 (").arg(QString::fromLatin1(r.requestIdSent)),
              QStringLiteral("x-amzn-RequestId: "),
              QStringLiteral("Authorization sent: Bearer + %1 chars, sha256 %2")
                  .arg(r.tokenLength)
                  .arg(r.tokenFingerprint)})
            QVERIFY2(text.contains(part), qPrintable(part + QLatin1String("\n") + text));
        QVERIFY(!text.contains(QString::fromLatin1(kSignature)));
        QVERIFY(
            text.contains(RecordFormatter::requestIdFate(r, RecordFormatter::Language::English)));
        QCOMPARE(Translations::install(qApp, QStringLiteral("de")), QStringLiteral("de"));
        const QString fateDe = RecordFormatter::requestIdFate(r);
        const QString textDe = RecordFormatter::supportText(r);
        QCOMPARE(Translations::install(qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(textDe, text);
        QVERIFY2(fateDe != RecordFormatter::requestIdFate(r), qPrintable(fateDe));
    }

    void markdownForATicket()
    {
        Report report = Report::fromRun(run());
        report.title = QStringLiteral("Run of tries.http");
        report.source = QStringLiteral("Sandbox");
        report.entries[0].note = QStringLiteral("Works since the release of *Monday*");
        const QString md = ReportWriter::markdown(report);
        QVERIFY(md.startsWith(QLatin1String("# Run of tries.http\n")));
        QVERIFY2(md.contains(QLatin1String("2 requests, 4 expectations: 3 held, 1 failed.")),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("| Read the group | `status 200` | ✔ held |")));
        QVERIFY2(md.contains(QStringLiteral(
                     "| `status 200` | ✘ failed | Expected status 200, got 403 Forbidden. |")),
                 qPrintable(md));
        QVERIFY(md.contains(QLatin1String("A token of \\<our\\> own \\| quoted")));
        QVERIFY(md.contains(QLatin1String("`gateway.incomplete-signature`")));
        QVERIFY(md.contains(QLatin1String("x-amzn-RequestId")));
        QVERIFY(md.contains(QLatin1String("X-Request-ID sent")));
        QVERIFY(md.contains(QLatin1String("Works since the release of \\*Monday\\*")));
        QVERIFY(md.contains(QLatin1String("**Not run:** test script (collection)")));
        QVERIFY(md.contains(QLatin1String("```http\nGET http://127.0.0.1:")));
        QVERIFY(md.contains(QLatin1String("Authorization: Bearer <redacted: ")));
        QVERIFY(!md.contains(QString::fromLatin1(kToken)));
        QVERIFY(!md.contains(QString::fromLatin1(kSignature)));
        QVERIFY(!md.contains(QString::fromLatin1(m_sandbox.demoToken())));
    }

    void oneSelfContainedHtmlFile()
    {
        Report report = Report::fromRun(run());
        report.title = QStringLiteral("Run <of> tries.http");
        const QString html = ReportWriter::html(report);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<title>Run &lt;of&gt; tries.http</title>")));
        QVERIFY(html.contains(QLatin1String("A token of &lt;our&gt; own | quoted")));
        QVERIFY(html.contains(QLatin1String("default-src 'none'")));
        // Nothing is fetched or run: no script, no link, no source, no url() in the style.
        for (const QString &outside :
             {QStringLiteral("<script"), QStringLiteral("<link"), QStringLiteral(" src="),
              QStringLiteral("url("), QStringLiteral("@import")})
            QVERIFY2(!html.contains(outside, Qt::CaseInsensitive), qPrintable(outside));
        QVERIFY(html.contains(QStringLiteral("<td class=\"fail\">✘ failed</td>")));
        QVERIFY(html.contains(QLatin1String("Bearer &lt;redacted: ")));
        QVERIFY(!html.contains(QString::fromLatin1(kToken)));
        QVERIFY(!html.contains(QString::fromLatin1(kSignature)));
        // Well-formed enough for an XML reader: every element closed, every value escaped.
        QString xml = html.mid(html.indexOf(QLatin1String("<html")));
        xml.replace(QRegularExpression(QStringLiteral("<meta[^>]*>")), QString());
        xml.replace(QLatin1String("<br>"), QLatin1String("<br/>"));
        QXmlStreamReader reader(xml);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    }

    void junitCountsTheFailures()
    {
        const QByteArray xml = JUnitReport::write(run(), QStringLiteral("tries.http"));
        QXmlStreamReader reader(xml);
        int cases = 0;
        int failures = 0;
        QString suiteFailures;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (reader.name() == QLatin1String("testsuite"))
                suiteFailures = reader.attributes().value(QLatin1String("failures")).toString();
            cases += reader.name() == QLatin1String("testcase") ? 1 : 0;
            failures += reader.name() == QLatin1String("failure") ? 1 : 0;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(cases, 2);
        QCOMPARE(failures, 1);
        QCOMPARE(suiteFailures, QStringLiteral("1"));
        QVERIFY(xml.contains("Expected status 200, got 403 Forbidden."));
        QVERIFY(!xml.contains(kToken));
        QVERIFY(!xml.contains(kSignature));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
