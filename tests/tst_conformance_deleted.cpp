// IG 2.0's `deleted` with _since: the Sandbox's deletions (a scenario option, off by default as
// HAPI 5.7.6 has none) listed as transaction Bundles of DELETEs and left out of every export, and
// the checks ig.manifest.deleted and ig.manifest.deleted-with-since, each made to fail (or warn)
// by exactly its Sandbox deviation switch with the deletions on.
#include "ConformanceFixture.h"
#include "RawHttp.h"
#include "SandboxScenarioFixture.h"
#include "app/conformance/DeletedChecks.h"
#include "app/sandbox/SyntheticPatients.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace conformance_test;

namespace {
const QString kDeleted = QStringLiteral("ig.manifest.deleted");
const QString kWithSince = QStringLiteral("ig.manifest.deleted-with-since");
// Group 1's deletions (SyntheticPatients::deletions()), in the order they happened.
const QStringList kGroup1 = {QStringLiteral("Patient/pat-00002"),
                             QStringLiteral("Observation/obs-00001-2"),
                             QStringLiteral("Patient/pat-00004")};
} // namespace

class TestConformanceDeleted : public QObject, private SandboxScenarioFixture
{
    Q_OBJECT
private:
    SandboxRun m_run; // a second Sandbox, for whole conformance runs

    // A file of the Sandbox by its absolute URL: its lines as JSON objects.
    QList<QJsonObject> lines(const QString &url)
    {
        const QByteArray base =
            "http://127.0.0.1:" + QByteArray::number(m_port) + "/uscore/v1/bulk-data/";
        const RawResponse r = get(url.toUtf8().mid(base.size()));
        [&] { QCOMPARE(r.status, 200); }();
        QList<QJsonObject> out;
        for (const QByteArray &line : r.body.split('\n'))
            if (!line.isEmpty())
                out << QJsonDocument::fromJson(line).object();
        return out;
    }
    // Every "Type/id" of the manifest's output files.
    QSet<QString> outputIds(const QJsonObject &manifest)
    {
        QSet<QString> ids;
        for (const QJsonValue &o : manifest.value(QLatin1String("output")).toArray())
            for (const QJsonObject &r : lines(o.toObject().value(QLatin1String("url")).toString()))
                ids.insert(r.value(QLatin1String("resourceType")).toString() + QLatin1Char('/') +
                           r.value(QLatin1String("id")).toString());
        return ids;
    }
    // The request.url of every entry of the manifest's deleted files, in order.
    QStringList deletedUrls(const QJsonObject &manifest)
    {
        QStringList urls;
        for (const QJsonValue &d : manifest.value(QLatin1String("deleted")).toArray())
            for (const QJsonObject &bundle :
                 lines(d.toObject().value(QLatin1String("url")).toString()))
                for (const QJsonValue &e : bundle.value(QLatin1String("entry")).toArray())
                    urls << e.toObject()
                                .value(QLatin1String("request"))
                                .toObject()
                                .value(QLatin1String("url"))
                                .toString();
        return urls;
    }
    void deletions(bool on, const QStringList &deviations = {})
    {
        m_run.host().configure([on, deviations](SandboxServer *s) {
            SandboxScenario scenario = s->scenario();
            scenario.deletions = on;
            scenario.deviations = deviations;
            s->setScenario(scenario);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startSandbox());
        QVERIFY(m_run.start());
    }
    void init()
    {
        m_host.configure([](SandboxServer *s) {
            SandboxScenario fresh;
            fresh.exportDurationMs = 0;
            s->setScenario(fresh);
        });
        deletions(false);
    }

    void vendorLikeDefaultListsNoDeletions()
    {
        // The default Sandbox is HAPI 5.7.6: no `deleted` key, with _since or without, and the
        // resources the option would delete are exported.
        const QJsonObject m = manifest(kickOff("?_since=2020-01-01T00:00:00Z"));
        QVERIFY(m.contains(QLatin1String("output")));
        QVERIFY(!m.contains(QLatin1String("deleted")));
        QVERIFY(!manifest(kickOff()).contains(QLatin1String("deleted")));
        QVERIFY(outputIds(manifest(kickOff())).contains(QStringLiteral("Patient/pat-00002")));
        QCOMPARE(SandboxScenario().toJson().value(QLatin1String("deletions")), QJsonValue(false));
        QVERIFY(m_host.deletedResources(QStringLiteral("1")).isEmpty());
    }

    void deletionsListedWithSince()
    {
        scenario({{QStringLiteral("deletions"), true}});
        const QJsonObject m = manifest(kickOff("?_since=2020-01-01T00:00:00Z"));
        const QJsonArray deleted = m.value(QLatin1String("deleted")).toArray();
        QCOMPARE(deleted.size(), 1);
        const QJsonObject item = deleted.first().toObject();
        QCOMPARE(item.value(QLatin1String("type")).toString(), QStringLiteral("Bundle"));
        QCOMPARE(item.value(QLatin1String("count")).toInt(), 3);
        // One transaction Bundle a line, one DELETE entry each, in the order of the deletions.
        const QList<QJsonObject> bundles = lines(item.value(QLatin1String("url")).toString());
        QCOMPARE(bundles.size(), 3);
        for (const QJsonObject &b : bundles) {
            QCOMPARE(b.value(QLatin1String("resourceType")).toString(), QStringLiteral("Bundle"));
            QCOMPARE(b.value(QLatin1String("type")).toString(), QStringLiteral("transaction"));
            const QJsonArray entries = b.value(QLatin1String("entry")).toArray();
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first()
                         .toObject()
                         .value(QLatin1String("request"))
                         .toObject()
                         .value(QLatin1String("method"))
                         .toString(),
                     QStringLiteral("DELETE"));
        }
        QCOMPARE(deletedUrls(m), kGroup1);
        QCOMPARE(m_host.deletedResources(QStringLiteral("1")), kGroup1);
        // Deleted means gone: from this export and from one without _since, which lists none.
        const QSet<QString> ids = outputIds(m);
        QVERIFY(!ids.isEmpty());
        for (const QString &gone : kGroup1)
            QVERIFY2(!ids.contains(gone), qPrintable(gone));
        const QJsonObject plain = manifest(kickOff());
        QVERIFY(!plain.contains(QLatin1String("deleted")));
        const QSet<QString> all = outputIds(plain);
        QVERIFY(all.contains(QStringLiteral("Patient/pat-00001")));
        for (const QString &gone : kGroup1)
            QVERIFY2(!all.contains(gone), qPrintable(gone));
    }

