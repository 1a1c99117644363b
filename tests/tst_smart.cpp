// SMART pieces: scope matching (v1 and v2 syntax) and token endpoint discovery.
#include "app/auth/SmartDiscovery.h"
#include "app/fhir/CapabilityStatement.h"
#include "app/tokens/Scopes.h"

#include <QTest>

class TestSmart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scopes_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("wildcard read") << "system/*.read"
                                       << "Group" << true;
        QTest::newRow("wildcard all") << "system/*.*"
                                      << "Observation" << true;
        QTest::newRow("v2 rs") << "system/Group.rs"
                               << "Group" << true;
        QTest::newRow("v2 search only") << "system/Group.s"
                                        << "Group" << false;
        QTest::newRow("other type") << "system/Patient.read"
                                    << "Group" << false;
        QTest::newRow("user scope") << "user/*.read"
                                    << "Group" << false;
        QTest::newRow("write only") << "system/*.write"
                                    << "Group" << false;
        QTest::newRow("second of two") << "launch system/Group.read"
                                       << "Group" << true;
        QTest::newRow("empty") << ""
                               << "Group" << false;
    }

    void scopes()
    {
        QFETCH(QString, scope);
        QFETCH(QString, type);
        QTEST(Scopes::allowsRead(scope, type), "allowed");
    }

    void exportNeedsGroupToo()
    {
        QCOMPARE(Scopes::missingForGroupExport(QStringLiteral("system/Patient.read"),
                                               {QStringLiteral("Patient")}),
                 QStringList{QStringLiteral("Group")});
        QCOMPARE(Scopes::missingForGroupExport(
                     QStringLiteral("system/Group.read system/Patient.rs"),
                     {QStringLiteral("Patient"), QStringLiteral("Observation")}),
                 QStringList{QStringLiteral("Observation")});
        QVERIFY(Scopes::missingForGroupExport(QStringLiteral("system/*.read"),
                                              {QStringLiteral("Condition")})
                    .isEmpty());
    }

    void discovery()
    {
        QCOMPARE(SmartDiscovery::tokenEndpointFromSmartConfiguration(
                     "{\"token_endpoint\":\"https://oauth.example/"
                     "token\",\"grant_types_supported\":[\"client_credentials\"]}"),
                 QUrl(QStringLiteral("https://oauth.example/token")));
        QVERIFY(!SmartDiscovery::tokenEndpointFromSmartConfiguration("<html>404</html>").isValid());
        const QByteArray cs =
            "{\"resourceType\":\"CapabilityStatement\",\"rest\":[{\"mode\":\"server\",\"security\":"
            "{\"extension\":[{"
            "\"url\":\"http://fhir-registry.smarthealthit.org/StructureDefinition/"
            "oauth-uris\",\"extension\":["
            "{\"url\":\"authorize\",\"valueUri\":\"https://oauth.example/authorize\"},"
            "{\"url\":\"token\",\"valueUri\":\"https://oauth.netsmartcloud.com/token\"}]}]}}]}";
        QCOMPARE(SmartDiscovery::tokenEndpointFromCapabilityStatement(cs),
                 QUrl(QStringLiteral("https://oauth.netsmartcloud.com/token")));
        QVERIFY(!SmartDiscovery::tokenEndpointFromCapabilityStatement(
                     "{\"resourceType\":\"CapabilityStatement\"}")
                     .isValid());
    }

    void capabilityStatement()
    {
        const QByteArray json =
            "{\"resourceType\":\"CapabilityStatement\",\"fhirVersion\":\"4.0.1\",\"format\":["
            "\"json\",\"application/fhir+xml\"],"
            "\"software\":{\"name\":\"HAPI FHIR "
            "Server\",\"version\":\"5.7.6\"},\"rest\":[{\"mode\":\"server\",\"resource\":["
            "{\"type\":\"Group\",\"interaction\":[{\"code\":\"read\"}],\"operation\":[{\"name\":"
            "\"export\"}]},"
            "{\"type\":\"Patient\",\"interaction\":[{\"code\":\"read\"},{\"code\":\"search-type\"}]"
            ","
            "\"searchParam\":[{\"name\":\"birthdate\",\"type\":\"date\"}]}]}]}";
        QString error;
        const auto cs = CapabilityStatement::parse(json, &error);
        QVERIFY2(cs, qPrintable(error));
        QCOMPARE(cs->softwareVersion, QStringLiteral("5.7.6"));
        QCOMPARE(cs->resourceTypes(),
                 (QStringList{QStringLiteral("Group"), QStringLiteral("Patient")}));
        QCOMPARE(cs->resource(QStringLiteral("Group"))->operations,
                 QStringList{QStringLiteral("export")});
        QCOMPARE(cs->resource(QStringLiteral("Patient"))->searchParams,
                 QStringList{QStringLiteral("birthdate")});
        QVERIFY(cs->supportsXml());
        QVERIFY(!CapabilityStatement::parse("{\"resourceType\":\"Patient\"}", &error));
        QVERIFY(error.contains(QStringLiteral("Patient")));
        QVERIFY(!CapabilityStatement::parse("<html/>", &error));
    }
};

QTEST_GUILESS_MAIN(TestSmart)
#include "tst_smart.moc"
