// Postman collections (v2.1 and v2.0) and environments read into saved requests, and a
// collection saved as .http files, one per folder: no token ever taken from or written to a file.
#include "app/workbench/HttpFileParser.h"
#include "app/workbench/HttpFileWriter.h"
#include "app/workbench/PostmanCollection.h"
#include "app/workbench/PostmanEnvironment.h"
#include "app/workbench/RequestBuilder.h"
#include "app/workbench/VariableResolver.h"

#include <QJsonDocument>
#include <QTest>

namespace {

// A literal token as a vendor's collection may hold one.
const QString kLiteral = QStringLiteral(
    "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ2ZW5kb3IifQ.bGl0ZXJhbC1zaWduYXR1cmUtaW4tY29sbGVjdGlvbg");

QByteArray v21()
{
    return QStringLiteral(R"json({
  "info": {"name": "Bulk checks", "schema": "https:\/\/schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]},
  "event": [{"listen": "test", "script": {"type": "text/javascript", "exec": ["pm.test(\u0022ok\u0022, function () {});"]}}],
  "variable": [
    {"key": "baseUrl", "value": "https:\/\/fhir.example/bulk"},
    {"key": "accessToken", "value": "%1"},
    {"key": "groupId", "value": "1"},
    {"key": "off", "value": "x", "disabled": true}
  ],
  "item": [
    {"name": "Metadata", "request": {"method": "GET", "url": "{{baseUrl}}/metadata"}},
    {"name": "Groups", "item": [
      {"name": "Read", "item": [
        {"name": "Read group",
         "event": [{"listen": "prerequest", "script": {"exec": ["pm.variables.set(\u0022x\u0022, 1)"]}},
                   {"listen": "test", "script": {"exec": [""]}}],
         "request": {"method": "get",
           "header": [{"key": "Accept", "value": "application/fhir+json"},
                      {"key": "X-Off", "value": "1", "disabled": true}],
           "url": {"raw": "{{baseUrl}}/Group/:id?_summary=true", "host": ["{{baseUrl}}"],
                   "path": ["Group", ":id"], "variable": [{"key": "id", "value": "{{groupId}}"}]}}}
      ]},
      {"name": "Open", "auth": {"type": "noauth"}, "item": [
        {"name": "Without token", "request": {"url": {"protocol": "https", "host": ["fhir", "example"],
            "path": ["bulk", "metadata"], "query": [{"key": "_format", "value": "json"},
            {"key": "skip", "value": "1", "disabled": true}]}}},
        {"name": "Own literal token", "request": {
            "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "%1"}]},
            "method": "POST", "url": "{{baseUrl}}/Group/{{groupId}}/$export",
            "body": {"mode": "raw", "raw": "\r\n{\r\n  \u0022resourceType\u0022: \u0022Parameters\u0022\r\n}\r\n\r\n"}}}
      ]}
    ]}
  ]
})json")
        .arg(kLiteral)
        .toUtf8();
}

QByteArray v20()
{
    return QStringLiteral(R"json({
  "info": {"name": "Old export", "schema": "https:\/\/schema.getpostman.com/json/collection/v2.0.0/collection.json"},
  "item": [
    {"name": "Folder", "auth": {"type": "bearer", "bearer": {"token": "{{tok}}"}}, "item": [
      {"name": "Read", "request": {"url": "https:\/\/fhir.example/bulk/Group/1",
        "header": "Accept: application/fhir+json\nPrefer: respond-async"}},
      {"name": "Form", "request": {"method": "POST", "url": "https:\/\/fhir.example/token",
        "body": {"mode": "urlencoded", "urlencoded": [{"key": "grant_type", "value": "client credentials"},
                 {"key": "off", "value": "1", "disabled": true}]}}},
      {"name": "Basic", "request": {"url": "https:\/\/fhir.example/x",
        "auth": {"type": "basic", "basic": {"username": "u", "password": "p"}}}}
    ]}
  ]
})json")
        .toUtf8();
}

} // namespace

