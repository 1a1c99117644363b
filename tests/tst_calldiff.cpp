// Two calls side by side: status, diagnosis, causes, headers and bodies compared structurally
// (JSON paths; FHIR XML through the same conversion), differences first, work bounded.
#include "app/workbench/CallDiff.h"
#include "app/workbench/JsonDiff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {

CallRecord record(int status, const QByteArray &contentType, const QByteArray &body)
{
    CallRecord r;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("https://fhir.example/bulk/Patient/p1"));
    r.status = status;
    r.reasonPhrase = status == 200 ? "OK" : "Forbidden";
    r.responseHeaders << qMakePair(QByteArray("Content-Type"), contentType);
    r.body = body;
    r.bodySize = body.size();
    r.diagnosis.code =
        status == 200 ? QStringLiteral("ok") : QStringLiteral("gateway.access-denied");
    return r;
}

const CallComparison::Row *find(const CallComparison &c, const QString &section, const QString &key)
{
    for (const CallComparison::Row &r : c.rows)
        if (r.section == section && r.key == key)
            return &r;
    return nullptr;
}

const QByteArray kPatientJson = R"({"resourceType":"Patient","id":"p1","active":true,
  "name":[{"family":"Smith","given":["Anna","Maria"]}],"gender":"female","birthDate":"1970-01-01"})";

} // namespace

class TestCallDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonPathsAddedRemovedChanged()
    {
        const QJsonObject a{
            {QStringLiteral("id"), QStringLiteral("1")},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("versionId"), QStringLiteral("1")}}},
            {QStringLiteral("member"),
             QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}},
            {QStringLiteral("odd key"), 1},
            {QStringLiteral("gone"), QJsonObject{{QStringLiteral("deep"), QJsonArray{1, 2}}}}};
        const QJsonObject b{
            {QStringLiteral("id"), QStringLiteral("1")},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("versionId"), QStringLiteral("2")}}},
            {QStringLiteral("member"), QJsonArray{QStringLiteral("a"), QStringLiteral("x")}},
            {QStringLiteral("odd key"), QStringLiteral("1")},
            {QStringLiteral("new"), true}};
        const JsonDiff::Result d = JsonDiff::compare(a, b, {});
        QStringList got;
        for (const JsonDiff::Change &c : d.changes)
            got << QStringLiteral("%1 %2 %3 %4").arg(int(c.kind)).arg(c.path, c.left, c.right);
        const QStringList expected = {
            QStringLiteral("1 $.gone {\"deep\":[1,2]} "),     // removed, whole subtree once
            QStringLiteral("2 $.member[1] \"b\" \"x\""),      // changed
            QStringLiteral("1 $.member[2] \"c\" "),           // removed
            QStringLiteral("2 $.meta.versionId \"1\" \"2\""), // changed
            QStringLiteral("0 $.new  true"),                  // added
            QStringLiteral("2 $[\"odd key\"] 1 \"1\""),       // a number became a string
        };
        QCOMPARE(got, expected);
        QVERIFY(!d.stoppedAtNodes && !d.stoppedAtChanges);
    }

    void bodiesComparedStructurallyWithDifferencesFirst()
    {
        CallRecord left = record(200, "application/fhir+json", kPatientJson);
        QByteArray changed = kPatientJson;
        changed.replace("\"female\"", "\"other\"").replace(",\"birthDate\":\"1970-01-01\"", "");
        changed.replace("\"active\":true", "\"active\":true,\"deceasedBoolean\":false");
        CallRecord right = record(200, "application/fhir+json", changed);
        left.responseHeaders << qMakePair(QByteArray("X-Request-ID"), QByteArray("r1"))
                             << qMakePair(QByteArray("ETag"), QByteArray("W/\"1\""));
        right.responseHeaders << qMakePair(QByteArray("x-request-id"), QByteArray("r2"))
                              << qMakePair(QByteArray("Vary"), QByteArray("Accept"));
        left.elapsedMs = 10;
        right.elapsedMs = 30;
        const CallComparison c = CallDiff::compare(left, right);
        const QString body = CallDiff::tr("Body");
        QCOMPARE(find(c, body, QStringLiteral("$.gender"))->kind,
                 CallComparison::Row::Kind::Changed);
        QCOMPARE(find(c, body, QStringLiteral("$.gender"))->left, QStringLiteral("\"female\""));
        QCOMPARE(find(c, body, QStringLiteral("$.birthDate"))->kind,
                 CallComparison::Row::Kind::Removed);
        QCOMPARE(find(c, body, QStringLiteral("$.deceasedBoolean"))->kind,
                 CallComparison::Row::Kind::Added);
        QVERIFY(!find(c, body, QStringLiteral("$.name[0].family"))); // the same: not a row
        // Headers by name whatever their case; the request id differs between any two calls.
        const CallComparison::Row *id =
            find(c, CallDiff::tr("Response header"), QStringLiteral("X-Request-ID"));
        QVERIFY(id && id->kind == CallComparison::Row::Kind::Changed && id->expected);
        QCOMPARE(find(c, CallDiff::tr("Response header"), QStringLiteral("ETag"))->kind,
                 CallComparison::Row::Kind::Removed);
        QCOMPARE(find(c, CallDiff::tr("Response header"), QStringLiteral("Vary"))->kind,
                 CallComparison::Row::Kind::Added);
        QCOMPARE(find(c, CallDiff::tr("Answer"), CallDiff::tr("status"))->kind,
                 CallComparison::Row::Kind::Same);
        // Differences first, then those any two calls have, then what is the same.
        int stage = 0;
        for (const CallComparison::Row &r : c.rows) {
            const int rank = !r.differs() ? 2 : r.expected ? 1 : 0;
            QVERIFY2(rank >= stage, qPrintable(r.section + QLatin1Char(' ') + r.key));
            stage = rank;
        }
        QCOMPARE(c.differences(), 6); // gender, birthDate, deceasedBoolean, ETag, Vary, size
        QVERIFY(CallDiff::text(c).contains(QLatin1String("$.gender: \"female\" | \"other\"")));
    }

    void xmlGoesThroughTheFhirConversion()
    {
        const QByteArray xml =
            R"(<Patient xmlns="http://hl7.org/fhir"><id value="p1"/><active value="true"/>)"
            R"(<name><family value="Smith"/><given value="Anna"/><given value="Maria"/></name>)"
            R"(<gender value="female"/><birthDate value="1970-01-01"/></Patient>)";
        const CallRecord json = record(200, "application/fhir+json", kPatientJson);
        const CallRecord asXml = record(200, "application/fhir+xml", xml);
        CallComparison c = CallDiff::compare(json, asXml);
        const CallComparison::Row *same = find(c, CallDiff::tr("Body"), QStringLiteral("$"));
        QVERIFY2(same && same->kind == CallComparison::Row::Kind::Same,
                 qPrintable(CallDiff::text(c)));
        QVERIFY(same->right.contains(QLatin1String("XML")));
        // A changed value in the XML is the same JSON path.
        QByteArray other = xml;
        other.replace("<given value=\"Maria\"/>", "");
        c = CallDiff::compare(json, record(200, "application/fhir+xml", other));
        const CallComparison::Row *given =
            find(c, CallDiff::tr("Body"), QStringLiteral("$.name[0].given[1]"));
        QVERIFY2(given && given->kind == CallComparison::Row::Kind::Removed,
                 qPrintable(CallDiff::text(c)));
        // XML that is not FHIR is compared as bytes, and the comparison says so.
        c = CallDiff::compare(record(200, "application/xml", "<a>1</a>"),
                              record(200, "application/xml", "<a>2</a>"));
        QVERIFY(c.notCompared.join(QLatin1Char(' ')).contains(QLatin1String("as bytes only")));
    }

    void statusDiagnosisAndCauses()
    {
        CallRecord before =
            record(403, "application/json", R"({"Message":"User is not authorized"})");
        before.diagnosis.causes << Cause{QStringLiteral("token.expired"), {}, {}};
        CallRecord after = record(200, "application/fhir+json", kPatientJson);
        const CallComparison c = CallDiff::compare(before, after);
        QCOMPARE(find(c, CallDiff::tr("Answer"), CallDiff::tr("status"))->left,
                 QStringLiteral("403 Forbidden"));
        QCOMPARE(find(c, CallDiff::tr("Answer"), CallDiff::tr("diagnosis"))->right,
                 QStringLiteral("ok"));
        QCOMPARE(find(c, CallDiff::tr("Cause"), QStringLiteral("token.expired"))->kind,
                 CallComparison::Row::Kind::Removed);
        QVERIFY(c.rows.first().differs());
    }

    void theWorkIsBounded()
    {
        QJsonArray big;
        for (int i = 0; i < 5000; ++i)
            big.append(QJsonObject{{QStringLiteral("n"), i}});
        QJsonArray other = big;
        for (int i = 0; i < 5000; i += 2)
            other[i] = QJsonObject{{QStringLiteral("n"), -i}};
        JsonDiff::Limits small;
        small.maxChanges = 100;
        JsonDiff::Result d = JsonDiff::compare(big, other, small);
        QCOMPARE(d.changes.size(), 100);
        QVERIFY(d.stoppedAtChanges);
        small.maxChanges = 100000;
        small.maxNodes = 1000;
        d = JsonDiff::compare(big, other, small);
        QVERIFY(d.stoppedAtNodes);
        QCOMPARE(d.nodes, 1001);
        // A body over the limit is compared by size only, and the comparison says so.
        CallDiff::Limits limits;
        limits.maxBodyBytes = 100;
        const CallComparison c =
            CallDiff::compare(record(200, "application/fhir+json", kPatientJson),
                              record(200, "application/fhir+json", kPatientJson + " "), limits);
        QVERIFY(c.notCompared.join(QLatin1Char(' ')).contains(QLatin1String("by size only")));
        // A document deeper than any stack would carry.
        QJsonValue deepA = 1;
        QJsonValue deepB = 2;
        for (int i = 0; i < 900; ++i) {
            deepA = QJsonArray{deepA};
            deepB = QJsonArray{deepB};
        }
        d = JsonDiff::compare(deepA, deepB, {});
        QCOMPARE(d.changes.size(), 1);
        QVERIFY(d.changes.first().path.endsWith(QLatin1String("[0][0]")));
    }
};

QTEST_GUILESS_MAIN(TestCallDiff)
#include "tst_calldiff.moc"
