// FHIR JSON <-> XML: round trips over every kind of resource the Sandbox serves, an independent
// hand-written XML read back, and the edge cases of the FHIR specification's examples.
#include "app/fhir/BinaryContent.h"
#include "app/fhir/FhirConvert.h"
#include "app/fhir/NdjsonIndex.h"
#include "app/sandbox/SandboxData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

class TestFhirConvert : public QObject
{
    Q_OBJECT
private:
    // JSON -> XML -> JSON gives the same resource (compared as JSON values), and the XML is
    // well-formed FHIR XML.
    static void roundTrip(const QByteArray &json)
    {
        const FhirConvert::Result xml = FhirConvert::jsonToXml(json);
        QVERIFY2(xml.ok(),
                 qPrintable(xml.error + QStringLiteral("\n") + QString::fromUtf8(json.left(300))));
        QXmlStreamReader check(xml.text);
        QVERIFY(check.readNextStartElement());
        QCOMPARE(check.namespaceUri().toString(), QStringLiteral("http://hl7.org/fhir"));
        const FhirConvert::Result back = FhirConvert::xmlToJson(xml.text);
        QVERIFY2(back.ok(), qPrintable(back.error + QStringLiteral("\n") +
                                       QString::fromUtf8(xml.text.left(2000))));
        const QJsonObject a = QJsonDocument::fromJson(json).object();
        const QJsonObject b = QJsonDocument::fromJson(back.text).object();
        if (a != b) {
            qWarning().noquote() << "original:" << QJsonDocument(a).toJson()
                                 << "\nround trip:" << QJsonDocument(b).toJson()
                                 << "\nxml:" << xml.text;
        }
        QCOMPARE(b, a);
    }

private Q_SLOTS:
    void sandboxResources()
    {
        SandboxData data;
        roundTrip(SandboxData::fhirJson(
            data.capabilityStatement(QStringLiteral("http://127.0.0.1:1/uscore/v1/bulk-data"),
                                     QStringLiteral("http://127.0.0.1:1/oauth/token"))));
        for (const QJsonObject &g : data.groups())
            roundTrip(SandboxData::fhirJson(g));
        for (const QString &id : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                  QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}) {
            if (const auto *b = data.binary(id))
                roundTrip(SandboxData::fhirJson(data.binaryResource(*b)));
        }
        // Every resource type of an export, for a few patients.
        const QStringList patients{SyntheticPatients::patientId(1), SyntheticPatients::patientId(2),
                                   SyntheticPatients::patientId(3)};
        int lines = 0;
        for (const QString &type : SyntheticPatients::resourceTypes()) {
            int count = 0;
            const QByteArray ndjson = data.patients().ndjson(type, patients, {}, &count);
            for (const QByteArray &line : ndjson.split('\n')) {
                if (line.isEmpty())
                    continue;
                roundTrip(line);
                ++lines;
            }
        }
        QVERIFY(lines > 20);
    }

    void handWrittenXmlReadsBackAsTheJson()
    {
        // XML written by hand, the way the FHIR specification's examples are, read as JSON:
        // element order, attributes, repeats and numbers as the JSON page says.
        const QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<Group xmlns=\"http://hl7.org/fhir\">\n"
            "  <id value=\"101\"/>\n"
            "  <meta><lastUpdated value=\"2023-04-18T21:33:58.525+00:00\"/></meta>\n"
            "  <!-- a comment is not data -->\n"
            "  <type value=\"person\"/>\n"
            "  <actual value=\"true\"/>\n"
            "  <name value=\"Registry &amp; co\"/>\n"
            "  <quantity value=\"2\"/>\n"
            "  <characteristic>\n"
            "    <code><text value=\"Condition\"/></code>\n"
            "    <valueCodeableConcept><coding><system value=\"http://snomed.info/sct\"/><code "
            "value=\"44054006\"/></coding></valueCodeableConcept>\n"
            "    <exclude value=\"false\"/>\n"
            "  </characteristic>\n"
            "  <member id=\"m1\"><entity><reference value=\"Patient/a\"/></entity><period><start "
            "value=\"2022-03-15\"/></period></member>\n"
            "  <member><entity><reference value=\"Patient/b\"/></entity><inactive "
            "value=\"true\"/></member>\n"
            "</Group>\n";
        const FhirConvert::Result json = FhirConvert::xmlToJson(xml);
        QVERIFY2(json.ok(), qPrintable(json.error));
        const QJsonObject expected =
            QJsonDocument::fromJson(
                "{\"resourceType\":\"Group\",\"id\":\"101\",\"meta\":{\"lastUpdated\":\"2023-04-"
                "18T21:33:58.525+00:00\"},"
                "\"type\":\"person\",\"actual\":true,\"name\":\"Registry & co\",\"quantity\":2,"
                "\"characteristic\":[{\"code\":{\"text\":\"Condition\"},\"valueCodeableConcept\":{"
                "\"coding\":[{\"system\":"
                "\"http://snomed.info/sct\",\"code\":\"44054006\"}]},\"exclude\":false}],"
                "\"member\":[{\"id\":\"m1\",\"entity\":{\"reference\":\"Patient/"
                "a\"},\"period\":{\"start\":\"2022-03-15\"}},"
                "{\"entity\":{\"reference\":\"Patient/b\"},\"inactive\":true}]}")
                .object();
        QCOMPARE(QJsonDocument::fromJson(json.text).object(), expected);
        QVERIFY(json.text.startsWith("{\n  \"resourceType\": \"Group\",\n  \"id\": \"101\""));
    }

    void primitiveExtensionsAndNulls()
    {
        // From the FHIR JSON page: a primitive with an extension, and a repeating primitive whose
        // `_given` keeps its positions with nulls.
        const QByteArray json =
            "{\"resourceType\":\"Patient\",\"id\":\"ex\",\"birthDate\":\"1970-03-30\",\"_"
            "birthDate\":{\"id\":\"bd\",\"extension\":["
            "{\"url\":\"http://hl7.org/fhir/StructureDefinition/"
            "patient-birthTime\",\"valueDateTime\":\"1970-03-30T14:35:45-05:00\"}]},"
            "\"name\":[{\"id\":\"n1\",\"family\":\"Doe\",\"given\":[\"Jim\",null,\"Bob\"],\"_"
            "given\":[null,{\"id\":\"g2\","
            "\"extension\":[{\"url\":\"http://example.org/"
            "nickname\",\"valueBoolean\":true}]},null]}],"
            "\"multipleBirthInteger\":2}";
        roundTrip(json);
        const QByteArray xml = FhirConvert::jsonToXml(json).text;
        QVERIFY2(xml.contains("<birthDate id=\"bd\" value=\"1970-03-30\">"), xml.constData());
        QVERIFY(xml.contains(
            "<extension url=\"http://hl7.org/fhir/StructureDefinition/patient-birthTime\">"));
        QVERIFY(xml.contains("<name id=\"n1\">"));
        QVERIFY(xml.contains("<given id=\"g2\">")); // no value attribute: null in JSON
        QVERIFY(xml.contains("<multipleBirthInteger value=\"2\"/>"));
        // The element order comes from the StructureDefinition, not from the JSON.
        QVERIFY(xml.indexOf("<name") < xml.indexOf("<birthDate"));
        QVERIFY(xml.indexOf("<family") < xml.indexOf("<given"));
    }

    void containedReferencesAndExactDecimals()
    {
        const QByteArray json =
            "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"contained\":[{\"resourceType\":"
            "\"Patient\",\"id\":\"p1\","
            "\"active\":true}],\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://"
            "loinc.org\",\"code\":\"2339-0\"}]},"
            "\"subject\":{\"reference\":\"#p1\"},\"valueQuantity\":{\"value\":1.50,\"unit\":\"mmol/"
            "L\"},"
            "\"component\":[{\"code\":{\"text\":\"x\"},\"valueInteger\":-7},{\"code\":{\"text\":"
            "\"y\"},\"valueQuantity\":{\"value\":0.000010}}]}";
        roundTrip(json);
        const QByteArray xml = FhirConvert::jsonToXml(json).text;
        QVERIFY(xml.contains("<contained>"));
        QVERIFY(xml.contains("<Patient>"));
        QVERIFY(xml.contains("<value value=\"1.50\"/>"));
        QVERIFY(xml.contains("<value value=\"0.000010\"/>"));
        const QByteArray back = FhirConvert::xmlToJson(xml).text;
        QVERIFY2(back.contains("\"value\": 1.50,"), back.constData());
        QVERIFY(back.contains("\"value\": 0.000010"));
        QVERIFY(back.contains("\"active\": true"));
        QVERIFY(back.contains("\"valueInteger\": -7"));
    }

    void narrativeXhtml()
    {
        const QByteArray json =
            "{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"<div "
            "xmlns=\\\"http://www.w3.org/1999/xhtml\\\">"
            "<p>Jim <b>Doe</b> &amp; family</p><table "
            "class=\\\"x\\\"><tr><td>1</td></tr></table></div>\"},\"active\":false}";
        const FhirConvert::Result xml = FhirConvert::jsonToXml(json);
        QVERIFY2(xml.ok(), qPrintable(xml.error));
        QVERIFY2(xml.text.contains("<div xmlns=\"http://www.w3.org/1999/xhtml\">"),
                 xml.text.constData());
        QVERIFY(xml.text.contains("<b>Doe</b>"));
        QVERIFY(xml.text.contains("&amp; family"));
        const FhirConvert::Result back = FhirConvert::xmlToJson(xml.text);
        QVERIFY2(back.ok(), qPrintable(back.error));
        const QString div = QJsonDocument::fromJson(back.text)
                                .object()
                                .value(QLatin1String("text"))
                                .toObject()
                                .value(QLatin1String("div"))
                                .toString();
        QVERIFY2(
            div.startsWith(QStringLiteral(
                "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Jim <b>Doe</b> &amp; family</p>")),
            qPrintable(div));
        QVERIFY(div.contains(QStringLiteral("<table class=\"x\">")));
    }

    // The div first in `text` (no `status`, found by fuzz_fhirconvert): the XHTML namespace is
    // declared on the div, not on the FHIR element around it.
    void narrativeWithoutStatus()
    {
        const QByteArray json =
            "{\"resourceType\":\"Patient\",\"text\":{\"div\":\"<div xmlns=\\\"http://www.w3.org/"
            "1999/xhtml\\\"><p>Jim</p></div>\"}}";
        for (const bool pretty : {true, false}) {
            const FhirConvert::Result xml = FhirConvert::jsonToXml(json, pretty);
            QVERIFY2(xml.ok(), qPrintable(xml.error));
            QVERIFY2(xml.text.contains("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Jim"),
                     xml.text.constData());
            QVERIFY2(!xml.text.contains("<text xmlns"), xml.text.constData());
        }
        roundTrip(json);
    }

    // Namespaces inside a narrative (found by fuzz_fhirconvert): elements of another namespace
    // get one declaration each, however many round trips (copying the source's declarations
    // too declared `n1` twice on one element, and once more each time); a div in a namespace
    // other than XHTML is refused; one without a namespace is taken for XHTML.
    void narrativeNamespaces()
    {
        const QByteArray xml =
            "<Patient xmlns=\"http://hl7.org/fhir\"><text><status value=\"generated\"/><div "
            "xmlns=\"http://www.w3.org/1999/xhtml\"><n1:p xmlns:n1=\"urn:other\">x<n1:b>y</n1:b>"
            "</n1:p></div></text></Patient>";
        QByteArray current = xml;
        for (int round = 0; round < 3; ++round) {
            const FhirConvert::Result json = FhirConvert::xmlToJson(current);
            QVERIFY2(json.ok(), qPrintable(json.error));
            QCOMPARE(json.text.count("xmlns:n1="), 1);
            const FhirConvert::Result back = FhirConvert::jsonToXml(json.text, false);
            QVERIFY2(back.ok(), qPrintable(back.error));
            QCOMPARE(back.text.count("xmlns:n1="), 1);
            current = back.text;
        }
        QCOMPARE(current.trimmed(), xml);

        const FhirConvert::Result foreign = FhirConvert::jsonToXml(
            "{\"resourceType\":\"Patient\",\"text\":{\"div\":\"<div xmlns=\\\"urn:x\\\"/>\"}}");
        QVERIFY(!foreign.ok());
        QVERIFY2(foreign.error.contains(QStringLiteral("urn:x")), qPrintable(foreign.error));

        // An element of FHIR's namespace inside the div stays in it (it was written without a
        // prefix, so in XHTML's).
        const QByteArray fhirInside =
            "{\"resourceType\":\"Patient\",\"text\":{\"div\":\"<div "
            "xmlns=\\\"http://www.w3.org/1999/"
            "xhtml\\\"><Patient xmlns=\\\"http://hl7.org/fhir\\\"/></div>\"}}";
        const FhirConvert::Result inside = FhirConvert::jsonToXml(fhirInside, false);
        QVERIFY2(inside.ok(), qPrintable(inside.error));
        QVERIFY2(inside.text.contains("<n1:Patient xmlns:n1=\"http://hl7.org/fhir\"/>"),
                 inside.text.constData());

        // Qt writes a namespace name unescaped: one with `&` is refused, not written broken.
        const FhirConvert::Result amp = FhirConvert::xmlToJson(
            "<Patient xmlns=\"http://hl7.org/fhir\"><text><div xmlns=\"http://www.w3.org/1999/"
            "xhtml\"><p xmlns=\"urn:a&amp;b\"/></div></text></Patient>");
        QVERIFY(!amp.ok());
        QVERIFY2(amp.error.contains(QStringLiteral("urn:a&b")), qPrintable(amp.error));
        const FhirConvert::Result ampJson = FhirConvert::jsonToXml(
            "{\"resourceType\":\"Patient\",\"text\":{\"div\":\"<div><p xmlns:x=\\\"urn:a&amp;b\\\" "
            "x:y=\\\"1\\\"/></div>\"}}");
        QVERIFY(!ampJson.ok());
        QVERIFY2(ampJson.error.contains(QStringLiteral("urn:a&b")), qPrintable(ampJson.error));

        const FhirConvert::Result plain = FhirConvert::jsonToXml(
            "{\"resourceType\":\"Patient\",\"text\":{\"div\":\"<div><p>x</p></div>\"}}", false);
        QVERIFY2(plain.ok(), qPrintable(plain.error));
        QVERIFY2(plain.text.contains("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</p></div>"),
                 plain.text.constData());
    }

    void bundleWithNestedResources()
    {
        const QByteArray json =
            "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":2,\"link\":[{"
            "\"relation\":\"next\",\"url\":\"http://x/Group?_getpages=1\"}],"
            "\"entry\":[{\"fullUrl\":\"http://x/Group/"
            "1\",\"resource\":{\"resourceType\":\"Group\",\"id\":\"1\",\"type\":\"person\","
            "\"actual\":true,\"member\":[{\"entity\":{\"reference\":\"Patient/"
            "a\"},\"inactive\":false}]},\"search\":{\"mode\":\"match\"}},"
            "{\"resource\":{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"r\","
            "\"resource\":{\"resourceType\":\"Patient\",\"id\":\"z\"}}]}}]}";
        roundTrip(json);
    }

    void binaryContent()
    {
        // Every Binary of the Sandbox, from its JSON and from its XML form: decoded, with the kind
        // of viewer it needs; invalid base64 is explained and its raw value kept.
        SandboxData data;
        const QList<std::pair<QString, BinaryContent::Kind>> expected{
            {QStringLiteral("1"), BinaryContent::Kind::Json},
            {QStringLiteral("2"), BinaryContent::Kind::Xml},
            {QStringLiteral("3"), BinaryContent::Kind::Text},
            {QStringLiteral("4"), BinaryContent::Kind::Ndjson},
            {QStringLiteral("5"), BinaryContent::Kind::Image},
            {QStringLiteral("6"), BinaryContent::Kind::Pdf}};
        for (const auto &[id, kind] : expected) {
            const auto *item = data.binary(id);
            QVERIFY(item);
            const QByteArray json = SandboxData::fhirJson(data.binaryResource(*item));
            for (const QByteArray &body : {json, FhirConvert::jsonToXml(json).text}) {
                const BinaryContent b = BinaryContent::fromResource(body);
                QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
                QCOMPARE(b.kind, kind);
                QCOMPARE(b.content, item->content);
                QCOMPARE(b.contentType, item->contentType);
                QVERIFY2(b.warning.isEmpty(), qPrintable(b.warning));
            }
        }
        const BinaryContent bad = BinaryContent::fromResource(
            SandboxData::fhirJson(data.binaryResource(*data.binary(QStringLiteral("bad-base64")))));
        QVERIFY(bad.error.contains(QStringLiteral("base64")));
        QVERIFY(!bad.rawData.isEmpty());
        QVERIFY(BinaryContent::fromResource("{\"resourceType\":\"Patient\"}")
                    .error.contains(QStringLiteral("Patient")));
        QVERIFY(!BinaryContent::fromBytes("not json", QStringLiteral("application/json"))
                     .warning.isEmpty());
        // A number past a double is valid JSON, as the viewer reads it.
        for (const QByteArray &big :
             {QByteArray("{\"a\":1e400}"), QByteArray("[" + QByteArray(40, '7') + "]")})
            QVERIFY2(
                BinaryContent::fromBytes(big, QStringLiteral("application/json")).warning.isEmpty(),
                big.constData());
        QVERIFY(!BinaryContent::fromBytes("{\"a\":1e400,}", QStringLiteral("application/json"))
                     .warning.isEmpty());
        // NDJSON content is counted per resourceType with its broken lines (NdjsonIndex).
        NdjsonIndex summary;
        QSignalSpy summarised(&summary, &NdjsonIndex::finished);
        summary.openBytes("{\"resourceType\":\"Patient\"}\n{\"resourceType\":\"Patient\"}"
                          "\nbroken\n{\"resourceType\":\"Observation\"}\n");
        QVERIFY(summarised.wait(5000));
        QCOMPARE(summary.lineCount(), qint64(4));
        QCOMPARE(summary.histogram().value(QStringLiteral("Patient")), qint64(2));
        QCOMPARE(summary.problems().size(), 1);
        QCOMPARE(summary.problems().first().line + 1, qint64(3));
    }

    // A narrative div that is not well-formed is the conversion's error, said in its message;
    // Qt is not left to complain on stderr ("writeCurrentToken() with invalid state", as
    // `fhir-bulk get --as json` printed).
    void malformedNarrativeIsAnErrorNotAWarning()
    {
        static QStringList messages;
        messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &m) { messages += m; });
        const auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });

        const FhirConvert::Result fromXml = FhirConvert::xmlToJson(
            "<Patient xmlns=\"http://hl7.org/fhir\"><text><status value=\"generated\"/>"
            "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>unclosed</div></text></Patient>");
        QVERIFY(!fromXml.ok());
        QVERIFY(fromXml.text.isEmpty());
        QVERIFY2(fromXml.error.contains(QStringLiteral("line 1")), qPrintable(fromXml.error));
        QVERIFY2(fromXml.error.contains(QStringLiteral("p")), qPrintable(fromXml.error));

        const FhirConvert::Result fromJson = FhirConvert::jsonToXml(
            "{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":"
            "\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\"><p>unclosed</div>\"}}");
        QVERIFY(!fromJson.ok());
        QVERIFY(fromJson.text.isEmpty());
        QVERIFY2(fromJson.error.contains(QStringLiteral("not well-formed XHTML")),
                 qPrintable(fromJson.error));
        QVERIFY2(fromJson.error.contains(QStringLiteral("Patient.text.div")),
                 qPrintable(fromJson.error));
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    }

    // Numbers are kept as written both ways, also those no double holds (RFC 8259 allows them,
    // and the XML side always took them); what is not a number is still refused.
    void numbersPastADoubleBothWays()
    {
        const QByteArray json = "{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":"
                                "1e400},\"component\":[{\"valueInteger\":-0}]}";
        const FhirConvert::Result xml = FhirConvert::jsonToXml(json);
        QVERIFY2(xml.ok(), qPrintable(xml.error));
        QVERIFY2(xml.text.contains("<value value=\"1e400\"/>"), xml.text.constData());
        const FhirConvert::Result back = FhirConvert::xmlToJson(xml.text);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QVERIFY2(back.text.contains("\"value\": 1e400"), back.text.constData());
        for (const QByteArray &notANumber :
             {QByteArray("01"), QByteArray("1\v"), QByteArray("1\f")})
            QVERIFY2(!FhirConvert::jsonToXml("{\"resourceType\":\"Observation\",\"valueQuantity\":"
                                             "{\"value\":" +
                                             notANumber + "}}")
                          .ok(),
                     notANumber.constData()); // \v is no JSON white space (found by fuzzing)
    }

    void mistakesAreNamed()
    {
        FhirConvert::Result r =
            FhirConvert::jsonToXml("{\"resourceType\":\"Patient\",\"nmae\":[{\"family\":\"x\"}]}");
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("nmae")) &&
                     r.error.contains(QStringLiteral("Patient")),
                 qPrintable(r.error));
        // A boolean or a number given as a JSON string (found by fuzz_fhirconvert: the XML it
        // made did not read back).
        r = FhirConvert::jsonToXml("{\"resourceType\":\"Patient\",\"active\":\"true\"}");
        QVERIFY2(r.error.contains(QStringLiteral("Patient.active")) &&
                     r.error.contains(QStringLiteral("boolean")),
                 qPrintable(r.error));
        r = FhirConvert::jsonToXml(
            "{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":\"#c1\"}}");
        QVERIFY2(r.error.contains(QStringLiteral("#c1")) &&
                     r.error.contains(QStringLiteral("number")),
                 qPrintable(r.error));
        r = FhirConvert::jsonToXml("{\"resourceType\":\"Patiant\"}");
        QVERIFY2(r.error.contains(QStringLiteral("Patiant")), qPrintable(r.error));
        r = FhirConvert::jsonToXml("{\"resourceType\":\"Patient\",\"name\":{\"family\":\"x\"}}");
        QVERIFY2(r.error.contains(QStringLiteral("array")), qPrintable(r.error));
        r = FhirConvert::jsonToXml("{\"resourceType\":\"Patient\",");
        QVERIFY(!r.ok());
        r = FhirConvert::xmlToJson("<Patient xmlns=\"http://hl7.org/fhir\"><multipleBirthInteger "
                                   "value=\"two\"/></Patient>");
        QVERIFY2(r.error.contains(QStringLiteral("two")) &&
                     r.error.contains(QStringLiteral("number")),
                 qPrintable(r.error));
        r = FhirConvert::xmlToJson("<Patient><active value=\"true\"/></Patient>");
        QVERIFY2(r.error.contains(QStringLiteral("namespace")), qPrintable(r.error));
        r = FhirConvert::xmlToJson("<Patient xmlns=\"http://hl7.org/fhir\"><gender "
                                   "value=\"male\"/><gender value=\"female\"/></Patient>");
        QVERIFY2(r.error.contains(QStringLiteral("repeats")), qPrintable(r.error));
        r = FhirConvert::xmlToJson(
            "<Patient xmlns=\"http://hl7.org/fhir\"><active value=\"true\"></Patient>");
        QVERIFY2(r.error.contains(QStringLiteral("line")), qPrintable(r.error));
        QVERIFY(FhirConvert::isResourceType(QStringLiteral("Observation")));
        QVERIFY(!FhirConvert::isResourceType(QStringLiteral("HumanName")));
    }
};

QTEST_GUILESS_MAIN(TestFhirConvert)
#include "tst_fhirconvert.moc"