    void deletionsFollowTypeSinceAndGroup()
    {
        scenario({{QStringLiteral("deletions"), true}});
        // _type: only the deletions of the types asked for.
        QCOMPARE(deletedUrls(manifest(kickOff("?_type=Observation&_since=2020-01-01T00:00:00Z"))),
                 QStringList{QStringLiteral("Observation/obs-00001-2")});
        // _since between them: the later ones only; after the last: no `deleted` at all.
        QCOMPARE(deletedUrls(manifest(kickOff("?_since=2025-03-01T00:00:00Z"))),
                 QStringList{QStringLiteral("Patient/pat-00004")});
        QVERIFY(
            !manifest(kickOff("?_since=2025-06-01T00:00:00Z")).contains(QLatin1String("deleted")));
        // Another Group: its own members' deletions.
        const RawResponse r = get("Group/2/$export?_since=2020-01-01T00:00:00Z",
                                  {"Prefer: respond-async", "Cache-Control: no-cache"});
        QCOMPARE(r.status, 202);
        const QByteArray prefix =
            "http://127.0.0.1:" + QByteArray::number(m_port) + "/uscore/v1/bulk-data/";
        QCOMPARE(deletedUrls(manifest(r.header("Content-Location").mid(prefix.size()))),
                 (QStringList{QStringLiteral("Patient/pat-00009"),
                              QStringLiteral("Observation/obs-00011-1")}));
        QCOMPARE(m_host.deletedResources(QStringLiteral("2")),
                 (QStringList{QStringLiteral("Patient/pat-00009"),
                              QStringLiteral("Observation/obs-00011-1")}));
        // The option is a scenario field like the others: named, and refused when not a bool.
        SandboxScenario s;
        QString error;
        QVERIFY(!s.apply({{QStringLiteral("deletions"), QStringLiteral("yes")}}, &error));
        QVERIFY2(error.contains(QLatin1String("deletions")), qPrintable(error));
    }

