// .http files: reading (every form, errors with line numbers), writing (parse(write(x)) == x),
// variables and their precedence, the Authorization template, and expectations checked.
#include "app/net/FhirClient.h"
#include "app/session/RunPlanner.h"
#include "app/workbench/CallToRequest.h"
#include "app/workbench/ExpectationCheck.h"
#include "app/workbench/HttpFileParser.h"
#include "app/workbench/HttpFileWriter.h"
#include "app/workbench/RequestBuilder.h"
#include "app/workbench/VariableResolver.h"
#include "app/workbench/VariableSet.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>

namespace {

const QByteArray kJwt = "eyJhbGciOiJSUzM4NCJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLW9mLXRoZS10ZXN0";

std::shared_ptr<VariableSet> set(VariableSource::Origin origin, const QString &label,
                                 const QList<QPair<QString, QString>> &values)
{
    auto s = std::make_shared<VariableSet>(origin, label);
    for (const auto &v : values)
        s->set(v.first, v.second);
    return s;
}

} // namespace

class TestHttpFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryForm()
    {
        const QString text = QStringLiteral("# Requests tried after each vendor release\n"
                                            "@groupId = 1\n"
                                            "@base = Group/{{groupId}}\n"
                                            "\n"
                                            "### Read the group\n"
                                            "# @expect status 200\n"
                                            "// @expect header X-Request-ID\n"
                                            "GET {{base}} HTTP/1.1\n"
                                            "Accept: application/fhir+json\n"
                                            "# a comment among the headers\n"
                                            "X-Request-ID: run-{{$uuid}}\n"
                                            "\n"
                                            "###\n"
                                            "# @name No scheme\n"
                                            "# @expect diagnosis gateway.access-denied\n"
                                            "# @expect cause header.no-bearer\n"
                                            "Group/2\n"
                                            "Authorization: {{token}}\n"
                                            "\n"
                                            "### Kick-off\n"
                                            "# @no-auth\n"
                                            "POST Group/1/$export\n"
                                            "    ?_type=Patient\n"
                                            "    &_since=2024-01-01\n"
                                            "Content-Type: application/fhir+json\n"
                                            "\n"
                                            "\n"
                                            "{\n"
                                            "  \"resourceType\": \"Parameters\"\n"
                                            "}\n"
                                            "// a comment in the body is a comment\n"
                                            "\n");
        const HttpFileParser::Result r =
            HttpFileParser::parse(text, QStringLiteral("/x/tries.http"));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).message));
        QCOMPARE(r.collection.name, QStringLiteral("tries"));
        QCOMPARE(r.collection.variables.size(), 2);
        QCOMPARE(r.collection.variables.at(1).name, QStringLiteral("base"));
        QCOMPARE(r.collection.variables.at(1).value, QStringLiteral("Group/{{groupId}}"));
        QCOMPARE(r.collection.variables.at(1).line, 3);
        QCOMPARE(r.collection.requests.size(), 3);

        const SavedRequest &first = r.collection.requests.at(0);
        QCOMPARE(first.name, QStringLiteral("Read the group"));
        QCOMPARE(first.method, QStringLiteral("GET"));
        QCOMPARE(first.url, QStringLiteral("{{base}}"));
        QCOMPARE(first.line, 8);
        QCOMPARE(first.headers.size(), 2);
        QCOMPARE(first.headers.at(1).name, QStringLiteral("X-Request-ID"));
        QCOMPARE(first.headers.at(1).line, 11);
        QCOMPARE(first.expectations.size(), 2);
        QCOMPARE(first.expectations.at(0).kind, Expectation::Kind::Status);
        QCOMPARE(first.expectations.at(0).value, QStringLiteral("200"));
        QCOMPARE(first.expectations.at(1).kind, Expectation::Kind::Header);
        QCOMPARE(first.expectations.at(1).line, 7);
        QVERIFY(first.body.isEmpty());

        const SavedRequest &second = r.collection.requests.at(1);
        QCOMPARE(second.name, QStringLiteral("No scheme"));
        QCOMPARE(second.method, QStringLiteral("GET")); // no method: GET
        QCOMPARE(second.url, QStringLiteral("Group/2"));
        QCOMPARE(second.expectations.at(0).text(),
                 QStringLiteral("diagnosis gateway.access-denied"));
        QCOMPARE(second.expectations.at(1).text(), QStringLiteral("cause header.no-bearer"));
        QCOMPARE(second.authorization()->value, QStringLiteral("{{token}}"));

        const SavedRequest &third = r.collection.requests.at(2);
        QVERIFY(third.noAuth);
        QCOMPARE(third.method, QStringLiteral("POST"));
        QCOMPARE(third.url, QStringLiteral("Group/1/$export?_type=Patient&_since=2024-01-01"));
        QCOMPARE(third.body, QStringLiteral("{\n  \"resourceType\": \"Parameters\"\n}"));
        QCOMPARE(third.bodyLine, 28);
        QCOMPARE(third.displayName(2), QStringLiteral("Kick-off"));
        QCOMPARE(SavedRequest().displayName(4), QStringLiteral("#5"));
    }

    void errorsNameTheirLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown expectation")
            << QStringLiteral("### a\n# @expect body contains x\nGET Group/1\n") << 2
            << QStringLiteral("is not an expectation");
        QTest::newRow("status out of range") << QStringLiteral("GET Group/1\n# @expect status 99\n")
                                             << 2 << QStringLiteral("100 to 599");
        QTest::newRow("unknown diagnosis")
            << QStringLiteral("\n\n# @expect diagnosis gateway.nope\nGET x\n") << 3
            << QStringLiteral("not a diagnosis code");
        QTest::newRow("unknown cause") << QStringLiteral("# @expect cause nope\nGET x\n") << 1
                                       << QStringLiteral("not a cause code");
        QTest::newRow("not a header") << QStringLiteral("GET x\nAccept application/json\n") << 2
                                      << QStringLiteral("Not a header");
        QTest::newRow("lowercase method")
            << QStringLiteral("\nget Group/1\n") << 2 << QStringLiteral("capitals");
        QTest::newRow("not a request line")
            << QStringLiteral("Patient abc def\n") << 1 << QStringLiteral("Not a request line");
        QTest::newRow("variable twice") << QStringLiteral("@a = 1\n@a = 2\nGET x\n") << 2
                                        << QStringLiteral("defined twice (first on line 1)");
        QTest::newRow("bad variable")
            << QStringLiteral("@a: 1\nGET x\n") << 1 << QStringLiteral("@name = value");
        QTest::newRow("@token") << QStringLiteral("@token = abc\nGET x\n") << 1
                                << QStringLiteral("@token cannot be set");
        QTest::newRow("expectation without request")
            << QStringLiteral("### only words\n# @expect status 200\n") << 1
            << QStringLiteral("no request line");
        QTest::newRow("basic scheme") << QStringLiteral("GET x\nAuthorization: Basic {{pw}}\n") << 2
                                      << QStringLiteral("scheme \"Basic\"");
    }

    void errorsNameTheirLine()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, says);
        const HttpFileParser::Result r = HttpFileParser::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().line, line);
        QVERIFY2(r.errors.first().message.contains(says), qPrintable(r.errors.first().message));
    }

    void aTokenInTheFileIsRefusedAndNeverEchoed()
    {
        const QString token = QString::fromLatin1(kJwt);
        const QStringList files = {
            QStringLiteral("GET Group/1\nAuthorization: Bearer %1\n").arg(token),
            QStringLiteral("GET Group/1\nAuthorization: %1\n").arg(token),
            QStringLiteral("GET Group/1\nX-Api-Token: %1\n").arg(token),
            QStringLiteral("@t = %1\nGET Group/1\n").arg(token),
            // A variable of the file used as the token: the token would be in the file.
            QStringLiteral("@t = abc\nGET Group/1\nAuthorization: Bearer {{t}}\n"),
        };
        for (const QString &text : files) {
            const HttpFileParser::Result r = HttpFileParser::parse(text);
            QVERIFY2(!r.ok(), qPrintable(text));
            for (const HttpFileParser::Problem &p : r.errors) {
                QVERIFY2(!p.message.contains(token), qPrintable(p.message));
                QVERIFY2(!p.message.contains(QLatin1String("c2lnbmF0dXJl")), qPrintable(p.message));
                QVERIFY2(p.message.contains(QLatin1String("never")), qPrintable(p.message));
            }
            for (const SavedRequest &s : r.collection.requests)
                for (const RequestHeader &h : s.headers)
                    QVERIFY(!h.value.contains(token));
        }
        // The shape is said, never the value.
        const auto r =
            HttpFileParser::parse(QStringLiteral("GET x\nAuthorization: Bearer %1\n").arg(token));
        QVERIFY2(r.errors.first().message.contains(QLatin1String("<redacted: ")),
                 qPrintable(r.errors.first().message));
        // Templates are fine: the profile's token, a variable from an environment, empty.
        for (const QString &ok : {QStringLiteral("Bearer {{token}}"), QStringLiteral("{{token}}"),
                                  QStringLiteral("bearer {{ token }}"),
                                  QStringLiteral("Bearer {{accessToken}}"), QString()}) {
            const auto parsed =
                HttpFileParser::parse(QStringLiteral("GET x\nAuthorization: %1\n").arg(ok));
            QVERIFY2(parsed.ok(), qPrintable(ok));
        }
    }

    void writtenTextReadsBackTheSame_data()
    {
        QTest::addColumn<RequestCollection>("collection");
        RequestCollection one;
        SavedRequest get;
        get.url = QStringLiteral("Group/1");
        one.requests << get;
        QTest::newRow("one unnamed GET") << one;

        RequestCollection full;
        full.variables << FileVariable{QStringLiteral("groupId"), QStringLiteral("1"), 0}
                       << FileVariable{QStringLiteral("since"),
                                       QStringLiteral("2024-01-01T00:00:00Z"), 0};
        SavedRequest a;
        a.name = QStringLiteral("Read the group");
        a.url = QStringLiteral("https://fhir.example/bulk/Group/{{groupId}}");
        a.headers << RequestHeader{QStringLiteral("Accept"), QStringLiteral("application/fhir+xml"),
                                   0}
                  << RequestHeader{QStringLiteral("Authorization"),
                                   QStringLiteral("Bearer {{token}}"), 0};
        a.expectations << Expectation{Expectation::Kind::Status, QStringLiteral("200"), 0}
                       << Expectation{Expectation::Kind::Diagnosis, QStringLiteral("ok"), 0}
                       << Expectation{Expectation::Kind::Cause, QStringLiteral("token.expired"), 0}
                       << Expectation{Expectation::Kind::Header, QStringLiteral("X-Request-ID"), 0};
        SavedRequest b;
        b.name = QStringLiteral("Kick-off with a body");
        b.method = QStringLiteral("POST");
        b.url = QStringLiteral("Group/{{groupId}}/$export?_since={{since}}");
        b.noAuth = true;
        b.body = QStringLiteral("{\n  \"resourceType\": \"Parameters\",\n\n  \"parameter\": []\n}");
        SavedRequest c;
        c.method = QStringLiteral("DELETE");
        c.url = QStringLiteral("{{statusUrl}}");
        full.requests << a << b << c;
        QTest::newRow("variables, every expectation, bodies") << full;
    }

    void writtenTextReadsBackTheSame()
    {
        QFETCH(RequestCollection, collection);
        const HttpFileWriter::Result written = HttpFileWriter::write(collection);
        QVERIFY2(written.warnings.isEmpty(), qPrintable(written.warnings.join(QLatin1Char('\n'))));
        const HttpFileParser::Result read = HttpFileParser::parse(written.text);
        QVERIFY2(read.ok(),
                 qPrintable(read.errors.value(0).message + QLatin1Char('\n') + written.text));
        QVERIFY2(read.collection == collection, qPrintable(written.text));
        // And once more: writing what was read gives the same text.
        QCOMPARE(HttpFileWriter::write(read.collection).text, written.text);
    }

    void writerKeepsTokensOut()
    {
        RequestCollection c;
        c.variables << FileVariable{QStringLiteral("accessToken"), QString::fromLatin1(kJwt), 0}
                    << FileVariable{QStringLiteral("groupId"), QStringLiteral("7"), 0};
        c.secretVariables << QStringLiteral("accessToken");
        SavedRequest r;
        r.url = QStringLiteral("Group/{{groupId}}");
        r.headers << RequestHeader{QStringLiteral("Authorization"),
                                   QStringLiteral("Bearer ") + QString::fromLatin1(kJwt), 0};
        r.body = QStringLiteral("# not a comment\n// nor this\n{}");
        c.requests << r;
        const HttpFileWriter::Result w = HttpFileWriter::write(c);
        QVERIFY(!w.text.contains(QString::fromLatin1(kJwt)));
        QVERIFY(w.text.contains(QLatin1String("Authorization: Bearer {{token}}")));
        QVERIFY(w.text.contains(QLatin1String("accessToken")));   // named in a comment
        QVERIFY(!w.text.contains(QLatin1String("@accessToken"))); // never defined
        QCOMPARE(w.warnings.size(), 2);                           // the token, the body lines
        const HttpFileParser::Result back = HttpFileParser::parse(w.text);
        QVERIFY2(back.ok(), qPrintable(back.errors.value(0).message));
        QCOMPARE(back.collection.requests.first().body,
                 QStringLiteral(" # not a comment\n // nor this\n{}"));
    }

    void variablesHaveAnOrderOfPrecedence()
    {
        VariableResolver v;
        v.addSource(set(VariableSource::Origin::CommandLine, QStringLiteral("the command line"),
                        {{QStringLiteral("a"), QStringLiteral("from-cli")}}));
        v.addSource(set(VariableSource::Origin::Environment, QStringLiteral("env.json"),
                        {{QStringLiteral("a"), QStringLiteral("from-env")},
                         {QStringLiteral("b"), QStringLiteral("env-b")}}));
        v.addSource(set(VariableSource::Origin::File, QStringLiteral("x.http"),
                        {{QStringLiteral("a"), QStringLiteral("from-file")},
                         {QStringLiteral("b"), QStringLiteral("file-b")},
                         {QStringLiteral("c"), QStringLiteral("{{b}}/{{ d }}")},
                         {QStringLiteral("d"), QStringLiteral("file-d")},
                         {QStringLiteral("loop1"), QStringLiteral("{{loop2}}")},
                         {QStringLiteral("loop2"), QStringLiteral("{{loop1}}")}}));
        QCOMPARE(v.resolve(QStringLiteral("{{a}} {{b}} {{c}}")).text,
                 QStringLiteral("from-cli env-b env-b/file-d"));
        QCOMPARE(v.sourceOf(QStringLiteral("b")), QStringLiteral("env.json"));

        const VariableResolver::Text missing =
            v.resolve(QStringLiteral("line one\nline two {{groupId}}"), 10);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.missing, QStringLiteral("groupId"));
        QCOMPARE(missing.line, 11);
        QVERIFY(missing.error.contains(QLatin1String("{{groupId}} is not defined")));

        const VariableResolver::Text circle = v.resolve(QStringLiteral("{{loop1}}"));
        QVERIFY(circle.error.contains(QStringLiteral("loop1 → loop2 → loop1")));

        // Built-ins: a fresh UUID at each use, the time in seconds.
        const QString two = v.resolve(QStringLiteral("{{$uuid}} {{$guid}}")).text;
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        QVERIFY(uuid.match(two.section(QLatin1Char(' '), 0, 0)).hasMatch());
        QVERIFY(two.section(QLatin1Char(' '), 0, 0) != two.section(QLatin1Char(' '), 1, 1));
        const qint64 now = v.resolve(QStringLiteral("{{$timestamp}}")).text.toLongLong();
        QVERIFY(qAbs(now - QDateTime::currentSecsSinceEpoch()) < 5);
        QVERIFY(v.resolve(QStringLiteral("{{$nope}}")).error.contains(QLatin1String("built-in")));
    }

    void tokensGoInTheAuthorizationHeaderOnly()
    {
        VariableResolver v;
        auto env = std::make_shared<VariableSet>(VariableSource::Origin::Environment,
                                                 QStringLiteral("env.json"));
        env->set(QStringLiteral("accessToken"), QString::fromLatin1(kJwt), true);
        env->set(QStringLiteral("plain"), QStringLiteral("p"));
        v.addSource(env);
        v.addSource(set(VariableSource::Origin::File, QStringLiteral("x.http"),
                        {{QStringLiteral("fileToken"), QStringLiteral("abc")}}));
        v.setToken("profile-token");
        v.setSecretNames({QStringLiteral("plain")});
        for (const QString &use :
             {QStringLiteral("Group/{{token}}"), QStringLiteral("?t={{accessToken}}"),
              QStringLiteral("{{plain}}")}) {
            const auto r = v.resolve(use);
            QVERIFY2(r.error.contains(QLatin1String("only the Authorization header")),
                     qPrintable(use));
            QVERIFY(!r.error.contains(QString::fromLatin1(kJwt)));
        }
        QCOMPARE(v.token(QStringLiteral("token")).value, QByteArray("profile-token"));
        QVERIFY(v.token(QStringLiteral("token")).profile);
        QCOMPARE(v.token(QStringLiteral("accessToken")).value, kJwt);
        QVERIFY(!v.token(QStringLiteral("accessToken")).profile);
        QVERIFY(v.token(QStringLiteral("fileToken"))
                    .error.contains(QLatin1String("never kept in a file")));
        QCOMPARE(v.token(QStringLiteral("nope")).missing, QStringLiteral("nope"));
        VariableResolver none;
        QVERIFY(none.token(QStringLiteral("token")).error.contains(QLatin1String("there is none")));
    }

    void theAuthorizationTemplateChoosesTheVariant_data()
    {
        QTest::addColumn<QString>("header"); // empty: no Authorization line
        QTest::addColumn<bool>("noAuth");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("no line: the profile's")
            << QString() << false << int(AuthMode::Bearer) << QByteArray("profile-token");
        QTest::newRow("Bearer {{token}}") << QStringLiteral("Bearer {{token}}") << false
                                          << int(AuthMode::Bearer) << QByteArray("profile-token");
        QTest::newRow("no scheme") << QStringLiteral("{{token}}") << false << int(AuthMode::Raw)
                                   << QByteArray("profile-token");
        QTest::newRow("lower case")
            << QStringLiteral("bearer {{token}}") << false << int(AuthMode::LowercaseBearer)
            << QByteArray("profile-token");
        QTest::newRow("a variable") << QStringLiteral("Bearer {{envToken}}") << false
                                    << int(AuthMode::Bearer) << QByteArray("env-token");
        QTest::newRow("empty") << QStringLiteral(" ") << false << int(AuthMode::Empty)
                               << QByteArray();
        QTest::newRow("@no-auth") << QString() << true << int(AuthMode::None) << QByteArray();
    }

    void theAuthorizationTemplateChoosesTheVariant()
    {
        QFETCH(QString, header);
        QFETCH(bool, noAuth);
        QFETCH(int, mode);
        QFETCH(QByteArray, token);
        VariableResolver v;
        v.addSource(set(VariableSource::Origin::Environment, QStringLiteral("env"),
                        {{QStringLiteral("envToken"), QStringLiteral("env-token")},
                         {QStringLiteral("id"), QStringLiteral("abc")}}));
        v.setToken("profile-token");
        SavedRequest r;
        r.url = QStringLiteral("Group/1");
        r.noAuth = noAuth;
        r.headers << RequestHeader{QStringLiteral("X-Request-ID"), QStringLiteral("fixed-{{id}}"),
                                   0};
        if (!header.isNull())
            r.headers << RequestHeader{QStringLiteral("Authorization"), header, 0};
        const RequestBuilder::Result built = RequestBuilder::build(r, 0, v);
        QVERIFY2(built.request, qPrintable(built.error));
        QCOMPARE(int(built.request->auth), mode);
        QCOMPARE(built.request->token, token);
        QCOMPARE(built.request->requestId, QByteArray("fixed-abc"));
        QVERIFY(built.request->headers.isEmpty()); // Authorization and X-Request-ID taken out
        QCOMPARE(built.request->name, QStringLiteral("#1"));
    }

    void theProfilesTokenGoesToTheProfilesServerOnly()
    {
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(QUrl(QStringLiteral("https://fhir.example/bulk")));
        RequestCollection c;
        c.source = QStringLiteral("/tmp/x.http");
        SavedRequest relative;
        relative.url = QStringLiteral("Group/1");
        SavedRequest elsewhere;
        elsewhere.url = QStringLiteral("https://other.example/Group/1");
        SavedRequest explicitToken = elsewhere;
        explicitToken.headers << RequestHeader{QStringLiteral("Authorization"),
                                               QStringLiteral("Bearer {{token}}"), 3};
        explicitToken.line = 2;
        SavedRequest missing;
        missing.url = QStringLiteral("Group/{{groupId}}");
        missing.line = 9;
        c.requests << relative << elsewhere;
        RunPlan plan = RunPlanner::plan({c}, {}, "profile-token", client);
        QVERIFY(plan.ok());
        QCOMPARE(plan.items.at(0).prepared.token, QByteArray("profile-token"));
        QCOMPARE(plan.items.at(1).prepared.auth, AuthMode::None);
        QVERIFY(plan.items.at(1).prepared.token.isEmpty());
        QVERIFY(plan.items.at(1).notices.value(0).contains(QLatin1String("https://other.example")));
        c.requests << explicitToken << missing;
        plan = RunPlanner::plan({c}, {}, "profile-token", client);
        QCOMPARE(plan.errors.size(), 2);
        QVERIFY2(plan.errors.at(0).startsWith(QLatin1String("x.http:2: {{token}}")),
                 qPrintable(plan.errors.at(0)));
        QVERIFY2(
            plan.errors.at(1).startsWith(QLatin1String("x.http:9: {{groupId}} is not defined")),
            qPrintable(plan.errors.at(1)));
        QCOMPARE(plan.missing, QStringList{QStringLiteral("groupId")});
    }

    void aCallBecomesARequestThatSendsItAgain()
    {
        CallRecord call;
        call.purpose = QStringLiteral("Read the group");
        call.method = "GET";
        call.url = QUrl(QStringLiteral("https://fhir.example/bulk/Group/1?_count=2"));
        call.requestHeaders = {{"User-Agent", "FHIR-Bulk-Explorer/0.1.0"},
                               {"Accept", "application/fhir+xml"},
                               {"Accept-Encoding", "gzip, deflate"},
                               {"Authorization", "<redacted: 12 chars, sha256 0a1b2c3d>"},
                               {"X-Request-ID", "4f0c"},
                               {"Prefer", "respond-async"}};
        const QByteArray raw = "tokentoken12";
        call.auth = AuthEvidence::read(&raw, AuthMode::Raw);
        const QUrl base(QStringLiteral("https://fhir.example/bulk"));
        SavedRequest r = CallToRequest::fromCall(call, base);
        QCOMPARE(r.name, QStringLiteral("Read the group"));
        QCOMPARE(r.url, QStringLiteral("Group/1?_count=2"));
        QCOMPARE(r.headers.size(), 3);
        QCOMPARE(r.headers.at(0).name, QStringLiteral("Accept"));
        QCOMPARE(r.headers.at(1).name, QStringLiteral("Prefer"));
        QCOMPARE(r.authorization()->value, QStringLiteral("{{token}}")); // the variant sent
        QVERIFY(r.notices.isEmpty());
        // And as a file: what it reads back is the same request.
        RequestCollection c;
        c.requests << r;
        const HttpFileParser::Result back = HttpFileParser::parse(HttpFileWriter::write(c).text);
        QVERIFY(back.ok());
        QVERIFY(back.collection.requests.first() == r);

        const QByteArray bearer = "Bearer tokentoken12";
        call.auth = AuthEvidence::read(&bearer, AuthMode::Bearer);
        call.url = QUrl(QStringLiteral("https://other.example/bulk/Group/1"));
        r = CallToRequest::fromCall(call, base);
        QVERIFY(!r.authorization()); // the profile's token, as Bearer
        QVERIFY(!r.noAuth);
        QCOMPARE(r.url, QStringLiteral("https://other.example/bulk/Group/1"));
        call.auth = AuthEvidence::read(nullptr, AuthMode::None);
        QVERIFY(CallToRequest::fromCall(call, base).noAuth);
        const QByteArray garbled = "Bearer   tokentoken12  ";
        call.auth = AuthEvidence::read(&garbled, AuthMode::ExtraSpaces);
        r = CallToRequest::fromCall(call, base);
        QVERIFY(!r.authorization());
        QCOMPARE(r.notices.size(), 1);
        call.method = "POST";
        call.requestBody = "\n{\"resourceType\": \"Parameters\"}\n\n";
        QCOMPARE(CallToRequest::fromCall(call, base).body,
                 QStringLiteral("{\"resourceType\": \"Parameters\"}"));
    }

    void expectationsAreCheckedAgainstTheRecord()
    {
        CallRecord r;
        r.status = 403;
        r.reasonPhrase = "Forbidden";
        r.diagnosis.code = QStringLiteral("gateway.access-denied");
        r.diagnosis.causes << Cause{QStringLiteral("token.expired"), {}, {}}
                           << Cause{QStringLiteral("header.no-bearer"), {}, {}};
        r.responseHeaders << qMakePair(QByteArray("x-amzn-RequestId"), QByteArray("abc-1"));
        const auto check = [&](Expectation::Kind kind, const QString &value) {
            return ExpectationCheck::check(Expectation{kind, value, 0}, r);
        };
        QVERIFY(check(Expectation::Kind::Status, QStringLiteral("403")).held);
        const ExpectationResult status = check(Expectation::Kind::Status, QStringLiteral("200"));
        QVERIFY(!status.held);
        QCOMPARE(status.sentence, QStringLiteral("Expected status 200, got 403 Forbidden."));
        QVERIFY(check(Expectation::Kind::Diagnosis, QStringLiteral("gateway.access-denied")).held);
        QCOMPARE(check(Expectation::Kind::Diagnosis, QStringLiteral("ok")).sentence,
                 QStringLiteral("Expected the diagnosis ok, got gateway.access-denied."));
        QVERIFY(check(Expectation::Kind::Cause, QStringLiteral("header.no-bearer")).held);
        QCOMPARE(check(Expectation::Kind::Cause, QStringLiteral("token.garbled")).sentence,
                 QStringLiteral("Expected the cause token.garbled, got token.expired, "
                                "header.no-bearer."));
        QVERIFY(check(Expectation::Kind::Header, QStringLiteral("X-AMZN-REQUESTID")).held);
        QCOMPARE(check(Expectation::Kind::Header, QStringLiteral("X-Request-ID")).sentence,
                 QStringLiteral("Expected the header X-Request-ID, and the answer has none."));
        CallRecord none;
        none.transportErrorCode = QStringLiteral("transport.refused");
        const ExpectationResult noAnswer = ExpectationCheck::check(
            Expectation{Expectation::Kind::Status, QStringLiteral("200"), 0}, none);
        QVERIFY(!noAnswer.held);
        QVERIFY(noAnswer.sentence.contains(QLatin1String("no answer (transport.refused)")));
    }
};

QTEST_GUILESS_MAIN(TestHttpFile)
#include "tst_httpfile.moc"
