#include "app/fhir/OperationOutcome.h"

#include <QTest>

class TestOperationOutcome : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesJsonAndXml_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("issues");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("diagnostics");
        QTest::addColumn<QString>("details");
        QTest::addColumn<QStringList>("expression");

        // The vendor page's 404.
        QTest::newRow("vendor 404 json")
            << QByteArray("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
                          "\"error\",\"code\":\"processing\",\"diagnostics\":\"HAPI-0436: Resource "
                          "Patient/123456 is not known\"}]}")
            << 1 << "error"
            << "processing"
            << "HAPI-0436: Resource Patient/123456 is not known" << QString() << QStringList();
        QTest::newRow("json details coding and expression")
            << QByteArray("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
                          "\"warning\",\"code\":\"invalid\",\"details\":{\"coding\":[{\"system\":"
                          "\"x\",\"code\":\"MSG_PARAM_INVALID\",\"display\":\"Parameter value "
                          "invalid\"}]},\"expression\":[\"Group.member[0]\",\"Group.name\"]}]}")
            << 1 << "warning"
            << "invalid" << QString() << "Parameter value invalid"
            << QStringList{QStringLiteral("Group.member[0]"), QStringLiteral("Group.name")};
        QTest::newRow("json details text wins")
            << QByteArray("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
                          "\"fatal\",\"code\":\"exception\",\"details\":{\"text\":\"Boom\","
                          "\"coding\":[{\"display\":\"other\"}]}}]}")
            << 1 << "fatal"
            << "exception" << QString() << "Boom" << QStringList();
        QTest::newRow("xml two issues")
            << QByteArray(
                   "<?xml version=\"1.0\"?><OperationOutcome "
                   "xmlns=\"http://hl7.org/fhir\"><text><status value=\"generated\"/><div "
                   "xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</p></div></text><issue><severity "
                   "value=\"error\"/><code value=\"processing\"/><details><coding><code "
                   "value=\"C1\"/><display value=\"Shown\"/></coding></details><diagnostics "
                   "value=\"Failed to call GetBinary: GetBinary Action not "
                   "supported\"/><expression value=\"Binary.data\"/></issue><issue><severity "
                   "value=\"information\"/><code "
                   "value=\"informational\"/></issue></OperationOutcome>")
            << 2 << "error"
            << "processing"
            << "Failed to call GetBinary: GetBinary Action not supported"
            << "Shown" << QStringList{QStringLiteral("Binary.data")};
    }

    void parsesJsonAndXml()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, issues);
        const auto outcome = OperationOutcome::parse(body);
        QVERIFY(outcome.has_value());
        QCOMPARE(outcome->issues.size(), issues);
        const OutcomeIssue &first = outcome->issues.first();
        QTEST(first.severity, "severity");
        QTEST(first.code, "code");
        QTEST(first.diagnostics, "diagnostics");
        QTEST(first.details, "details");
        QTEST(first.expression, "expression");
    }

    void rejectsWhatIsNotAnOutcome_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("gateway json") << QByteArray("{\"message\":\"Unauthorized\"}");
        QTest::newRow("other resource") << QByteArray("{\"resourceType\":\"Group\",\"id\":\"1\"}");
        QTest::newRow("truncated json")
            << QByteArray("{\"resourceType\":\"OperationOutcome\",\"iss");
        QTest::newRow("html") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
        QTest::newRow("broken xml")
            << QByteArray("<OperationOutcome><issue><severity value=\"error\"></OperationOutcome>");
        QTest::newRow("text") << QByteArray("Service Unavailable");
    }

    void rejectsWhatIsNotAnOutcome()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!OperationOutcome::parse(body).has_value());
    }

    void severityAndTransient()
    {
        const auto o = OperationOutcome::parse(
            "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"warning\",\"code\":"
            "\"processing\"},{\"severity\":\"error\",\"code\":\"transient\"}]}");
        QVERIFY(o);
        QCOMPARE(o->worstSeverity(), QStringLiteral("error"));
        QVERIFY(o->hasTransientIssue());
    }
};

QTEST_GUILESS_MAIN(TestOperationOutcome)
#include "tst_operationoutcome.moc"