    void referenceOfRequestUrls()
    {
        QCOMPARE(DeletedChecks::referenceOf(QStringLiteral("Patient/123")),
                 QStringLiteral("Patient/123"));
        QCOMPARE(DeletedChecks::referenceOf(QStringLiteral("https://x.org/fhir/Patient/123")),
                 QStringLiteral("Patient/123"));
        QCOMPARE(DeletedChecks::referenceOf(QStringLiteral("Observation/9/_history/2")),
                 QStringLiteral("Observation/9"));
        QCOMPARE(DeletedChecks::referenceOf(QStringLiteral("123")), QString());
        QCOMPARE(DeletedChecks::referenceOf(QString()), QString());
    }

    void vendorLikeRunNotApplicable()
    {
        // On the default Sandbox both checks are "not applicable", each saying why.
        ConformanceOptions o = m_run.allChecks();
        o.only = QStringLiteral("ig.manifest.deleted*");
        const QList<CheckResult> results = m_run.run(o);
        QCOMPARE(results.size(), 2);
        for (const CheckResult &r : results) {
            QCOMPARE(r.outcome, CheckResult::Outcome::NotApplicable);
            QVERIFY(!r.calls.isEmpty());
        }
        QVERIFY2(results.at(0).reason.contains(QLatin1String("HAPI 5.7.6")),
                 qPrintable(results.at(0).reason));
        QVERIFY2(results.at(1).reason.contains(QLatin1String("cannot be told from outside")),
                 qPrintable(results.at(1).reason));
    }

    void switchFailsExactlyItsChecks_data()
    {
        QTest::addColumn<QStringList>("deviations");
        QTest::addColumn<QStringList>("failing");
        QTest::addColumn<QStringList>("warning");
        QTest::newRow("deletions, no switch") << QStringList() << QStringList() << QStringList();
        QTest::newRow("deleted-not-transaction")
            << QStringList{QStringLiteral("deleted-not-transaction")} << QStringList{kDeleted}
            << QStringList();
        QTest::newRow("deleted-also-in-output")
            << QStringList{QStringLiteral("deleted-also-in-output")} << QStringList{kDeleted}
            << QStringList();
        QTest::newRow("deleted-omitted") << QStringList{QStringLiteral("deleted-omitted")}
                                         << QStringList() << QStringList{kWithSince};
    }

    void switchFailsExactlyItsChecks()
    {
        // A whole run on the Sandbox with deletions on: with no switch every check passes (both
        // deleted checks judged, not "not applicable"); each switch fails or warns exactly its.
        QFETCH(QStringList, deviations);
        QFETCH(QStringList, failing);
        QFETCH(QStringList, warning);
        deletions(true, deviations);
        const ConformanceOptions options = m_run.allChecks();
        QCOMPARE(options.knownDeletions, kGroup1);
        const QList<CheckResult> results = m_run.run(options);
        QCOMPARE(results.size(), Catalogue::checks().size());
        const QString all = SandboxRun::describe(results);
        QVERIFY2(SandboxRun::withOutcome(results, CheckResult::Outcome::Fail) == failing,
                 qPrintable(all));
        QVERIFY2(SandboxRun::withOutcome(results, CheckResult::Outcome::Warning) == warning,
                 qPrintable(all));
        for (const CheckResult &r : results) {
            if (r.id == kDeleted && deviations.isEmpty())
                QCOMPARE(r.outcome, CheckResult::Outcome::Pass);
            if (r.id == kWithSince && deviations.isEmpty())
                QCOMPARE(r.outcome, CheckResult::Outcome::Pass);
            if (r.outcome == CheckResult::Outcome::Fail ||
                r.outcome == CheckResult::Outcome::Warning)
                QVERIFY2(!r.reason.isEmpty() && !r.calls.isEmpty(), qPrintable(r.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestConformanceDeleted)
#include "tst_conformance_deleted.moc"
