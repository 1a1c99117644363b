#include "ApiCall.h"

#include "app/support/Logging.h"

#include "app/calls/Diagnoser.h"
#include "app/calls/HeaderCheck.h"
#include "app/calls/Redaction.h"
#include "app/calls/TlsEvidence.h"
#include "app/net/HopOutcome_p.h"
#include "app/net/ProxyChoice.h"
#include "app/net/ResponseBody_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUuid>
#include <atomic>
#include <cerrno>

namespace {

std::atomic<quint64> s_nextId{1};

QByteArray authorizationHeader(AuthMode mode, const QByteArray &token)
{
    switch (mode) {
    case AuthMode::None:
        return {};
    case AuthMode::Empty:
        return QByteArray("");
    case AuthMode::Bearer:
        return "Bearer " + token;
    case AuthMode::Raw:
        return token;
    case AuthMode::LowercaseBearer:
        return "bearer " + token;
    case AuthMode::Garbled: {
        if (token.size() < 8)
            return "Bearer not-a-valid-token";
        QByteArray damaged = token;
        for (qsizetype i = damaged.size() - 6; i < damaged.size(); ++i)
            damaged[i] = damaged[i] == 'A' ? 'B' : 'A';
        return "Bearer " + damaged;
    }
    case AuthMode::ExtraSpaces:
        return "Bearer   " + token + "  ";
    }
    return {};
}

} // namespace

bool ApiCall::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

QString authModeKey(AuthMode mode)
{
    switch (mode) {
    case AuthMode::None:
        return QStringLiteral("none");
    case AuthMode::Empty:
        return QStringLiteral("empty");
    case AuthMode::Bearer:
        return QStringLiteral("bearer");
    case AuthMode::Raw:
        return QStringLiteral("raw");
    case AuthMode::LowercaseBearer:
        return QStringLiteral("lowercase-bearer");
    case AuthMode::Garbled:
        return QStringLiteral("garbled");
    case AuthMode::ExtraSpaces:
        return QStringLiteral("extra-spaces");
    }
    return {};
}

AuthMode authModeFromKey(const QString &key)
{
    for (AuthMode m : {AuthMode::None, AuthMode::Empty, AuthMode::Bearer, AuthMode::Raw,
                       AuthMode::LowercaseBearer, AuthMode::Garbled, AuthMode::ExtraSpaces}) {
        if (authModeKey(m) == key)
            return m;
    }
    return AuthMode::Bearer;
}

ApiCall::ApiCall(QNetworkAccessManager *nam, ApiRequest request, QString spoolDir, QObject *parent)
    : QObject(parent), m_nam(nam), m_request(std::move(request))
{
    m_body = std::make_unique<ResponseBody>(
        m_request, std::move(spoolDir),
        ResponseBody::Hooks{
            [this](const QString &code, const QString &message) { stopWith(code, message); },
            [this](qint64 offset) { Q_EMIT saving(offset); },
            [this](const QByteArray &chunk) { Q_EMIT written(chunk); }});
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiCall::onTimeout);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    m_currentUrl = m_request.url;
    m_currentMethod = m_request.method.toUpper();
    m_currentBody = m_request.body;
    m_origin = m_request.url;
    sendHop();
}

void ApiCall::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

void ApiCall::continueIdsAfter(quint64 id)
{
    quint64 next = s_nextId.load();
    while (next <= id && !s_nextId.compare_exchange_weak(next, id + 1)) {
    }
}

quint64 ApiCall::takeId()
{
    return s_nextId.fetch_add(1);
}

