#pragma once

// What the fhir-bulk suites share: the built program run as a user runs it (a real process, its
// output and its exit code), in a throw-away home, beside a Sandbox of their own.
#include "TestCertificates.h"
#include "TestProxy.h"
#include "app/auth/KeychainSecretBackend.h"
#include "app/auth/TokenStore.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ProfileStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <tuple>

class CliFixture
{
protected:
    SandboxHost m_sandbox;
    QTemporaryDir m_home;

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QByteArray all() const { return out + err; }
    };

    // A file of the test's in the throw-away home; its path (empty: it could not be written).
    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_home.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The diagnosis code of a `--json` answer.
    static QString codeOf(const Result &r)
    {
        return QJsonDocument::fromJson(r.out)
            .object()
            .value(QLatin1String("diagnosis"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }

    Result cli(const QStringList &args, const QByteArray &token = {},
               const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.remove(QStringLiteral("FHIR_BULK_TOKEN"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("FHIR_BULK_TOKEN"), QString::fromLatin1(token));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("FBX_CLI"), args);
        if (!p.waitForStarted(10000))
            return {};
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // As cli(), but the test's own event loop runs meanwhile (for a server in this thread);
    // `extraEnv` as NAME=VALUE, the token in FHIR_BULK_TOKEN. Exit code -1 when it did not end
    // within `timeoutMs` (then killed).
    Result cliServing(const QStringList &args, const QStringList &extraEnv = {},
                      const QByteArray &token = {}, int timeoutMs = 30000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : extraEnv)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.remove(QStringLiteral("FHIR_BULK_TOKEN"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("FHIR_BULK_TOKEN"), QString::fromLatin1(token));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("FBX_CLI"), args);
        p.closeWriteChannel();
        if (!finished.wait(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {-1, p.readAllStandardOutput(), p.readAllStandardError()};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // `fhir-bulk get Group/1 --json` against `server`, trusting the test CA made in `dir`.
    static QStringList tlsGet(const QSslServer &server, const QString &dir)
    {
        return {QStringLiteral("get"),
                QStringLiteral("Group/1"),
                QStringLiteral("--base"),
                QStringLiteral("https://127.0.0.1:%1/fhir").arg(server.serverPort()),
                QStringLiteral("--cacert"),
                dir + QStringLiteral("/ca.pem"),
                QStringLiteral("--json")};
    }
};
