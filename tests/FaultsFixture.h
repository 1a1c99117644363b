#pragma once

// What the fault suite's programs share (tests/tst_faults_*.cpp): fhir-bulk run as a user runs
// it, against a server that misbehaves in one exact way per test (tests/FaultServer.h sends the
// bytes each case needs). For every case a test checks that it ends in bounded time, its exit
// code, the diagnosis code or message, and what is on disk: a final name only for a complete,
// verified file.
#include "FaultServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <zlib.h>

inline const QByteArray kToken =
    "eyJhbGciOiJub25lIn0.eyJzdWIiOiJmYXVsdC1zdWl0ZSJ9.TOKEN-MARK-7f3a9c";

inline QByteArray patients(int n, int from = 0)
{
    QByteArray out;
    for (int i = from; i < from + n; ++i)
        out += "{\"resourceType\":\"Patient\",\"id\":\"p" + QByteArray::number(i) + "\"}\n";
    return out;
}

inline QByteArray gzip(const QByteArray &in)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(in.size()))) + 64, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

// The fixture of every fault program: a throw-away HOME, fhir-bulk runs, a Bulk Data server on
// a FaultServer. A test class derives from QObject and from this.
class FaultsFixture
{
protected:
    // For each program's initTestCase.
    void initFixture()
    {
        QVERIFY(!qEnvironmentVariable("FBX_CLI").isEmpty());
        QVERIFY(QDir().mkpath(m_home.path() + QStringLiteral("/tmp")));
    }

    QTemporaryDir m_home;
    QStringList m_wrapper; // a command fhir-bulk runs under (unshare), or nothing

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        qint64 ms = 0;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    // Runs fhir-bulk while this thread's event loop keeps serving the fault server.
    Result cli(const QStringList &args, const QByteArray &token = kToken,
               const QByteArray &stdinData = {}, int limitMs = 60000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("TMPDIR"), m_home.path() + QStringLiteral("/tmp"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("FHIR_BULK_TOKEN"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("FHIR_BULK_TOKEN"), QString::fromLatin1(token));
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        if (m_wrapper.isEmpty())
            p.start(qEnvironmentVariable("FBX_CLI"), args);
        else
            p.start(m_wrapper.constFirst(),
                    m_wrapper.mid(1) + QStringList{qEnvironmentVariable("FBX_CLI")} + args);
        if (!p.waitForStarted(10000))
            return {};
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(limitMs)) {
            p.kill();
            p.waitForFinished(5000);
            qWarning("fhir-bulk did not end within %d ms", limitMs);
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), p.readAllStandardError(), clock.elapsed()};
    }

    Result get(FaultServer &server, const QByteArray &path, QStringList extra = {},
               const QByteArray &token = kToken)
    {
        QStringList args{QStringLiteral("get"), QString::fromLatin1(path), QStringLiteral("--base"),
                         server.url().toString(), QStringLiteral("--json")};
        args += extra;
        return cli(args, token);
    }

    QString diagnosis(const Result &r) const
    {
        return r.json()
            .value(QLatin1String("diagnosis"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }

    // A Bulk Data server on the fault server: kick-off, a status URL, and a manifest listing
    // `files` (type, path on this server, count or -1).
    struct ManifestFile
    {
        QByteArray type;
        QByteArray path;
        int count = -1;
    };
    void bulkServer(FaultServer &server, const QList<ManifestFile> &files,
                    const QList<QPair<QByteArray, QByteArray>> &manifestHeaders = {},
                    const QList<ManifestFile> &errors = {})
    {
        server.acceptExport("/Group/g1/$export", server.url(QStringLiteral("/status/1")));
        server.on("/status/1", [&server, files, manifestHeaders,
                                errors](const FaultServer::Request &, int) {
            QJsonArray output;
            QJsonArray errorList;
            for (const ManifestFile &f : errors) {
                QJsonObject o{
                    {QStringLiteral("type"), QStringLiteral("OperationOutcome")},
                    {QStringLiteral("url"), server.url(QString::fromLatin1(f.path)).toString()}};
                if (f.count >= 0)
                    o.insert(QStringLiteral("count"), f.count);
                errorList.append(o);
            }
            for (const ManifestFile &f : files) {
                QJsonObject o{{QStringLiteral("type"), QString::fromLatin1(f.type)},
                              {QStringLiteral("url"),
                               f.path.startsWith("file:")
                                   ? QString::fromLatin1(f.path)
                                   : server.url(QString::fromLatin1(f.path)).toString()}};
                if (f.count >= 0)
                    o.insert(QStringLiteral("count"), f.count);
                output.append(o);
            }
            const QJsonObject manifest{
                {QStringLiteral("transactionTime"), QStringLiteral("2026-01-01T00:00:00Z")},
                {QStringLiteral("request"),
                 server.url(QStringLiteral("/Group/g1/$export")).toString()},
                {QStringLiteral("requiresAccessToken"), true},
                {QStringLiteral("output"), output},
                {QStringLiteral("error"), errorList}};
            auto headers = manifestHeaders;
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
            return FaultServer::answer(200, QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                                       headers);
        });
    }

    Result exportRun(FaultServer &server, const QString &out, QStringList extra = {},
                     int limitMs = 60000)
    {
        QStringList args{QStringLiteral("export"),
                         QStringLiteral("--group"),
                         QStringLiteral("g1"),
                         QStringLiteral("--base"),
                         server.url().toString(),
                         QStringLiteral("--out"),
                         out,
                         QStringLiteral("--json")};
        args += extra;
        return cli(args, kToken, {}, limitMs);
    }

    static QString jobFolder(const QString &out, const QUrl &statusUrl)
    {
        const QString job = QString::fromLatin1(
            QCryptographicHash::hash(statusUrl.toString().toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(12));
        return QDir(out).filePath(QStringLiteral("export-") + job);
    }

    static QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files, QDir::Name);
    }
};
