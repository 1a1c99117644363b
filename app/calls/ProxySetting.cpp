#include "ProxySetting.h"

#include <QHostAddress>
#include <QUrl>

ProxySetting ProxySetting::parse(const QString &text, QString *problem, QString *password)
{
    ProxySetting s;
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return s;
    if (t.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        s.mode = Mode::None;
        return s;
    }
    // "host:port" alone is an HTTP proxy, as curl reads it.
    const QUrl url(t.contains(QLatin1String("://")) ? t : QStringLiteral("http://") + t,
                   QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        s.mode = Mode::Http;
    else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        s.mode = Mode::Socks5;
    if (!url.isValid() || url.host().isEmpty() || s.mode == Mode::System) {
        if (problem)
            *problem = tr("\"%1\" is not a proxy: write http://HOST:PORT or socks5://HOST:PORT "
                          "(or \"system\", \"none\").")
                           .arg(url.isValid() ? t : url.toString(QUrl::RemovePassword));
        return {};
    }
    const int defaultPort =
        s.mode == Mode::Socks5 ? 1080 : (scheme == QLatin1String("https") ? 443 : 3128);
    s.host = url.host();
    s.port = quint16(url.port(defaultPort));
    s.user = url.userName();
    if (password)
        *password = url.password();
    return s;
}

QString ProxySetting::toString() const
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Http:
    case Mode::Socks5:
        break;
    }
    QUrl url;
    url.setScheme(mode == Mode::Http ? QStringLiteral("http") : QStringLiteral("socks5"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    return url.toString();
}

QString ProxySetting::describe() const
{
    switch (mode) {
    case Mode::System:
        return tr("the system's proxy settings");
    case Mode::None:
        return tr("no proxy (direct)");
    case Mode::Http:
        return tr("HTTP proxy %1:%2").arg(host).arg(port);
    case Mode::Socks5:
        return tr("SOCKS5 proxy %1:%2").arg(host).arg(port);
    }
    return {};
}
