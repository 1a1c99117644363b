// The conformance run (app/conformance) and fhir-bulk conform: the Sandbox passes every check,
// and each check fails when a server deviates. The deviations come from a proxy of the test's
// own in front of the Sandbox (the Sandbox's own switches are being restructured): it forwards
// every request and changes exactly one thing in the answers (or the requests).
#include "app/conformance/Catalogue.h"
#include "app/conformance/ConformanceReport.h"
#include "app/conformance/ConformanceRun.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QXmlStreamReader>
#include <memory>

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "GET";
    }
}

// Forwards to the Sandbox; `deviate` changes an answer, `rewrite` a request, `intercept`
// answers a request itself (returns true) without forwarding it.
class DeviationProxy : public QAbstractHttpServer
{
public:
    struct Exchange
    {
        QByteArray method;
        QUrl url; // as the client sent it (the proxy's origin)
        HeaderList requestHeaders;
        int status = 0;
        HeaderList headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            return {};
        }
        void removeHeader(const QByteArray &name)
        {
            headers.removeIf(
                [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        }
        void setHeader(const QByteArray &name, const QByteArray &value)
        {
            removeHeader(name);
            headers.append({name, value});
        }
    };
    std::function<void(Exchange &)> deviate;
    std::function<void(Exchange &)> rewrite;
    std::function<bool(Exchange &)> intercept;
    QList<Exchange> log;
    QUrl upstream; // the Sandbox's origin

    quint16 start()
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
        return quint16(listen(QHostAddress::LocalHost, 0));
    }
    QByteArray origin() const
    {
        return "http://127.0.0.1:" + QByteArray::number(servers().constFirst()->serverPort());
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        Exchange ex;
        ex.method = methodName(request.method());
        ex.url = request.url();
        ex.requestHeaders = request.headers();
        const QByteArray body = request.body();
        if (rewrite)
            rewrite(ex);
        if (intercept && intercept(ex)) {
            answer(responder, ex);
            return true;
        }
        QUrl up = ex.url;
        up.setScheme(upstream.scheme());
        up.setHost(upstream.host());
        up.setPort(upstream.port());
        QNetworkRequest req(up);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        static const QList<QByteArray> dropped = {"host", "content-length", "accept-encoding",
                                                  "connection"};
        for (const auto &h : std::as_const(ex.requestHeaders)) {
            if (dropped.contains(h.first.toLower()))
                continue;
            // An empty value stays a header of its own (Authorization: with nothing after it).
            req.setRawHeader(h.first, h.second.isNull() ? QByteArray("") : h.second);
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(req, ex.method, body);
        QObject::connect(
            reply, &QNetworkReply::finished, this, [this, reply, responder, ex]() mutable {
                reply->deleteLater();
                ex.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray from = upstream.toString(QUrl::RemovePath).toUtf8();
                for (const auto &h : reply->rawHeaderPairs()) {
                    static const QList<QByteArray> hop = {"content-length", "content-encoding",
                                                          "transfer-encoding", "connection"};
                    if (!hop.contains(h.first.toLower()))
                        ex.headers.append({h.first, QByteArray(h.second).replace(from, origin())});
                }
                ex.body = reply->readAll().replace(from, origin());
                if (deviate)
                    deviate(ex);
                answer(responder, ex);
            });
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    void answer(const std::shared_ptr<QHttpServerResponder> &responder, const Exchange &ex)
    {
        log << ex;
        responder->writeStatusLine(QHttpServerResponder::StatusCode(ex.status));
        for (const auto &h : ex.headers)
            responder->writeHeader(h.first, h.second);
        responder->writeHeader("Content-Length", QByteArray::number(ex.body.size()));
        responder->writeBody(ex.body);
    }
    QNetworkAccessManager m_nam;
};

bool isFile(const DeviationProxy::Exchange &ex)
{
    return ex.url.path().endsWith(QLatin1String("$binary-access-read"));
}
bool isStatus(const DeviationProxy::Exchange &ex)
{
    return ex.url.path().endsWith(QLatin1String("$export-poll-status"));
}
bool isManifest(const DeviationProxy::Exchange &ex)
{
    return isStatus(ex) && ex.method == "GET" && ex.status == 200;
}
// Replaces the request's Authorization header.
void authorize(DeviationProxy::Exchange &ex, const QByteArray &value)
{
    ex.requestHeaders.removeIf(
        [](const auto &h) { return h.first.compare("Authorization", Qt::CaseInsensitive) == 0; });
    ex.requestHeaders.append({"Authorization", value});
}
QByteArray authorization(const DeviationProxy::Exchange &ex)
{
    for (const auto &h : ex.requestHeaders)
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}
// The claims of the Bearer token a request carries (empty when it carries none).
QJsonObject claims(const DeviationProxy::Exchange &ex)
{
    const QByteArray auth = authorization(ex);
    if (!auth.startsWith("Bearer "))
        return {};
    const auto payload = QByteArray::fromBase64Encoding(auth.mid(7).split('.').value(1),
                                                        QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload ? *payload : QByteArray()).object();
}
bool isKickoff(const DeviationProxy::Exchange &ex)
{
    return ex.url.path().endsWith(QLatin1String("$export"));
}
bool isGroupRead(const DeviationProxy::Exchange &ex)
{
    return ex.url.path().endsWith(QLatin1String("/Group/1"));
}
QByteArray outcome(const QByteArray &diagnostics)
{
    return R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"processing","diagnostics":")" +
           diagnostics + R"("}]})";
}

