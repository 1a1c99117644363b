#include "FhirClient.h"

#include "app/calls/TlsEvidence.h"
#include "app/net/ProxyChoice.h"

#include "app/tokens/JwtInfo.h"
#include "app/tokens/TokenLint.h"

#include "app/calls/Redaction.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrlQuery>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

// Large answers spill into a private folder (0700, files 0600) that lives as long as its client.
// A run that was killed leaves its folder behind, and nothing in-process can prevent that (a
// SIGKILL runs no handler): so each folder holds a lock naming its process, and the next client
// removes the folders whose process is gone. Bodies in them were redacted as they were written.
const QString kSpoolPattern = QStringLiteral("fbx-bodies-");

void sweepAbandonedSpools(const QString &own)
{
    static bool swept = false;
    if (swept)
        return;
    swept = true;
    const QDir tmp(QDir::tempPath());
    const QFileInfoList dirs =
        tmp.entryInfoList({kSpoolPattern + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &dir : dirs) {
        if (dir.absoluteFilePath() == own || !dir.isWritable())
            continue;
#ifdef Q_OS_UNIX
        if (dir.ownerId() != ::getuid())
            continue; // another user's (even when we may remove it, as root can)
#endif
        const QString lockPath =
            QDir(dir.absoluteFilePath()).filePath(QStringLiteral(".owner.lock"));
        if (!QFileInfo::exists(lockPath)) {
            // No lock yet: a client being created right now, or a folder of an older version.
            if (dir.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
                QDir(dir.absoluteFilePath()).removeRecursively();
            continue;
        }
        QLockFile lock(lockPath);
        lock.setStaleLockTime(0); // stale only when its process is gone, never by age
        if (lock.tryLock(0)) {
            lock.unlock();
            QDir(dir.absoluteFilePath()).removeRecursively();
        }
    }
}

// A lane's proxy choice: the client's manager's, whatever factory that one has (the
// system's, a profile's, a test's loopback-only one). Its setting is kept equal to the
// client's so that a call's record names the same setting on every lane.
class LaneProxies final : public ProxyFactory
{
public:
    explicit LaneProxies(QNetworkAccessManager *main) : m_main(main) {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (m_main && m_main->proxyFactory())
            return m_main->proxyFactory()->queryProxy(query);
        return ProxyFactory::queryProxy(query);
    }

private:
    QPointer<QNetworkAccessManager> m_main;
};

} // namespace

FhirClient::FhirClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam),
      m_spool(QDir::tempPath() + QLatin1Char('/') + kSpoolPattern + QStringLiteral("XXXXXX"))
{
    if (m_spool.isValid()) {
        m_spoolLock = std::make_unique<QLockFile>(
            QDir(m_spool.path()).filePath(QStringLiteral(".owner.lock")));
        m_spoolLock->setStaleLockTime(0);
        m_spoolLock->tryLock(0);
    }
    sweepAbandonedSpools(m_spool.path());
    // The system's proxy settings unless a profile names another way; a factory set by the
    // owner of the network access manager (the tests' loopback-only one) is kept.
    if (!m_nam->proxyFactory())
        m_nam->setProxyFactory(new ProxyFactory);
}

void FhirClient::setProxy(const ProxySetting &setting, const QString &password)
{
    auto *factory = dynamic_cast<ProxyFactory *>(m_nam->proxyFactory());
    if (!factory) {
        factory = new ProxyFactory;
        m_nam->setProxyFactory(factory); // the manager owns it
    }
    factory->setSetting(setting, password);
    for (QNetworkAccessManager *lane : m_lanes)
        if (auto *ours = dynamic_cast<ProxyFactory *>(lane->proxyFactory()))
            ours->setSetting(setting, password);
    clearConnections(); // no connection made the old way is reused
}

void FhirClient::clearConnections()
{
    m_nam->clearConnectionCache();
    for (QNetworkAccessManager *lane : m_lanes)
        lane->clearConnectionCache();
}

QNetworkAccessManager *FhirClient::laneManager(int lane)
{
    if (lane <= 0)
        return m_nam;
    while (int(m_lanes.size()) < lane) {
        auto *nam = new QNetworkAccessManager(this);
        auto *proxies = new LaneProxies(m_nam);
        if (const auto *main = dynamic_cast<ProxyFactory *>(m_nam->proxyFactory()))
            proxies->setSetting(main->setting(), main->password());
        nam->setProxyFactory(proxies); // the manager owns it
        m_lanes.push_back(nam);
    }
    return m_lanes[size_t(lane - 1)];
}

ProxySetting FhirClient::proxy() const
{
    const auto *factory = dynamic_cast<ProxyFactory *>(m_nam->proxyFactory());
    return factory ? factory->setting() : ProxySetting{};
}

FhirClient::~FhirClient()
{
    if (m_spoolLock)
        m_spoolLock->unlock(); // before QTemporaryDir removes the folder
}

void FhirClient::copyConnectionFrom(const FhirClient &other)
{
    m_base = other.m_base;
    m_extraCaPem = other.m_extraCaPem;
    m_pinnedSha256 = other.m_pinnedSha256;
    m_format = other.m_format;
    m_authMode = other.m_authMode;
    m_token = other.m_token;
    m_timeoutMs = other.m_timeoutMs;
    m_knownServers = other.m_knownServers;
    m_profileName = other.m_profileName;
    if (const auto *factory = dynamic_cast<ProxyFactory *>(other.m_nam->proxyFactory()))
        setProxy(factory->setting(), factory->password());
}

