#pragma once

#include <QCoreApplication>
#include <QMutex>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QString>
#include <QUrl>

// How a profile (or the command line) reaches its server: through the system's proxy settings
// (the default: http_proxy/https_proxy/no_proxy, as curl reads them), directly, or through a
// named HTTP(S) or SOCKS5 proxy. The password of a named proxy is not part of it: it lives in the
// keychain (a profile) or the environment (the CLI) and is handed to the factory alone.
struct ProxySetting
{
    Q_DECLARE_TR_FUNCTIONS(ProxySetting)
public:
    enum class Mode { System, None, Http, Socks5 };
    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user; // empty: the proxy asks for none

    // "system", "none", "http://[user@]host:port", "socks5://[user@]host:port"; a password in
    // the URL is returned in *password (never kept in the setting). An error is said in *problem.
    static ProxySetting parse(const QString &text, QString *problem, QString *password = nullptr);
    QString toString() const; // as parse() reads it, without a password
    QString describe() const; // for people: "the system's proxy settings", "HTTP proxy host:port"
    bool operator==(const ProxySetting &) const = default;
};

// The proxy factory of the explorer's network access manager: the setting of the profile in use,
// and for System the system's answer (loopback never goes through a proxy). Thread-safe: Qt asks
// it from the network thread.
class ProxyFactory : public QNetworkProxyFactory
{
public:
    void setSetting(const ProxySetting &setting, const QString &password);
    ProxySetting setting() const;
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // What a call to `url` goes through, for its record: "" for a direct connection, else
    // "http://[user@]host:port" (never a password).
    static QString describeFor(QNetworkProxyFactory *factory, const QUrl &url);

protected:
    // The system's proxies for a query (tests replace it: they never leave loopback).
    virtual QList<QNetworkProxy> systemProxies(const QNetworkProxyQuery &query);

private:
    mutable QMutex m_mutex;
    ProxySetting m_setting;
    QString m_password;
};
