#include "TlsEvidence.h"

#include <QCoreApplication>
#include <QFile>

QByteArray TlsEvidence::loadCaBundle(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return {};
    }
    const QByteArray pem = file.readAll();
#if QT_CONFIG(ssl)
    if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty()) {
        *problem = QCoreApplication::translate("TlsEvidence", "no PEM certificate in the file");
        return {};
    }
#endif
    return pem;
}

#if QT_CONFIG(ssl)
#include <QCryptographicHash>

namespace TlsEvidence {

namespace {
QString distinguishedName(const QSslCertificate &c, bool issuer)
{
    // The parts an analyst recognises, most specific first.
    QStringList parts;
    const auto add = [&](QSslCertificate::SubjectInfo info, const char *label) {
        const QString v =
            (issuer ? c.issuerInfo(info) : c.subjectInfo(info)).join(QStringLiteral(", "));
        if (!v.isEmpty())
            parts << QStringLiteral("%1=%2").arg(QLatin1String(label), v);
    };
    add(QSslCertificate::CommonName, "CN");
    add(QSslCertificate::Organization, "O");
    add(QSslCertificate::OrganizationalUnitName, "OU");
    add(QSslCertificate::CountryName, "C");
    return parts.join(QStringLiteral(", "));
}
} // namespace

PeerCertificate describe(const QSslCertificate &certificate)
{
    PeerCertificate out;
    out.subject = distinguishedName(certificate, false);
    out.issuer = distinguishedName(certificate, true);
    out.notBefore = certificate.effectiveDate().toUTC();
    out.notAfter = certificate.expiryDate().toUTC();
    const auto alternates = certificate.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it)
        out.names << it.value();
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < digest.size(); i += 2)
        pairs << QString::fromLatin1(digest.mid(i, 2));
    out.sha256 = pairs.join(QLatin1Char(':'));
    out.selfSigned = certificate.isSelfSigned();
    return out;
}

QList<PeerCertificate> describe(const QList<QSslCertificate> &chain)
{
    QList<PeerCertificate> out;
    for (const QSslCertificate &c : chain)
        out << describe(c);
    return out;
}

QString problemCode(QSslError::SslError error)
{
    switch (error) {
    case QSslError::HostNameMismatch:
        return QStringLiteral("hostname-mismatch");
    case QSslError::CertificateExpired:
        return QStringLiteral("expired");
    case QSslError::CertificateNotYetValid:
        return QStringLiteral("not-yet-valid");
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return QStringLiteral("self-signed");
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return QStringLiteral("unknown-issuer");
    case QSslError::CertificateRevoked:
        return QStringLiteral("revoked");
    default:
        return QStringLiteral("other");
    }
}

} // namespace TlsEvidence
#endif
