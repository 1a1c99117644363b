// The Sandbox's export endpoints take the parameters and bodies the Bulk Data IG and HAPI take,
// share identical kick-offs, and export consistent, paged, deterministic content.
#include "RawHttp.h"
#include "SandboxScenarioFixture.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

class TestSandboxScenarioExports : public QObject, private SandboxScenarioFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(startSandbox()); }

    void init()
    {
        m_host.configure([](SandboxServer *s) {
            SandboxScenario fresh;
            fresh.exportDurationMs = 0;
            s->setScenario(fresh);
        });
    }

    void exportParameters()
    {
        // _since in the future: nothing changed since, so no files.
        QCOMPARE(manifest(kickOff("?_since=2099-01-01T00:00:00Z"))
                     .value(QLatin1String("output"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(get("Group/1/$export?_since=yesterday", {"Prefer: respond-async"}).status, 400);
        QCOMPARE(get("Group/1/$export?_outputFormat=text/csv", {"Prefer: respond-async"}).status,
                 400);
        // Lenient handling skips an unsupported type instead of refusing.
        QCOMPARE(get("Group/1/$export?_type=Observation,Binary",
                     {"Prefer: respond-async, handling=lenient"})
                     .status,
                 202);
        QCOMPARE(get("Group/1/$export?_type=Observation,Binary", {"Prefer: respond-async"}).status,
                 400);
        // POST with a Parameters body.
        const QByteArray params = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"_"
                                  "type\",\"valueString\":\"Condition\"}]}";
        RawResponse r = rawExchange(
            m_port, "POST", "/uscore/v1/bulk-data/Group/2/$export",
            {m_auth, "Prefer: respond-async", "Content-Type: application/fhir+json"}, params);
        QCOMPARE(r.status, 202);
        const QByteArray prefix =
            "http://127.0.0.1:" + QByteArray::number(m_port) + "/uscore/v1/bulk-data/";
        const QJsonArray out = manifest(r.header("Content-Location").mid(prefix.size()))
                                   .value(QLatin1String("output"))
                                   .toArray();
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("Condition"));
        r = rawExchange(m_port, "POST", "/uscore/v1/bulk-data/Group/2/$export",
                        {m_auth, "Prefer: respond-async"}, "{\"resourceType\":\"Patient\"}");
        QCOMPARE(r.status, 400);
        // Parameters HAPI 5.7.6 does not implement: refused by name, or ignored when lenient.
        for (const QByteArray &param :
             {QByteArray("patient=Patient/pat-00001"),
              QByteArray("includeAssociatedData=LatestProvenanceResources"),
              QByteArray("organizeOutputBy=Patient"), QByteArray("colour=red")}) {
            r = get("Group/1/$export?" + param, {"Prefer: respond-async"});
            QCOMPARE(r.status, 400);
            QVERIFY2(r.body.contains(param.left(param.indexOf('='))), r.body.constData());
            QVERIFY(r.body.contains("OperationOutcome"));
            QCOMPARE(get("Group/1/$export?" + param,
                         {"Prefer: respond-async, handling=lenient", "Cache-Control: no-cache"})
                         .status,
                     202);
        }
        // What lenient handling dropped is said in the manifest's error file, never silently.
        r = get("Group/1/$export?patient=Patient/pat-00001&_type=Patient,Binary",
                {"Prefer: respond-async, handling=lenient", "Cache-Control: no-cache"});
        QCOMPARE(r.status, 202);
        const QJsonObject lenient = manifest(r.header("Content-Location").mid(prefix.size()));
        const QJsonArray errors = lenient.value(QLatin1String("error")).toArray();
        QCOMPARE(errors.size(), 1);
        const RawResponse said = get(errors.first()
                                         .toObject()
                                         .value(QLatin1String("url"))
                                         .toString()
                                         .toLatin1()
                                         .mid(prefix.size()));
        QCOMPARE(said.status, 200);
        QCOMPARE(said.body.count('\n'), 2);
        QVERIFY2(said.body.contains("\"severity\":\"warning\"") &&
                     said.body.contains("The parameter patient is not supported") &&
                     said.body.contains("Resource type Binary is invalid"),
                 said.body.constData());
        // The manifest's request is the kick-off URL, query included.
        const QJsonObject m = manifest(kickOff("?_type=Patient,Condition"));
        QCOMPARE(
            m.value(QLatin1String("request")).toString(),
            QStringLiteral(
                "http://127.0.0.1:%1/uscore/v1/bulk-data/Group/1/$export?_type=Patient,Condition")
                .arg(m_port));
    }

    void typeFilterAndElements()
    {
        const QByteArray prefix =
            "http://127.0.0.1:" + QByteArray::number(m_port) + "/uscore/v1/bulk-data/";
        auto lines = [&](const QJsonObject &manifest) {
            QList<QJsonObject> out;
            for (const QJsonValue &o : manifest.value(QLatin1String("output")).toArray()) {
                const RawResponse file = get(o.toObject()
                                                 .value(QLatin1String("url"))
                                                 .toString()
                                                 .toLatin1()
                                                 .mid(prefix.size()));
                for (const QByteArray &line : file.body.split('\n'))
                    if (!line.isEmpty())
                        out << QJsonDocument::fromJson(line).object();
                if (o.toObject().contains(QLatin1String("count")))
                    [&] {
                        QCOMPARE(qint64(o.toObject().value(QLatin1String("count")).toInt()),
                                 qint64(out.size()));
                    }();
            }
            return out;
        };
        const QList<QJsonObject> all = lines(manifest(kickOff("?_type=Observation")));
        // Only the heart rates (LOINC 8867-4), by system|code.
        const QList<QJsonObject> heart = lines(manifest(kickOff(
            "?_type=Observation&_typeFilter=" +
            QUrl::toPercentEncoding(QStringLiteral("Observation?code=http://loinc.org|8867-4")))));
        QVERIFY(!heart.isEmpty());
        QVERIFY(heart.size() < all.size());
        for (const QJsonObject &o : heart)
            QCOMPARE(o.value(QLatin1String("code"))
                         .toObject()
                         .value(QLatin1String("coding"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QLatin1String("code"))
                         .toString(),
                     QStringLiteral("8867-4"));
        // Two codes OR'ed in one parameter.
        const QList<QJsonObject> two = lines(manifest(
            kickOff("?_type=Observation&_typeFilter=" +
                    QUrl::toPercentEncoding(QStringLiteral("Observation?code=8867-4,29463-7")))));
        QVERIFY(two.size() > heart.size() && two.size() <= all.size());
        // An unknown search parameter: 400 naming it, or skipped when lenient.
        RawResponse r = get("Group/1/$export?_typeFilter=" +
                                QUrl::toPercentEncoding(QStringLiteral("Observation?colour=red")),
                            {"Prefer: respond-async", "Cache-Control: no-cache"});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("colour"), r.body.constData());
        QCOMPARE(get("Group/1/$export?_typeFilter=" +
                         QUrl::toPercentEncoding(QStringLiteral("Observation?colour=red")),
                     {"Prefer: respond-async, handling=lenient", "Cache-Control: no-cache"})
                     .status,
                 202);
        QCOMPARE(get("Group/1/$export?_typeFilter=nonsense", {"Prefer: respond-async"}).status,
                 400);
        // _elements: only what was asked (and id, meta), tagged SUBSETTED.
        const QList<QJsonObject> subset =
            lines(manifest(kickOff("?_type=Condition&_elements=Condition.code")));
        QVERIFY(!subset.isEmpty());
        for (const QJsonObject &o : subset) {
            const QStringList keys = o.keys();
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                     (QSet<QString>{QStringLiteral("resourceType"), QStringLiteral("id"),
                                    QStringLiteral("meta"), QStringLiteral("code")}));
            QCOMPARE(o.value(QLatin1String("meta"))
                         .toObject()
                         .value(QLatin1String("tag"))
                         .toArray()
                         .last()
                         .toObject()
                         .value(QLatin1String("code"))
                         .toString(),
                     QStringLiteral("SUBSETTED"));
        }
    }

    void identicalKickOffsShareAJob()
    {
        const RawResponse a = get("Group/2/$export?_type=Patient", {"Prefer: respond-async"});
        const RawResponse b = get("Group/2/$export?_type=Patient", {"Prefer: respond-async"});
        const RawResponse c = get("Group/2/$export?_type=Patient",
                                  {"Prefer: respond-async", "Cache-Control: no-cache"});
        QCOMPARE(a.header("Content-Location"), b.header("Content-Location"));
        QVERIFY(c.header("Content-Location") != a.header("Content-Location"));
    }

    void exportContentIsConsistent()
    {
        const QJsonObject m = manifest(kickOff());
        const QByteArray prefix =
            "http://127.0.0.1:" + QByteArray::number(m_port) + "/uscore/v1/bulk-data/";
        for (const QJsonValue &v : m.value(QLatin1String("output")).toArray()) {
            const QJsonObject o = v.toObject();
            const RawResponse file =
                get(o.value(QLatin1String("url")).toString().toLatin1().mid(prefix.size()));
            const QList<QByteArray> lines = file.body.trimmed().split('\n');
            QCOMPARE(int(lines.size()), o.value(QLatin1String("count")).toInt());
            for (const QByteArray &line : lines) {
                const QJsonObject res = QJsonDocument::fromJson(line).object();
                QCOMPARE(res.value(QLatin1String("resourceType")).toString(),
                         o.value(QLatin1String("type")).toString());
            }
        }
    }

    void pagingAndPatients()
    {
        RawResponse r = get("Group?_count=2");
        QJsonObject bundle = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(bundle.value(QLatin1String("entry")).toArray().size(), 2);
        QString next;
        for (const QJsonValue &l : bundle.value(QLatin1String("link")).toArray()) {
            if (l.toObject().value(QLatin1String("relation")).toString() == QLatin1String("next"))
                next = l.toObject().value(QLatin1String("url")).toString();
        }
        QVERIFY(!next.isEmpty());
        const QByteArray prefix =
            "http://127.0.0.1:" + QByteArray::number(m_port) + "/uscore/v1/bulk-data";
        r = rawExchange(m_port, "GET", "/uscore/v1/bulk-data" + next.toLatin1().mid(prefix.size()),
                        {m_auth});
        bundle = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(bundle.value(QLatin1String("entry"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("resource"))
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
                 QStringLiteral("3"));
        r = get("Patient/pat-00001");
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QLatin1String("id")).toString(),
                 QStringLiteral("pat-00001"));
    }

    void deterministicAndScalable()
    {
        const SandboxData a(7, 50);
        const SandboxData b(7, 50);
        QCOMPARE(a.group(QStringLiteral("4"))->value(QLatin1String("member")).toArray().size(),
                 10000);
        int ca = 0, cb = 0;
        const QStringList ids = SandboxData::memberPatientIds(*a.group(QStringLiteral("2")));
        QCOMPARE(a.patients().ndjson(QStringLiteral("Observation"), ids, {}, &ca),
                 b.patients().ndjson(QStringLiteral("Observation"), ids, {}, &cb));
        QVERIFY(ca > 0);
        QVERIFY(
            SandboxData(8, 1).patients().ndjson(QStringLiteral("Observation"), ids, {}, nullptr) !=
            a.patients().ndjson(QStringLiteral("Observation"), ids, {}, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestSandboxScenarioExports)
#include "tst_sandboxscenarios_exports.moc"
