// The Sandbox's deviation switches (SandboxScenario::deviations): each makes exactly its checks
// of the conformance run fail, so a demo of `fhir-bulk conform` or Tools → Check this server…
// shows a real failure; with none on, the Sandbox passes every check with no warning.
#include "ConformanceFixture.h"
#include "app/conformance/Catalogue.h"
#include "app/conformance/ConformanceHtml.h"
#include "app/conformance/ConformanceReport.h"
#include "app/conformance/ConformanceRun.h"
#include "app/conformance/RunComparison.h"
#include "app/sandbox/SandboxDeviations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace conformance_test;

class TestConformanceSwitches : public QObject
{
    Q_OBJECT
private:
    SandboxRun m_run;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_run.start()); }
    void cleanup() { m_run.deviate({}); }

    void everySwitchIsTested()
    {
        // The rows below name every switch the Sandbox has, and unknown names are refused.
        QStringList tested;
        for (const char *row : kRows)
            tested << QLatin1String(row);
        tested.sort();
        QStringList names = SandboxDeviations::names();
        names.sort();
        QCOMPARE(tested, names);
        SandboxScenario s;
        QString error;
        QVERIFY(
            !s.apply(QJsonObject{{QStringLiteral("deviate"), QStringLiteral("no-such")}}, &error));
        QVERIFY2(error.contains(QLatin1String("no-such")), qPrintable(error));
        QVERIFY(s.apply(
            QJsonObject{{QStringLiteral("deviate"), QStringLiteral("ignore-type, ignore-delete")}},
            &error));
        QCOMPARE(s.deviations,
                 (QStringList{QStringLiteral("ignore-type"), QStringLiteral("ignore-delete")}));
        QCOMPARE(s.toJson().value(QLatin1String("deviate")).toArray().size(), 2);
        for (const QString &n : SandboxDeviations::names())
            QVERIFY2(SandboxDeviations::describe(n) != n, qPrintable(n));
    }

    void switchFailsExactlyItsChecks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("failing");
        const auto row = [](const char *name, const QStringList &failing) {
            QTest::newRow(name) << QString::fromLatin1(name) << failing;
        };
        row("no-transaction-time", {QStringLiteral("ig.manifest.transaction-time")});
        row("no-requires-access-token", {QStringLiteral("ig.manifest.requires-access-token")});
        row("no-error-array", {QStringLiteral("ig.manifest.error-array")});
        // A line of another type also fails the checks that read the types of an export's
        // lines: repeated _type (a Basic line not asked for) and the error files.
        row("wrong-resource-type", {QStringLiteral("ig.files.error-files-outcome"),
                                    QStringLiteral("ig.files.resource-type-matches"),
                                    QStringLiteral("ig.kickoff.type-repeated")});
        row("files-as-text-plain", {QStringLiteral("ig.files.content-type")});
        row("ignore-delete", {QStringLiteral("ig.cancel.delete-completed"),
                              QStringLiteral("ig.cancel.delete-unknown-error"),
                              QStringLiteral("ig.cancel.poll-after-delete-404")});
        row("ignore-type", {QStringLiteral("ig.kickoff.type-applied"),
                            QStringLiteral("ig.kickoff.type-repeated")});
        row("401-without-error-type", {QStringLiteral("vendor.401.empty-authorization-header"),
                                       QStringLiteral("vendor.401.no-authorization-header")});
        row("ignore-repeated-parameters", {QStringLiteral("ig.kickoff.type-repeated"),
                                           QStringLiteral("ig.kickoff.typefilter-repeated")});
        row("ignore-type-filter", {QStringLiteral("ig.kickoff.typefilter-applied")});
        row("ignore-since", {QStringLiteral("ig.kickoff.since-applied")});
        row("duplicate-version", {QStringLiteral("ig.files.latest-version-only")});
        row("unknown-file-200", {QStringLiteral("ig.files.unknown-file-error")});
        row("error-file-not-outcome", {QStringLiteral("ig.files.error-files-outcome")});
        // The refusals of the client's own assertions lose their code too (exp: info, a MAY).
        row("token-errors-without-code", {QStringLiteral("auth.token.invalid-claims-refused"),
                                          QStringLiteral("auth.token.jti-replay-refused"),
                                          QStringLiteral("token.error.assertion-type"),
                                          QStringLiteral("token.error.bad-signature"),
                                          QStringLiteral("token.error.grant-type")});
        row("delete-without-token", {QStringLiteral("ig.cancel.requires-token")});
        row("ignore-export-scope", {QStringLiteral("auth.token.under-scoped-export-refused")});
        row("advertise-other-levels", {QStringLiteral("ig.kickoff.other-levels")});
        row("token-without-expires-in", {QStringLiteral("auth.token.valid-assertion-accepted")});
        row("accept-replayed-jti", {QStringLiteral("auth.token.jti-replay-refused")});
        row("accept-wrong-aud", {QStringLiteral("auth.token.invalid-claims-refused")});
        // A MAY check: no SHALL fails, its own result is information (asserted below).
        row("accept-long-exp", {});
    }

    void switchFailsExactlyItsChecks()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, failing);
        m_run.deviate({name});
        const QList<CheckResult> results = m_run.run(m_run.allChecks());
        QCOMPARE(results.size(), Catalogue::checks().size());
        QVERIFY2(SandboxRun::withOutcome(results, CheckResult::Outcome::Fail) == failing,
                 qPrintable(SandboxRun::describe(results)));
        QVERIFY2(SandboxRun::withOutcome(results, CheckResult::Outcome::Warning).isEmpty(),
                 qPrintable(SandboxRun::describe(results)));
        if (name == QLatin1String("accept-long-exp"))
            QVERIFY2(SandboxRun::withOutcome(results, CheckResult::Outcome::Info)
                         .contains(QLatin1String("auth.token.long-exp-refused")),
                     qPrintable(SandboxRun::describe(results)));
        for (const CheckResult &r : results)
            if (r.outcome == CheckResult::Outcome::Fail)
                QVERIFY2(!r.reason.isEmpty() && !r.calls.isEmpty(), qPrintable(r.id));
    }

    void htmlAndComparisonOfTwoRuns()
    {
        // A clean run against one with a switch: the comparison lists the changed checks first,
        // and the HTML page holds both, escaped, with the clause links.
        const QList<CheckResult> clean = m_run.run(m_run.allChecks());
        m_run.deviate({QStringLiteral("files-as-text-plain")});
        const QList<CheckResult> deviating = m_run.run(m_run.allChecks());
        const QList<RunComparison::Row> rows = RunComparison::compare(clean, deviating);
        QCOMPARE(RunComparison::changedCount(rows), 1);
        QCOMPARE(rows.first().id, QStringLiteral("ig.files.content-type"));
        QVERIFY(rows.first().changed());
        QCOMPARE(rows.first().before->outcome, CheckResult::Outcome::Pass);
        QCOMPARE(rows.first().after->outcome, CheckResult::Outcome::Fail);
        QVERIFY(!rows.at(1).changed());
        // JSON round trip: what the window saves is what it compares with.
        ConformanceReport::Header header{QStringLiteral("http://x/<b>"), QStringLiteral("P&Q"), 5};
        ConformanceReport::Header read;
        QString problem;
        const auto back = ConformanceReport::fromJson(ConformanceReport::json(deviating, header),
                                                      &read, &problem);
        QVERIFY2(back.has_value(), qPrintable(problem));
        QCOMPARE(back->size(), deviating.size());
        QCOMPARE(read.profile, header.profile);
        QCOMPARE(RunComparison::changedCount(RunComparison::compare(*back, deviating)), 0);
        QVERIFY(!ConformanceReport::fromJson(QJsonObject{}, &read, &problem).has_value());
        QVERIFY(!problem.isEmpty());
        const ConformanceHtml::Comparison comparison{QStringLiteral("clean.json"), rows};
        const QString html =
            QString::fromUtf8(ConformanceHtml::page(deviating, header, &comparison));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("http://x/&lt;b&gt;")));
        QVERIFY(html.contains(QLatin1String("P&amp;Q")));
        QVERIFY(!html.contains(QLatin1String("<b>")));
        QVERIFY(!html.contains(QLatin1String("src=")));
        QCOMPARE(html.count(QLatin1String("<code>ig.files.content-type</code>")), 2);
        QVERIFY(html.contains(QLatin1String("class=\"changed\"")));
        QVERIFY(html.contains(
            QLatin1String("href=\"https://hl7.org/fhir/uv/bulkdata/STU2/export.html")));
        QCOMPARE(html.count(QLatin1String("<tr><td class=")) +
                     html.count(QLatin1String("<tr class=\"changed\"><td>")),
                 deviating.size() + 1);
    }

    void cliSandboxDeviatesAndConformWritesHtml()
    {
        const QString cli = qEnvironmentVariable("FBX_CLI");
        if (cli.isEmpty())
            QSKIP("FBX_CLI is not set (run through ctest)");
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        // fhir-bulk sandbox --deviate: an unknown name is a usage error, naming the known ones.
        QProcess bad;
        bad.setProcessEnvironment(env);
        bad.start(cli, {QStringLiteral("sandbox"), QStringLiteral("--deviate"),
                        QStringLiteral("nonsense")});
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("no-transaction-time"));
        // fhir-bulk conform --html: one self-contained page, written whole.
        const QString html = dir.filePath(QStringLiteral("conform.html"));
        QProcess conform;
        conform.setProcessEnvironment(env);
        conform.start(cli, {QStringLiteral("conform"), QStringLiteral("--only"),
                            QStringLiteral("vendor.401.*"), QStringLiteral("--html"), html});
        QVERIFY(conform.waitForFinished(60000));
        QCOMPARE(conform.exitCode(), 0);
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray page = file.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("<code>vendor.401.no-authorization-header</code>"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // A folder that is not there: exit 2 before anything is sent.
        conform.start(cli, {QStringLiteral("conform"), QStringLiteral("--html"),
                            dir.filePath(QStringLiteral("no/such/page.html"))});
        QVERIFY(conform.waitForFinished(30000));
        QCOMPARE(conform.exitCode(), 2);
    }

private:
    // The deleted-* switches act on the deletions scenario option: their rows, with it on, are in
    // tst_conformance_deleted.
    static constexpr const char *kRows[] = {"no-transaction-time",
                                            "no-requires-access-token",
                                            "no-error-array",
                                            "wrong-resource-type",
                                            "files-as-text-plain",
                                            "ignore-delete",
                                            "ignore-type",
                                            "401-without-error-type",
                                            "ignore-repeated-parameters",
                                            "ignore-type-filter",
                                            "ignore-since",
                                            "duplicate-version",
                                            "unknown-file-200",
                                            "error-file-not-outcome",
                                            "token-errors-without-code",
                                            "delete-without-token",
                                            "ignore-export-scope",
                                            "advertise-other-levels",
                                            "token-without-expires-in",
                                            "accept-replayed-jti",
                                            "accept-wrong-aud",
                                            "accept-long-exp",
                                            "deleted-not-transaction",
                                            "deleted-also-in-output",
                                            "deleted-omitted"};
};

QTEST_GUILESS_MAIN(TestConformanceSwitches)
#include "tst_conformance_switches.moc"
