// ContentOutline (JSON and XML taken apart into nodes and pretty lines) and the models that
// show it, checked by QAbstractItemModelTester. (Large and folded documents: tst_outline_folded.)
#include "OutlineTestHelpers.h"
#include "app/fhir/ContentOutline.h"
#include "app/models/OutlineModels.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <functional>

class TestOutline : public QObject, private OutlineTestHelpers
{
    Q_OBJECT
private Q_SLOTS:
    void jsonNodesKeepTokens()
    {
        const QByteArray json = "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"valueQuantity\":"
                                "{\"value\":1.50,\"unit\":\"m\\u00e9g\"},"
                                "\"note\":[{\"text\":\"a\\nb\"},{}],\"k\\\"q\":true,\"n\":null,"
                                "\"big\":12345678901234567890}";
        const auto o = ContentOutline::build(json, ContentOutline::Format::Json);
        QVERIFY2(o->isValid(), qPrintable(o->error()));
        OutlineTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOutline(o);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(model.index(0, OutlineTreeModel::ValueColumn).data().toString(),
                 QString(QStringLiteral("Observation/o1 ") +
                         ContentOutline::tr("{%n field(s)}", nullptr, 7)));
        QCOMPARE(model.rowCount(root), 7);
        const QModelIndex vq = find(model, root, QStringLiteral("valueQuantity"));
        QVERIFY(vq.isValid());
        const QModelIndex value = find(model, vq, QStringLiteral("value"));
        QCOMPARE(value.siblingAtColumn(OutlineTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("1.50"));
        QCOMPARE(value.siblingAtColumn(OutlineTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("number"));
        QCOMPARE(find(model, vq, QStringLiteral("unit")).siblingAtColumn(1).data().toString(),
                 QString::fromUtf8("még"));
        QCOMPARE(model.parent(value), vq);
        const QModelIndex note = find(model, root, QStringLiteral("note"));
        QCOMPARE(note.siblingAtColumn(1).data().toString(),
                 ContentOutline::tr("[%n item(s)]", nullptr, 2));
        QCOMPARE(model.index(1, 0, note).data().toString(), QStringLiteral("[1]"));
        QCOMPARE(model.index(0, 1, model.index(0, 0, note)).data().toString(),
                 QString(QStringLiteral("a") + QChar(0x21b5) + QStringLiteral("b")));
        QVERIFY(find(model, root, QStringLiteral("k\"q")).isValid());
        QCOMPARE(find(model, root, QStringLiteral("big")).siblingAtColumn(1).data().toString(),
                 QStringLiteral("12345678901234567890"));
        // The raw value of a container is valid JSON with its exact tokens.
        const QByteArray raw = vq.data(OutlineTreeModel::RawRole).toByteArray();
        QVERIFY2(raw.contains("1.50"), raw.constData());
        QVERIFY(!QJsonDocument::fromJson(raw).isNull());
        QCOMPARE(model.index(1, 0, note).data(OutlineTreeModel::RawRole).toByteArray(),
                 QByteArray("{}"));
        QCOMPARE(find(model, note.parent(), QStringLiteral("n"))
                     .data(OutlineTreeModel::RawRole)
                     .toByteArray(),
                 QByteArray("null"));
    }

    void prettyTextIsLinesThatFollowTheTree()
    {
        const auto o = ContentOutline::build("{\"a\":[1, 2.0e3],\"b\":{},\"c\":{\"d\":\"x\"}}",
                                             ContentOutline::Format::Json);
        QVERIFY(o->isValid());
        const QStringList expected = {
            QStringLiteral("{"),          QStringLiteral("  \"a\": ["),
            QStringLiteral("    1,"),     QStringLiteral("    2.0e3"),
            QStringLiteral("  ],"),       QStringLiteral("  \"b\": {},"),
            QStringLiteral("  \"c\": {"), QStringLiteral("    \"d\": \"x\""),
            QStringLiteral("  }"),        QStringLiteral("}")};
        TextLinesModel lines;
        QAbstractItemModelTester tester(&lines,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        lines.setOutline(o);
        QCOMPARE(lines.rowCount(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(lines.index(i).data().toString(), expected.at(i));
        QCOMPARE(QString::fromUtf8(o->prettyText()), expected.join(QLatin1Char('\n')));
        // The size the viewer decides by is the text's (it counted a comma after each last
        // child, found by fuzz_outline).
        QCOMPARE(o->prettySize(), o->prettyText().size());
        OutlineTreeModel tree;
        tree.setOutline(o);
        QCOMPARE(tree.indexForLine(3).data().toString(), QStringLiteral("[1]"));
        QCOMPARE(tree.indexForLine(7).data().toString(), QStringLiteral("d"));
        QCOMPARE(tree.indexForLine(5).data().toString(), QStringLiteral("b"));
        QCOMPARE(tree.indexForLine(0).data().toString(), QStringLiteral("(root)"));
    }

    void badJsonSaysWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("truncated") << QByteArray("{\"resourceType\":\"Group\",\"id\":");
        QTest::newRow("trailing") << QByteArray("{\"a\":1} x");
        QTest::newRow("bad number") << QByteArray("{\"a\":01}");
        QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\q\"}");
        QTest::newRow("raw tab in a string") << QByteArray("{\"a\":\"x\ty\"}");
        QTest::newRow("raw newline in a string") << QByteArray("[\"x\ny\"]");
        QTest::newRow("bad atom") << QByteArray("[nul]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not utf8") << QByteArray("{\"a\":\"\xff\"}");
        QTest::newRow("not utf8 outside a string") << QByteArray("[1,\xc3\xa9]");
        QTest::newRow("a NUL after the document") << QByteArray("{\"a\":1}\0{}", 10);
        QTest::newRow("a NUL inside") << QByteArray("[1,\0 2]", 7);
        QTest::newRow("a second document") << QByteArray("1 2");
        QTest::newRow("trailing comma") << QByteArray("[1,]");
        QTest::newRow("no colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("key not quoted") << QByteArray("{a:1}");
        QTest::newRow("not closed") << QByteArray("[[1]");
        QTest::newRow("closed twice") << QByteArray("[1]]");
        QTest::newRow("a lone low surrogate") << QByteArray("[\"\\uDC00\"]");
        QTest::newRow("a lone high surrogate in a key") << QByteArray("{\"\\uD800x\":1}");
        QTest::newRow("a bad escape in a key") << QByteArray("{\"\\q\":1}");
        QTest::newRow("a raw tab in a key") << QByteArray("{\"a\tb\":1}");
        QTest::newRow("a raw tab in a string document") << QByteArray("\"a\tb\"");
        // simdjson skipped a string it was not asked to read, and took `"b":` for a key.
        QTest::newRow("a colon after a value") << QByteArray("{\"a\":\"b\":]}");
        QTest::newRow("a colon after an empty value") << QByteArray("{\"\":\"\":]}");
        QTest::newRow("a colon after an element") << QByteArray("[\"a\":2]");
        QTest::newRow("a fraction without digits") << QByteArray("[1.]");
        QTest::newRow("an exponent without digits") << QByteArray("[1e+]");
        QTest::newRow("a minus alone") << QByteArray("[-]");
        QTest::newRow("a leading zero") << QByteArray("[-01]");
        QTest::newRow("two fractions") << QByteArray("[1.5.3]");
        QTest::newRow("a large number, then more") << QByteArray("[1e400.5]");
        QTest::newRow("a large number without a comma") << QByteArray("[1 1e400]");
        QTest::newRow("a large number without a colon") << QByteArray("{\"a\" 1e400}");
        QTest::newRow("null, then more") << QByteArray("null x");
        QTest::newRow("nulls") << QByteArray("nulll");
        QTest::newRow("true, then a number") << QByteArray("true1");
        QTest::newRow("deeper than 1024") << QByteArray(1025, '[') + QByteArray(1025, ']');
        // 200 KB: a walk that recursed this deep crashed.
        QTest::newRow("100,000 deep") << QByteArray(100000, '[') + QByteArray(100000, ']');
    }
    // Both first passes (simdjson's whole and the streaming reader of large documents) refuse
    // the same inputs, and say where when they can.
    void badJsonSaysWhere()
    {
        QFETCH(QByteArray, json);
        ContentOutline::Folding streamed;
        streamed.fromBytes = 0;
        for (const auto &o :
             {ContentOutline::build(json, ContentOutline::Format::Json),
              ContentOutline::build(json, ContentOutline::Format::Json, streamed)}) {
            QVERIFY(!o->isValid());
            const QString error = o->error();
            QVERIFY2(error.startsWith(QStringLiteral("Not valid JSON")), qPrintable(error));
            const QRegularExpressionMatch near =
                QRegularExpression(QStringLiteral("near byte (\\d+)")).match(error);
            if (near.hasMatch())
                QVERIFY2(near.captured(1).toLongLong() <= json.size(), qPrintable(error));
            QCOMPARE(o->size(), 0);
            OutlineTreeModel model;
            model.setOutline(o);
            QCOMPARE(model.rowCount(), 0);
        }
    }

    void numbersAsWritten()
    {
        // Numbers keep their text, also past 64 bits or a double's digits (FHIR decimals), in
        // both first passes.
        const QByteArray json = "[123456789012345678901234567890, 0.1000000000000000000001, -0, "
                                "1E+2, \"\\u00e9\\ud83d\\ude00\"]";
        ContentOutline::Folding streamed;
        streamed.fromBytes = 0;
        for (const auto &o :
             {ContentOutline::build(json, ContentOutline::Format::Json),
              ContentOutline::build(json, ContentOutline::Format::Json, streamed)}) {
            QVERIFY2(o->isValid(), qPrintable(o->error()));
            QCOMPARE(o->value(o->child(0, 0)), QStringLiteral("123456789012345678901234567890"));
            QCOMPARE(o->value(o->child(0, 1)), QStringLiteral("0.1000000000000000000001"));
            QCOMPARE(o->value(o->child(0, 2)), QStringLiteral("-0"));
            QCOMPARE(o->value(o->child(0, 3)), QStringLiteral("1E+2"));
            QCOMPARE(o->value(o->child(0, 4)), QString::fromUtf8("\xc3\xa9\xf0\x9f\x98\x80"));
        }
        const QByteArray big = "-123456789012345678901234567890";
        for (const auto &o : {ContentOutline::build(big, ContentOutline::Format::Json),
                              ContentOutline::build(big, ContentOutline::Format::Json, streamed)}) {
            QVERIFY2(o->isValid(), qPrintable(o->error()));
            QCOMPARE(o->value(0), QString::fromLatin1(big));
        }
    }

    void numbersPastADouble_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("values");
        const auto list = [](std::initializer_list<const char *> l) {
            QStringList out;
            for (const char *v : l)
                out += QString::fromLatin1(v);
            return out;
        };
        QTest::newRow("past a double")
            << QByteArray("[1e400, -1E+400]") << list({"1e400", "-1E+400"});
        QTest::newRow("nought, with a large exponent")
            << QByteArray("[0e400, 0.0e999]") << list({"0e400", "0.0e999"});
        QTest::newRow("just past a double") << QByteArray("[11e308]") << list({"11e308"});
        QTest::newRow("tiny") << QByteArray("[1e-400,-0.0E-99999999999999999999]")
                              << list({"1e-400", "-0.0E-99999999999999999999"});
        QTest::newRow("400 digits")
            << QByteArray('[' + QByteArray(400, '9') + ".5]")
            << QStringList{QString(400, QLatin1Char('9')) + QStringLiteral(".5")};
        QTest::newRow("in an object") << QByteArray("{\"valueDecimal\":1e400}") << list({"1e400"});
    }
    // RFC 8259 sets no limit on a number's size: a number no double holds is valid JSON, read by
    // both first passes (so a document does not change validity at the folding size) and shown
    // as written, as every number is.
    void numbersPastADouble()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, values);
        ContentOutline::Folding streamed;
        streamed.fromBytes = 0;
        for (const auto &o :
             {ContentOutline::build(json, ContentOutline::Format::Json, neverFolded()),
              ContentOutline::build(json, ContentOutline::Format::Json, streamed)}) {
            QVERIFY2(o->isValid(), qPrintable(o->error()));
            QCOMPARE(o->node(0).childCount, values.size());
            for (int i = 0; i < values.size(); ++i) {
                QCOMPARE(o->value(o->child(0, i)), values.at(i));
                QCOMPARE(o->typeName(o->child(0, i)), ContentOutline::tr("number"));
            }
        }
    }

    void scalarDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("value");
        QTest::newRow("number") << QByteArray(" 1.50 ") << QStringLiteral("1.50");
        // simdjson 3.0.1 refused a document `null` with a line break after it.
        QTest::newRow("null and a line break") << QByteArray("null\n") << QStringLiteral("null");
        QTest::newRow("true and a line break") << QByteArray("true\n") << QStringLiteral("true");
        QTest::newRow("false and spaces") << QByteArray("\tfalse \r\n") << QStringLiteral("false");
        QTest::newRow("string") << QByteArray("\"a\\u00e9\" ") << QString::fromUtf8("a\xc3\xa9");
        QTest::newRow("past a double") << QByteArray("0e400\n") << QStringLiteral("0e400");
    }
    void scalarDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, value);
        ContentOutline::Folding streamed;
        streamed.fromBytes = 0;
        for (const auto &o :
             {ContentOutline::build(json, ContentOutline::Format::Json, neverFolded()),
              ContentOutline::build(json, ContentOutline::Format::Json, streamed)}) {
            QVERIFY2(o->isValid(), qPrintable(o->error()));
            QCOMPARE(o->size(), 1);
            QCOMPARE(o->value(0), value);
            QCOMPARE(o->prettyText(), json.trimmed());
        }
    }

    void xmlTree()
    {
        const QByteArray xml =
            "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"p1\"/><text><status "
            "value=\"generated\"/>"
            "<div xmlns=\"http://www.w3.org/1999/xhtml\">Hello <b>there</b></div></text>"
            "<birthDate id=\"b\" value=\"1970\"/></Patient>";
        const auto o = ContentOutline::build(xml, ContentOutline::Format::Xml);
        QVERIFY2(o->isValid(), qPrintable(o->error()));
        OutlineTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOutline(o);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("Patient"));
        QCOMPARE(find(model, root, QStringLiteral("@xmlns")).isValid(),
                 false); // declarations are not attributes
        const QModelIndex id = find(model, root, QStringLiteral("id"));
        QCOMPARE(id.siblingAtColumn(1).data().toString(), QStringLiteral("p1"));
        const QModelIndex birth = find(model, root, QStringLiteral("birthDate"));
        QCOMPARE(birth.siblingAtColumn(1).data().toString(), QStringLiteral("1970"));
        QCOMPARE(find(model, birth, QStringLiteral("@id")).siblingAtColumn(1).data().toString(),
                 QStringLiteral("b"));
        const QModelIndex div =
            find(model, find(model, root, QStringLiteral("text")), QStringLiteral("div"));
        QCOMPARE(find(model, div, QStringLiteral("#text")).siblingAtColumn(1).data().toString(),
                 QStringLiteral("Hello "));
        QVERIFY(find(model, div, QStringLiteral("b")).isValid());
        // Lines: each element on its own line, the tree knows which.
        QVERIFY(o->lineCount() >= 6);
        QCOMPARE(o->line(birth.data(OutlineTreeModel::LineRole).toInt()).trimmed(),
                 QStringLiteral("<birthDate id=\"b\" value=\"1970\"/>"));
        QCOMPARE(model.indexForLine(birth.data(OutlineTreeModel::LineRole).toInt()), birth);
    }

    void findNodesAndLines()
    {
        const auto o = ContentOutline::build(
            "{\"resourceType\":\"Group\",\"member\":[{\"entity\":{\"reference\":\"Patient/A1\"}},"
            "{\"entity\":{\"reference\":\"Patient/b2\"}}],\"Name\":\"x\"}",
            ContentOutline::Format::Json);
        QVERIFY(o->isValid());
        const qint32 first = o->findNode("patient/", -1, false);
        QVERIFY(first > 0);
        QCOMPARE(o->value(first), QStringLiteral("Patient/A1")); // any case
        const qint32 second = o->findNode("patient/", first, false);
        QCOMPARE(o->value(second), QStringLiteral("Patient/b2"));
        QCOMPARE(o->findNode("patient/", second, false), first); // wraps around
        QCOMPARE(o->findNode("patient/", first, true), second);  // backward, wrapping
        QCOMPARE(o->name(o->findNode("NAME", -1, false)), QStringLiteral("Name")); // keys too
        QCOMPARE(o->findNode("entity\":", -1, false), -1); // a container's text is not its value
        QCOMPARE(o->findNode("absent", -1, false), -1);
        const qint32 line = o->findLine("b2", -1, false);
        QVERIFY(o->line(line).contains(QStringLiteral("Patient/b2")));
        const auto t =
            ContentOutline::build("alpha\nbeta\ngamma beta\n", ContentOutline::Format::Text);
        QCOMPARE(t->findLine("BETA", 1, false), 2);
        QCOMPARE(t->findLine("beta", 2, false), 1);
        QCOMPARE(t->findLine("alpha", 0, true), 0);
    }

    void bundleEntriesNameTheirResource()
    {
        const auto o =
            ContentOutline::build("{\"resourceType\":\"Bundle\",\"entry\":[{\"fullUrl\":\"x\","
                                  "\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p1\"}}]}",
                                  ContentOutline::Format::Json);
        OutlineTreeModel model;
        model.setOutline(o);
        const QModelIndex entry = model.index(0, 0, model.index(1, 0, model.index(0, 0)));
        QCOMPARE(entry.data().toString(), QStringLiteral("[0]"));
        QCOMPARE(entry.siblingAtColumn(1).data().toString(), QStringLiteral("→ Patient/p1"));
    }

    void textIsLines()
    {
        const auto o =
            ContentOutline::build("first\r\nsecond\n\nlast", ContentOutline::Format::Text);
        QVERIFY(o->isValid());
        QCOMPARE(o->lineCount(), 4);
        QCOMPARE(o->line(0), QStringLiteral("first"));
        QCOMPARE(o->line(2), QString());
        QCOMPARE(o->line(3), QStringLiteral("last"));
        OutlineTreeModel tree;
        tree.setOutline(o);
        QCOMPARE(tree.rowCount(), 0); // no tree for text
    }

    void badXmlSaysWhere()
    {
        const auto o = ContentOutline::build("<Patient><id value=\"1\"></Patient>",
                                             ContentOutline::Format::Xml);
        QVERIFY(!o->isValid());
        QVERIFY2(o->error().contains(QStringLiteral("line 1")), qPrintable(o->error()));
        QVERIFY(!ContentOutline::build("", ContentOutline::Format::Xml)->isValid());
    }
};

QTEST_GUILESS_MAIN(TestOutline)
#include "tst_outline.moc"
