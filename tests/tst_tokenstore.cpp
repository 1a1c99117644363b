// The token store over the real OS keychain (a private gnome-keyring started by
// scripts/with-keyring.sh), the session-only fallback, and the no-plaintext guarantee.
#include "app/auth/KeychainSecretBackend.h"
#include "app/auth/TokenStore.h"

#include <QDirIterator>
#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

// A backend that reports "no keychain" like QtKeychain does without a Secret Service.
class UnavailableBackend final : public SecretBackend
{
public:
    int calls = 0;
    void read(const QString &, Callback done) override { fail(done); }
    void write(const QString &, const QByteArray &, Callback done) override { fail(done); }
    void remove(const QString &, Callback done) override { fail(done); }

private:
    void fail(const Callback &done)
    {
        ++calls;
        done({Status::Unavailable,
              {},
              QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")});
    }
};

// A keychain whose collection is locked: reads work, writes are refused (as Secret Service
// answers a write to a locked collection that no one unlocks).
class LockedBackend final : public SecretBackend
{
public:
    bool locked = true;
    QHash<QString, QByteArray> values;
    void read(const QString &key, Callback done) override
    {
        done(values.contains(key) ? Result{Status::Ok, values.value(key), {}}
                                  : Result{Status::NotFound, {}, {}});
    }
    void write(const QString &key, const QByteArray &value, Callback done) override
    {
        if (locked)
            return done({Status::Failed, {}, QStringLiteral("The collection is locked")});
        values.insert(key, value);
        done({Status::Ok, {}, {}});
    }
    void remove(const QString &key, Callback done) override
    {
        values.remove(key);
        done({Status::Ok, {}, {}});
    }
};

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT
private:
    SecretBackend::Result call(const std::function<void(SecretBackend::Callback)> &op)
    {
        std::optional<SecretBackend::Result> result;
        op([&result](const SecretBackend::Result &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        return result.value_or(
            SecretBackend::Result{SecretBackend::Status::Failed, {}, QStringLiteral("timeout")});
    }

private Q_SLOTS:
    void lockedKeychainIsSaidAndTheTokenKeptForTheSession()
    {
        LockedBackend keychain;
        TokenStore store(&keychain);
        QSignalSpy problem(&store, &TokenStore::writeProblemChanged);
        const QString key = TokenStore::tokenKey(QStringLiteral("p1"));
        const auto saved = call([&](auto done) { store.save(key, "secret-token", done); });
        QCOMPARE(saved.status, SecretBackend::Status::Failed);
        QCOMPARE(problem.size(), 1);
        QVERIFY(store.writeProblem().contains(QLatin1String("locked")));
        QVERIFY(!store.isSessionOnly()); // other secrets still go to the keychain
        // Usable for the rest of the session: a later read finds it.
        const auto read = call([&](auto done) { store.load(key, done); });
        QCOMPARE(read.status, SecretBackend::Status::Ok);
        QCOMPARE(read.value, QByteArray("secret-token"));
        QVERIFY(keychain.values.isEmpty()); // and nowhere else
        // Unlocked: the next write works, the problem is gone, reads come from the keychain.
        keychain.locked = false;
        call([&](auto done) { store.save(key, "secret-token-2", done); });
        QCOMPARE(problem.size(), 2);
        QVERIFY(store.writeProblem().isEmpty());
        QCOMPARE(keychain.values.value(key), QByteArray("secret-token-2"));
        QCOMPARE(call([&](auto done) { store.load(key, done); }).value,
                 QByteArray("secret-token-2"));
    }

    void realKeychainRoundTrip()
    {
        if (qEnvironmentVariableIsEmpty("FBX_PRIVATE_KEYRING"))
            QSKIP("needs the private Secret Service of scripts/with-keyring.sh");
        KeychainSecretBackend keychain(QStringLiteral("FhirBulkExplorerTest"));
        TokenStore store(&keychain);
        QSignalSpy sessionOnly(&store, &TokenStore::sessionOnlyChanged);
        const QString key =
            TokenStore::tokenKey(QUuid::createUuid().toString(QUuid::WithoutBraces));

        // "Entry not found" means "no token", not an error.
        SecretBackend::Result r = call([&](auto done) { store.load(key, done); });
        QCOMPARE(r.status, SecretBackend::Status::NotFound);

        r = call([&](auto done) { store.save(key, "first-token-value", done); });
        QVERIFY2(r.status == SecretBackend::Status::Ok, qPrintable(r.message));
        r = call([&](auto done) { store.load(key, done); });
        QCOMPARE(r.value, QByteArray("first-token-value"));

        r = call([&](auto done) { store.save(key, "second-token-value", done); });
        QCOMPARE(r.status, SecretBackend::Status::Ok);
        r = call([&](auto done) { store.load(key, done); });
        QCOMPARE(r.value, QByteArray("second-token-value"));

        r = call([&](auto done) { store.remove(key, done); });
        QCOMPARE(r.status, SecretBackend::Status::Ok);
        r = call([&](auto done) { store.load(key, done); });
        QCOMPARE(r.status, SecretBackend::Status::NotFound);
        QVERIFY(!store.isSessionOnly());
        QCOMPARE(sessionOnly.count(), 0);
    }

    void operationsRunInOrder()
    {
        if (qEnvironmentVariableIsEmpty("FBX_PRIVATE_KEYRING"))
            QSKIP("needs the private Secret Service of scripts/with-keyring.sh");
        KeychainSecretBackend keychain(QStringLiteral("FhirBulkExplorerTest"));
        TokenStore store(&keychain);
        const QString key = TokenStore::tokenKey(QStringLiteral("order"));
        QStringList seen;
        QByteArray lastRead;
        // Queued back to back without waiting: each must see the one before.
        for (int i = 0; i < 5; ++i) {
            const QByteArray v = "value-" + QByteArray::number(i);
            store.save(key, v, [&seen, i](const SecretBackend::Result &) {
                seen << QStringLiteral("w%1").arg(i);
            });
            store.load(key, [&seen, &lastRead, i](const SecretBackend::Result &r) {
                seen << QStringLiteral("r%1:%2").arg(i).arg(QString::fromLatin1(r.value));
                lastRead = r.value;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 10, 15000);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(seen.at(2 * i), QStringLiteral("w%1").arg(i));
            QCOMPARE(seen.at(2 * i + 1), QStringLiteral("r%1:value-%1").arg(i));
        }
        call([&](auto done) { store.remove(key, done); });
    }

    void withoutKeychainSecretsStayInMemory()
    {
        UnavailableBackend none;
        TokenStore store(&none);
        QSignalSpy sessionOnly(&store, &TokenStore::sessionOnlyChanged);
        SecretBackend::Result r =
            call([&](auto done) { store.save(QStringLiteral("k"), "memory-only", done); });
        QCOMPARE(r.status, SecretBackend::Status::Ok);
        QVERIFY(store.isSessionOnly());
        QCOMPARE(sessionOnly.count(), 1);
        QVERIFY(store.sessionOnlyReason().contains(QLatin1String("D-Bus")));
        r = call([&](auto done) { store.load(QStringLiteral("k"), done); });
        QCOMPARE(r.value, QByteArray("memory-only"));
        QCOMPARE(none.calls, 1); // after the first refusal the keychain is not asked again
    }

    void missingSecretServiceIsUnavailable_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("unavailable");
        QTest::newRow("no X11") << "Cannot autolaunch D-Bus without X11 $DISPLAY" << true;
        QTest::newRow("no dbus-launch")
            << QString::fromUtf8(
                   "Failed to execute child process “dbus-launch” (No such file or directory)")
            << true;
        QTest::newRow("no secrets service")
            << "The name org.freedesktop.secrets was not provided by any .service files" << true;
        QTest::newRow("locked") << "Unlock of the collection was dismissed" << false;
    }

    void missingSecretServiceIsUnavailable()
    {
        QFETCH(QString, message);
        QTEST(KeychainSecretBackend::looksUnavailable(message), "unavailable");
    }

    void noPlaintextFallback()
    {
        // Under KDE 4 without kwalletd, QtKeychain's insecure fallback would "succeed" by
        // writing the secret to ~/.config/<service>.conf. Ours must fail and write nothing.
        QTemporaryDir home;
        const QByteArray secret =
            "plaintext-canary-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        QProcess probe;
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("KDE"));
        env.insert(QStringLiteral("KDE_SESSION_VERSION"), QStringLiteral("4"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + home.path() + QStringLiteral("/no-bus"));
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        probe.setProcessEnvironment(env);
        probe.start(qEnvironmentVariable("FBX_KEYCHAIN_PROBE"), {QString::fromLatin1(secret)});
        QVERIFY(probe.waitForFinished(30000));
        const QByteArray out = probe.readAllStandardOutput();
        QCOMPARE(probe.exitCode(), 1);
        QVERIFY2(out.startsWith("refused"), out.constData());
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