CallRecord ApiCall::buildRecordSkeleton(const QNetworkRequest &req, bool withAuth)
{
    CallRecord r;
    r.id = s_nextId.fetch_add(1);
    r.purpose = m_request.purpose;
    r.profile = m_request.profile;
    r.started = QDateTime::currentDateTimeUtc();
    r.method = m_currentMethod;
    r.url = m_currentUrl;
    r.hop = m_hop;
    for (const QByteArray &name : req.rawHeaderList()) {
        QByteArray value = req.rawHeader(name);
        if (Redaction::isSecretHeader(name))
            value = Redaction::authorizationValue(value);
        r.requestHeaders.append({name, value});
    }
    const QByteArray ct = req.rawHeader("Content-Type");
    r.requestBody = ct.startsWith("application/x-www-form-urlencoded")
                        ? Redaction::formBody(m_currentBody)
                        : m_currentBody;
    r.requestIdSent = req.rawHeader("X-Request-ID");
    r.authorizationMode = withAuth ? authModeKey(m_request.auth) : QStringLiteral("none");
    // The evidence and the fingerprint are of the token as really sent (the token itself, not
    // the spaces around it), so two calls can be compared and the diagnosis can read the shape.
    const bool hasAuth = req.hasRawHeader("Authorization");
    const QByteArray authValue = req.rawHeader("Authorization");
    r.auth = AuthEvidence::read(hasAuth ? &authValue : nullptr,
                                withAuth ? m_request.auth : AuthMode::None, m_currentUrl,
                                m_request.knownServers);
    const QByteArray sentToken = AuthEvidence::tokenOf(authValue);
    if (withAuth && !sentToken.isEmpty()) {
        m_sentSecret = sentToken;
        r.tokenFingerprint = Redaction::fingerprint(sentToken);
        r.tokenLength = int(sentToken.size());
    }
    r.auth.withheld = !withAuth && m_request.auth != AuthMode::None;
    // Which proxy the call goes through, and what chose it (never a proxy password).
    QNetworkProxyFactory *proxies = m_nam->proxyFactory();
    r.proxy = ProxyFactory::describeFor(proxies, m_currentUrl);
    if (const auto *ours = dynamic_cast<ProxyFactory *>(proxies))
        r.proxySetting = ours->setting().toString();
    return r;
}

QNetworkRequest ApiCall::buildRequest(bool withAuth)
{
    QNetworkRequest req(m_currentUrl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setRawHeader("User-Agent", "FHIR-Bulk-Explorer/" FBX_VERSION);
#if QT_CONFIG(ssl)
    if (!m_request.extraCaPem.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromData(m_request.extraCaPem, QSsl::Pem));
        req.setSslConfiguration(tls);
    }
#endif
    for (const auto &h : m_request.headers) {
        if (!h.first.isEmpty())
            req.setRawHeader(h.first, h.second);
    }
    // Compressed answers are decoded here, not by Qt (see ContentDecoder); a user's own
    // Accept-Encoding is sent as written and its answer kept as it came.
    m_decodeHere = !req.hasRawHeader("Accept-Encoding");
    // A file goes to disk over HTTP/1.1, one connection each, even where the server offers
    // HTTP/2: Qt 6.4's HTTP/2 ignores the reply's read-buffer bound and takes every stream's
    // data as fast as it comes (a 2 GiB export peaked at 0.6 to 1.5 GiB), where HTTP/1.1 stops
    // reading the socket while the disk and the check catch up. Other calls keep HTTP/2.
    if (!m_request.saveTo.isEmpty())
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (m_decodeHere)
        req.setRawHeader("Accept-Encoding", "gzip, deflate");
    if (withAuth && m_request.auth != AuthMode::None)
        req.setRawHeader("Authorization", authorizationHeader(m_request.auth, m_request.token));
    QByteArray requestId = m_request.requestId;
    if (requestId.isEmpty() || m_hop > 0)
        requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    req.setRawHeader("X-Request-ID", requestId);
    return req;
}

bool ApiCall::refuseUnsendable(const QNetworkRequest &req)
{
    const QString scheme = m_currentUrl.scheme();
    if (!m_currentUrl.isValid() || m_currentUrl.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        finishBeforeSending(QStringLiteral("transport.bad-url"),
                            tr("Invalid URL: %1").arg(m_currentUrl.toString()));
        return true;
    }
    // A control character in a header (a CR LF in a pasted token) would be sent as it stands
    // and could start a header of its own: nothing is sent then.
    for (const QByteArray &name : req.rawHeaderList()) {
        const QString problem = HeaderCheck::problem(name, req.rawHeader(name));
        if (!problem.isEmpty()) {
            finishBeforeSending(QStringLiteral("request.invalid-header"), problem);
            return true;
        }
    }
    return false;
}