class TestPostman : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsV21WithNestedFoldersAndInheritedAuth()
    {
        QString error;
        const auto c = PostmanCollection::read(v21(), QStringLiteral("bulk.json"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->name, QStringLiteral("Bulk checks"));
        QCOMPARE(c->requests.size(), 4);
        // Collection variables: the enabled ones, but never the token's value.
        QVERIFY(c->variable(QStringLiteral("baseUrl")));
        QVERIFY(c->variable(QStringLiteral("groupId")));
        QVERIFY(!c->variable(QStringLiteral("off")));
        QVERIFY(!c->variable(QStringLiteral("accessToken")));
        QCOMPARE(c->secretVariables, QStringList{QStringLiteral("accessToken")});
        QVERIFY(c->notices.join(QLatin1Char(' ')).contains(QLatin1String("accessToken")));

        const SavedRequest &meta = c->requests.at(0);
        QVERIFY(meta.folder.isEmpty());
        QCOMPARE(meta.url, QStringLiteral("{{baseUrl}}/metadata"));
        QCOMPARE(meta.authorization()->value, QStringLiteral("Bearer {{accessToken}}"));
        QCOMPARE(meta.skippedScripts, QStringList{QStringLiteral("test script (collection)")});

        const SavedRequest &read = c->requests.at(1);
        QCOMPARE(read.folder, (QStringList{QStringLiteral("Groups"), QStringLiteral("Read")}));
        QCOMPARE(read.method, QStringLiteral("GET"));
        QCOMPARE(read.url, QStringLiteral("{{baseUrl}}/Group/{{groupId}}?_summary=true"));
        QCOMPARE(read.headers.size(), 2); // Accept, then the inherited Authorization
        QCOMPARE(read.headers.at(0).name, QStringLiteral("Accept"));
        QCOMPARE(read.authorization()->value, QStringLiteral("Bearer {{accessToken}}"));
        QCOMPARE(read.skippedScripts,
                 (QStringList{QStringLiteral("test script (collection)"),
                              QStringLiteral("pre-request script (request)")}));

        const SavedRequest &open = c->requests.at(2);
        QVERIFY(open.noAuth);
        QVERIFY(!open.authorization());
        QCOMPARE(open.url, QStringLiteral("https://fhir.example/bulk/metadata?_format=json"));

        const SavedRequest &literal = c->requests.at(3);
        QCOMPARE(literal.method, QStringLiteral("POST"));
        QVERIFY(!literal.noAuth); // its own auth wins over the folder's noauth
        QCOMPARE(literal.authorization()->value, QStringLiteral("Bearer {{token}}"));
        QCOMPARE(literal.body, QStringLiteral("{\n  \"resourceType\": \"Parameters\"\n}"));
        QVERIFY(literal.notices.join(QLatin1Char(' ')).contains(QLatin1String("not used")));

        // The literal token is nowhere in what was read.
        const QString everything = c->notices.join(QLatin1Char('\n'));
        QVERIFY(!everything.contains(kLiteral));
        for (const SavedRequest &r : c->requests) {
            QVERIFY(!r.notices.join(QLatin1Char('\n')).contains(kLiteral));
            for (const RequestHeader &h : r.headers)
                QVERIFY(!h.value.contains(kLiteral));
        }
    }

    void readsV20AuthObjectsAndHeaderStrings()
    {
        QString error;
        const auto c = PostmanCollection::read(v20(), QStringLiteral("old.json"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->requests.size(), 3);
        const SavedRequest &read = c->requests.at(0);
        QCOMPARE(read.folder, QStringList{QStringLiteral("Folder")});
        QCOMPARE(read.headers.size(), 3);
        QCOMPARE(read.headers.at(1).name, QStringLiteral("Prefer"));
        QCOMPARE(read.headers.at(1).value, QStringLiteral("respond-async"));
        QCOMPARE(read.authorization()->value, QStringLiteral("Bearer {{tok}}"));
        QCOMPARE(c->secretVariables, QStringList{QStringLiteral("tok")});
        const SavedRequest &form = c->requests.at(1);
        QCOMPARE(form.body, QStringLiteral("grant_type=client%20credentials"));
        QVERIFY(std::any_of(form.headers.cbegin(), form.headers.cend(), [](const RequestHeader &h) {
            return h.value == QLatin1String("application/x-www-form-urlencoded");
        }));
        // Basic at the request level wins over the folder's bearer, and is not supported.
        const SavedRequest &basic = c->requests.at(2);
        QVERIFY(!basic.authorization());
        QVERIFY(basic.notices.join(QLatin1Char(' ')).contains(QLatin1String("basic")));
    }

    void refusesWhatIsNoCollection()
    {
        QString error;
        QVERIFY(!PostmanCollection::read("{ nope", {}, &error));
        QVERIFY(error.contains(QLatin1String("not valid JSON")));
        QVERIFY(
            !PostmanCollection::read(R"({"info": {"name": "v1"}, "requests": []})", {}, &error));
        QVERIFY(error.contains(QLatin1String("v1")));
        QVERIFY(!PostmanCollection::read(R"({"name": "env", "values": []})", {}, &error));
        QVERIFY(error.contains(QLatin1String("--env")));
        QVERIFY(PostmanCollection::looksLikeCollection(v21()));
        QVERIFY(!PostmanCollection::looksLikeCollection(R"({"values": []})"));
    }

    void environmentGivesEnabledValuesAndKeepsSecretsSecret()
    {
        const QByteArray env =
            QStringLiteral(R"json({"name": "Preview", "_postman_variable_scope": "environment",
          "values": [{"key": "baseUrl", "value": "https:\/\/preview.example/bulk", "enabled": true},
                     {"key": "accessToken", "value": "%1", "type": "secret", "enabled": true},
                     {"key": "groupId", "value": 42},
                     {"key": "off", "value": "x", "enabled": false}]})json")
                .arg(kLiteral)
                .toUtf8();
        QString error;
        const auto set = PostmanEnvironment::read(env, QStringLiteral("preview.json"), &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->names(),
                 (QStringList{QStringLiteral("baseUrl"), QStringLiteral("accessToken"),
                              QStringLiteral("groupId")}));
        QCOMPARE(set->value(QStringLiteral("groupId"))->text, QStringLiteral("42"));
        QVERIFY(set->value(QStringLiteral("accessToken"))->secret);
        QVERIFY(!set->value(QStringLiteral("baseUrl"))->secret);
        QCOMPARE(set->origin(), VariableSource::Origin::Environment);
        QVERIFY(!PostmanEnvironment::read(v21(), {}, &error));
        QVERIFY(error.contains(QLatin1String("collection")));

        // The collection's requests resolve through it: the token for Authorization only.
        const auto c = PostmanCollection::read(v21(), {}, &error);
        VariableResolver v;
        v.addSource(std::make_shared<VariableSet>(*set));
        auto own = std::make_shared<VariableSet>(VariableSource::Origin::File,
                                                 QStringLiteral("bulk.json"));
        for (const FileVariable &fv : c->variables)
            own->set(fv.name, fv.value);
        v.addSource(own);
        v.setSecretNames(c->secretVariables);
        const RequestBuilder::Result read = RequestBuilder::build(c->requests.at(1), 1, v);
        QVERIFY2(read.request, qPrintable(read.error));
        QCOMPARE(read.request->target,
                 QStringLiteral("https://preview.example/bulk/Group/42?_summary=true"));
        QCOMPARE(read.request->token, kLiteral.toUtf8());
        QCOMPARE(read.request->tokenFrom, PreparedRequest::TokenFrom::Variable);
    }

    void savedAsHttpFilesOnePerFolder()
    {
        QString error;
        const auto c = PostmanCollection::read(v21(), QStringLiteral("bulk.json"), &error);
        QVERIFY(c);
        const QList<HttpFileWriter::File> files = HttpFileWriter::splitByFolder(*c);
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.at(0).fileName, QStringLiteral("Bulk checks.http"));
        QCOMPARE(files.at(1).fileName, QStringLiteral("Groups - Read.http"));
        QCOMPARE(files.at(2).fileName, QStringLiteral("Groups - Open.http"));
        int requests = 0;
        for (const HttpFileWriter::File &f : files) {
            const HttpFileWriter::Result w = HttpFileWriter::write(f.collection);
            QVERIFY2(!w.text.contains(kLiteral), qPrintable(w.text));
            QVERIFY2(!w.text.contains(QLatin1String("bGl0ZXJhbC1zaWduYXR1cmU")),
                     qPrintable(w.text));
            QVERIFY(!w.text.contains(QLatin1String("@accessToken")));
            const HttpFileParser::Result back = HttpFileParser::parse(w.text, f.fileName);
            QVERIFY2(back.ok(),
                     qPrintable(back.errors.value(0).message + QLatin1Char('\n') + w.text));
            QVERIFY2(back.collection == f.collection, qPrintable(w.text));
            requests += int(back.collection.requests.size());
        }
        QCOMPARE(requests, 4);
        const QString read = HttpFileWriter::write(files.at(1).collection).text;
        QVERIFY2(read.contains(QLatin1String("# Not converted (scripts are not run): pre-request "
                                             "script (request)")),
                 qPrintable(read));
        QVERIFY(read.contains(QLatin1String("Authorization: Bearer {{accessToken}}")));
        QVERIFY(HttpFileWriter::write(files.at(2).collection)
                    .text.contains(QLatin1String("# @no-auth")));
        QCOMPARE(HttpFileWriter::fileNameFor(QStringLiteral("a/b:c")),
                 QStringLiteral("a_b_c.http"));
    }
};

QTEST_GUILESS_MAIN(TestPostman)
#include "tst_postman.moc"