void FhirClient::setBaseUrl(const QUrl &base)
{
    m_base = base;
    QString path = m_base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_base.setPath(path);
}

QDateTime FhirClient::tokenExpiresAt() const
{
    if (m_token.isEmpty() || m_authMode == AuthMode::None)
        return {};
    const auto jwt = JwtInfo::decode(m_token);
    return jwt ? jwt->expiresAt() : QDateTime();
}

void FhirClient::setAuthorization(AuthMode mode, const QByteArray &token)
{
    m_authMode = mode;
    m_token = token;
}

QByteArray FhirClient::authorizationFor(const CallRecord &record) const
{
    // The record's fingerprint is of the token alone (a "Bearer " pasted with it stayed in the
    // header, and is in the redacted header still).
    const QByteArray token = TokenLint::tokenAlone(m_token);
    if (record.tokenFingerprint.isEmpty() || token.isEmpty() ||
        Redaction::fingerprint(token) != record.tokenFingerprint)
        return {};
    return Redaction::restoreAuthorization(record.requestHeader("Authorization"), token);
}

QUrl FhirClient::resolve(const QString &pathOrUrl) const
{
    const QString text = pathOrUrl.trimmed();
    if (text.contains(QLatin1String("://")))
        return QUrl(text, QUrl::StrictMode);
    QString rel = text;
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    QUrl url = m_base;
    const int q = rel.indexOf(QLatin1Char('?'));
    const QString path = q >= 0 ? rel.left(q) : rel;
    url.setPath(m_base.path() + QLatin1Char('/') + path);
    if (q >= 0)
        url.setQuery(rel.mid(q + 1));
    return url;
}

ApiRequest FhirClient::prepare(const QString &purpose, const QByteArray &method,
                               const QString &pathOrUrl, const QByteArray &body,
                               const HeaderList &extraHeaders) const
{
    ApiRequest r;
    r.purpose = purpose;
    r.method = method.toUpper();
    r.url = resolve(pathOrUrl);
    if (m_format.formatParameter && r.url.isValid()) {
        QUrlQuery q(r.url);
        if (!q.hasQueryItem(QStringLiteral("_format")))
            q.addQueryItem(QStringLiteral("_format"), QString::fromLatin1(m_format.mimeType));
        r.url.setQuery(q);
    }
    r.headers.append({"Accept", m_format.mimeType});
    if (m_format.alsoContentType || !body.isEmpty())
        r.headers.append({"Content-Type", m_format.mimeType});
    for (const auto &h : extraHeaders) {
        bool replaced = false;
        for (auto &existing : r.headers) {
            if (existing.first.compare(h.first, Qt::CaseInsensitive) == 0) {
                existing.second = h.second;
                replaced = true;
            }
        }
        if (!replaced)
            r.headers.append(h);
    }
    r.body = body;
    // With no token, a mode that carries one sends no header at all (the Empty variant is the
    // way to send an empty one on purpose): an empty Token field means "no token".
    const bool carriesToken = m_authMode != AuthMode::None && m_authMode != AuthMode::Empty;
    r.auth = carriesToken && m_token.isEmpty() ? AuthMode::None : m_authMode;
    r.token = m_token;
    r.knownServers = m_knownServers;
    // The profile names the server only for calls to it: a whole URL to another host (typed in the
    // address bar, a file server in a manifest) is shown by its host in the log.
    if (ApiCall::sameOrigin(r.url, m_base))
        r.profile = m_profileName;
    r.timeoutMs = m_timeoutMs;
    return r;
}

void FhirClient::setExtraCaPem(const QByteArray &pem)
{
    if (pem == m_extraCaPem)
        return;
    m_extraCaPem = pem;
    // QNAM keeps a connection per host with the TLS settings of its first request (even one
    // whose handshake failed): with other CAs to trust, start afresh.
    clearConnections();
}

void FhirClient::setPinnedSha256(const QString &sha256)
{
    if (sha256 == m_pinnedSha256)
        return;
    m_pinnedSha256 = sha256;
    clearConnections(); // as for new CAs: no connection with the old verdict
}

QString FhirClient::trustAsProfile(const ServerProfile &profile)
{
    QString problem;
    setExtraCaPem(profile.caBundle.isEmpty()
                      ? QByteArray()
                      : TlsEvidence::loadCaBundle(profile.caBundle, &problem));
    setPinnedSha256(profile.pinnedSha256);
    return problem;
}

ApiCall *FhirClient::send(ApiRequest request)
{
    return send(std::move(request), 0);
}

ApiCall *FhirClient::send(ApiRequest request, int lane)
{
    if (request.extraCaPem.isEmpty())
        request.extraCaPem = m_extraCaPem;
    if (request.pinnedSha256.isEmpty())
        request.pinnedSha256 = m_pinnedSha256;
    auto *call = new ApiCall(laneManager(lane), std::move(request), m_spool.path(), this);
    connect(call, &ApiCall::hopFinished, this, &FhirClient::callFinished);
    connect(call, &ApiCall::finished, call, &QObject::deleteLater);
    Q_EMIT callStarted(call);
    call->start();
    return call;
}

ApiCall *FhirClient::capabilities()
{
    ApiRequest r = prepare(tr("Read CapabilityStatement"), "GET", QStringLiteral("metadata"));
    r.auth = AuthMode::None; // metadata needs no authorization
    return send(std::move(r));
}
