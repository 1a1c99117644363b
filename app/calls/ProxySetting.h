#pragma once

#include <QCoreApplication>
#include <QString>

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
