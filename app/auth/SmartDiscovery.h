#pragma once

#include <QByteArray>
#include <QUrl>

// Where to get tokens, as a server announces it (SMART App Launch / Backend Services):
// .well-known/smart-configuration's token_endpoint, or the CapabilityStatement's oauth-uris
// extension (rest.security.extension[oauth-uris].extension[token].valueUri).
namespace SmartDiscovery {
QUrl tokenEndpointFromSmartConfiguration(const QByteArray &json);
QUrl tokenEndpointFromCapabilityStatement(const QByteArray &json);
} // namespace SmartDiscovery
