// The conformance run (app/conformance) and fhir-bulk conform: the catalogue, the Sandbox passes
// every check, read-only by default, --only, missing tokens, 429 honoured, the CLI's exit codes.
// tst_conformance_deviations and tst_conformance_warnings prove that each check fails (warns)
// when a server deviates; tst_conformance_switches does it with the Sandbox's own switches.
#include "ConformanceFixture.h"
#include "app/conformance/ConformanceReport.h"
#include "app/conformance/LevelChecks.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace conformance_test;

class TestConformance : public QObject
{
    Q_OBJECT
private:
    SandboxRun m_run;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_run.start()); }

    void catalogueIsWellFormed()
    {
        QSet<QString> ids;
        for (const Check &c : Catalogue::checks()) {
            QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
            ids.insert(c.id);
            QVERIFY2(Catalogue::sets().contains(c.set), qPrintable(c.id));
            QVERIFY2(!c.clauseTitle.isEmpty() && !c.sends.isEmpty() && !c.expects.isEmpty(),
                     qPrintable(c.id));
            QVERIFY2(c.clauseUrl.startsWith(QLatin1String("https://")) || c.vendorOnly,
                     qPrintable(c.id));
        }
        QVERIFY(ids.size() >= 60);
        QVERIFY(
            Catalogue::matches(QStringLiteral("vendor.*"), QStringLiteral("vendor.read.group")));
        QVERIFY(
            !Catalogue::matches(QStringLiteral("vendor.*"), QStringLiteral("ig.files.status-200")));
        QVERIFY(Catalogue::matches(QStringLiteral("x, ig.cancel.*"),
                                   QStringLiteral("ig.cancel.delete-202")));
    }

    void otherLevelsFromTheCapabilityStatement()
    {
        // Patient-level by the IG's canonical, system-level by name alone (no definition);
        // Group's own export operation is neither.
        const QString ig = QStringLiteral("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/");
        const auto op = [](const QString &definition) {
            QJsonObject o{{QStringLiteral("name"), QStringLiteral("export")}};
            if (!definition.isEmpty())
                o.insert(QStringLiteral("definition"), definition);
            return QJsonArray{o};
        };
        const QJsonObject group{
            {QStringLiteral("type"), QStringLiteral("Group")},
            {QStringLiteral("operation"), op(ig + QStringLiteral("group-export"))}};
        const QJsonObject patient{
            {QStringLiteral("type"), QStringLiteral("Patient")},
            {QStringLiteral("operation"), op(ig + QStringLiteral("patient-export"))}};
        const auto statement = [](const QJsonObject &rest) {
            return QJsonObject{
                {QStringLiteral("resourceType"), QStringLiteral("CapabilityStatement")},
                {QStringLiteral("rest"), QJsonArray{rest}}};
        };
        QVERIFY(LevelChecks::offered(statement({{QStringLiteral("resource"), QJsonArray{group}}}))
                    .isEmpty());
        // A system-level operation that is the Group export's definition is not system export.
        QVERIFY(LevelChecks::offered(statement({{QStringLiteral("operation"),
                                                 op(ig + QStringLiteral("group-export"))},
                                                {QStringLiteral("resource"), QJsonArray{group}}}))
                    .isEmpty());
        const QList<LevelChecks::Level> both = LevelChecks::offered(
            statement({{QStringLiteral("operation"), op({})},
                       {QStringLiteral("resource"), QJsonArray{group, patient}}}));
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).path, QStringLiteral("Patient/$export"));
        QCOMPARE(both.at(1).path, QStringLiteral("$export"));
    }

    void coverageTableNamesRealChecks()
    {
        // docs/conformance-coverage.md: every check it says covers a requirement now exists in
        // the catalogue, and every check of the catalogue that judges an IG clause appears there.
        const QString source = qEnvironmentVariable("FBX_SOURCE_DIR");
        if (source.isEmpty())
            QSKIP("FBX_SOURCE_DIR is not set (run through ctest)");
        QFile file(source + QStringLiteral("/docs/conformance-coverage.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QSet<QString> named;
        static const QRegularExpression row(
            QStringLiteral(R"re(^\|[^|]*\|[^|]*\|[^|]*\|[^|]*\|([^|]*)\|)re"),
            QRegularExpression::MultilineOption);
        static const QRegularExpression id(QStringLiteral("`([a-z0-9.\\-]+)`"));
        for (auto rows = row.globalMatch(text); rows.hasNext();)
            for (auto ids = id.globalMatch(rows.next().captured(1)); ids.hasNext();)
                named.insert(ids.next().captured(1));
        QVERIFY(named.size() > 30);
        for (const QString &n : std::as_const(named))
            QVERIFY2(Catalogue::find(n).has_value(), qPrintable(n));
        // The summary's figure is the count of table A's rows that name a check and are
        // neither planned nor out of reach: recounted, not copied.
        const qsizetype a = text.indexOf(QLatin1String("### A."));
        const qsizetype b = text.indexOf(QLatin1String("### B."));
        QVERIFY(a > 0 && b > a);
        static const QRegularExpression tableRow(
            QStringLiteral(R"re(^\| \d+ \|[^|]*\|[^|]*\|[^|]*\|([^|]*)\|([^|]*)\|)re"),
            QRegularExpression::MultilineOption);
        int covered = 0;
        int rows = 0;
        for (auto it = tableRow.globalMatch(text.mid(a, b - a)); it.hasNext();) {
            const auto m = it.next();
            ++rows;
            const QString status = m.captured(2).trimmed();
            if (m.captured(1).contains(QLatin1Char('`')) &&
                !status.startsWith(QLatin1String("planned")) &&
                !status.startsWith(QLatin1String("**not")))
                ++covered;
        }
        QCOMPARE(rows, 117);
        QVERIFY2(text.contains(QStringLiteral("with a check today: %1 of 117").arg(covered)),
                 qPrintable(QStringLiteral("table A has %1 rows with a check").arg(covered)));
    }

    void sandboxPassesEveryCheck()
    {
        QList<CallRecord> calls;
        const QList<CheckResult> results = m_run.run(m_run.baseUrl(), m_run.allChecks(), &calls);
        QCOMPARE(results.size(), Catalogue::checks().size());
        QVERIFY2(SandboxRun::withOutcome(results, CheckResult::Outcome::Fail).isEmpty(),
                 qPrintable(SandboxRun::describe(results)));
        QVERIFY2(SandboxRun::withOutcome(results, CheckResult::Outcome::Skipped).isEmpty(),
                 qPrintable(SandboxRun::describe(results)));
        // No warning either: the statement instantiates the Bulk Data CapabilityStatement.
        QVERIFY2(SandboxRun::withOutcome(results, CheckResult::Outcome::Warning).isEmpty(),
                 qPrintable(SandboxRun::describe(results)));
        // No 500 is provoked on purpose, so the passive 500 check has nothing to judge; the
        // Sandbox, like the vendor, offers $export for a Group only, and says so; like the
        // vendor, it lists no deletions (its deletions option is off).
        QCOMPARE(SandboxRun::withOutcome(results, CheckResult::Outcome::NotApplicable),
                 (QStringList{QStringLiteral("ig.kickoff.other-levels"),
                              QStringLiteral("ig.manifest.deleted"),
                              QStringLiteral("ig.manifest.deleted-with-since"),
                              QStringLiteral("vendor.500.operation-outcome")}));
        for (const CheckResult &r : results)
            if (r.id == QLatin1String("ig.kickoff.other-levels"))
                QVERIFY2(r.reason.contains(QLatin1String("Group only")), qPrintable(r.reason));
        QVERIFY(SandboxRun::withOutcome(results, CheckResult::Outcome::Pass).size() >= 59);
        // The evidence: every call a result names is a call the client announced (numbered and
        // recorded like any other), and every export started was cancelled.
        QSet<quint64> announced;
        for (const CallRecord &r : std::as_const(calls))
            announced.insert(r.id);
        for (const CheckResult &r : results) {
            if (r.outcome == CheckResult::Outcome::Pass &&
                !r.id.startsWith(QLatin1String("vendor.500")))
                QVERIFY2(!r.calls.isEmpty(), qPrintable(r.id));
            for (quint64 id : r.calls)
                QVERIFY2(announced.contains(id), qPrintable(r.id));
        }
        int kickoffs = 0, deletes = 0;
        for (const CallRecord &r : std::as_const(calls)) {
            kickoffs += r.status == 202 && r.hasResponseHeader("Content-Location") ? 1 : 0;
            deletes += r.method == "DELETE" && r.status == 202 ? 1 : 0;
        }
        QVERIFY(kickoffs >= 8);
        QCOMPARE(deletes, kickoffs);
    }

    void readOnlyByDefault()
    {
        DeviationProxy proxy;
        QVERIFY(proxy.start());
        proxy.upstream = m_run.baseUrl();
        ConformanceOptions o = m_run.allChecks();
        o.includeExports = false;
        o.includeSlow = false;
        const QList<CheckResult> results = m_run.run(m_run.through(proxy), o);
        QVERIFY2(SandboxRun::withOutcome(results, CheckResult::Outcome::Fail).isEmpty(),
                 qPrintable(SandboxRun::describe(results)));
        // No export was accepted and nothing was deleted; the opt-in checks say how to opt in.
        for (const auto &ex : std::as_const(proxy.log)) {
            QVERIFY2(!(ex.status == 202 && !ex.header("Content-Location").isEmpty()),
                     qPrintable(ex.url.toString()));
            QVERIFY(ex.method != "DELETE");
        }
        const QStringList skipped = SandboxRun::withOutcome(results, CheckResult::Outcome::Skipped);
        QVERIFY(skipped.contains(QStringLiteral("ig.kickoff.group-get-202")));
        QVERIFY(skipped.contains(QStringLiteral("ig.files.content-type")));
        for (const CheckResult &r : results)
            if (r.id == QLatin1String("ig.files.content-type"))
                QVERIFY(r.reason.contains(QLatin1String("--include-slow")));
    }

    void onlySelectsChecks()
    {
        ConformanceOptions o = m_run.allChecks();
        o.only = QStringLiteral("vendor.401.*,auth.token.*");
        const QList<CheckResult> results = m_run.run(m_run.baseUrl(), o);
        QStringList ids;
        for (const CheckResult &r : results)
            ids << r.id;
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("auth.token.expired-refused"),
                                   QStringLiteral("auth.token.garbled-refused"),
                                   QStringLiteral("auth.token.invalid-claims-refused"),
                                   QStringLiteral("auth.token.jti-replay-refused"),
                                   QStringLiteral("auth.token.long-exp-refused"),
                                   QStringLiteral("auth.token.none-refused"),
                                   QStringLiteral("auth.token.under-scoped-export-refused"),
                                   QStringLiteral("auth.token.under-scoped-read-refused"),
                                   QStringLiteral("auth.token.valid-assertion-accepted"),
                                   QStringLiteral("vendor.401.empty-authorization-header"),
                                   QStringLiteral("vendor.401.no-authorization-header")}));
        QCOMPARE(SandboxRun::withOutcome(results, CheckResult::Outcome::Pass).size(), 11);
    }

    void missingTokensSkip()
    {
        ConformanceOptions o = m_run.allChecks();
        o.expiredToken.clear();
        o.only = QStringLiteral("*expired*");
        const QList<CheckResult> results = m_run.run(m_run.baseUrl(), o);
        QCOMPARE(results.size(), 2);
        for (const CheckResult &r : results) {
            QCOMPARE(r.outcome, CheckResult::Outcome::Skipped);
            QVERIFY2(r.reason.contains(QLatin1String("expired")), qPrintable(r.reason));
        }
    }

    void vendorChecksNotApplicableElsewhere()
    {
        ConformanceOptions o = m_run.allChecks();
        o.vendorProfile = false;
        o.only = QStringLiteral("vendor.*");
        const QList<CheckResult> results = m_run.run(m_run.baseUrl(), o);
        QVERIFY(results.size() >= 17);
        QCOMPARE(SandboxRun::withOutcome(results, CheckResult::Outcome::NotApplicable).size(),
                 results.size());
    }

    void tooManyRequestsIsHonoured()
    {
        // The first status poll is answered 429 Retry-After: 1; the run waits and asks again,
        // and no check is failed for it.
        DeviationProxy proxy;
        QVERIFY(proxy.start());
        proxy.upstream = m_run.baseUrl();
        int polls = 0;
        proxy.intercept = [&polls](DeviationProxy::Exchange &ex) {
            if (!isStatus(ex) || ex.method != "GET" || polls++ > 0)
                return false;
            ex.status = 429;
            ex.headers = {{"Retry-After", "1"}, {"Content-Type", "application/fhir+json"}};
            ex.body =
                R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"throttled"}]})";
            return true;
        };
        ConformanceOptions o = m_run.allChecks();
        o.only = QStringLiteral("ig.kickoff.group-get-202,ig.status.*");
        QList<CallRecord> calls;
        const QList<CheckResult> results = m_run.run(m_run.through(proxy), o, &calls);
        QVERIFY2(SandboxRun::withOutcome(results, CheckResult::Outcome::Fail).isEmpty(),
                 qPrintable(SandboxRun::describe(results)));
        const auto throttled = std::find_if(calls.cbegin(), calls.cend(),
                                            [](const CallRecord &r) { return r.status == 429; });
        QVERIFY(throttled != calls.cend());
        QVERIFY(std::next(throttled) != calls.cend());
        QCOMPARE(std::next(throttled)->url, throttled->url); // asked again, after the wait
        QVERIFY(throttled->started.msecsTo(std::next(throttled)->started) >= 900);
    }

    void cliExitCodesAndReports()
    {
        const QString cli = qEnvironmentVariable("FBX_CLI");
        if (cli.isEmpty())
            QSKIP("FBX_CLI is not set (run through ctest)");
        QTemporaryDir dir;
        const auto runCli = [&](const QStringList &args, const QByteArray &token = {}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), dir.path());
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
            if (!token.isEmpty())
                env.insert(QStringLiteral("FHIR_BULK_TOKEN"), QString::fromLatin1(token));
            p.setProcessEnvironment(env);
            QSignalSpy done(&p, &QProcess::finished);
            p.start(cli, args);
            [&] { QVERIFY(done.wait(120000)); }();
            return std::make_pair(p.exitCode(), p.readAllStandardOutput());
        };
        // The built-in Sandbox passes: exit 0, JSON and JUnit.
        const QString junit = dir.filePath(QStringLiteral("conform.xml"));
        auto [rc, out] = runCli({QStringLiteral("conform"), QStringLiteral("--only"),
                                 QStringLiteral("vendor.4*,ig.cancel.*"), QStringLiteral("--json"),
                                 QStringLiteral("--junit"), junit});
        QCOMPARE(rc, 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QVERIFY(o.value(QStringLiteral("checks")).toArray().size() >= 10);
        QCOMPARE(o.value(QStringLiteral("failed")).toInt(), 0);
        QFile file(junit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int testcases = 0;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() == QLatin1String("testcase"))
                ++testcases;
        QVERIFY(!xml.hasError());
        QCOMPARE(testcases, o.value(QStringLiteral("checks")).toArray().size());
        // A SHALL failure: exit 1 (the 401 without x-amzn-ErrorType, through the proxy).
        DeviationProxy proxy;
        QVERIFY(proxy.start());
        proxy.upstream = m_run.baseUrl();
        proxy.deviate = [](DeviationProxy::Exchange &ex) {
            if (ex.status == 401)
                ex.removeHeader("x-amzn-ErrorType");
        };
        const QString base = QString::fromUtf8(proxy.origin()) + m_run.baseUrl().path();
        std::tie(rc, out) = runCli({QStringLiteral("conform"), QStringLiteral("--base"), base,
                                    QStringLiteral("--vendor"), QStringLiteral("--only"),
                                    QStringLiteral("vendor.401.*")},
                                   m_run.host().demoToken());
        QCOMPARE(rc, 1);
        QVERIFY(out.contains("✘ vendor.401.no-authorization-header"));
        // Nobody there: exit 2. A usage error: exit 2.
        std::tie(rc, out) =
            runCli({QStringLiteral("conform"), QStringLiteral("--base"),
                    QStringLiteral("http://127.0.0.1:9/fhir"), QStringLiteral("--only"),
                    QStringLiteral("vendor.*,auth.smart-config.*")});
        QCOMPARE(rc, 2);
        std::tie(rc, out) = runCli(
            {QStringLiteral("conform"), QStringLiteral("--max-wait"), QStringLiteral("soon")});
        QCOMPARE(rc, 2);
        std::tie(rc, out) = runCli({QStringLiteral("conform"), QStringLiteral("--help")});
        QCOMPARE(rc, 0);
        QVERIFY(out.contains("--include-exports"));
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
