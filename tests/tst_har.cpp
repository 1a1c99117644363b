// HAR 1.2 export and import: the required structure, a foreign HAR redacted and diagnosed on
// reading, what is not a HAR refused, no token in the history or a HAR of real calls, and what
// happened to a body said.
#include "HistoryFixture.h"

using namespace HistoryFixture;

class TestHar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void harHasTheRequiredStructure()
    {
        QList<CallRecord> records{sample(1, 200, QStringLiteral("S"), QStringLiteral("a.example")),
                                  sample(2, 403, QStringLiteral("S"), QStringLiteral("a.example"))};
        records[1].requestBody = "resourceType=Parameters";
        CallRecord failed = sample(3, 200, QStringLiteral("S"), QStringLiteral("a.example"));
        failed.status.reset();
        failed.transportErrorCode = QStringLiteral("transport.refused");
        failed.transportError = QStringLiteral("Connection refused");
        records << failed;
        const QByteArray har = Har::write(records, {QStringLiteral("0.9"), {}, -1});
        const QJsonObject log =
            QJsonDocument::fromJson(har).object().value(QLatin1String("log")).toObject();
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
        QVERIFY(
            log.value(QLatin1String("creator")).toObject().value(QLatin1String("name")).isString());
        QVERIFY(log.value(QLatin1String("creator"))
                    .toObject()
                    .value(QLatin1String("version"))
                    .isString());
        const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            QVERIFY(QDateTime::fromString(e.value(QLatin1String("startedDateTime")).toString(),
                                          Qt::ISODateWithMs)
                        .isValid());
            QVERIFY(e.value(QLatin1String("time")).isDouble());
            QVERIFY(e.value(QLatin1String("cache")).isObject());
            const QJsonObject req = e.value(QLatin1String("request")).toObject();
            for (const char *k : {"method", "url", "httpVersion"})
                QVERIFY2(req.value(QLatin1String(k)).isString(), k);
            for (const char *k : {"cookies", "headers", "queryString"})
                QVERIFY2(req.value(QLatin1String(k)).isArray(), k);
            for (const char *k : {"headersSize", "bodySize"})
                QVERIFY2(req.value(QLatin1String(k)).isDouble(), k);
            for (const QJsonValue &h : req.value(QLatin1String("headers")).toArray())
                QVERIFY(h.toObject().value(QLatin1String("name")).isString() &&
                        h.toObject().value(QLatin1String("value")).isString());
            const QJsonObject res = e.value(QLatin1String("response")).toObject();
            QVERIFY(res.value(QLatin1String("status")).isDouble());
            for (const char *k : {"statusText", "httpVersion", "redirectURL"})
                QVERIFY2(res.value(QLatin1String(k)).isString(), k);
            for (const char *k : {"cookies", "headers"})
                QVERIFY2(res.value(QLatin1String(k)).isArray(), k);
            for (const char *k : {"headersSize", "bodySize"})
                QVERIFY2(res.value(QLatin1String(k)).isDouble(), k);
            const QJsonObject content = res.value(QLatin1String("content")).toObject();
            QVERIFY(content.value(QLatin1String("size")).isDouble());
            QVERIFY(content.value(QLatin1String("mimeType")).isString());
            const QJsonObject t = e.value(QLatin1String("timings")).toObject();
            for (const char *k : {"send", "wait", "receive"})
                QVERIFY2(t.value(QLatin1String(k)).isDouble() &&
                             t.value(QLatin1String(k)).toDouble() >= 0,
                         k);
            QVERIFY(e.value(QLatin1String("_diagnosis")).isString());
        }
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("request"))
                     .toObject()
                     .value(QLatin1String("queryString"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(
            entries.at(1).toObject().value(QLatin1String("_causes")).toArray().first().toString(),
            QStringLiteral("token.expired"));
        QCOMPARE(entries.at(1)
                     .toObject()
                     .value(QLatin1String("request"))
                     .toObject()
                     .value(QLatin1String("postData"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 QStringLiteral("resourceType=Parameters"));
        QCOMPARE(first.value(QLatin1String("_requestIdFate")).toString(),
                 QStringLiteral("adopted"));
        QCOMPARE(entries.at(2)
                     .toObject()
                     .value(QLatin1String("response"))
                     .toObject()
                     .value(QLatin1String("status"))
                     .toInt(),
                 0);
        // Read back: the same records.
        QString error;
        const auto back = Har::read(har, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->records.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(canonical(back->records.at(i)), canonical(records.at(i)));
        QCOMPARE(back->redactedHeaders, 0);
    }

    void foreignHarIsRedactedAndDiagnosed()
    {
        // What a browser's devtools export: a token in clear, a cookie, a gateway refusal.
        const QByteArray token = "eyJhbGciOiJSUzM4NCJ9.eyJleHAiOjEwMDB9.c2lnbmF0dXJlLXNlY3JldA";
        const QJsonObject entry{
            {QStringLiteral("startedDateTime"), QStringLiteral("2026-11-30T10:00:00.123+01:00")},
            {QStringLiteral("time"), 42.5},
            {QStringLiteral("request"),
             QJsonObject{
                 {QStringLiteral("method"), QStringLiteral("GET")},
                 {QStringLiteral("url"),
                  QStringLiteral("https://api.example/uscore/v1/bulk-data/Group/1")},
                 {QStringLiteral("httpVersion"), QStringLiteral("h2")},
                 {QStringLiteral("headers"),
                  QJsonArray{
                      QJsonObject{{QStringLiteral("name"), QStringLiteral(":authority")},
                                  {QStringLiteral("value"), QStringLiteral("api.example")}},
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("authorization")},
                                  {QStringLiteral("value"), QString::fromLatin1(token)}},
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("cookie")},
                                  {QStringLiteral("value"), QStringLiteral("session=abc123")}}}}}},
            {QStringLiteral("response"),
             QJsonObject{
                 {QStringLiteral("status"), 403},
                 {QStringLiteral("statusText"), QStringLiteral("Forbidden")},
                 {QStringLiteral("headers"),
                  QJsonArray{
                      QJsonObject{
                          {QStringLiteral("name"), QStringLiteral("x-amzn-ErrorType")},
                          {QStringLiteral("value"), QStringLiteral("AccessDeniedException")}},
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Content-Type")},
                                  {QStringLiteral("value"), QStringLiteral("application/json")}}}},
                 {QStringLiteral("content"),
                  QJsonObject{{QStringLiteral("size"), 50},
                              {QStringLiteral("mimeType"), QStringLiteral("application/json")},
                              {QStringLiteral("text"),
                               QStringLiteral("{\"Message\":\"User is not authorized to access "
                                              "this resource with an explicit deny\"}")}}}}},
        };
        const QByteArray har =
            QJsonDocument(
                QJsonObject{{QStringLiteral("log"),
                             QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                         {QStringLiteral("entries"), QJsonArray{entry}}}}})
                .toJson();
        QString error;
        const auto result = Har::read(har, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->redactedHeaders, 2);
        const CallRecord &r = result->records.first();
        const QByteArray stored = canonical(r);
        QVERIFY(!stored.contains(token));
        QVERIFY(!stored.contains("c2lnbmF0dXJlLXNlY3JldA"));
        QVERIFY(!stored.contains("abc123"));
        QCOMPARE(r.tokenLength, token.size());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.requestHeaders.size(), 2); // no HTTP/2 pseudo-header
        QVERIFY(r.started.isValid());
        QCOMPARE(r.started, QDateTime(QDate(2026, 11, 30), QTime(9, 0, 0, 123), Qt::UTC));
        QVERIFY2(r.diagnosis.code.startsWith(QLatin1String("gateway.")),
                 qPrintable(r.diagnosis.code));
        // The header had no "Bearer ": the diagnosis can still tell, from the shape kept.
        QVERIFY2(r.diagnosis.firstCause() == QLatin1String("header.no-bearer"),
                 qPrintable(r.diagnosis.firstCause()));
    }

    void notAHar()
    {
        QString error;
        QVERIFY(!Har::read("{ nope", &error));
        QVERIFY(error.contains(QLatin1String("not valid JSON")));
        QVERIFY(!Har::read("{\"log\":{}}", &error));
        QVERIFY(error.contains(QLatin1String("no log with entries")));
        QVERIFY(!Har::read("[1,2]", &error));
    }

    void realCallsLeaveNoTokenInHistoryOrHar()
    {
        // Calls made for real against the Sandbox with its demo token: neither the database (nor
        // its write-ahead log) nor the HAR holds the token.
        SandboxHost sandbox;
        QVERIFY(sandbox.start());
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(sandbox.baseUrl());
        const QByteArray token = sandbox.demoToken();
        client.setAuthorization(AuthMode::Bearer, token);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        HistoryStore store;
        QVERIFY(store.open(path));
        QList<CallRecord> records;
        connect(&client, &FhirClient::callFinished, this, [&](const CallRecord &r) {
            records << r;
            store.append(r);
        });
        for (const char *path : {"Group/1", "Binary/1", "Patient/123456", "Invalid/1"}) {
            ApiCall *call =
                client.send(client.prepare(QStringLiteral("t"), "GET", QString::fromLatin1(path)));
            QSignalSpy done(call, &ApiCall::finished);
            QVERIFY(done.wait(10000));
        }
        client.setAuthorization(AuthMode::Raw, token);
        QSignalSpy done(
            client.send(client.prepare(QStringLiteral("t"), "GET", QStringLiteral("Group/1"))),
            &ApiCall::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(store.count({}), 5);
        const QString harPath = dir.filePath(QStringLiteral("calls.har"));
        QFile har(harPath);
        QVERIFY(har.open(QIODevice::WriteOnly));
        QVERIFY(har.write(Har::write(records, {})) > 0);
        har.close();
        const QByteArray signature = token.mid(token.lastIndexOf('.') + 1);
        for (const QString &file : {path, path + QStringLiteral("-wal"), harPath}) {
            QFile f(file);
            if (!f.exists())
                continue;
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(token), qPrintable(file));
            QVERIFY2(!bytes.contains(signature), qPrintable(file));
        }
    }

    void harSaysWhatHappenedToABody()
    {
        // The gateway quotes a token sent without "Bearer " (IncompleteSignature): the kept text
        // is the whole answer with the token replaced, shorter than what was received. The HAR
        // says so, and "the rest was not kept" only where a limit did cut the body. (An invalid
        // path makes the gateway quote the header back.)
        SandboxHost sandbox;
        QVERIFY(sandbox.start());
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(sandbox.baseUrl());
        client.setAuthorization(AuthMode::Raw, sandbox.demoToken());
        ApiCall *call = client.send(
            client.prepare(QStringLiteral("t"), "GET", QStringLiteral("Invalid/123456")));
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(10000));
        const auto quoted = done.first().first().value<CallRecord>();
        QVERIFY(quoted.bodyRedacted);
        QVERIFY2(quoted.body.size() < quoted.bodySize, quoted.body.constData());
        CallRecord plain = sample(2, 200, QStringLiteral("S"), QStringLiteral("a.example"));
        plain.body = QByteArray(300, 'x');
        plain.bodySize = plain.body.size();
        const auto comments = [&](qint64 limit) {
            const QByteArray har = Har::write({quoted, plain}, {QStringLiteral("0.9"), {}, limit});
            QStringList out;
            for (const QJsonValue &e : QJsonDocument::fromJson(har)
                                           .object()
                                           .value(QLatin1String("log"))
                                           .toObject()
                                           .value(QLatin1String("entries"))
                                           .toArray())
                out << e.toObject()
                           .value(QLatin1String("response"))
                           .toObject()
                           .value(QLatin1String("content"))
                           .toObject()
                           .value(QLatin1String("comment"))
                           .toString();
            return out;
        };
        QStringList c = comments(-1);
        QVERIFY2(c.at(0).startsWith(QLatin1String("The whole answer, with the token in it "
                                                  "replaced")),
                 qPrintable(c.at(0)));
        QVERIFY2(c.at(0).contains(QString::number(quoted.bodySize)), qPrintable(c.at(0)));
        QVERIFY2(!c.at(0).contains(QLatin1String("not kept")), qPrintable(c.at(0)));
        QVERIFY2(c.at(1).isEmpty(), qPrintable(c.at(1))); // whole and untouched: nothing to say
        c = comments(100);
        QVERIFY2(c.at(0).startsWith(QLatin1String("The first 100 bytes, with the token in it")) &&
                     c.at(0).contains(QLatin1String("the rest was not kept")),
                 qPrintable(c.at(0)));
        QCOMPARE(c.at(1), QStringLiteral("The first 100 of 300 bytes; the rest was not kept."));
    }
};

QTEST_GUILESS_MAIN(TestHar)
#include "tst_har.moc"
