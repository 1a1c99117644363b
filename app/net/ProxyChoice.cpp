#include "ProxyChoice.h"

#include <QHostAddress>

namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

void ProxyFactory::setSetting(const ProxySetting &setting, const QString &password)
{
    const QMutexLocker lock(&m_mutex);
    m_setting = setting;
    m_password = password;
}

ProxySetting ProxyFactory::setting() const
{
    const QMutexLocker lock(&m_mutex);
    return m_setting;
}

QString ProxyFactory::password() const
{
    const QMutexLocker lock(&m_mutex);
    return m_password;
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    ProxySetting s;
    QString password;
    {
        const QMutexLocker lock(&m_mutex);
        s = m_setting;
        password = m_password;
    }
    switch (s.mode) {
    case ProxySetting::Mode::None:
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    case ProxySetting::Mode::Http:
        return {QNetworkProxy(QNetworkProxy::HttpProxy, s.host, s.port, s.user, password)};
    case ProxySetting::Mode::Socks5:
        return {QNetworkProxy(QNetworkProxy::Socks5Proxy, s.host, s.port, s.user, password)};
    case ProxySetting::Mode::System:
        break;
    }
    // The Sandbox and other loopback servers are reached directly, whatever the system says.
    if (isLoopback(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return systemProxies(query);
}

QList<QNetworkProxy> ProxyFactory::systemProxies(const QNetworkProxyQuery &query)
{
    return QNetworkProxyFactory::systemProxyForQuery(query);
}

QString ProxyFactory::describeFor(QNetworkProxyFactory *factory, const QUrl &url)
{
    if (!factory)
        return {};
    const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(url));
    if (proxies.isEmpty())
        return {};
    const QNetworkProxy &p = proxies.first();
    QString scheme;
    switch (p.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        scheme = QStringLiteral("http");
        break;
    case QNetworkProxy::Socks5Proxy:
        scheme = QStringLiteral("socks5");
        break;
    default:
        return {};
    }
    QUrl u;
    u.setScheme(scheme);
    u.setHost(p.hostName());
    u.setPort(p.port());
    u.setUserName(p.user());
    return u.toString();
}
