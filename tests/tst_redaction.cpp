#include "app/calls/CurlCommand.h"
#include "app/calls/Redaction.h"
#include "app/support/Logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authorizationValue_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expectedPrefix");
        QTest::addColumn<int>("length");
        QTest::newRow("bearer") << QByteArray("Bearer s3cr3t-token")
                                << QByteArray("Bearer <redacted: ") << 12;
        QTest::newRow("lower-case bearer")
            << QByteArray("bearer s3cr3t-token") << QByteArray("bearer <redacted: ") << 12;
        QTest::newRow("no scheme") << QByteArray("s3cr3t-token") << QByteArray("<redacted: ") << 12;
        QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNz")
                               << QByteArray("Basic <redacted: ") << 12;
    }

    void authorizationValue()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expectedPrefix);
        QFETCH(int, length);
        const QByteArray red = Redaction::authorizationValue(value);
        QVERIFY2(red.startsWith(expectedPrefix), red.constData());
        QVERIFY(red.contains(QByteArray::number(length) + " chars"));
        const QByteArray secret = value.mid(value.indexOf(' ') + 1);
        QVERIFY(!red.contains(secret));
        const QByteArray fp = QCryptographicHash::hash(value.contains(' ') ? secret : value,
                                                       QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(8);
        QVERIFY2(red.contains("sha256 " + fp), red.constData());
    }

    void logLinesAreScrubbed()
    {
        // The log sink's second line of defence: nothing shaped like a bearer token or a JWT
        // reaches the file, whatever a message says.
        const QString jwt =
            QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXNlY3JldA");
        QCOMPARE(Logging::scrub(QStringLiteral("sent Authorization: Bearer abcdefghijklmnop to x")),
                 QStringLiteral("sent Authorization: Bearer <redacted> to x"));
        QVERIFY(!Logging::scrub(QStringLiteral("token ") + jwt)
                     .contains(QStringLiteral("c2lnbmF0dXJl")));
        QCOMPARE(Logging::scrub(QStringLiteral("call 12 done 200")),
                 QStringLiteral("call 12 done 200"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs/run.log"));
        QVERIFY(Logging::logToFile(path));
        qWarning("token %s", qPrintable(jwt));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray logged = f.readAll();
        QVERIFY2(logged.contains("<redacted JWT>"), logged.constData());
        QVERIFY(!logged.contains("c2lnbmF0dXJl"));
        QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void emptyStaysEmpty()
    {
        QCOMPARE(Redaction::authorizationValue(QByteArray("")), QByteArray(""));
    }

    void fingerprintTellsTokensApart()
    {
        QCOMPARE(Redaction::fingerprint("a").size(), 8);
        QVERIFY(Redaction::fingerprint("token-1") != Redaction::fingerprint("token-2"));
        QCOMPARE(Redaction::fingerprint("token-1"), Redaction::fingerprint("token-1"));
    }

    void formBody()
    {
        const QByteArray body = "grant_type=client_credentials&client_id=demo&client_secret=very%"
                                "20secret&scope=system%2F*.read";
        const QByteArray red = Redaction::formBody(body);
        QVERIFY(!red.contains("very"));
        QVERIFY(red.contains("client_id=demo"));
        QVERIFY(red.contains("grant_type=client_credentials"));
        QVERIFY(red.contains("scope=system%2F*.read"));
        QVERIFY2(red.contains("client_secret=<redacted: 11 chars, sha256 "), red.constData());
        const QByteArray jwt = Redaction::formBody("client_assertion=eyJhbGciOi.payload.sig&x=1");
        QVERIFY(!jwt.contains("payload"));
    }

    void curlIsRedactedUnlessAsked()
    {
        CallRecord r;
        r.method = "GET";
        r.url = QUrl(QStringLiteral("https://fhir.example/Group/1"));
        r.requestHeaders = {{"Accept", "application/fhir+json"},
                            {"Authorization", Redaction::authorizationValue("Bearer tok-en'x")}};
        const QString redacted = curlCommand(r);
        QVERIFY(!redacted.contains(QStringLiteral("tok-en")));
        QVERIFY(redacted.startsWith(QStringLiteral("curl -i")));
        QVERIFY(redacted.contains(QStringLiteral("'https://fhir.example/Group/1'")));
        const QString clear = curlCommand(r, "Bearer tok-en'x");
        QVERIFY2(clear.contains(QStringLiteral("'Authorization: Bearer tok-en'\\''x'")),
                 qPrintable(clear));
        r.requestHeaders = {{"Authorization", ""}};
        QVERIFY(curlCommand(r).contains(QStringLiteral("-H 'Authorization;'")));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