void ApiCall::sendHop()
{
    const bool withAuth = sameOrigin(m_currentUrl, m_origin);
    const QNetworkRequest req = buildRequest(withAuth);
    m_sentSecret.clear();
    m_record = buildRecordSkeleton(req, withAuth);
    m_body->begin(&m_record, m_sentSecret, m_decodeHere);
    m_stopCode.clear();
    m_stopMessage.clear();
    m_timedOut = false;
    m_requestSent = false;
    m_clock.start();
    if (refuseUnsendable(req))
        return;

    if (m_currentBody.isEmpty() && m_currentMethod == "GET")
        m_reply = m_nam->get(req);
    else if (m_currentMethod == "HEAD")
        m_reply = m_nam->head(req);
    else
        m_reply = m_nam->sendCustomRequest(req, m_currentMethod, m_currentBody);
    m_reply->setParent(this);
    // Downloads to a file read at disk speed; without a bound Qt would buffer what the disk has
    // not taken yet, in memory.
    if (!m_request.saveTo.isEmpty())
        m_reply->setReadBufferSize(1024 * 1024);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_record.firstByteMs < 0) // the headers are in: the wait is over, receiving begins
            m_record.firstByteMs = m_clock.elapsed();
        checkHeaders();
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 got, qint64 total) {
        m_timeout.start();
        Q_EMIT progress(got, total);
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_timeout.start(); });
    connect(m_reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    watchTls();
    m_timeout.start(qMax(1, m_request.timeoutMs));
    // Never a header value or a query (either could carry a secret): the call, its target.
    qCDebug(lcNet) << "send" << m_record.id << m_currentMethod
                   << m_currentUrl.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
}

void ApiCall::watchTls()
{
#if QT_CONFIG(ssl)
    // HTTPS: the chain as received and, when the handshake is refused, which checks failed.
    connect(m_reply, &QNetworkReply::encrypted, this, [this] {
        m_record.peerChain =
            TlsEvidence::describe(m_reply->sslConfiguration().peerCertificateChain());
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors) {
            const QString code = TlsEvidence::problemCode(e.error());
            if (!m_record.tlsProblems.contains(code))
                m_record.tlsProblems << code;
        }
        QList<QSslCertificate> chain = m_reply->sslConfiguration().peerCertificateChain();
        if (chain.isEmpty() && !errors.isEmpty() && !errors.first().certificate().isNull())
            chain << errors.first().certificate();
        m_record.peerChain = TlsEvidence::describe(chain);
        // The profile pins exactly this server certificate: accepted, the failed checks kept on
        // the record (the Certificate tab says it was the pin that let it through).
        if (!m_request.pinnedSha256.isEmpty() && !m_record.peerChain.isEmpty() &&
            m_record.peerChain.first().sha256 == m_request.pinnedSha256) {
            m_record.tlsPinned = true;
            m_reply->ignoreSslErrors(errors);
        }
    });
#endif
}

void ApiCall::finishBeforeSending(const QString &code, const QString &message)
{
    // Reported through the normal path, asynchronously, so callers can connect first.
    QTimer::singleShot(0, this, [this, code, message] {
        m_record.elapsedMs = 0;
        m_record.transportErrorCode = code;
        m_record.transportError = message;
        m_record.diagnosis = Diagnoser::diagnose(m_record);
        m_done = true;
        Q_EMIT hopFinished(m_record);
        Q_EMIT finished(m_record);
    });
}

void ApiCall::stopWith(const QString &code, const QString &message)
{
    if (!m_stopCode.isEmpty())
        return;
    m_stopCode = code;
    m_stopMessage = message;
    qCWarning(lcNet) << "stopping call" << m_record.id << code;
    // Not from inside a readyRead handler: the reply finishes on the next turn of the loop.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_reply)
                m_reply->abort();
        },
        Qt::QueuedConnection);
}

