// fhir-bulk export as a user runs it: a Group export end to end, and a token that runs out
// midway (stopped once, resumed with the printed command).
#include "CliFixture.h"

class TestCliExport : public QObject, public CliFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("FBX_CLI").isEmpty());
        QVERIFY(m_sandbox.start());
    }

    void exportEndToEnd()
    {
        QTemporaryDir out;
        Result r = cli({QStringLiteral("export"), QStringLiteral("--group"), QStringLiteral("2"),
                        QStringLiteral("--type"), QStringLiteral("Patient,Observation"),
                        QStringLiteral("--out"), out.path(), QStringLiteral("--json"),
                        QStringLiteral("--demo-token")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(o.value(QLatin1String("ok")).toBool(), r.out.constData());
        const QJsonArray files = o.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 2);
        for (const QJsonValue &f : files) {
            QVERIFY(f.toObject().value(QLatin1String("verified")).toBool());
            QVERIFY(QFile::exists(f.toObject().value(QLatin1String("path")).toString()));
        }
        QVERIFY(r.err.contains("poll #"));
        // Without a token the kick-off fails, and says why.
        r = cli({QStringLiteral("export"), QStringLiteral("--group"), QStringLiteral("1"),
                 QStringLiteral("--out"), out.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("401"));
        r = cli({QStringLiteral("export"), QStringLiteral("--type"), QStringLiteral("Patient")});
        QCOMPARE(r.exitCode, 2);
    }

    void tokenRunningOutMidExportStopsAndResumes()
    {
        // A 5 s token and 60 files that take a quarter of a second each: warned at the kick-off,
        // stopped at the first refusal with the cause and a resume command (not one 403 per
        // file), and that command, run as printed with a new token, finishes the job.
        SandboxScenario s;
        s.exportDurationMs = 0;
        s.smallFiles = 60;
        s.trickleKiBps = 32;
        m_sandbox.configure([s](SandboxServer *server) { server->setScenario(s); });
        QTemporaryDir out;
        Result r = cli({QStringLiteral("export"), QStringLiteral("--group"), QStringLiteral("1"),
                        QStringLiteral("--type"), QStringLiteral("Patient"),
                        QStringLiteral("--base"), m_sandbox.baseUrl().toString(),
                        QStringLiteral("--out"), out.path(), QStringLiteral("--json"),
                        QStringLiteral("--har"), out.filePath(QStringLiteral("calls.har"))},
                       m_sandbox.mintToken(5));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Warning: the token expires in"), r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(o.value(QLatin1String("tokenLost")).toBool(), r.out.constData());
        const QString message = o.value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("The token expired at")), qPrintable(message));
        int verified = 0;
        for (const QJsonValue &f : o.value(QLatin1String("files")).toArray())
            verified += f.toObject().value(QLatin1String("verified")).toBool() ? 1 : 0;
        QVERIFY2(verified < 61, r.out.constData());
        QFile har(out.filePath(QStringLiteral("calls.har")));
        QVERIFY(har.open(QIODevice::ReadOnly));
        int refused = 0;
        int downloads = 0;
        for (const QJsonValue &e : QJsonDocument::fromJson(har.readAll())
                                       .object()
                                       .value(QLatin1String("log"))
                                       .toObject()
                                       .value(QLatin1String("entries"))
                                       .toArray()) {
            const QJsonObject entry = e.toObject();
            downloads += entry.value(QLatin1String("request"))
                             .toObject()
                             .value(QLatin1String("url"))
                             .toString()
                             .contains(QStringLiteral("binary-access-read"));
            refused += entry.value(QLatin1String("response"))
                           .toObject()
                           .value(QLatin1String("status"))
                           .toInt() == 403;
        }
        // Two downloads run at once: at most two are refused, then nothing more is asked.
        QVERIFY2(refused >= 1 && refused <= 2, qPrintable(QString::number(refused)));
        QCOMPARE(downloads, verified + refused); // the rest were never asked for
        QVERIFY2(r.err.contains("With a new token, continue with:"), r.err.constData());
        const QString command = o.value(QLatin1String("resumeCommand")).toString();
        QVERIFY2(command.startsWith(QStringLiteral("fhir-bulk export --resume '")),
                 qPrintable(command));
        // Run verbatim (the words as a shell splits them), with a fresh token in the environment.
        QStringList words;
        static const QRegularExpression word(QStringLiteral("'([^']*)'|(\\S+)"));
        for (auto it = word.globalMatch(command); it.hasNext();) {
            const auto m = it.next();
            words << (m.captured(1).isNull() ? m.captured(2) : m.captured(1));
        }
        QCOMPARE(words.takeFirst(), QStringLiteral("fhir-bulk"));
        m_sandbox.configure([](SandboxServer *server) {
            SandboxScenario fast;
            fast.exportDurationMs = 0;
            fast.smallFiles = 60;
            server->setScenario(fast);
        });
        r = cli(words + QStringList{QStringLiteral("--json")}, m_sandbox.demoToken());
        m_sandbox.configure([](SandboxServer *server) { server->setScenario(SandboxScenario()); });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("Resuming as the export journal recorded the job: --base"),
                 r.err.constData());
        const QJsonArray files =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 61);
        for (const QJsonValue &f : files)
            QVERIFY(f.toObject().value(QLatin1String("verified")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
