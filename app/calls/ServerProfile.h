#pragma once

#include "app/calls/ProxySetting.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// A server the explorer talks to. Non-secret: saved in QSettings; tokens live elsewhere.
struct ServerProfile
{
    Q_DECLARE_TR_FUNCTIONS(ServerProfile)
public:
    enum class Environment { Sandbox, Production, Preview, Custom };

    QString id; // stable key: "sandbox", "netsmart-production", "netsmart-preview", "custom-..."
    QString name;
    QUrl baseUrl; // empty for the Sandbox until it runs
    Environment environment = Environment::Custom;
    bool builtIn = false;
    // A PEM file of CA certificates trusted for this server besides the system's (a private CA,
    // or a TLS-intercepting proxy's); empty: the system's alone. Never "ignore TLS errors".
    QString caBundle;
    // A server certificate trusted for this profile although a check fails (self-signed, an
    // unknown issuer): its SHA-256 as the Certificate tab shows it. Only that certificate.
    QString pinnedSha256;
    // How its calls reach it (the system's proxy by default); a proxy password is in the keychain.
    ProxySetting proxy;

    static QString environmentKey(Environment e);
    static Environment environmentFromKey(const QString &key);
    static QString environmentName(Environment e);

    static ServerProfile sandbox();
    static QList<ServerProfile> builtIns();
};