void ApiCall::checkHeaders()
{
    // Qt 6.4's HTTP/1.1 reader drops the whole header block, silently, when one header is over
    // 8 KiB, there are more than 100, or a name is malformed, and then reads the body until the
    // connection ends (no Content-Length left): a status line with no header at all. Refused
    // the moment the block has been read, with what Qt allows, instead of waiting for a close.
    if (!m_reply || !m_reply->rawHeaderPairs().isEmpty() ||
        !m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid() ||
        m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
        return;
    stopWith(QStringLiteral("transport.bad-headers"),
             tr("The answer's header block could not be read: a header longer than 8 KiB, more "
                "than 100 headers, or a malformed header name (the limits of the HTTP reader; a "
                "server sends a few KiB). The answer is refused."));
}

void ApiCall::onReadyRead()
{
    if (m_reply)
        appendBody(m_reply->readAll());
}

void ApiCall::appendBody(const QByteArray &wire)
{
    if (m_stopCode.isEmpty())
        m_body->append(wire, m_reply);
}

void ApiCall::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ApiCall::onFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
#if QT_CONFIG(ssl)
    // A reused connection says nothing new (no encrypted()): the chain is still on the reply.
    if (m_record.peerChain.isEmpty() && m_currentUrl.scheme() == QLatin1String("https"))
        m_record.peerChain =
            TlsEvidence::describe(reply->sslConfiguration().peerCertificateChain());
#endif
    if (reply->isOpen()) // an aborted reply is closed: nothing more to read
        appendBody(reply->readAll());
    m_reply = nullptr;
    reply->deleteLater();
    const QString closeError = m_body->finish(m_stopCode.isEmpty());
    if (!closeError.isEmpty() && m_stopCode.isEmpty()) {
        m_stopCode = QStringLiteral("io.write");
        m_stopMessage = closeError;
    }

    m_record.elapsedMs = m_clock.elapsed();
    HopOutcome::read(*reply,
                     {m_stopCode, m_stopMessage, m_timedOut, m_cancelled, m_requestSent,
                      m_request.timeoutMs, m_currentMethod},
                     *m_body, m_record);
    redactSecrets();
    if (m_record.status && m_record.bodyFile.isEmpty()) {
        m_record.gatewayError = GatewayError::recognise(m_record.responseHeaders, m_record.body);
        if (!m_record.gatewayError)
            m_record.outcome = OperationOutcome::parse(m_record.body);
    }
    m_record.diagnosis = Diagnoser::diagnose(m_record);
    if (followRedirect())
        return;
    m_done = true;
    qCDebug(lcNet) << "done" << m_record.id << m_record.status.value_or(0)
                   << m_record.diagnosis.code << m_record.elapsedMs << "ms" << m_record.bodySize
                   << "bytes";
    Q_EMIT hopFinished(m_record);
    Q_EMIT finished(m_record);
}

void ApiCall::redactSecrets()
{
    // Some answers quote the Authorization header (API Gateway's IncompleteSignatureException
    // does): the token is redacted there too before the record leaves this class.
    // A spilled body was redacted as it was written; its preview is redacted here.
    if (m_sentSecret.size() >= 4 && !m_body->savesToFile()) {
        if (Redaction::secretIn(m_record.body, m_sentSecret) || m_body->redactedSomething())
            m_record.bodyRedacted = true;
        for (auto &h : m_record.responseHeaders) {
            if (Redaction::secretIn(h.second, m_sentSecret))
                m_record.bodyRedacted = true;
        }
    }
    if (m_record.bodyFile.isEmpty()) {
        bool changed = false;
        const QByteArray redacted = Redaction::jsonSecrets(m_record.body, &changed);
        if (changed) {
            m_secretBody = m_record.body;
            m_record.body = redacted;
            m_record.bodyRedacted = true;
        }
    }
}

bool ApiCall::followRedirect()
{
    const int code = m_record.status.value_or(0);
    const QByteArray location = m_record.responseHeader("Location");
    const bool redirect =
        m_record.transportErrorCode.isEmpty() &&
        (code == 301 || code == 302 || code == 303 || code == 307 || code == 308) &&
        !location.isEmpty() && m_hop < m_request.maxRedirects;
    if (!redirect)
        return false;
    const QUrl next = m_currentUrl.resolved(QUrl::fromEncoded(location));
    m_record.redirectTo = next;
    Q_EMIT hopFinished(m_record);
    ++m_hop;
    // RFC 9110 15.4: 303 always becomes GET; 301/302 after POST do so in practice.
    if (code == 303 || ((code == 301 || code == 302) && m_currentMethod == "POST")) {
        m_currentMethod = "GET";
        m_currentBody.clear();
    }
    m_currentUrl = next;
    sendHop();
    return true;
}
