#pragma once

#include "app/calls/ProxySetting.h"

#include <QCoreApplication>
#include <QMutex>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QString>
#include <QUrl>

// The proxy factory of the explorer's network access manager: the setting of the profile in use,
// and for System the system's answer (loopback never goes through a proxy). Thread-safe: Qt asks
// it from the network thread.
class ProxyFactory : public QNetworkProxyFactory
{
public:
    void setSetting(const ProxySetting &setting, const QString &password);
    ProxySetting setting() const;
    QString password() const; // the named proxy's, for a client that copies this way
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
