// NDJSON: the scanner that checks every line (the export's verifier and the viewer's index),
// the file index built in chunks off the UI thread, its search, and the lines model.
#include "app/fhir/NdjsonIndex.h"
#include "app/fhir/NdjsonScanner.h"
#include "app/models/NdjsonLinesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

class TestNdjson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findInNdjson()
    {
        QByteArray bytes;
        for (int i = 0; i < 50000; ++i)
            bytes += "{\"resourceType\":\"Patient\",\"id\":\"p" + QByteArray::number(i) + "\"}\n";
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(bytes);
        file.flush();
        NdjsonIndex index;
        QSignalSpy done(&index, &NdjsonIndex::finished);
        index.openFile(file.fileName());
        QVERIFY(done.wait(10000));
        const auto &starts = index.lineStarts();
        const qint64 end = index.bytesIndexed();
        QCOMPARE(NdjsonIndex::find(file.fileName(), {}, starts, end, "\"P49999\"", -1), 49999);
        QCOMPARE(NdjsonIndex::find(file.fileName(), {}, starts, end, "\"p7\"", 100),
                 7); // wraps around
        QCOMPARE(NdjsonIndex::find(file.fileName(), {}, starts, end, "\"p7\"", 7),
                 7); // the only one
        QCOMPARE(NdjsonIndex::find(file.fileName(), {}, starts, end, "Observation", -1), -1);
        QCOMPARE(NdjsonIndex::find({}, bytes, starts, end, "\"p123\"", -1), 123);
        // Backward: the last match before the line, else (wrapping) the last one after it.
        QCOMPARE(NdjsonIndex::find(file.fileName(), {}, starts, end, "\"p4", 45000, true), 44999);
        QCOMPARE(NdjsonIndex::find(file.fileName(), {}, starts, end, "\"p49999\"", 10, true),
                 49999);
        QCOMPARE(NdjsonIndex::find({}, bytes, starts, end, "patient", 0, true), 49999);
    }

    void ndjsonScannerAnyBlockSizes()
    {
        // The same stream fed at once and in blocks of every awkward size (lines parsed in the
        // block where they stand, or put together across blocks): the same lines, the same
        // verdicts, the same offsets.
        QByteArray ndjson;
        for (int i = 0; i < 40; ++i) {
            ndjson += "{\"resourceType\":\"Patient\",\"id\":\"p" + QByteArray::number(i) + "\"";
            ndjson += QByteArray(i * 7 % 150, ' ') + "}";
            ndjson += i % 5 == 0 ? "\r\n" : "\n";
            if (i == 10)
                ndjson += "\n"; // an empty line
            if (i == 20)
                ndjson += "{\"broken\": \n"; // not JSON
            if (i == 30)
                ndjson += "[1,2]\n{\"id\":\"x\"}\n"; // not an object; no resourceType
        }
        ndjson += "{\"resourceType\":\"Observation\"}"; // no line break at the end
        const auto scan = [&ndjson](const QList<int> &blocks) {
            QStringList seen;
            NdjsonScanner scanner([&seen](const NdjsonScanner::Line &l) {
                seen << QStringLiteral("%1@%2+%3 %4 %5 %6")
                            .arg(l.number)
                            .arg(l.offset)
                            .arg(l.length)
                            .arg(int(l.kind))
                            .arg(QString::fromUtf8(l.resourceType.data(),
                                                   qsizetype(l.resourceType.size())))
                            .arg(l.hasBreak);
                return true;
            });
            qsizetype at = 0;
            for (int k = 0; at < ndjson.size(); ++k) {
                const qsizetype n =
                    qMin<qsizetype>(blocks.at(k % blocks.size()), ndjson.size() - at);
                // Each block in its own buffer, nothing readable after it.
                const QByteArray block = ndjson.mid(at, n);
                scanner.feed(block.constData(), block.size());
                at += n;
            }
            scanner.finish();
            seen << QString::number(scanner.bytesScanned());
            return seen;
        };
        const QStringList whole = scan({int(ndjson.size())});
        QCOMPARE(whole.size(), 40 + 5 + 1);
        QVERIFY2(whole.at(11).contains(QLatin1String(" 2 ")), qPrintable(whole.at(11))); // Empty
        for (const QList<int> &blocks :
             {QList<int>{1}, {2}, {7}, {63}, {64}, {65}, {100}, {1000}, {3, 200, 64, 1, 129}})
            QCOMPARE(scan(blocks), whole);
    }

    // A number no double (or 64-bit integer) holds is valid JSON (RFC 8259), as the viewer reads
    // it: the export's verifier does not reject a file for a 30-digit decimal.
    void numbersPastADoubleAreJson()
    {
        const QByteArray ndjson =
            "{\"resourceType\":\"Observation\",\"valueDecimal\":1e400}\n"
            "{\"resourceType\":\"Group\",\"quantity\":123456789012345678901234567890}\n"
            "{\"resourceType\":\"Pat\\u0069ent\",\"resourceType\":\"x\",\"n\":-1E+999}\n"
            "{\"id\":\"x\",\"n\":0e400}\n"
            "[1e400]\n"
            "{\"resourceType\":\"Patient\",\"n\":1e400,}\n"
            "{\"resourceType\":1,\"n\":1e400}";
        QStringList seen;
        NdjsonScanner scanner([&seen](const NdjsonScanner::Line &l) {
            seen << QStringLiteral("%1 %2 %3")
                        .arg(int(l.kind))
                        .arg(QString::fromUtf8(l.resourceType.data(),
                                               qsizetype(l.resourceType.size())),
                             l.problem);
            return true;
        });
        QVERIFY(scanner.feed(ndjson.constData(), ndjson.size()));
        QVERIFY(scanner.finish());
        using K = NdjsonScanner::Kind;
        QCOMPARE(seen.size(), 7);
        QCOMPARE(seen.at(0), QStringLiteral("%1 Observation ").arg(int(K::Resource)));
        QCOMPARE(seen.at(1), QStringLiteral("%1 Group ").arg(int(K::Resource)));
        QCOMPARE(seen.at(2), QStringLiteral("%1 Patient ").arg(int(K::Resource))); // the first
        QCOMPARE(seen.at(3), QStringLiteral("%1  ").arg(int(K::Untyped)));
        QVERIFY2(seen.at(4).startsWith(
                     QStringLiteral("%1  Valid JSON, but not an object").arg(int(K::NotObject))),
                 qPrintable(seen.at(4)));
        QVERIFY2(seen.at(5).startsWith(QStringLiteral("%1  Not valid JSON").arg(int(K::NotJson))),
                 qPrintable(seen.at(5)));
        QCOMPARE(seen.at(6), QStringLiteral("%1  ").arg(int(K::Untyped)));
    }

    void ndjsonFileIndexedInChunks()
    {
        // Many small lines (more than the first chunk), a 5 MB line across chunk borders, the
        // kinds of broken line, CRLF and no line break at the end.
        QByteArray ndjson;
        for (int i = 0; i < 20000; ++i)
            ndjson += "{\"resourceType\":\"" + QByteArray(i % 3 ? "Observation" : "Patient") +
                      "\",\"id\":\"" + QByteArray::number(i) + "\"}\n";
        ndjson += "{\"resourceType\":\"DocumentReference\",\"id\":\"big\",\"x\":\"" +
                  QByteArray(5 * 1024 * 1024, 'a') + "\"}\r\n";
        ndjson += "{\"resourceType\":\"Patient\",\"id\":\n";        // line 20002: cut
        ndjson += "\n";                                             // 20003: empty
        ndjson += "[1,2]\n";                                        // 20004: not an object
        ndjson += "{\"no\":\"type\"}\n";                            // 20005
        ndjson += "{\"resourceType\":\"Patient\",\"id\":\"last\"}"; // 20006, no line break
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(ndjson);
        file.flush();

        NdjsonIndex index;
        NdjsonLinesModel model(&index);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy added(&index, &NdjsonIndex::linesAdded);
        QSignalSpy done(&index, &NdjsonIndex::finished);
        index.openFile(file.fileName());
        QVERIFY(done.wait(20000));
        QVERIFY2(added.size() > 1,
                 "lines arrive in several batches, the first before the rest is read");
        QVERIFY(index.error().isEmpty());
        QCOMPARE(index.lineCount(), 20006);
        QCOMPARE(model.rowCount(), 20006);
        QCOMPARE(index.bytesIndexed(), qint64(ndjson.size()));
        const auto h = index.histogram();
        QCOMPARE(h.value(QStringLiteral("Patient")), 6667 + 1);
        QCOMPARE(h.value(QStringLiteral("Observation")), 13333);
        QCOMPARE(h.value(QStringLiteral("DocumentReference")), 1);
        QCOMPARE(index.problemCount(), 3);
        QCOMPARE(index.problems().at(0).line, 20001);
        QVERIFY2(index.problems().at(0).message.startsWith(QStringLiteral("Not valid JSON")),
                 qPrintable(index.problems().at(0).message));
        QCOMPARE(index.problems().at(1).line, 20002);
        QCOMPARE(index.problems().at(2).line, 20003);
        QVERIFY(index.problems().at(2).message.contains(QStringLiteral("not an object")));
        // Rows read back from the file.
        QCOMPARE(model.index(0, NdjsonLinesModel::TypeColumn).data().toString(),
                 QStringLiteral("Patient"));
        QCOMPARE(model.index(4, NdjsonLinesModel::IdColumn).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.index(20000, NdjsonLinesModel::IdColumn).data().toString(),
                 QStringLiteral("big"));
        QCOMPARE(index.lineBytes(20000).size(), 5 * 1024 * 1024 + 54);
        QCOMPARE(index.lineLength(20000), 5 * 1024 * 1024 + 55); // the size on disk counts the CR
        QVERIFY(!index.lineBytes(20000).endsWith('\r'));
        QCOMPARE(model.index(20005, NdjsonLinesModel::IdColumn).data().toString(),
                 QStringLiteral("last"));
        QCOMPARE(model.index(20005, NdjsonLinesModel::LineColumn).data().toString(),
                 QStringLiteral("20006"));
        QVERIFY(model.index(20002, 0).data(NdjsonLinesModel::ProblemRole).toBool());
        QVERIFY(!model.index(20002, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.index(20000, NdjsonLinesModel::ContentColumn).data().toString().size() <=
                301);
        QCOMPARE(model.index(20004, NdjsonLinesModel::TypeColumn).data().toString(), QString());

        NdjsonFilterModel filter;
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setTypeFilter(NdjsonFilterModel::problemsOnly());
        QCOMPARE(filter.rowCount(), 3);
        filter.setTypeFilter(QStringLiteral("DocumentReference"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setTypeFilter({});
        QCOMPARE(filter.rowCount(), 20006);
    }

    void ndjsonBytesAndMissingFile()
    {
        NdjsonIndex index;
        QSignalSpy done(&index, &NdjsonIndex::finished);
        index.openBytes("{\"resourceType\":\"Group\",\"id\":\"1\"}\n{\"resourceType\":\"Group\","
                        "\"id\":\"2\"}\n");
        QVERIFY(done.wait(5000));
        QCOMPARE(index.lineCount(), 2);
        QCOMPARE(index.lineBytes(1), QByteArray("{\"resourceType\":\"Group\",\"id\":\"2\"}"));
        QCOMPARE(index.lineLength(1), 33);
        NdjsonIndex missing;
        missing.openFile(QStringLiteral("/nonexistent/file.ndjson"));
        QVERIFY(missing.isFinished());
        QVERIFY(missing.error().contains(QStringLiteral("/nonexistent/file.ndjson")));
        // Opening another while the first is still read: only the second one's lines count.
        NdjsonIndex twice;
        QSignalSpy twiceDone(&twice, &NdjsonIndex::finished);
        twice.openBytes(QByteArray("{}\n").repeated(200000));
        twice.openBytes("{\"resourceType\":\"Group\"}\n");
        QVERIFY(twiceDone.wait(5000));
        QTest::qWait(50);
        QCOMPARE(twice.lineCount(), 1);
        QCOMPARE(twiceDone.size(), 1);
        // Closing while the worker reads: the destructor stops it.
        {
            NdjsonIndex busy;
            busy.openBytes(
                QByteArray(20 * 1024 * 1024, ' ').replace(' ', "{}\n").left(30 * 1024 * 1024));
        }
    }
};

QTEST_GUILESS_MAIN(TestNdjson)
#include "tst_ndjson.moc"
