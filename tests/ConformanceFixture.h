// The Sandbox-run set-up shared by the conformance tests: a Sandbox, a conformance run against
// it (or against a proxy in front of it) to the end, and the proxy that changes exactly one thing
// in the answers (or the requests) so a test can prove that a check fails when it should.
#pragma once

#include "app/conformance/Catalogue.h"
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
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <memory>

namespace conformance_test {

inline QByteArray methodName(QHttpServerRequest::Method m)
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

inline bool isFile(const DeviationProxy::Exchange &ex)
{
    return ex.url.path().endsWith(QLatin1String("$binary-access-read"));
}
inline bool isStatus(const DeviationProxy::Exchange &ex)
{
    return ex.url.path().endsWith(QLatin1String("$export-poll-status"));
}
inline bool isManifest(const DeviationProxy::Exchange &ex)
{
    return isStatus(ex) && ex.method == "GET" && ex.status == 200;
}
// Replaces the request's Authorization header.
inline void authorize(DeviationProxy::Exchange &ex, const QByteArray &value)
{
    ex.requestHeaders.removeIf(
        [](const auto &h) { return h.first.compare("Authorization", Qt::CaseInsensitive) == 0; });
    ex.requestHeaders.append({"Authorization", value});
}
inline QByteArray authorization(const DeviationProxy::Exchange &ex)
{
    for (const auto &h : ex.requestHeaders)
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}
// The claims of the Bearer token a request carries (empty when it carries none).
inline QJsonObject claims(const DeviationProxy::Exchange &ex)
{
    const QByteArray auth = authorization(ex);
    if (!auth.startsWith("Bearer "))
        return {};
    const auto payload = QByteArray::fromBase64Encoding(auth.mid(7).split('.').value(1),
                                                        QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload ? *payload : QByteArray()).object();
}
inline bool isKickoff(const DeviationProxy::Exchange &ex)
{
    return ex.url.path().endsWith(QLatin1String("$export"));
}
inline bool isGroupRead(const DeviationProxy::Exchange &ex)
{
    return ex.url.path().endsWith(QLatin1String("/Group/1"));
}
inline QByteArray outcome(const QByteArray &diagnostics)
{
    return R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"processing","diagnostics":")" +
           diagnostics + R"("}]})";
}

inline void editManifest(DeviationProxy::Exchange &ex,
                         const std::function<void(QJsonObject &)> &edit)
{
    if (!isManifest(ex))
        return;
    QJsonObject o = QJsonDocument::fromJson(ex.body).object();
    edit(o);
    ex.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
}

using Deviation = std::function<void(DeviationProxy &, const QByteArray &demoToken)>;

// The Sandbox and a run against it: one per test object (initTestCase calls start()).
class SandboxRun
{
public:
    bool start()
    {
        if (!m_host.start())
            return false;
        // Exports finish quickly (the run still sees them in progress first), and each 202 asks
        // for no wait (Retry-After: 0, the run polls again after 100 ms): a run waits for its
        // exports about half as long as with the Sandbox's 1 s.
        m_host.configure([](SandboxServer *s) {
            s->setExportDurationMs(400);
            SandboxScenario scenario = s->scenario();
            scenario.retryAfterSecs = 0;
            s->setScenario(scenario);
        });
        m_nam.setProxy(QNetworkProxy::NoProxy);
        return true;
    }
    SandboxHost &host() { return m_host; }
    QUrl baseUrl() const { return m_host.baseUrl(); }
    // The same path on a proxy's origin.
    QUrl through(const DeviationProxy &proxy) const
    {
        return QUrl(QString::fromUtf8(proxy.origin()) + m_host.baseUrl().path());
    }
    // Every check: vendor answers, exports and slow ones, with the Sandbox's tokens and the
    // key of its private_key_jwt client.
    ConformanceOptions allChecks()
    {
        ConformanceOptions o;
        o.vendorProfile = true;
        o.includeExports = true;
        o.includeSlow = true;
        o.addSandboxTokens(m_host);
        o.addSandboxClientKey(m_host);
        o.maxWaitSecs = 60;
        return o;
    }
    // The Sandbox's deviation switches (SandboxScenario::deviations).
    void deviate(const QStringList &names)
    {
        m_host.configure([names](SandboxServer *s) {
            SandboxScenario scenario = s->scenario();
            scenario.deviations = names;
            s->setScenario(scenario);
        });
    }
    // Runs to the end against `base`; the records the client announced come back in `calls`.
    QList<CheckResult> run(const QUrl &base, const ConformanceOptions &options,
                           QList<CallRecord> *calls = nullptr, QString *transportProblem = nullptr)
    {
        FhirClient client(&m_nam);
        ProxySetting direct;
        direct.mode = ProxySetting::Mode::None;
        client.setProxy(direct, {});
        client.setBaseUrl(base);
        QList<CallRecord> seen;
        QObject::connect(&client, &FhirClient::callFinished, &client,
                         [&seen](const CallRecord &r) { seen << r; });
        ConformanceRun run(&client, options);
        QSignalSpy finished(&run, &ConformanceRun::finished);
        run.start();
        if (finished.isEmpty())
            [&] { QVERIFY(finished.wait(120000)); }();
        if (calls)
            *calls = seen;
        if (transportProblem)
            *transportProblem = run.transportProblem();
        return run.results();
    }
    QList<CheckResult> run(const ConformanceOptions &options) { return run(baseUrl(), options); }

    // The ids with outcome `o`, sorted.
    static QStringList withOutcome(const QList<CheckResult> &results, CheckResult::Outcome o)
    {
        QStringList ids;
        for (const CheckResult &r : results)
            if (r.outcome == o)
                ids << r.id;
        ids.sort();
        return ids;
    }
    // Every result that is not a pass, one line each (a failed comparison's message).
    static QString describe(const QList<CheckResult> &results)
    {
        QStringList lines;
        for (const CheckResult &r : results)
            if (r.outcome != CheckResult::Outcome::Pass)
                lines << QStringLiteral("%1 %2: %3")
                             .arg(CheckResult::outcomeKey(r.outcome), r.id, r.reason.left(120));
        return lines.join(QLatin1Char('\n'));
    }

private:
    SandboxHost m_host;
    QNetworkAccessManager m_nam;
};

using Deviation = std::function<void(DeviationProxy &, const QByteArray &demoToken)>;

} // namespace conformance_test

Q_DECLARE_METATYPE(conformance_test::Deviation)
