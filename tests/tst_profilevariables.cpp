// Variables kept per profile: plain ones in the settings, secret ones in the keychain only, read
// by fhir-bulk run --profile under --var; saving a request never writes the token.
#include "CliFixture.h"
#include "app/auth/SecretBackend.h"
#include "app/auth/TokenStore.h"
#include "app/session/ProfileStore.h"
#include "app/session/ProfileVariables.h"
#include "app/session/RunPlanner.h"
#include "app/workbench/HttpFileAppend.h"
#include "app/workbench/RequestFileReader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char *kSecret = "profile-secret-8c1f9e2d";

const char *kProfileFile = R"(### Read the group of the profile
# @expect status 200
# @expect header X-Request-ID
GET Group/{{groupId}}
)";

} // namespace

class TestProfileVariables : public QObject, private CliFixture
{
    Q_OBJECT
private:
    QString settingsPath() const
    {
        return m_home.filePath(QStringLiteral("config/FhirBulkExplorer/FhirBulkExplorer.conf"));
    }

    Result cli(const QStringList &args) { return cliServing(args, {}, {}, 60000); }

    struct Loaded
    {
        std::shared_ptr<const VariableSet> set;
        QStringList problems;
    };
    // Asks ProfileVariables::load for `profile`'s variables; `out` gets them when it answers.
    void load(const ProfileStore &store, TokenStore *tokens, const ServerProfile &profile,
              const std::shared_ptr<Loaded> &out)
    {
        ProfileVariables::load(store, tokens, profile, this,
                               [out](std::shared_ptr<const VariableSet> s, const QStringList &p) {
                                   out->set = s;
                                   out->problems = p;
                               });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void plainInSettingsSecretInKeychainOnly()
    {
        MemorySecretBackend keychain;
        const ServerProfile sandbox = ServerProfile::sandbox();
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ProfileStore store(&settings);
            TokenStore tokens(&keychain);
            ProfileVariables::save(
                &store, &tokens, sandbox.id,
                {{QStringLiteral("groupId"), QStringLiteral("1"), false},
                 {QStringLiteral("apiKey"), QString::fromLatin1(kSecret), true}});
            auto got = std::make_shared<Loaded>();
            load(store, &tokens, sandbox, got); // the keychain answers in the order asked
            QTRY_VERIFY(got->set);
            QVERIFY(got->problems.isEmpty());
            QCOMPARE(got->set->value(QStringLiteral("groupId"))->text, QStringLiteral("1"));
            QCOMPARE(got->set->value(QStringLiteral("apiKey"))->text, QString::fromLatin1(kSecret));
            QVERIFY(got->set->value(QStringLiteral("apiKey"))->secret);
            QVERIFY(!got->set->value(QStringLiteral("groupId"))->secret);
            // A built-in profile with variables is not made a custom one.
            QCOMPARE(store.all().size(), ServerProfile::builtIns().size());
        }
        // After a restart (a new store on the same file and keychain): the same, and the settings
        // file has the secret's name, never its value.
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        TokenStore tokens(&keychain);
        const QList<ProfileVariable> kept = store.variables(sandbox.id);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(1).name, QStringLiteral("apiKey"));
        QVERIFY(kept.at(1).secret);
        QVERIFY(kept.at(1).value.isEmpty());
        const QByteArray file = read(settingsPath());
        QVERIFY(file.contains("groupId"));
        QVERIFY(file.contains("apiKey"));
        QVERIFY2(!file.contains(kSecret), file.constData());
        auto again = std::make_shared<Loaded>();
        load(store, &tokens, sandbox, again);
        QTRY_VERIFY(again->set);
        QCOMPARE(again->set->value(QStringLiteral("apiKey"))->text, QString::fromLatin1(kSecret));

