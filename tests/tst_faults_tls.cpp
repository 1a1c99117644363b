// The fault suite, TLS: https:// to a port that speaks plain HTTP, and to a server whose
// certificate is not trusted: the diagnosis says which.
#include "FaultsFixture.h"

#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>

class TestFaultsTls : public QObject, protected FaultsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initFixture(); }

    void tlsFaults()
    {
        // https:// to a port that speaks plain HTTP, and to a server whose certificate is
        // self-signed (made here with openssl): both end as transport.tls, in bounded time.
        FaultServer plain;
        plain.start();
        Result r =
            cli({QStringLiteral("get"),
                 QStringLiteral("https://127.0.0.1:%1/x").arg(plain.serverPort()),
                 QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3000")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(diagnosis(r).startsWith(QLatin1String("transport.")), r.out.constData());
        QVERIFY(r.ms < 20000);

        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"),
                       dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       dir.filePath(QStringLiteral("cert.pem"))});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            QSKIP("the openssl command is not available here");
        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        QSslServer tls;
        tls.setSslConfiguration(config);
        QVERIFY(tls.listen(QHostAddress::LocalHost, 0));
        connect(&tls, &QTcpServer::pendingConnectionAvailable, &tls, [&tls] {
            while (QTcpSocket *s = tls.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, s,
                        [s] { s->write(FaultServer::response(200, "{}")); });
        });
        r = cli({QStringLiteral("get"),
                 QStringLiteral("https://127.0.0.1:%1/x").arg(tls.serverPort()),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(diagnosis(r), QStringLiteral("transport.tls"));
    }
};

QTEST_GUILESS_MAIN(TestFaultsTls)
#include "tst_faults_tls.moc"
