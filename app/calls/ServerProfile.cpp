#include "ServerProfile.h"

QString ServerProfile::environmentKey(Environment e)
{
    switch (e) {
    case Environment::Sandbox:
        return QStringLiteral("sandbox");
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::Preview:
        return QStringLiteral("preview");
    case Environment::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

ServerProfile::Environment ServerProfile::environmentFromKey(const QString &key)
{
    for (Environment e : {Environment::Sandbox, Environment::Production, Environment::Preview}) {
        if (environmentKey(e) == key)
            return e;
    }
    return Environment::Custom;
}

QString ServerProfile::environmentName(Environment e)
{
    switch (e) {
    case Environment::Sandbox:
        return tr("sandbox");
    case Environment::Production:
        return tr("production");
    case Environment::Preview:
        return tr("preview");
    case Environment::Custom:
        return tr("custom");
    }
    return {};
}

ServerProfile ServerProfile::sandbox()
{
    return {QStringLiteral("sandbox"), tr("Sandbox (built-in)"), QUrl(), Environment::Sandbox,
            true};
}

QList<ServerProfile> ServerProfile::builtIns()
{
    return {sandbox(),
            {QStringLiteral("netsmart-production"), tr("Netsmart Production"),
             QUrl(QStringLiteral("https://fhir.netsmartcloud.com/uscore/v1/bulk-data")),
             Environment::Production, true},
            {QStringLiteral("netsmart-preview"), tr("Netsmart Preview"),
             QUrl(QStringLiteral("https://fhirtest.netsmartcloud.com/uscore/v1/bulk-data")),
             Environment::Preview, true}};
}
