// Retry hints and manifests: the rules a poller must read right.
#include "app/calls/RetryHint.h"
#include "app/fhir/BulkManifest.h"

#include <QLocale>
#include <QTest>

class TestRetryHint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hints_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<int>("source");
        QTest::addColumn<bool>("noted");
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        const QByteArray date =
            QLocale::c()
                .toString(now.addSecs(90), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                .toLatin1();
        QTest::newRow("seconds") << QByteArray("Retry-After") << QByteArray("120") << qint64(120)
                                 << int(RetryHint::Source::RetryAfterSeconds) << false;
        QTest::newRow("hours") << QByteArray("Retry-After") << QByteArray("7200") << qint64(7200)
                               << int(RetryHint::Source::RetryAfterSeconds) << false;
        QTest::newRow("http-date") << QByteArray("Retry-After") << date << qint64(90)
                                   << int(RetryHint::Source::RetryAfterDate) << false;
        QTest::newRow("vendor X-RetryAfter")
            << QByteArray("X-RetryAfter") << QByteArray("120") << qint64(120)
            << int(RetryHint::Source::XRetryAfter) << false;
        QTest::newRow("negative") << QByteArray("Retry-After") << QByteArray("-5") << qint64(-1)
                                  << int(RetryHint::Source::RetryAfterSeconds) << true;
        QTest::newRow("epoch as seconds")
            << QByteArray("Retry-After") << QByteArray("1800000030") << qint64(30)
            << int(RetryHint::Source::RetryAfterSeconds) << true;
        QTest::newRow("epoch in milliseconds")
            << QByteArray("Retry-After") << QByteArray("1800000045000") << qint64(45)
            << int(RetryHint::Source::RetryAfterSeconds) << true;
        QTest::newRow("absurd, left to the poller's cap")
            << QByteArray("Retry-After") << QByteArray("999999999") << qint64(999999999)
            << int(RetryHint::Source::RetryAfterSeconds) << false;
        QTest::newRow("garbage") << QByteArray("Retry-After") << QByteArray("soon") << qint64(-1)
                                 << int(RetryHint::Source::RetryAfterSeconds) << true;
    }

    void hints()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(bool, noted);
        CallRecord r;
        r.status = 202;
        r.responseHeaders = {{header, value}};
        const RetryHint h =
            RetryHint::fromRecord(r, QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC));
        QTEST(h.seconds, "seconds");
        QTEST(int(h.source), "source");
        QCOMPARE(!h.note.isEmpty(), noted);
        QVERIFY(!h.describe().isEmpty());
    }

    void noHint()
    {
        CallRecord r;
        r.status = 202;
        QCOMPARE(RetryHint::fromRecord(r).source, RetryHint::Source::None);
        QCOMPARE(RetryHint::fromRecord(r).seconds, qint64(-1));
    }

    void manifests()
    {
        QString error;
        auto m = BulkManifest::parse("{\"transactionTime\":\"2024-01-01T00:00:00Z\",\"request\":"
                                     "\"x\",\"requiresAccessToken\":false,"
                                     "\"output\":[{\"type\":\"Patient\",\"url\":\"https://"
                                     "files.example/1\",\"count\":3}],\"error\":[]}",
                                     &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->output.size(), 1);
        QCOMPARE(*m->output.first().count, qint64(3));
        QVERIFY(!m->sendToken());
        QVERIFY(m->missing.isEmpty());
        // HAPI's leaner manifest: no request, no requiresAccessToken, no count, no error.
        m = BulkManifest::parse("{\"transactionTime\":\"2024-01-01T00:00:00Z\",\"output\":[{"
                                "\"type\":\"Patient\",\"url\":\"https://f/1\"}]}",
                                &error);
        QVERIFY(m);
        QVERIFY(!m->output.first().count);
        QVERIFY(m->sendToken());
        QCOMPARE(m->missing,
                 (QStringList{QStringLiteral("request"), QStringLiteral("requiresAccessToken"),
                              QStringLiteral("error")}));
        m = BulkManifest::parse("{\"transactionTime\":\"2024-01-01T00:00:00Z\",\"output\":[]}",
                                &error);
        QVERIFY(m && m->output.isEmpty()); // an empty export is a valid one
        // A count no file can have is no count (found by fuzz_manifest: -2e97 overflowed).
        for (const char *count : {"-1", "2.5", "-2e97", "1e300"}) {
            m = BulkManifest::parse(QByteArray("{\"output\":[{\"url\":\"https://f/1\",\"count\":") +
                                        count + "}]}",
                                    &error);
            QVERIFY2(m, count);
            QVERIFY2(!m->output.first().count, count);
        }
        QVERIFY(!BulkManifest::parse("<html>", &error));
        QVERIFY(!BulkManifest::parse("{\"output\":[{\"type\":\"Patient\"}]}", &error));
        QVERIFY(!BulkManifest::parse("{\"resourceType\":\"OperationOutcome\"}", &error));
    }
};

QTEST_GUILESS_MAIN(TestRetryHint)
#include "tst_retryhint.moc"
