#include "app/fhir/BodyText.h"

#include <QTest>

class TestBodyText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonKeepsExactNumbers()
    {
        const auto p = BodyText::pretty(
            "{\"valueQuantity\":{\"value\":1.50,\"unit\":\"mg\"},\"a\":[],\"s\":\"x,{y}:\\\"z\"}",
            QStringLiteral("application/fhir+json"));
        QCOMPARE(p.kind, BodyText::Kind::Json);
        QVERIFY(p.error.isEmpty());
        QVERIFY2(p.text.contains(QStringLiteral("\"value\": 1.50")), qPrintable(p.text));
        QVERIFY(p.text.contains(QStringLiteral("\"a\": []")));
        QVERIFY(p.text.contains(QStringLiteral("\"s\": \"x,{y}:\\\"z\"")));
        QVERIFY(p.text.contains(QLatin1Char('\n')));
    }

    void malformedJsonIsExplainedAndKept()
    {
        const QByteArray body = "{\"resourceType\":\"Group\",\"id\":";
        const auto p = BodyText::pretty(body, QStringLiteral("application/json"));
        QCOMPARE(p.kind, BodyText::Kind::Json);
        QVERIFY2(p.error.startsWith(QStringLiteral("Not valid JSON")), qPrintable(p.error));
        QCOMPARE(p.text, QString::fromUtf8(body));
    }

    void xmlIsIndented()
    {
        const auto p = BodyText::pretty(
            "<Group xmlns=\"http://hl7.org/fhir\"><id value=\"1\"/><name value=\"A\"/></Group>",
            QStringLiteral("application/fhir+xml"));
        QCOMPARE(p.kind, BodyText::Kind::Xml);
        QVERIFY(p.error.isEmpty());
        QVERIFY2(p.text.contains(QStringLiteral("\n  <id value=\"1\"/>")), qPrintable(p.text));
        QVERIFY2(p.text.startsWith(QStringLiteral("<Group xmlns=\"http:")), qPrintable(p.text));
        const auto prefixed =
            BodyText::pretty("<?xml version=\"1.0\"?><f:Group xmlns:f=\"urn:x\"><f:name "
                             "value=\"a&amp;b\">t</f:name></f:Group>",
                             {});
        QVERIFY2(prefixed.text.contains(QStringLiteral("<f:name value=\"a&amp;b\">t</f:name>")),
                 qPrintable(prefixed.text));
        QVERIFY(prefixed.text.startsWith(
            QStringLiteral("<?xml version=\"1.0\"?>\n<f:Group xmlns:f=\"urn:x\">")));
        const auto bad = BodyText::pretty("<Group><id></Group>", QStringLiteral("application/xml"));
        QVERIFY(bad.error.contains(QStringLiteral("line 1")));
    }

    void kinds_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << QByteArray("  \n") << QString() << int(BodyText::Kind::Empty);
        QTest::newRow("html by type")
            << QByteArray("<p>x</p>") << QStringLiteral("text/html") << int(BodyText::Kind::Html);
        QTest::newRow("html by sniff")
            << QByteArray("<!DOCTYPE html><html></html>") << QString() << int(BodyText::Kind::Html);
        QTest::newRow("json by sniff")
            << QByteArray("{\"a\":1}") << QStringLiteral("text/plain") << int(BodyText::Kind::Json);
        QTest::newRow("text") << QByteArray("hello") << QStringLiteral("text/plain")
                              << int(BodyText::Kind::Text);
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)
                                << QStringLiteral("image/png") << int(BodyText::Kind::Binary);
    }

    void kinds()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, contentType);
        QTEST(int(BodyText::detect(body, contentType)), "kind");
    }

    void hexDump()
    {
        const QString dump = BodyText::hexDump(QByteArray("AB\0", 3));
        QVERIFY2(dump.startsWith(QStringLiteral("00000000  41 42 00")), qPrintable(dump));
        QVERIFY(dump.contains(QStringLiteral("AB.")));
    }
};

QTEST_GUILESS_MAIN(TestBodyText)
#include "tst_bodytext.moc"
