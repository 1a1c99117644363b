#pragma once

#include "app/calls/CallRecord.h"

#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#endif

// What a TLS handshake showed, for the record: the certificates in words and the failed checks
// as stable codes (the causes of transport.tls build on them).
namespace TlsEvidence {
// The CA certificates of a PEM file (a profile's CA bundle, --cacert), as PEM; empty and
// *problem said when the file cannot be read or holds no certificate.
QByteArray loadCaBundle(const QString &path, QString *problem);
#if QT_CONFIG(ssl)
PeerCertificate describe(const QSslCertificate &certificate);
QList<PeerCertificate> describe(const QList<QSslCertificate> &chain);
// hostname-mismatch, expired, not-yet-valid, self-signed, unknown-issuer, revoked, other
QString problemCode(QSslError::SslError error);
#endif
} // namespace TlsEvidence
