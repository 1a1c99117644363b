// QNetworkAccessManager alone, for issue #28: does QNAM's one HTTP thread limit HTTPS downloads?
// Downloads URLs in parallel to files over HTTP/1.1 with N managers (one thread each), no
// verification, the allocator tuned as fhir-bulk tunes it, so the figure is QNAM's, not ours.
//   TOK="Bearer …" fbx-bench-qnam MANAGERS CA.pem OUTDIR URL...
#include "app/support/MemoryTuning.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <cstdio>
#include <memory>
#include <vector>

int main(int argc, char **argv)
{
    MemoryTuning::forStreaming();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int managers = args.value(1).toInt();
    if (args.size() < 5 || managers < 1) {
        std::fprintf(stderr, "usage: fbx-bench-qnam MANAGERS CA.pem OUTDIR URL...\n");
        return 2;
    }
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    for (int i = 0; i < managers; ++i)
        nams.push_back(std::make_unique<QNetworkAccessManager>());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(QSslCertificate::fromPath(args.at(2)));
    const QStringList urls = args.mid(4);
    std::vector<std::unique_ptr<QFile>> files;
    qsizetype left = urls.size();
    int failures = 0;
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < urls.size(); ++i) {
        files.push_back(std::make_unique<QFile>(args.at(3) + QStringLiteral("/%1").arg(i)));
        QFile *file = files.back().get();
        if (!file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file->fileName()));
            return 2;
        }
        QNetworkRequest request{QUrl(urls.at(i))};
        request.setSslConfiguration(tls);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setRawHeader("Authorization", qgetenv("TOK"));
        QNetworkReply *reply = nams[size_t(i % managers)]->get(request);
        reply->setReadBufferSize(1 << 20);
        const auto drain = [reply, file, &failures] {
            const QByteArray bytes = reply->readAll();
            if (file->write(bytes) != bytes.size())
                ++failures;
        };
        QObject::connect(reply, &QNetworkReply::readyRead, &app, drain);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, file, drain] {
            drain();
            if (reply->error() != QNetworkReply::NoError) {
                std::fprintf(stderr, "%s\n", qPrintable(reply->errorString()));
                ++failures;
            }
            file->close();
            if (--left == 0)
                QCoreApplication::quit();
        });
    }
    QCoreApplication::exec();
    std::printf("%d manager(s): %lld files in %.2f s\n", managers, qlonglong(urls.size()),
                double(clock.elapsed()) / 1000.0);
    return failures == 0 ? 0 : 1;
}
