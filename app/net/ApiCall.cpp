#include "ApiCall.h"

#include "app/auth/JwtInfo.h"
#include "app/net/Diagnoser.h"
#include "app/net/Redaction.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>
#include <atomic>

Q_LOGGING_CATEGORY(lcApiCall, "fbx.net.call", QtInfoMsg)

namespace {

std::atomic<quint64> s_nextId{1};

// A body preview kept in memory when the body spills to a file.
constexpr qint64 kPreviewBytes = 256 * 1024;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
                  == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

QString transportCode(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("transport.dns");
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("transport.refused");
    case QNetworkReply::TimeoutError:
        return QStringLiteral("transport.timeout");
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        return e == QNetworkReply::SslHandshakeFailedError ? QStringLiteral("transport.tls")
                                                           : QStringLiteral("transport.error");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return QStringLiteral("transport.closed");
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("transport.cancelled");
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return QStringLiteral("transport.bad-url");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QStringLiteral("transport.proxy");
    default:
        return QStringLiteral("transport.error");
    }
}

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

QString authModeKey(AuthMode mode)
{
    switch (mode) {
    case AuthMode::None: return QStringLiteral("none");
    case AuthMode::Empty: return QStringLiteral("empty");
    case AuthMode::Bearer: return QStringLiteral("bearer");
    case AuthMode::Raw: return QStringLiteral("raw");
    case AuthMode::LowercaseBearer: return QStringLiteral("lowercase-bearer");
    case AuthMode::Garbled: return QStringLiteral("garbled");
    case AuthMode::ExtraSpaces: return QStringLiteral("extra-spaces");
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

ApiCall::ApiCall(QNetworkAccessManager *nam, ApiRequest request, QString spoolDir,
                 QObject *parent)
    : QObject(parent), m_nam(nam), m_request(std::move(request)), m_spoolDir(std::move(spoolDir))
{
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

CallRecord ApiCall::buildRecordSkeleton(const QNetworkRequest &req, bool withAuth)
{
    CallRecord r;
    r.id = s_nextId.fetch_add(1);
    r.purpose = m_request.purpose;
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
    // The fingerprint is of what was really sent, so two calls can be compared.
    const QByteArray authValue = req.rawHeader("Authorization");
    const int space = authValue.indexOf(' ');
    const QByteArray sentToken = space >= 0 ? authValue.mid(space + 1) : authValue;
    if (withAuth && !sentToken.isEmpty()) {
        m_sentSecret = sentToken;
        r.tokenFingerprint = Redaction::fingerprint(sentToken);
        r.tokenLength = int(sentToken.size());
        if (const auto jwt = JwtInfo::decode(sentToken))
            r.tokenExpiresAt = jwt->expiresAt();
    }
    r.authorizationWithheld = !withAuth && m_request.auth != AuthMode::None;
    return r;
}

void ApiCall::sendHop()
{
    QNetworkRequest req(m_currentUrl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                     QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setRawHeader("User-Agent", "FHIR-Bulk-Explorer/" FBX_VERSION);
    for (const auto &h : m_request.headers) {
        if (!h.first.isEmpty())
            req.setRawHeader(h.first, h.second);
    }
    const bool withAuth = sameOrigin(m_currentUrl, m_origin);
    if (withAuth && m_request.auth != AuthMode::None)
        req.setRawHeader("Authorization", authorizationHeader(m_request.auth, m_request.token));
    QByteArray requestId = m_request.requestId;
    if (requestId.isEmpty() || m_hop > 0)
        requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    req.setRawHeader("X-Request-ID", requestId);

    m_sentSecret.clear();
    m_record = buildRecordSkeleton(req, withAuth);
    m_spool.reset();
    m_timedOut = false;
    m_clock.start();

    const QString scheme = m_currentUrl.scheme();
    if (!m_currentUrl.isValid() || m_currentUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        // Reported through the normal path, asynchronously, so callers can connect first.
        QTimer::singleShot(0, this, [this] {
            m_record.elapsedMs = 0;
            m_record.transportErrorCode = QStringLiteral("transport.bad-url");
            m_record.transportError = tr("Invalid URL: %1").arg(m_currentUrl.toString());
            m_record.diagnosis = Diagnoser::diagnose(m_record);
            m_done = true;
            Q_EMIT hopFinished(m_record);
            Q_EMIT finished(m_record);
        });
        return;
    }

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
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 got, qint64 total) {
        m_timeout.start();
        Q_EMIT progress(got, total);
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_timeout.start(); });
    m_timeout.start(qMax(1, m_request.timeoutMs));
    qCDebug(lcApiCall) << "send" << m_record.id << m_currentMethod << m_currentUrl.toString();
}

void ApiCall::appendBody(const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return;
    m_record.bodySize += chunk.size();
    if (!m_spool && !m_request.saveTo.isEmpty() && m_reply) {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            m_spool = std::make_unique<QFile>(m_request.saveTo);
            // Unbuffered: each chunk reaches the file at once, so a verifier can follow it.
            if (!m_spool->open(QIODevice::WriteOnly | QIODevice::Unbuffered
                               | (m_request.appendToFile ? QIODevice::Append : QIODevice::Truncate)))
                qCWarning(lcApiCall) << "cannot write" << m_spool->fileName() << m_spool->errorString();
            m_record.bodyFile = m_spool->fileName();
        }
    }
    if (!m_spool && m_record.body.size() + chunk.size() <= m_request.bodyMemoryCap) {
        m_record.body += chunk;
        return;
    }
    if (!m_spool) {
        QDir().mkpath(m_spoolDir);
        m_spool = std::make_unique<QFile>(
            QDir(m_spoolDir).filePath(QStringLiteral("call-%1.body").arg(m_record.id)));
        if (!m_spool->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            qCWarning(lcApiCall) << "cannot spool body to" << m_spool->fileName();
        } else {
            m_spool->write(m_record.body);
        }
        m_record.bodyFile = m_spool->fileName();
        m_record.body.truncate(kPreviewBytes);
    }
    if (m_spool->isOpen())
        m_spool->write(chunk);
    if (m_record.body.size() < kPreviewBytes)
        m_record.body += chunk.left(kPreviewBytes - m_record.body.size());
}

void ApiCall::onReadyRead()
{
    if (m_reply)
        appendBody(m_reply->readAll());
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
    appendBody(reply->readAll());
    m_reply = nullptr;
    reply->deleteLater();
    if (m_spool)
        m_spool->close();

    m_record.elapsedMs = m_clock.elapsed();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        m_record.status = status.toInt();
        m_record.reasonPhrase =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        for (const auto &pair : reply->rawHeaderPairs())
            m_record.responseHeaders.append(pair);
        m_record.requestIdReceived = m_record.responseHeader("X-Request-ID");
        m_record.correlationIdReceived = m_record.responseHeader("X-Correlation-Id");
    }
    // An HTTP error status is not a transport error, though Qt reports both through error():
    // codes below 200 are network and proxy failures, the rest describe the HTTP answer.
    const QNetworkReply::NetworkError err = reply->error();
    if (m_timedOut)
        m_record.transportErrorCode = QStringLiteral("transport.timeout");
    else if (m_cancelled)
        m_record.transportErrorCode = QStringLiteral("transport.cancelled");
    else if (err != QNetworkReply::NoError && (!status.isValid() || int(err) < 200))
        m_record.transportErrorCode = transportCode(err);
    if (!m_record.transportErrorCode.isEmpty()) {
        m_record.transportError = m_timedOut
                                      ? tr("No data for %1 ms").arg(m_request.timeoutMs)
                                      : reply->errorString();
        m_record.cancelled = m_cancelled;
    }
    // Some answers quote the Authorization header (API Gateway's IncompleteSignatureException
    // does): the token is redacted there too before the record leaves this class.
    if (m_sentSecret.size() >= 4 && m_record.bodyFile.isEmpty()) {
        const QByteArray placeholder = Redaction::authorizationValue(m_sentSecret);
        if (m_record.body.contains(m_sentSecret)) {
            m_record.body.replace(m_sentSecret, placeholder);
            m_record.bodyRedacted = true;
        }
        for (auto &h : m_record.responseHeaders) {
            if (h.second.contains(m_sentSecret)) {
                h.second.replace(m_sentSecret, placeholder);
                m_record.bodyRedacted = true;
            }
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
    if (m_record.status && m_record.bodyFile.isEmpty()) {
        m_record.gatewayError = GatewayError::recognise(m_record.responseHeaders, m_record.body);
        if (!m_record.gatewayError)
            m_record.outcome = OperationOutcome::parse(m_record.body);
    }
    m_record.diagnosis = Diagnoser::diagnose(m_record);

    const int code = m_record.status.value_or(0);
    const QByteArray location = m_record.responseHeader("Location");
    const bool redirect = m_record.transportErrorCode.isEmpty()
                          && (code == 301 || code == 302 || code == 303 || code == 307
                              || code == 308)
                          && !location.isEmpty() && m_hop < m_request.maxRedirects;
    if (redirect) {
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
        return;
    }
    m_done = true;
    Q_EMIT hopFinished(m_record);
    Q_EMIT finished(m_record);
}
