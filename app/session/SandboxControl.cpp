#include "SandboxControl.h"

#include "app/sandbox/SandboxDeviations.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"

bool SandboxControl::start()
{
    return m_host->isRunning() || m_host->start();
}

bool SandboxControl::isRunning() const
{
    return m_host->isRunning();
}

quint16 SandboxControl::port() const
{
    return m_host->isRunning() ? quint16(m_host->baseUrl().port()) : 0;
}

QUrl SandboxControl::baseUrl() const
{
    return m_host->baseUrl();
}

QUrl SandboxControl::tokenUrl() const
{
    return m_host->tokenUrl();
}

QUrl SandboxControl::baseUrlOf(const ServerProfile &profile) const
{
    return profile.environment == ServerProfile::Environment::Sandbox ? m_host->baseUrl()
                                                                      : profile.baseUrl;
}

QString SandboxControl::demoClientId()
{
    return QLatin1String(SandboxServer::kDemoClientId);
}

QString SandboxControl::demoClientSecret()
{
    return QLatin1String(SandboxServer::kDemoClientSecret);
}

QString SandboxControl::demoJwtClientId()
{
    return QLatin1String(SandboxServer::kDemoJwtClientId);
}

QByteArray SandboxControl::demoToken() const
{
    return m_host->demoToken();
}

QByteArray SandboxControl::demoJwtPrivateKeyPem() const
{
    return m_host->demoJwtPrivateKeyPem();
}

QByteArray SandboxControl::mintToken(qint64 lifetimeSecs) const
{
    return m_host->mintToken(lifetimeSecs);
}

QByteArray SandboxControl::mintTokenForAudience(const QString &audience) const
{
    return m_host->mintTokenForAudience(audience);
}

void SandboxControl::registerClient(const QString &clientId, const QJsonObject &jwks) const
{
    m_host->configure([clientId, jwks](SandboxServer *s) { s->registerClient(clientId, jwks); });
}

SandboxScenario SandboxControl::scenario() const
{
    SandboxScenario current;
    m_host->configure([&current](SandboxServer *s) { current = s->scenario(); });
    return current;
}

void SandboxControl::setScenario(const SandboxScenario &scenario) const
{
    m_host->configure([scenario](SandboxServer *s) { s->setScenario(scenario); });
}

void SandboxControl::setOpenReads(bool open) const
{
    m_host->configure([open](SandboxServer *s) {
        SandboxScenario changed = s->scenario();
        changed.openReads = open;
        s->setScenario(changed);
    });
}

QStringList SandboxControl::deviations()
{
    return SandboxDeviations::names();
}

QString SandboxControl::describeDeviation(const QString &name)
{
    return SandboxDeviations::describe(name);
}
