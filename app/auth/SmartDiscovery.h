#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

class FhirClient;

// Where to get tokens, as a server announces it (SMART App Launch / Backend Services):
// .well-known/smart-configuration's token_endpoint, or the CapabilityStatement's oauth-uris
// extension (rest.security.extension[oauth-uris].extension[token].valueUri).
namespace SmartDiscovery {
QUrl tokenEndpointFromSmartConfiguration(const QByteArray &json);
QUrl tokenEndpointFromCapabilityStatement(const QByteArray &json);
} // namespace SmartDiscovery

// Asks the current server where its token endpoint is: GET .well-known/smart-configuration
// (no token), and when that names none, the CapabilityStatement. finished() reports the URL
// (invalid when neither names one), where it was found, and the calls it took.
class TokenEndpointDiscovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenEndpointDiscovery)
public:
    enum class Source { None, SmartConfiguration, CapabilityStatement };
    struct Result
    {
        QUrl tokenUrl;
        Source source = Source::None;
        QList<quint64> callIds;
    };

    explicit TokenEndpointDiscovery(FhirClient *client, QObject *parent = nullptr);
    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const TokenEndpointDiscovery::Result &result);

private:
    FhirClient *m_client;
    bool m_running = false;
};