void editManifest(DeviationProxy::Exchange &ex, const std::function<void(QJsonObject &)> &edit)
{
    if (!isManifest(ex))
        return;
    QJsonObject o = QJsonDocument::fromJson(ex.body).object();
    edit(o);
    ex.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
}

using Deviation = std::function<void(DeviationProxy &, const QByteArray &demoToken)>;

} // namespace

Q_DECLARE_METATYPE(Deviation)

class TestConformance : public QObject
{
    Q_OBJECT
private:
    SandboxHost m_host;
    QNetworkAccessManager m_nam;

    ConformanceOptions allChecks() const
    {
        ConformanceOptions o;
        o.vendorProfile = true;
        o.includeExports = true;
        o.includeSlow = true;
        o.token = m_host.demoToken();
        o.expiredToken = m_host.mintToken(-60);
        o.underScopedToken = m_host.mintToken(3600, QStringLiteral("system/Patient.read"));
        o.maxWaitSecs = 60;
        return o;
    }
    // Runs to the end against `base`; the records the client announced come back in `calls`.
    QList<CheckResult> runAgainst(const QUrl &base, const ConformanceOptions &options,
                                  QList<CallRecord> *calls = nullptr)
    {
        FhirClient client(&m_nam);
        ProxySetting direct;
        direct.mode = ProxySetting::Mode::None;
        client.setProxy(direct, {});
        client.setBaseUrl(base);
        QList<CallRecord> seen;
        connect(&client, &FhirClient::callFinished, this,
                [&seen](const CallRecord &r) { seen << r; });
        ConformanceRun run(&client, options);
        QSignalSpy finished(&run, &ConformanceRun::finished);
        run.start();
        if (finished.isEmpty())
            [&] { QVERIFY(finished.wait(120000)); }();
        if (calls)
            *calls = seen;
        return run.results();
    }
    static QSet<QString> withOutcome(const QList<CheckResult> &results, CheckResult::Outcome o)
    {
        QSet<QString> ids;
        for (const CheckResult &r : results)
            if (r.outcome == o)
                ids.insert(r.id);
        return ids;
    }
    static QString describe(const QList<CheckResult> &results)
    {
        QStringList lines;
        for (const CheckResult &r : results)
            if (r.outcome != CheckResult::Outcome::Pass)
                lines << QStringLiteral("%1 %2: %3")
                             .arg(CheckResult::outcomeKey(r.outcome), r.id, r.reason.left(120));
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_host.start());
        // Exports finish quickly (the run still sees them in progress first).
        m_host.configure([](SandboxServer *s) { s->setExportDurationMs(400); });
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }

    void catalogueIsWellFormed()
    {
        QSet<QString> ids;
        for (const Check &c : Catalogue::checks()) {
            QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
            ids.insert(c.id);
            QVERIFY2(Catalogue::sets().contains(c.set), qPrintable(c.id));
            QVERIFY2(!c.clauseTitle.isEmpty() && !c.sends.isEmpty() && !c.expects.isEmpty(),
                     qPrintable(c.id));
            QVERIFY2(c.clauseUrl.startsWith(QLatin1String("https://")) || c.vendorOnly,
                     qPrintable(c.id));
        }
        QVERIFY(ids.size() >= 60);
        QVERIFY(
            Catalogue::matches(QStringLiteral("vendor.*"), QStringLiteral("vendor.read.group")));
        QVERIFY(
            !Catalogue::matches(QStringLiteral("vendor.*"), QStringLiteral("ig.files.status-200")));
        QVERIFY(Catalogue::matches(QStringLiteral("x, ig.cancel.*"),
                                   QStringLiteral("ig.cancel.delete-202")));
    }

    void coverageTableNamesRealChecks()
    {
        // docs/conformance-coverage.md: every check it says covers a requirement now exists in
        // the catalogue, and every check of the catalogue that judges an IG clause appears there.
        const QString source = qEnvironmentVariable("FBX_SOURCE_DIR");
        if (source.isEmpty())
            QSKIP("FBX_SOURCE_DIR is not set (run through ctest)");
        QFile file(source + QStringLiteral("/docs/conformance-coverage.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QSet<QString> named;
        static const QRegularExpression row(
            QStringLiteral(R"re(^\|[^|]*\|[^|]*\|[^|]*\|[^|]*\|([^|]*)\|)re"),
            QRegularExpression::MultilineOption);
        static const QRegularExpression id(QStringLiteral("`([a-z0-9.\\-]+)`"));
        for (auto rows = row.globalMatch(text); rows.hasNext();)
            for (auto ids = id.globalMatch(rows.next().captured(1)); ids.hasNext();)
                named.insert(ids.next().captured(1));
        QVERIFY(named.size() > 30);
        for (const QString &n : std::as_const(named))
            QVERIFY2(Catalogue::find(n).has_value(), qPrintable(n));
        QVERIFY(text.contains(QLatin1String("with a check today: 68 of 117")));
    }

    void sandboxPassesEveryCheck()
    {
        QList<CallRecord> calls;
        const QList<CheckResult> results = runAgainst(m_host.baseUrl(), allChecks(), &calls);
        QCOMPARE(results.size(), Catalogue::checks().size());
        QVERIFY2(withOutcome(results, CheckResult::Outcome::Fail).isEmpty(),
                 qPrintable(describe(results)));
        QVERIFY2(withOutcome(results, CheckResult::Outcome::Skipped).isEmpty(),
                 qPrintable(describe(results)));
        // No warning either: the statement instantiates the Bulk Data CapabilityStatement.
        QVERIFY2(withOutcome(results, CheckResult::Outcome::Warning).isEmpty(),
                 qPrintable(describe(results)));
        // No 500 is provoked on purpose, so the passive 500 check has nothing to judge.
        QCOMPARE(withOutcome(results, CheckResult::Outcome::NotApplicable),
                 QSet<QString>{QStringLiteral("vendor.500.operation-outcome")});
        QVERIFY(withOutcome(results, CheckResult::Outcome::Pass).size() >= 59);
        // The evidence: every call a result names is a call the client announced (numbered and
        // recorded like any other), and every export started was cancelled.
        QSet<quint64> announced;
        for (const CallRecord &r : std::as_const(calls))
            announced.insert(r.id);
        for (const CheckResult &r : results) {
            if (r.outcome == CheckResult::Outcome::Pass &&
                !r.id.startsWith(QLatin1String("vendor.500")))
                QVERIFY2(!r.calls.isEmpty(), qPrintable(r.id));
            for (quint64 id : r.calls)
                QVERIFY2(announced.contains(id), qPrintable(r.id));
        }
        int kickoffs = 0, deletes = 0;
        for (const CallRecord &r : std::as_const(calls)) {
            kickoffs += r.status == 202 && r.hasResponseHeader("Content-Location") ? 1 : 0;
            deletes += r.method == "DELETE" && r.status == 202 ? 1 : 0;
        }
        QVERIFY(kickoffs >= 8);
        QCOMPARE(deletes, kickoffs);
    }

    void readOnlyByDefault()
    {
        DeviationProxy proxy;
        QVERIFY(proxy.start());
        proxy.upstream = m_host.baseUrl();
        ConformanceOptions o = allChecks();
        o.includeExports = false;
        o.includeSlow = false;
        const QList<CheckResult> results =
            runAgainst(QUrl(QString::fromUtf8(proxy.origin()) + m_host.baseUrl().path()), o);
        QVERIFY2(withOutcome(results, CheckResult::Outcome::Fail).isEmpty(),
                 qPrintable(describe(results)));
        // No export was accepted and nothing was deleted; the opt-in checks say how to opt in.
        for (const auto &ex : std::as_const(proxy.log)) {
            QVERIFY2(!(ex.status == 202 && !ex.header("Content-Location").isEmpty()),
                     qPrintable(ex.url.toString()));
            QVERIFY(ex.method != "DELETE");
        }
        const QSet<QString> skipped = withOutcome(results, CheckResult::Outcome::Skipped);
        QVERIFY(skipped.contains(QStringLiteral("ig.kickoff.group-get-202")));
        QVERIFY(skipped.contains(QStringLiteral("ig.files.content-type")));
        for (const CheckResult &r : results)
            if (r.id == QLatin1String("ig.files.content-type"))
                QVERIFY(r.reason.contains(QLatin1String("--include-slow")));
    }

    void onlySelectsChecks()
    {
        ConformanceOptions o = allChecks();
        o.only = QStringLiteral("vendor.401.*,auth.token.*");
        const QList<CheckResult> results = runAgainst(m_host.baseUrl(), o);
        QStringList ids;
        for (const CheckResult &r : results)
            ids << r.id;
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("auth.token.expired-refused"),
                                   QStringLiteral("auth.token.garbled-refused"),
                                   QStringLiteral("auth.token.none-refused"),
                                   QStringLiteral("auth.token.under-scoped-read-refused"),
                                   QStringLiteral("vendor.401.empty-authorization-header"),
                                   QStringLiteral("vendor.401.no-authorization-header")}));
        QCOMPARE(withOutcome(results, CheckResult::Outcome::Pass).size(), 6);
    }

    void missingTokensSkip()
    {
        ConformanceOptions o = allChecks();
        o.expiredToken.clear();
        o.only = QStringLiteral("*expired*");
        const QList<CheckResult> results = runAgainst(m_host.baseUrl(), o);
        QCOMPARE(results.size(), 2);
        for (const CheckResult &r : results) {
            QCOMPARE(r.outcome, CheckResult::Outcome::Skipped);
            QVERIFY2(r.reason.contains(QLatin1String("expired")), qPrintable(r.reason));
        }
    }

    void vendorChecksNotApplicableElsewhere()
    {
        ConformanceOptions o = allChecks();
        o.vendorProfile = false;
        o.only = QStringLiteral("vendor.*");
        const QList<CheckResult> results = runAgainst(m_host.baseUrl(), o);
        QVERIFY(results.size() >= 17);
        QCOMPARE(withOutcome(results, CheckResult::Outcome::NotApplicable).size(), results.size());
    }

    void deviationFailsExactlyItsChecks_data()
    {
        QTest::addColumn<Deviation>("deviation");
        QTest::addColumn<QStringList>("failing");
        QTest::newRow("none (the proxy alone)")
            << Deviation([](DeviationProxy &, const QByteArray &) {}) << QStringList();
        QTest::newRow("401 without x-amzn-ErrorType")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (ex.status == 401)
                           ex.removeHeader("x-amzn-ErrorType");
                   };
               })
            << QStringList{QStringLiteral("vendor.401.empty-authorization-header"),
                           QStringLiteral("vendor.401.no-authorization-header")};
        QTest::newRow("manifest without transactionTime")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       editManifest(
                           ex, [](QJsonObject &o) { o.remove(QStringLiteral("transactionTime")); });
                   };
               })
            << QStringList{QStringLiteral("ig.manifest.transaction-time")};
        QTest::newRow("manifest without error array")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       editManifest(ex, [](QJsonObject &o) { o.remove(QStringLiteral("error")); });
                   };
               })
            << QStringList{QStringLiteral("ig.manifest.error-array")};
        QTest::newRow("manifest without requiresAccessToken")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       editManifest(ex, [](QJsonObject &o) {
                           o.remove(QStringLiteral("requiresAccessToken"));
                       });
                   };
               })
            << QStringList{QStringLiteral("ig.manifest.requires-access-token")};
        QTest::newRow("manifest as application/fhir+json")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (isManifest(ex))
                           ex.setHeader("Content-Type", "application/fhir+json");
                   };
               })
            << QStringList{QStringLiteral("ig.status.complete-200-json")};
        QTest::newRow("files as text/plain")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (isFile(ex) && ex.status == 200)
                           ex.setHeader("Content-Type", "text/plain");
                   };
               })
            << QStringList{QStringLiteral("ig.files.content-type")};
        QTest::newRow("a line of another resourceType")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       static const QRegularExpression type(
                           QStringLiteral(R"re("resourceType":"(\w+)")re"));
                       const auto m = type.match(QString::fromUtf8(ex.body));
                       if (isFile(ex) && ex.status == 200 && m.hasMatch() &&
                           m.captured(1) != QLatin1String("Patient"))
                           ex.body.replace(m.captured(0).toUtf8(), R"("resourceType":"Basic")");
                   };
               })
            << QStringList{QStringLiteral("ig.files.resource-type-matches")};
        QTest::newRow("a kick-off that ignores _type")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.rewrite = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().endsWith(QLatin1String("$export")))
                           return;
                       QUrlQuery q(ex.url);
                       q.removeAllQueryItems(QStringLiteral("_type"));
                       ex.url.setQuery(q);
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.type-applied")};
        QTest::newRow("a DELETE that is ignored")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (ex.method != "DELETE")
                           return false;
                       ex.status = 202;
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.cancel.delete-completed"),
                           QStringLiteral("ig.cancel.delete-unknown-error"),
                           QStringLiteral("ig.cancel.poll-after-delete-404")};
        QTest::newRow("X-Request-ID dropped")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       ex.removeHeader("X-Request-ID");
                       ex.removeHeader("X-Correlation-Id");
                   };
               })
            << QStringList{QStringLiteral("vendor.400.operation-outcome"),
                           QStringLiteral("vendor.404.hapi-0436"),
                           QStringLiteral("vendor.request-id.non-uuid-correlated"),
                           QStringLiteral("vendor.request-id.uuid-echoed")};
        QTest::newRow("status answered without a valid token")
            << Deviation([](DeviationProxy &p, const QByteArray &demo) {
                   p.rewrite = [demo](DeviationProxy::Exchange &ex) {
                       if (!isStatus(ex))
                           return;
                       ex.requestHeaders.removeIf([](const auto &h) {
                           return h.first.compare("Authorization", Qt::CaseInsensitive) == 0;
                       });
                       ex.requestHeaders.append({"Authorization", "Bearer " + demo});
                   };
               })
            << QStringList{QStringLiteral("ig.status.requires-token")};
        QTest::newRow("files served without a token")
            << Deviation([](DeviationProxy &p, const QByteArray &demo) {
                   p.rewrite = [demo](DeviationProxy::Exchange &ex) {
                       if (!isFile(ex))
                           return;
                       ex.requestHeaders.removeIf([](const auto &h) {
                           return h.first.compare("Authorization", Qt::CaseInsensitive) == 0;
                       });
                       ex.requestHeaders.append({"Authorization", "Bearer " + demo});
                   };
               })
            << QStringList{QStringLiteral("ig.files.token-rule")};
        QTest::newRow("AccessDenied with a lower-case message")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (ex.header("x-amzn-ErrorType") == "AccessDeniedException")
                           ex.body.replace("\"Message\"", "\"message\"");
                   };
               })
            << QStringList{QStringLiteral("vendor.403.access-denied.expired-token"),
                           QStringLiteral("vendor.403.access-denied.invalid-token")};
        QTest::newRow("unrouted paths reach HAPI (404)")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().contains(QLatin1String("/Invalid/")) &&
                           ex.method != "PATCH")
                           return false;
                       ex.status = 404;
                       ex.headers = {{"Content-Type", "application/fhir+json;charset=UTF-8"}};
                       ex.body = outcome("HAPI-0302: Unknown resource type");
                       return true;
                   };
               })
            << QStringList{QStringLiteral("vendor.403.incomplete-signature.invalid-path"),
                           QStringLiteral("vendor.403.incomplete-signature.malformed-header"),
                           QStringLiteral("vendor.403.incomplete-signature.unsupported-verb"),
                           QStringLiteral("vendor.403.missing-authentication-token.invalid-path")};
        QTest::newRow("a read that defaults to XML")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       bool accept = false;
                       for (const auto &h : ex.requestHeaders)
                           accept = accept || h.first.compare("Accept", Qt::CaseInsensitive) == 0;
                       if (isGroupRead(ex) && !accept)
                           ex.setHeader("Content-Type", "application/fhir+xml;charset=UTF-8");
                   };
               })
            << QStringList{QStringLiteral("vendor.read.group")};
        QTest::newRow("XML asked for, JSON served")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.rewrite = [](DeviationProxy::Exchange &ex) {
                       QUrlQuery q(ex.url);
                       q.removeAllQueryItems(QStringLiteral("_format"));
                       ex.url.setQuery(q);
                       ex.requestHeaders.removeIf([](const auto &h) {
                           return h.first.compare("Accept", Qt::CaseInsensitive) == 0 &&
                                  h.second.contains("xml");
                       });
                   };
               })
            << QStringList{QStringLiteral("vendor.format.xml")};
        QTest::newRow("no SMART configuration")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().endsWith(QLatin1String("smart-configuration")))
                           return false;
                       ex.status = 403;
                       ex.headers = {{"Content-Type", "application/json"},
                                     {"x-amzn-ErrorType", "MissingAuthenticationTokenException"}};
                       ex.body = R"({"message":"Missing Authentication Token"})";
                       return true;
                   };
               })
            << QStringList{QStringLiteral("auth.smart-config.served")};
        QTest::newRow("SMART configuration without grant types")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().endsWith(QLatin1String("smart-configuration")))
                           return;
                       QJsonObject o = QJsonDocument::fromJson(ex.body).object();
                       o.remove(QStringLiteral("grant_types_supported"));
                       ex.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
                   };
               })
            << QStringList{QStringLiteral("auth.smart-config.required-fields")};
        QTest::newRow("signature not checked on reads")
            << Deviation([](DeviationProxy &p, const QByteArray &demo) {
                   p.rewrite = [demo](DeviationProxy::Exchange &ex) {
                       if (isGroupRead(ex) && authorization(ex).startsWith("Bearer ") &&
                           authorization(ex) != "Bearer " + demo && !claims(ex).isEmpty() &&
                           claims(ex).value(QStringLiteral("scope")).toString() ==
                               QLatin1String("system/*.read") &&
                           claims(ex).value(QStringLiteral("exp")).toInteger() >
                               QDateTime::currentSecsSinceEpoch())
                           authorize(ex, "Bearer " + demo);
                   };
               })
            << QStringList{QStringLiteral("auth.token.garbled-refused"),
                           QStringLiteral("vendor.403.access-denied.invalid-token")};
        QTest::newRow("expired tokens accepted")
            << Deviation([](DeviationProxy &p, const QByteArray &demo) {
                   p.rewrite = [demo](DeviationProxy::Exchange &ex) {
                       const QJsonObject c = claims(ex);
                       if (!c.isEmpty() && c.value(QStringLiteral("exp")).toInteger() <
                                               QDateTime::currentSecsSinceEpoch())
                           authorize(ex, "Bearer " + demo);
                   };
               })
            << QStringList{QStringLiteral("auth.token.expired-refused"),
                           QStringLiteral("vendor.403.access-denied.expired-token")};
        QTest::newRow("scopes not checked on reads")
            << Deviation([](DeviationProxy &p, const QByteArray &demo) {
                   p.rewrite = [demo](DeviationProxy::Exchange &ex) {
                       if (claims(ex).value(QStringLiteral("scope")).toString() ==
                           QLatin1String("system/Patient.read"))
                           authorize(ex, "Bearer " + demo);
                   };
               })
            << QStringList{QStringLiteral("auth.token.under-scoped-read-refused")};
        QTest::newRow("kick-off without a token accepted")
            << Deviation([](DeviationProxy &p, const QByteArray &demo) {
                   p.rewrite = [demo](DeviationProxy::Exchange &ex) {
                       if (isKickoff(ex) && authorization(ex).isEmpty())
                           authorize(ex, "Bearer " + demo);
                   };
               })
            << QStringList{QStringLiteral("auth.token.none-refused")};
        QTest::newRow("_outputFormat abbreviations refused")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       const QString f = QUrlQuery(ex.url).queryItemValue(
                           QStringLiteral("_outputFormat"), QUrl::FullyDecoded);
                       if (!isKickoff(ex) || (f != QLatin1String("ndjson") &&
                                              f != QLatin1String("application/ndjson")))
                           return false;
                       ex.status = 400;
                       ex.headers = {{"Content-Type", "application/fhir+json;charset=UTF-8"}};
                       ex.body = outcome("HAPI-0786: Invalid output format: " + f.toUtf8());
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.output-format.application-ndjson"),
                           QStringLiteral("ig.kickoff.output-format.ndjson")};
        QTest::newRow("_since with an offset refused")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!isKickoff(ex) ||
                           !ex.url.query(QUrl::FullyEncoded).contains(QLatin1String("%2B01")))
                           return false;
                       ex.status = 400;
                       ex.headers = {{"Content-Type", "application/fhir+json;charset=UTF-8"}};
                       ex.body = outcome("Invalid _since");
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.since-accepted")};
        QTest::newRow("an unknown Group accepted")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.rewrite = [](DeviationProxy::Exchange &ex) {
                       if (ex.url.path().contains(QLatin1String("fbx-no-such-group")))
                           ex.url.setPath(ex.url.path().replace(
                               QRegularExpression(QStringLiteral("fbx-no-such-group-\\d+")),
                               QStringLiteral("1")));
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.unknown-group-404")};
        QTest::newRow("kick-off errors as text/plain")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (isKickoff(ex) && ex.status >= 400) {
                           ex.setHeader("Content-Type", "text/plain");
                           ex.body = "Bad request";
                       }
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.error-operationoutcome"),
                           QStringLiteral("ig.kickoff.prefer-missing"),
                           QStringLiteral("ig.kickoff.unknown-group-404"),
                           QStringLiteral("ig.kickoff.unsupported-refused-with-outcome"),
                           QStringLiteral("vendor.400.operation-outcome")};
        QTest::newRow("POST kick-off refused without an OperationOutcome")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!isKickoff(ex) || ex.method != "POST")
                           return false;
                       ex.status = 405;
                       ex.headers = {{"Content-Type", "text/html"}};
                       ex.body = "<html>Method Not Allowed</html>";
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.post-parameters")};
        QTest::newRow("manifest without request") << Deviation([](DeviationProxy &p,
                                                                  const QByteArray &) {
            p.deviate = [](DeviationProxy::Exchange &ex) {
                editManifest(ex, [](QJsonObject &o) { o.remove(QStringLiteral("request")); });
            };
        }) << QStringList{QStringLiteral("ig.manifest.request")};
        QTest::newRow("output urls relative")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [origin = p.origin()](DeviationProxy::Exchange &ex) {
                       if (isManifest(ex))
                           ex.body.replace(origin, "");
                   };
               })
            << QStringList{QStringLiteral("ig.manifest.output-url-absolute")};
        QTest::newRow("count as a string") << Deviation([](DeviationProxy &p, const QByteArray &) {
            p.deviate = [](DeviationProxy::Exchange &ex) {
                editManifest(ex, [](QJsonObject &o) {
                    QJsonArray output = o.value(QStringLiteral("output")).toArray();
                    for (auto it = output.begin(); it != output.end(); ++it) {
                        QJsonObject item = it->toObject();
                        item.insert(QStringLiteral("count"),
                                    QString::number(item.value(QStringLiteral("count")).toInt()));
                        *it = item;
                    }
                    o.insert(QStringLiteral("output"), output);
                });
            };
        }) << QStringList{QStringLiteral("ig.manifest.count-number")};
        QTest::newRow("count off by one") << Deviation([](DeviationProxy &p, const QByteArray &) {
            p.deviate = [](DeviationProxy::Exchange &ex) {
                editManifest(ex, [](QJsonObject &o) {
                    QJsonArray output = o.value(QStringLiteral("output")).toArray();
                    QJsonObject item = output.at(0).toObject();
                    item.insert(QStringLiteral("count"),
                                item.value(QStringLiteral("count")).toInt() + 1);
                    output.replace(0, item);
                    o.insert(QStringLiteral("output"), output);
                });
            };
        }) << QStringList{QStringLiteral("ig.files.count-matches")};
        QTest::newRow("a file with a broken line")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (isFile(ex) && ex.status == 200 && !ex.body.contains("\"Patient\""))
                           ex.body += "{not json\n";
                   };
               })
            << QStringList{QStringLiteral("ig.files.count-matches"),
                           QStringLiteral("ig.files.ndjson-parses")};
        QTest::newRow("files gone (404)") << Deviation([](DeviationProxy &p, const QByteArray &) {
            p.intercept = [](DeviationProxy::Exchange &ex) {
                if (!isFile(ex))
                    return false;
                ex.status = 404;
                ex.headers = {{"Content-Type", "application/fhir+json;charset=UTF-8"}};
                ex.body = outcome("HAPI-0436: Resource Binary/x is not known");
                return true;
            };
        })
                                          << QStringList{QStringLiteral("ig.files.status-200"),
                                                         QStringLiteral("ig.files.token-rule")};
        QTest::newRow("DELETE not routed")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (ex.method != "DELETE")
                           return false;
                       ex.status = 403;
                       ex.headers = {{"Content-Type", "application/json"},
                                     {"x-amzn-ErrorType", "IncompleteSignatureException"}};
                       ex.body = R"({"message":"not a valid key=value pair"})";
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.cancel.delete-202"),
                           QStringLiteral("ig.cancel.delete-unknown-error"),
                           QStringLiteral("ig.cancel.poll-after-delete-404")};
        QTest::newRow("an output item without url") << Deviation([](DeviationProxy &p,
                                                                    const QByteArray &) {
            p.deviate = [](DeviationProxy::Exchange &ex) {
                editManifest(ex, [](QJsonObject &o) {
                    QJsonArray output = o.value(QStringLiteral("output")).toArray();
                    output.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Patient")}});
                    o.insert(QStringLiteral("output"), output);
                });
            };
        }) << QStringList{QStringLiteral("ig.manifest.output-array")};
        QTest::newRow("_outputFormat=application/fhir+ndjson refused")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!isKickoff(ex) ||
                           QUrlQuery(ex.url).queryItemValue(QStringLiteral("_outputFormat"),
                                                            QUrl::FullyDecoded) !=
                               QLatin1String("application/fhir+ndjson"))
                           return false;
                       ex.status = 400;
                       ex.headers = {{"Content-Type", "application/fhir+json;charset=UTF-8"}};
                       ex.body = outcome("Unsupported output format");
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.output-format.fhir-ndjson")};
        QTest::newRow("a plain kick-off answered synchronously")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       bool prefer = false;
                       for (const auto &h : ex.requestHeaders)
                           prefer = prefer || h.first.compare("Prefer", Qt::CaseInsensitive) == 0;
                       if (!ex.url.path().endsWith(QLatin1String("/Group/1/$export")) ||
                           ex.method != "GET" || !ex.url.query().isEmpty() || !prefer ||
                           authorization(ex).isEmpty())
                           return false;
                       ex.status = 200;
                       ex.headers = {{"Content-Type", "application/fhir+json;charset=UTF-8"}};
                       ex.body = R"({"resourceType":"Bundle","type":"searchset","entry":[]})";
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.group-get-202")};
        QTest::newRow("the first poll answered 204")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [polls = std::make_shared<int>(0)](DeviationProxy::Exchange &ex) {
                       if (!isStatus(ex) || ex.method != "GET" || (*polls)++ > 0)
                           return false;
                       ex.status = 204;
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.status.in-progress-202")};
        QTest::newRow("Content-Location relative")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [origin = p.origin()](DeviationProxy::Exchange &ex) {
                       if (isKickoff(ex) && ex.status == 202)
                           ex.setHeader("Content-Location",
                                        ex.header("Content-Location").replace(origin, ""));
                   };
               })
            // Every export check needs a status URL it can use: each says it got none.
            << QStringList{QStringLiteral("ig.kickoff.content-location-absolute"),
                           QStringLiteral("ig.kickoff.output-format.application-ndjson"),
                           QStringLiteral("ig.kickoff.output-format.fhir-ndjson"),
                           QStringLiteral("ig.kickoff.output-format.ndjson"),
                           QStringLiteral("ig.kickoff.post-parameters"),
                           QStringLiteral("ig.kickoff.since-accepted")};
        QTest::newRow("a 500 as an HTML page")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().endsWith(QLatin1String("AllergyIntolerance/1")))
                           return false;
                       ex.status = 500;
                       ex.headers = {{"Content-Type", "text/html"}};
                       ex.body = "<html><body>Internal Server Error</body></html>";
                       return true;
                   };
               })
            << QStringList{QStringLiteral("vendor.500.operation-outcome")};
        QTest::newRow("unknown export answered 200")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (isStatus(ex) && ex.method == "GET" && ex.status == 404) {
                           ex.status = 200;
                           ex.body = "{}";
                           ex.setHeader("Content-Type", "application/json");
                       }
                   };
               })
            << QStringList{QStringLiteral("ig.cancel.delete-completed"),
                           QStringLiteral("ig.cancel.poll-after-delete-404"),
                           QStringLiteral("ig.status.error-operationoutcome")};
    }

    void deviationFailsExactlyItsChecks()
    {
        QFETCH(Deviation, deviation);
        QFETCH(QStringList, failing);
        DeviationProxy proxy;
        QVERIFY(proxy.start());
        proxy.upstream = m_host.baseUrl();
        deviation(proxy, m_host.demoToken());
        const QList<CheckResult> results = runAgainst(
            QUrl(QString::fromUtf8(proxy.origin()) + m_host.baseUrl().path()), allChecks());
        QStringList failed = withOutcome(results, CheckResult::Outcome::Fail).values();
        failed.sort();
        QVERIFY2(failed == failing, qPrintable(describe(results)));
        // A failure names what it found and the calls it rests on.
        for (const CheckResult &r : results) {
            if (r.outcome != CheckResult::Outcome::Fail)
                continue;
            QVERIFY2(!r.reason.isEmpty(), qPrintable(r.id));
            QVERIFY2(!r.calls.isEmpty(), qPrintable(r.id));
        }
    }

    void deviationWarnsExactlyItsChecks_data()
    {
        // SHOULD checks: a deviation makes them warn, never fail.
        QTest::addColumn<Deviation>("deviation");
        QTest::addColumn<QStringList>("warning");
        QTest::newRow("none (the proxy alone)")
            << Deviation([](DeviationProxy &, const QByteArray &) {}) << QStringList();
        QTest::newRow("a statement without instantiates")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().endsWith(QLatin1String("/metadata")))
                           return;
                       QJsonObject o = QJsonDocument::fromJson(ex.body).object();
                       o.remove(QStringLiteral("instantiates"));
                       ex.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.capability-declares-bulk")};
        QTest::newRow("AllergyIntolerance answered 404")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().endsWith(QLatin1String("AllergyIntolerance/1")))
                           return false;
                       ex.status = 404;
                       ex.headers = {{"Content-Type", "application/fhir+json;charset=UTF-8"},
                                     {"X-Request-ID", "x"}};
                       ex.body = outcome("HAPI-0436: Resource AllergyIntolerance/1 is not known");
                       return true;
                   };
               })
            << QStringList{QStringLiteral("vendor.501.not-implemented")};
        QTest::newRow("format without xml") << Deviation([](DeviationProxy &p, const QByteArray &) {
            p.deviate = [](DeviationProxy::Exchange &ex) {
                if (!ex.url.path().endsWith(QLatin1String("/metadata")))
                    return;
                QJsonObject o = QJsonDocument::fromJson(ex.body).object();
                o.insert(
                    QStringLiteral("format"),
                    QJsonArray{QStringLiteral("application/fhir+json"), QStringLiteral("json")});
                ex.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            };
        }) << QStringList{QStringLiteral("vendor.metadata.formats")};
        QTest::newRow("Group search not routed")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().endsWith(QLatin1String("/Group")))
                           return false;
                       ex.status = 403;
                       ex.headers = {{"Content-Type", "application/json"},
                                     {"x-amzn-ErrorType", "IncompleteSignatureException"}};
                       ex.body = R"({"message":"not a valid key=value pair"})";
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.group-read-search")};
        QTest::newRow("in progress without Retry-After")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (isStatus(ex) && ex.status == 202)
                           ex.removeHeader("Retry-After");
                   };
               })
            << QStringList{QStringLiteral("ig.status.retry-after")};
        QTest::newRow("a long X-Progress") << Deviation([](DeviationProxy &p, const QByteArray &) {
            p.deviate = [](DeviationProxy::Exchange &ex) {
                if (isStatus(ex) && ex.status == 202)
                    ex.setHeader("X-Progress", QByteArray(120, 'x'));
            };
        }) << QStringList{QStringLiteral("ig.status.x-progress-short")};
        QTest::newRow("manifest without Expires")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (isManifest(ex))
                           ex.removeHeader("Expires");
                   };
               })
            << QStringList{QStringLiteral("ig.status.expires-header")};
    }

    void deviationWarnsExactlyItsChecks()
    {
        QFETCH(Deviation, deviation);
        QFETCH(QStringList, warning);
        DeviationProxy proxy;
        QVERIFY(proxy.start());
        proxy.upstream = m_host.baseUrl();
        deviation(proxy, m_host.demoToken());
        const QList<CheckResult> results = runAgainst(
            QUrl(QString::fromUtf8(proxy.origin()) + m_host.baseUrl().path()), allChecks());
        QVERIFY2(withOutcome(results, CheckResult::Outcome::Fail).isEmpty(),
                 qPrintable(describe(results)));
        QStringList warned = withOutcome(results, CheckResult::Outcome::Warning).values();
        warned.sort();
        QVERIFY2(warned == warning, qPrintable(describe(results)));
    }

    void tooManyRequestsIsHonoured()
    {
        // The first status poll is answered 429 Retry-After: 1; the run waits and asks again,
        // and no check is failed for it.
        DeviationProxy proxy;
        QVERIFY(proxy.start());
        proxy.upstream = m_host.baseUrl();
        int polls = 0;
        proxy.intercept = [&polls](DeviationProxy::Exchange &ex) {
            if (!isStatus(ex) || ex.method != "GET" || polls++ > 0)
                return false;
            ex.status = 429;
            ex.headers = {{"Retry-After", "1"}, {"Content-Type", "application/fhir+json"}};
            ex.body =
                R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"throttled"}]})";
            return true;
        };
        ConformanceOptions o = allChecks();
        o.only = QStringLiteral("ig.kickoff.group-get-202,ig.status.*");
        QList<CallRecord> calls;
        const QList<CheckResult> results = runAgainst(
            QUrl(QString::fromUtf8(proxy.origin()) + m_host.baseUrl().path()), o, &calls);
        QVERIFY2(withOutcome(results, CheckResult::Outcome::Fail).isEmpty(),
                 qPrintable(describe(results)));
        const auto throttled = std::find_if(calls.cbegin(), calls.cend(),
                                            [](const CallRecord &r) { return r.status == 429; });
        QVERIFY(throttled != calls.cend());
        QVERIFY(std::next(throttled) != calls.cend());
        QCOMPARE(std::next(throttled)->url, throttled->url); // asked again, after the wait
        QVERIFY(throttled->started.msecsTo(std::next(throttled)->started) >= 900);
    }

    void cliExitCodesAndReports()
    {
        const QString cli = qEnvironmentVariable("FBX_CLI");
        if (cli.isEmpty())
            QSKIP("FBX_CLI is not set (run through ctest)");
        QTemporaryDir dir;
        const auto runCli = [&](const QStringList &args, const QByteArray &token = {}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), dir.path());
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
            if (!token.isEmpty())
                env.insert(QStringLiteral("FHIR_BULK_TOKEN"), QString::fromLatin1(token));
            p.setProcessEnvironment(env);
            QSignalSpy done(&p, &QProcess::finished);
            p.start(cli, args);
            [&] { QVERIFY(done.wait(120000)); }();
            return std::make_pair(p.exitCode(), p.readAllStandardOutput());
        };
        // The built-in Sandbox passes: exit 0, JSON and JUnit.
        const QString junit = dir.filePath(QStringLiteral("conform.xml"));
        auto [rc, out] = runCli({QStringLiteral("conform"), QStringLiteral("--only"),
                                 QStringLiteral("vendor.4*,ig.cancel.*"), QStringLiteral("--json"),
                                 QStringLiteral("--junit"), junit});
        QCOMPARE(rc, 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QVERIFY(o.value(QStringLiteral("checks")).toArray().size() >= 10);
        QCOMPARE(o.value(QStringLiteral("failed")).toInt(), 0);
        QFile file(junit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int testcases = 0;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() == QLatin1String("testcase"))
                ++testcases;
        QVERIFY(!xml.hasError());
        QCOMPARE(testcases, o.value(QStringLiteral("checks")).toArray().size());
        // A SHALL failure: exit 1 (the 401 without x-amzn-ErrorType, through the proxy).
        DeviationProxy proxy;
        QVERIFY(proxy.start());
        proxy.upstream = m_host.baseUrl();
        proxy.deviate = [](DeviationProxy::Exchange &ex) {
            if (ex.status == 401)
                ex.removeHeader("x-amzn-ErrorType");
        };
        const QString base = QString::fromUtf8(proxy.origin()) + m_host.baseUrl().path();
        std::tie(rc, out) = runCli({QStringLiteral("conform"), QStringLiteral("--base"), base,
                                    QStringLiteral("--vendor"), QStringLiteral("--only"),
                                    QStringLiteral("vendor.401.*")},
                                   m_host.demoToken());
        QCOMPARE(rc, 1);
        QVERIFY(out.contains("✘ vendor.401.no-authorization-header"));
        // Nobody there: exit 2. A usage error: exit 2.
        std::tie(rc, out) =
            runCli({QStringLiteral("conform"), QStringLiteral("--base"),
                    QStringLiteral("http://127.0.0.1:9/fhir"), QStringLiteral("--only"),
                    QStringLiteral("vendor.*,auth.smart-config.*")});
        QCOMPARE(rc, 2);
        std::tie(rc, out) = runCli(
            {QStringLiteral("conform"), QStringLiteral("--max-wait"), QStringLiteral("soon")});
        QCOMPARE(rc, 2);
        std::tie(rc, out) = runCli({QStringLiteral("conform"), QStringLiteral("--help")});
        QCOMPARE(rc, 0);
        QVERIFY(out.contains("--include-exports"));
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