        // A secret left empty keeps the keychain's value; removed, its keychain entry goes.
        ProfileVariables::save(&store, &tokens, sandbox.id,
                               {{QStringLiteral("apiKey"), QString(), true}});
        auto kept2 = std::make_shared<Loaded>();
        load(store, &tokens, sandbox, kept2);
        QTRY_VERIFY(kept2->set);
        QCOMPARE(kept2->set->value(QStringLiteral("apiKey"))->text, QString::fromLatin1(kSecret));
        ProfileVariables::save(&store, &tokens, sandbox.id,
                               {{QStringLiteral("groupId"), QStringLiteral("2"), false}});
        std::optional<SecretBackend::Result> entry;
        keychain.read(ProfileVariables::secretKey(sandbox.id, QStringLiteral("apiKey")),
                      [&entry](const SecretBackend::Result &r) { entry = r; });
        QTRY_VERIFY(entry);
        QCOMPARE(entry->status, SecretBackend::Status::NotFound);
    }

    void aSecretTheKeychainLacksIsNamed()
    {
        MemorySecretBackend keychain;
        QSettings settings(m_home.filePath(QStringLiteral("lacking.conf")), QSettings::IniFormat);
        ProfileStore store(&settings);
        TokenStore tokens(&keychain);
        store.setVariables(QStringLiteral("sandbox"),
                           {{QStringLiteral("clientSecret"), QString(), true}});
        auto got = std::make_shared<Loaded>();
        load(store, &tokens, ServerProfile::sandbox(), got);
        QTRY_VERIFY(got->set);
        QVERIFY(!got->set->value(QStringLiteral("clientSecret")));
        QCOMPARE(got->problems.size(), 1);
        QVERIFY(got->problems.constFirst().contains(QLatin1String("clientSecret")));
    }

    void namesAreChecked()
    {
        QVERIFY(ProfileVariables::problem({{QStringLiteral("groupId"), {}, false}}).isEmpty());
        QVERIFY(ProfileVariables::problem({{QStringLiteral("1x"), {}, false}})
                    .contains(QLatin1String("Row 1")));
        QVERIFY(ProfileVariables::problem({{QStringLiteral("token"), {}, false}})
                    .contains(QLatin1String("{{token}}")));
        QVERIFY(ProfileVariables::problem(
                    {{QStringLiteral("a"), {}, false}, {QStringLiteral("a"), {}, false}})
                    .contains(QLatin1String("Row 2")));
    }

    void cliRunUsesTheProfilesVariables()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ProfileStore(&settings).setVariables(
                QStringLiteral("sandbox"),
                {{QStringLiteral("groupId"), QStringLiteral("1"), false}});
        }
        const QString file = write(QStringLiteral("profile.http"), kProfileFile);
        Result r = cli({QStringLiteral("run"), file, QStringLiteral("--profile"),
                        QStringLiteral("sandbox"), QStringLiteral("--demo-token")});
        QVERIFY2(r.exitCode == 0, r.all().constData());
        QVERIFY(r.out.contains("/Group/1 → 200"));
        QVERIFY(r.out.contains("1 request, 2 expectations: 2 held, 0 failed."));

        // --var over the profile's: Group/no-such-group is not found, the expectation fails.
        r = cli({QStringLiteral("run"), file, QStringLiteral("--profile"),
                 QStringLiteral("sandbox"), QStringLiteral("--demo-token"), QStringLiteral("--var"),
                 QStringLiteral("groupId=no-such-group")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("/Group/no-such-group"));

        // Without the profile's variable: refused before anything is sent, naming it.
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ProfileStore(&settings).setVariables(QStringLiteral("sandbox"), {});
        }
        r = cli({QStringLiteral("run"), file, QStringLiteral("--profile"),
                 QStringLiteral("sandbox"), QStringLiteral("--demo-token")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("groupId"));
        QVERIFY(r.err.contains("Nothing was sent."));
        QVERIFY(!r.out.contains("[1/1]"));
    }

    void savingARequestNeverWritesTheToken()
    {
        const QByteArray token = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJzYXZlIn0.c2F2ZS1zaWduYXR1cmU";
        RequestDraft draft;
        draft.method = "GET";
        draft.target = QStringLiteral("Group/1");
        draft.authVariant = authModeKey(AuthMode::Raw);
        const SavedRequest saved = RunPlanner::savedFrom(draft, QStringLiteral("Raw token"));
        const QString path = m_home.filePath(QStringLiteral("saved.http"));
        QString error;
        QVERIFY2(HttpFileAppend::append(path, saved, &error, {token}), qPrintable(error));
        // A second one goes after the first, which stays as it was.
        draft.authVariant = authModeKey(AuthMode::None);
        QVERIFY(HttpFileAppend::append(path, RunPlanner::savedFrom(draft, QStringLiteral("None")),
                                       &error, {token}));
        const QByteArray text = read(path);
        QVERIFY(text.contains("### Raw token\nGET Group/1\nAuthorization: {{token}}"));
        QVERIFY(text.contains("### None\n# @no-auth\nGET Group/1"));
        QVERIFY(!text.contains("eyJ"));
        const RequestFileReader::Result back = RequestFileReader::read(path);
        QVERIFY(back.collection);
        QCOMPARE(back.collection->requests.size(), 2);

        // A request that would carry the token in clear (typed into a header) is refused.
        RequestDraft leaky = draft;
        leaky.headers = {{"X-Api-Key", token}};
        QVERIFY(!HttpFileAppend::append(path, RunPlanner::savedFrom(leaky, QStringLiteral("Leak")),
                                        &error, {token}));
        QVERIFY(error.contains(QLatin1String("token")));
        QVERIFY(!read(path).contains("eyJ"));
    }
};

QTEST_GUILESS_MAIN(TestProfileVariables)
#include "tst_profilevariables.moc"
