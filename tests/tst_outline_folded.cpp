// ContentOutline on large documents: very wide and deep ones, and folded outlines (pages built
// as they are read) that read exactly like the whole, for chosen and random documents.
#include "OutlineTestHelpers.h"
#include "app/fhir/ContentOutline.h"
#include "app/models/OutlineModels.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <functional>

class TestOutlineFolded : public QObject, private OutlineTestHelpers
{
    Q_OBJECT
private Q_SLOTS:
    void wideAndDeep()
    {
        // 100,000 array items and 1024 levels deep: built, and the model answers at once.
        QByteArray wide = "[";
        for (int i = 0; i < 100000; ++i)
            wide += (i ? ",{\"i\":" : "{\"i\":") + QByteArray::number(i) + '}';
        wide += ']';
        const auto o = ContentOutline::build(wide, ContentOutline::Format::Json);
        QVERIFY(o->isValid());
        OutlineTreeModel model;
        model.setOutline(o);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(model.rowCount(root), 100000);
        QCOMPARE(model.index(0, 1, model.index(99999, 0, root)).data().toString(),
                 QStringLiteral("99999"));
        QCOMPARE(o->lineCount(), 2 + 100000 * 3);
        // Past a batch the lines reach a view in turns of the event loop, all of them in the end.
        TextLinesModel lines;
        QAbstractItemModelTester linesTester(
            &lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy completed(&lines, &TextLinesModel::completed);
        lines.setOutline(o);
        QCOMPARE(lines.rowCount(), TextLinesModel::batch);
        QVERIFY(!lines.isComplete());
        QVERIFY(completed.wait(10000));
        QCOMPARE(lines.rowCount(), o->lineCount());
        QCOMPARE(lines.index(o->lineCount() - 1).data().toString(), QStringLiteral("]"));
        // As deep as both first passes read (1024 levels; see badJsonSaysWhere for deeper).
        const QByteArray deep = QByteArray(1024, '[') + QByteArray(1024, ']');
        ContentOutline::Folding streamed;
        streamed.fromBytes = 0;
        for (const auto &d :
             {ContentOutline::build(deep, ContentOutline::Format::Json),
              ContentOutline::build(deep, ContentOutline::Format::Json, streamed)}) {
            QVERIFY2(d->isValid(), qPrintable(d->error()));
            QCOMPARE(d->size(), 1024);
        }
    }

    void foldedReadsLikeWhole()
    {
        // A Bundle with entries of every shape, read whole and folded (containers up to 300
        // bytes parsed again when asked for, with a cache so small that folds are dropped and
        // parsed again on the way): both read exactly alike.
        QByteArray json = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[";
        for (int i = 0; i < 60; ++i) {
            if (i)
                json += ',';
            json += QStringLiteral(
                        "{\"fullUrl\":\"urn:uuid:%1\",\"resource\":{\"resourceType\":\"%2\","
                        "\"id\":\"r%1\",\"k\\\"q\":[1, 2.50, -3e2, true, null, \"a\\nb\"],"
                        "\"empty\":{},\"none\":[],\"code\":{\"coding\":[{\"system\":"
                        "\"http://loinc.org\",\"code\":\"%1-%3\",\"display\":\"Display %1\"}]},"
                        "\"note\":[{\"text\":\"%4\"}]}}")
                        .arg(i)
                        .arg(i % 3 ? QStringLiteral("Observation") : QStringLiteral("Patient"))
                        .arg(i % 7)
                        .arg(QString(i * 7 % 400, QLatin1Char('x')))
                        .toUtf8();
        }
        json += "],\"total\":60}";
        const ContentOutline::Folding never = neverFolded();
        ContentOutline::Folding small;
        small.fromBytes = 0;
        small.maxFoldBytes = 300;
        small.cachedNodes = 40;
        const auto whole = ContentOutline::build(json, ContentOutline::Format::Json, never);
        const auto folded = ContentOutline::build(json, ContentOutline::Format::Json, small);
        QVERIFY2(folded->isValid(), qPrintable(folded->error()));
        QCOMPARE(whole->foldCount(), 0);
        QVERIFY2(folded->foldCount() > 60, qPrintable(QString::number(folded->foldCount())));
        QCOMPARE(folded->size(), whole->size());
        QCOMPARE(folded->lineCount(), whole->lineCount());
        QCOMPARE(folded->prettySize(), whole->prettySize());
        QCOMPARE(folded->prettyText(), whole->prettyText());

        OutlineTreeModel a, b;
        QAbstractItemModelTester tester(&b, QAbstractItemModelTester::FailureReportingMode::QtTest);
        a.setOutline(whole);
        b.setOutline(folded);
        int rows = 0;
        compareTrees(a, b, {}, {}, &rows);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(rows, whole->size());        // the root too
        QVERIFY(folded->cachedNodes() < 200); // only the last few folds are kept
        // A tooltip's worth of the root: the start of its text, not all of it first.
        const QByteArray all = folded->rawValue(0);
        const QByteArray start = folded->rawValue(0, 100);
        QVERIFY2(start.size() >= 100 && start.size() < 200, start.constData());
        QVERIFY(all.startsWith(start));
        for (int line = 0; line < whole->lineCount(); line += 7)
            QCOMPARE(pathOf(b.indexForLine(line)), pathOf(a.indexForLine(line)));

        // Searching visits the same nodes in the same order, either way round.
        for (const QByteArray &needle :
             {QByteArray("display 1"), QByteArray("K\\\"q"), QByteArray("urn"), QByteArray("2.5"),
              QByteArray("absent")})
            for (const bool backward : {false, true}) {
                QStringList inWhole, inFolded;
                for (const auto &[o, seen] : {std::pair{whole, &inWhole}, {folded, &inFolded}}) {
                    ContentOutline::NodeId at = backward ? 0 : -1;
                    for (int k = 0; k < 200; ++k) {
                        at = o->findNode(needle, at, backward);
                        if (at < 0)
                            break;
                        const QString here = QStringLiteral("%1=%2 @%3")
                                                 .arg(o->name(at), o->value(at))
                                                 .arg(o->node(at).line);
                        if (seen->contains(here))
                            break; // around once
                        seen->append(here);
                    }
                }
                QCOMPARE(inFolded, inWhole);
                QCOMPARE(inWhole.isEmpty(), needle == "absent");
            }
        // From a place inside a fold, on to the next and around.
        const ContentOutline::NodeId inside = folded->findNode("display 5", -1, false);
        QVERIFY(inside > 0xffffffffLL); // a node of a fold
        const ContentOutline::NodeId next = folded->findNode("display", inside, false);
        QCOMPARE(folded->value(next), QStringLiteral("Display 6"));
        QCOMPARE(folded->findNode("display 59", inside, false),
                 folded->findNode("display 59", -1, false));
        const ContentOutline::NodeId seven = folded->findNode("display 7", inside, false);
        QCOMPARE(folded->findNode("display 7", seven, true), seven); // the only one: itself
        QCOMPARE(folded->findNode("display 7", seven, false), seven);
        QCOMPARE(folded->findNode("absent", inside, false), -1);
    }

    void foldedRandomDocuments()
    {
        // Random documents (nesting, empty containers, escapes, non-ASCII, numbers as written)
        // read whole and folded at three sizes: the same text, the same tree.
        QRandomGenerator random(20261130);
        const std::function<QByteArray(int)> value = [&](int depth) -> QByteArray {
            const int pick = int(random.bounded(depth > 5 ? 5 : 8));
            switch (pick) {
            case 0:
                return QByteArray::number(random.bounded(100000)) +
                       (random.bounded(2) ? ".50" : "");
            case 1:
                return random.bounded(2) ? "true" : "null";
            case 2:
                return "\"a\\\"b\\n\\u00e9 é x\"";
            case 3:
                return "\"" + QByteArray(int(random.bounded(80)), 'z') + "\"";
            case 4:
                return "-1.25e-3";
            case 5:
            case 6: {
                QByteArray o = "{";
                const int n = int(random.bounded(6));
                for (int i = 0; i < n; ++i)
                    o += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i) +
                         (i == 2 ? "\\\"q" : "") + "\":" + value(depth + 1);
                return o + "}";
            }
            default: {
                QByteArray a = "[";
                const int n = int(random.bounded(6));
                for (int i = 0; i < n; ++i)
                    a += (i ? ", " : " ") + value(depth + 1);
                return a + "]";
            }
            }
        };
        const ContentOutline::Folding never = neverFolded();
        for (int round = 0; round < 40; ++round) {
            QByteArray json = "[";
            for (int i = 0; i < 30; ++i)
                json += (i ? "," : "") + value(0);
            json += "]";
            const auto whole = ContentOutline::build(json, ContentOutline::Format::Json, never);
            QVERIFY2(whole->isValid(), qPrintable(whole->error() + QString::fromUtf8(json)));
            for (const qint64 foldBytes : {qint64(20), qint64(120), qint64(900)}) {
                ContentOutline::Folding folding;
                folding.fromBytes = 0;
                folding.maxFoldBytes = foldBytes;
                folding.cachedNodes = 30;
                const auto folded =
                    ContentOutline::build(json, ContentOutline::Format::Json, folding);
                QCOMPARE(folded->size(), whole->size());
                if (foldBytes == 900)
                    QVERIFY(folded->foldCount() > 0); // the 30 entries at least
                QCOMPARE(folded->prettyText(), whole->prettyText());
                QCOMPARE(folded->prettySize(), whole->prettyText().size());
                OutlineTreeModel a, b;
                a.setOutline(whole);
                b.setOutline(folded);
                int rows = 0;
                compareTrees(a, b, {}, {}, &rows);
                if (QTest::currentTestFailed())
                    return;
                QCOMPARE(rows, whole->size());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOutlineFolded)
#include "tst_outline_folded.moc"
