// Each SHOULD check warns (never fails) when a server deviates from it, and only it: the proxy
// of ConformanceFixture.h changes exactly one thing in the Sandbox's answers.
#include "ConformanceFixture.h"

using namespace conformance_test;

class TestConformanceWarnings : public QObject
{
    Q_OBJECT
private:
    SandboxRun m_run;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_run.start()); }

    void deviationWarnsExactlyItsChecks_data()
    {
        // SHOULD checks: a deviation makes them warn, never fail.
        QTest::addColumn<Deviation>("deviation");
        QTest::addColumn<QStringList>("warning");
        QTest::newRow("none (the proxy alone)")
            << Deviation([](DeviationProxy &, const QByteArray &) {}) << QStringList();
        QTest::newRow("a statement without instantiates")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().endsWith(QLatin1String("/metadata")))
                           return;
                       QJsonObject o = QJsonDocument::fromJson(ex.body).object();
                       o.remove(QStringLiteral("instantiates"));
                       ex.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.capability-declares-bulk")};
        QTest::newRow("AllergyIntolerance answered 404")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().endsWith(QLatin1String("AllergyIntolerance/1")))
                           return false;
                       ex.status = 404;
                       ex.headers = {{"Content-Type", "application/fhir+json;charset=UTF-8"},
                                     {"X-Request-ID", "x"}};
                       ex.body = outcome("HAPI-0436: Resource AllergyIntolerance/1 is not known");
                       return true;
                   };
               })
            << QStringList{QStringLiteral("vendor.501.not-implemented")};
        QTest::newRow("format without xml") << Deviation([](DeviationProxy &p, const QByteArray &) {
            p.deviate = [](DeviationProxy::Exchange &ex) {
                if (!ex.url.path().endsWith(QLatin1String("/metadata")))
                    return;
                QJsonObject o = QJsonDocument::fromJson(ex.body).object();
                o.insert(
                    QStringLiteral("format"),
                    QJsonArray{QStringLiteral("application/fhir+json"), QStringLiteral("json")});
                ex.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            };
        }) << QStringList{QStringLiteral("vendor.metadata.formats")};
        QTest::newRow("Group search not routed")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().endsWith(QLatin1String("/Group")))
                           return false;
                       ex.status = 403;
                       ex.headers = {{"Content-Type", "application/json"},
                                     {"x-amzn-ErrorType", "IncompleteSignatureException"}};
                       ex.body = R"({"message":"not a valid key=value pair"})";
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.group-read-search")};
        QTest::newRow("in progress without Retry-After")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (isStatus(ex) && ex.status == 202)
                           ex.removeHeader("Retry-After");
                   };
               })
            << QStringList{QStringLiteral("ig.status.retry-after")};
        QTest::newRow("a long X-Progress") << Deviation([](DeviationProxy &p, const QByteArray &) {
            p.deviate = [](DeviationProxy::Exchange &ex) {
                if (isStatus(ex) && ex.status == 202)
                    ex.setHeader("X-Progress", QByteArray(120, 'x'));
            };
        }) << QStringList{QStringLiteral("ig.status.x-progress-short")};
        QTest::newRow("manifest without Expires")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (isManifest(ex))
                           ex.removeHeader("Expires");
                   };
               })
            << QStringList{QStringLiteral("ig.status.expires-header")};
    }

    void deviationWarnsExactlyItsChecks()
    {
        QFETCH(Deviation, deviation);
        QFETCH(QStringList, warning);
        DeviationProxy proxy;
        QVERIFY(proxy.start());
        proxy.upstream = m_run.baseUrl();
        deviation(proxy, m_run.host().demoToken());
        const QList<CheckResult> results = m_run.run(m_run.through(proxy), m_run.allChecks());
        QVERIFY2(SandboxRun::withOutcome(results, CheckResult::Outcome::Fail).isEmpty(),
                 qPrintable(SandboxRun::describe(results)));
        QStringList warned = SandboxRun::withOutcome(results, CheckResult::Outcome::Warning);
        warned.sort();
        QVERIFY2(warned == warning, qPrintable(SandboxRun::describe(results)));
    }
};

QTEST_GUILESS_MAIN(TestConformanceWarnings)
#include "tst_conformance_warnings.moc"
