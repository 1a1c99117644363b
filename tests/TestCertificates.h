#pragma once
// Certificates made at test time with the openssl command, as an analyst's CA would make them:
// in `dir`, ca.pem/ca.key (CN=Test CA, self-signed) and server.pem/server.key for 127.0.0.1 and
// localhost, signed by that CA. san.ext is left beside them (it is not PEM).
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QString>
#include <QStringList>

namespace TestCertificates {

inline bool make(const QString &dir)
{
    const auto run = [&dir](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    };
    QFile ext(dir + QStringLiteral("/san.ext"));
    return run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Test CA"),
                QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                QStringLiteral("ca.pem")}) &&
           run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                QStringLiteral("server.csr")}) &&
           ext.open(QIODevice::WriteOnly) &&
           ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n") > 0 && (ext.close(), true) &&
           run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-extfile"), QStringLiteral("san.ext"), QStringLiteral("-out"),
                QStringLiteral("server.pem")});
}

// After make(): `name`.pem, the same server key and names, signed by the CA but valid only
// from `start` to `end` (openssl's YYYYMMDDHHMMSSZ): expired or not yet valid certificates.
inline bool makeDated(const QString &dir, const QString &name, const QString &start,
                      const QString &end)
{
    QFile config(dir + QStringLiteral("/ca.cnf"));
    QFile index(dir + QStringLiteral("/index.txt"));
    QFile serial(dir + QStringLiteral("/serial"));
    if (!config.exists()) {
        if (!config.open(QIODevice::WriteOnly) ||
            config.write("[ca]\ndefault_ca=d\n[d]\ndatabase=index.txt\nnew_certs_dir=.\n"
                         "serial=serial\ndefault_md=sha256\npolicy=p\nunique_subject=no\n"
                         "[p]\ncommonName=supplied\n") <= 0 ||
            !index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly) ||
            serial.write("1000\n") <= 0)
            return false;
        config.close();
        index.close();
        serial.close();
    }
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
             QStringLiteral("-config"), QStringLiteral("ca.cnf"), QStringLiteral("-cert"),
             QStringLiteral("ca.pem"), QStringLiteral("-keyfile"), QStringLiteral("ca.key"),
             QStringLiteral("-in"), QStringLiteral("server.csr"), QStringLiteral("-out"),
             name + QStringLiteral(".pem"), QStringLiteral("-startdate"), start,
             QStringLiteral("-enddate"), end, QStringLiteral("-extfile"),
             QStringLiteral("san.ext")});
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

// After make(): an intermediate CA signed by the root (inter.pem), a server certificate it signs
// (leaf-inter.pem), and chain.pem = that leaf followed by the intermediate, as servers send it.
inline bool makeChain(const QString &dir)
{
    const auto run = [&dir](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    };
    QFile ext(dir + QStringLiteral("/inter.ext"));
    if (!ext.open(QIODevice::WriteOnly) ||
        ext.write("basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n") <=
            0)
        return false;
    ext.close();
    if (!run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
              QStringLiteral("-nodes"), QStringLiteral("-subj"),
              QStringLiteral("/CN=Test Intermediate CA"), QStringLiteral("-keyout"),
              QStringLiteral("inter.key"), QStringLiteral("-out"), QStringLiteral("inter.csr")}) ||
        !run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
              QStringLiteral("inter.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
              QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
              QStringLiteral("inter.ext"), QStringLiteral("-out"), QStringLiteral("inter.pem")}) ||
        !run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
              QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("inter.pem"),
              QStringLiteral("-CAkey"), QStringLiteral("inter.key"),
              QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
              QStringLiteral("-extfile"), QStringLiteral("san.ext"), QStringLiteral("-out"),
              QStringLiteral("leaf-inter.pem")}))
        return false;
    QFile leaf(dir + QStringLiteral("/leaf-inter.pem"));
    QFile inter(dir + QStringLiteral("/inter.pem"));
    QFile chain(dir + QStringLiteral("/chain.pem"));
    if (!leaf.open(QIODevice::ReadOnly) || !inter.open(QIODevice::ReadOnly) ||
        !chain.open(QIODevice::WriteOnly))
        return false;
    const QByteArray both = leaf.readAll() + inter.readAll();
    return chain.write(both) == both.size();
}

// A server TLS configuration from `cert` and `key` (PEM files in `dir`).
inline QSslConfiguration serverConfiguration(const QString &dir, const QString &cert,
                                             const QString &key)
{
    QFile certFile(dir + QLatin1Char('/') + cert);
    QFile keyFile(dir + QLatin1Char('/') + key);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return tls;
    // A file of several certificates is the leaf and the chain the server sends with it.
    tls.setLocalCertificateChain(QSslCertificate::fromData(certFile.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    return tls;
}

// Every request on `server` (once its TLS handshake succeeded) gets 200 with a small Group.
inline void answerWithAGroup(QSslServer &server)
{
    QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&server] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                if (!s->readAll().contains("\r\n\r\n"))
                    return;
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/fhir+json\r\n"
                         "Content-Length: 45\r\n\r\n"
                         "{\"resourceType\":\"Group\",\"id\":\"1\",\"member\":[]}");
                s->flush();
            });
        }
    });
}

// `server` on a free loopback port with `cert` and `key` (PEM files in `dir`), answering every
// request with a small Group: the HTTPS server the TLS tests talk to.
inline bool serveGroup(QSslServer &server, const QString &dir,
                       const QString &cert = QStringLiteral("server.pem"),
                       const QString &key = QStringLiteral("server.key"))
{
    server.setSslConfiguration(serverConfiguration(dir, cert, key));
    if (server.sslConfiguration().localCertificate().isNull() ||
        !server.listen(QHostAddress::LocalHost, 0))
        return false;
    answerWithAGroup(server);
    return true;
}

} // namespace TestCertificates
