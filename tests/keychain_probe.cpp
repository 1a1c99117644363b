// Writes one secret through the real keychain backend and says what happened. Run by
// tst_tokenstore in a hostile environment (KDE without a wallet, no D-Bus): it must fail and
// leave no file behind. A separate process, because QtKeychain caches backend detection.
#include "app/auth/KeychainSecretBackend.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FhirBulkExplorerProbe"));
    QCoreApplication::setApplicationName(QStringLiteral("FhirBulkExplorerProbe"));
    const QByteArray secret = argc > 1 ? QByteArray(argv[1]) : QByteArray("probe-secret");
    KeychainSecretBackend backend(QStringLiteral("FhirBulkExplorerProbe"));
    int rc = 3;
    backend.write(QStringLiteral("probe"), secret, [&rc](const SecretBackend::Result &r) {
        std::printf("%s %d %s\n", r.status == SecretBackend::Status::Ok ? "written" : "refused",
                    int(r.status), qPrintable(r.message));
        rc = r.status == SecretBackend::Status::Ok ? 0 : 1;
        QCoreApplication::quit();
    });
    QTimer::singleShot(20000, &app, &QCoreApplication::quit);
    app.exec();
    return rc;
}
