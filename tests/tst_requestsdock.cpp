// The Saved requests dock and the window's actions on calls: a folder of .http files run on the
// Sandbox (log rows tagged, expectations in their column, a summary line), a request loaded
// into the request bar, an undefined variable refused before any call, variables kept per
// profile across a restart, Save request without the token, Send again with the current token.
#include "WindowFixture.h"
#include "app/session/ProfileVariables.h"
#include "app/session/TokenSession.h"
#include "app/workbench/RequestFileReader.h"
#include "ui/Ask.h"
#include "ui/CallLogPane.h"
#include "ui/ProfileDialog.h"
#include "ui/RequestsActions.h"
#include "ui/RequestsDock.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

namespace {

// Every expectation form, {{groupId}} from the profile, and one expectation that fails.
const char *kTries = R"(# What we try after each vendor release
### Read the group
# @expect status 200
# @expect header X-Request-ID
GET Group/{{groupId}}
Accept: application/fhir+json

### The token without "Bearer "
# @expect diagnosis gateway.access-denied
# @expect cause header.no-bearer
GET Group/{{groupId}}
Authorization: {{token}}

### Expects a 404 it does not get
# @expect status 404
GET Group/{{groupId}}
)";

const char *kUndefined = R"(### Read a patient
GET Patient/{{patientId}}
)";

} // namespace

class TestRequestsDock : public QObject, public WindowFixture
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &folder, const QString &name, const QByteArray &content)
    {
        QDir().mkpath(m_dir.filePath(folder));
        QFile f(m_dir.filePath(folder + QLatin1Char('/') + name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

    RequestsDock *dock() { return child<RequestsDock>("requestsPane"); }

    // The log's rows a run marked, in order: the run column's text.
    QStringList runColumn()
    {
        QStringList out;
        for (int row = 0; row < m_log->rowCount(); ++row) {
            const QString text =
                m_log->index(row, CallLogModel::RunColumn).data(Qt::DisplayRole).toString();
            if (!text.isEmpty())
                out << text;
        }
        return out;
    }

    void setSandboxVariables(const QList<ProfileVariable> &variables)
    {
        ProfileVariables::save(m_profiles.get(), m_tokens.get(), ServerProfile::sandbox().id,
                               variables);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        startSuite("RequestsDock");
        selectAndWait(ServerProfile::sandbox().id);
        m_services->token->useDemoToken();
    }

    void cleanupTestCase() { endSuite(); }

    void aFolderRunsOnTheSandboxFromTheDock()
    {
        setSandboxVariables({{QStringLiteral("groupId"), QStringLiteral("1"), false}});
        write(QStringLiteral("run"), QStringLiteral("tries.http"), kTries);
        auto *requestsDock = child<QDockWidget>("requestsDock");
        child<QAction>("actionRunRequests"); // in the Request menu
        requestsDock->toggleViewAction()->trigger();
        QVERIFY(requestsDock->isVisible());
        dock()->setFolder(m_dir.filePath(QStringLiteral("run")));
        auto *tree = child<QTreeWidget>("requestsTree");
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
        QCOMPARE(tree->topLevelItem(0)->child(1)->text(0),
                 QStringLiteral("The token without \"Bearer \""));

        auto *callTable = child<QTableView>("callTable");
        QVERIFY(callTable->isColumnHidden(CallLogModel::RunColumn)); // until a run marks a call
        QSignalSpy finished(dock(), &RequestsDock::runFinished);
        QVERIFY(dock()->runAll());
        QVERIFY(dock()->isRunning());
        QVERIFY(finished.wait(30000));
        // Each call tagged with its request's name, its expectations in words (and an icon).
        QTRY_COMPARE(runColumn().size(), 3);
        QVERIFY(!callTable->isColumnHidden(CallLogModel::RunColumn));
        const QStringList marks = runColumn();
        QCOMPARE(marks.at(0), QStringLiteral("✔ 2/2 · Read the group"));
        QCOMPARE(marks.at(1), QStringLiteral("✔ 2/2 · The token without \"Bearer \""));
        QCOMPARE(marks.at(2), QStringLiteral("✘ 1 of 1 failed · Expects a 404 it does not get"));
        const int last = m_log->rowCount() - 1;
        QCOMPARE(m_log->index(last, CallLogModel::RunColumn).data(CallLogModel::RunStateRole),
                 QVariant(int(CallLogModel::RunState::Failed)));
        QCOMPARE(m_log->record(last).url.path().section(QLatin1Char('/'), -2),
                 QStringLiteral("Group/1")); // the profile's {{groupId}}
        QCOMPARE(m_log->record(last).purpose, QStringLiteral("Expects a 404 it does not get"));
        QVERIFY(m_log->index(last, CallLogModel::RunColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("✘ status 404")));
        QCOMPARE(m_log->headerData(CallLogModel::RunColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Saved request"));
        // The summary line, in the dock and the status bar.
        const QString summary = QStringLiteral("3 requests, 5 expectations: 4 held, 1 failed.");
        QCOMPARE(dock()->summary(), summary);
        QVERIFY(child<QLabel>("requestsSummaryLabel")->text().endsWith(summary));
        QCOMPARE(m_window->statusBar()->currentMessage(), summary);
        QVERIFY(tree->topLevelItem(0)->child(2)->text(1).startsWith(QStringLiteral("200 · ✘")));
        QVERIFY(!dock()->isRunning());
        shot(QStringLiteral("requests-dock"));
        shot(QStringLiteral("requests-dock-alone"), requestsDock);
    }

    void aRequestLoadsIntoTheRequestBar()
    {
        setSandboxVariables({{QStringLiteral("groupId"), QStringLiteral("7"), false}});
        dock()->setFolder(m_dir.filePath(QStringLiteral("run")));
        QVERIFY(dock()->selectRequest(QStringLiteral("tries.http"), 1));
        auto *address = child<QLineEdit>("addressEdit");
        auto *tree = child<QTreeWidget>("requestsTree");
        // A double-click (item activation) loads it: variables resolved, the token not written.
        Q_EMIT tree->itemActivated(tree->currentItem(), 0);
        QTRY_COMPARE(address->text(), QStringLiteral("Group/7"));
        QCOMPARE(child<QComboBox>("authCombo")->currentData().toString(),
                 authModeKey(AuthMode::Raw));
        QVERIFY(!child<QPlainTextEdit>("extraHeadersEdit")
                     ->toPlainText()
                     .contains(QLatin1String("eyJ")));
        QVERIFY(dock()->selectRequest(QStringLiteral("tries.http"), 0));
        QVERIFY(dock()->loadSelected());
        QTRY_VERIFY(child<QPlainTextEdit>("extraHeadersEdit")
                        ->toPlainText()
                        .contains(QLatin1String("Accept: application/fhir+json")));
        child<QComboBox>("authCombo")->setCurrentIndex(0);
    }

    void anUndefinedVariableIsRefusedBeforeAnyCall()
    {
        setSandboxVariables({});
        write(QStringLiteral("undefined"), QStringLiteral("patient.http"), kUndefined);
        dock()->setFolder(m_dir.filePath(QStringLiteral("undefined")));
        const int rows = m_log->rowCount();
        QVERIFY(!dock()->runAll());
        QVERIFY(!dock()->isRunning());
        QVERIFY2(dock()->problem().contains(QLatin1String("patientId")),
                 qPrintable(dock()->problem()));
        QVERIFY(dock()->problem().contains(QLatin1String("Nothing was sent.")));
        QVERIFY(child<QLabel>("requestsProblemLabel")->isVisible());
        QCOMPARE(m_log->rowCount(), rows); // no call was made
        // Loading it into the request bar is refused the same way.
        QVERIFY(dock()->selectRequest(QStringLiteral("patient.http"), 0));
        QVERIFY(!dock()->loadSelected());
        QVERIFY(dock()->problem().contains(QLatin1String("patientId")));
        QCOMPARE(m_log->rowCount(), rows);
    }

    void variablesSurviveARestartSecretOnesOutOfTheSettings()
    {
        const QString secret = QStringLiteral("dock-secret-5b7e0a11");
        child<QAction>("actionEditProfile")->trigger();
        auto *dialog = m_window->findChild<ProfileDialog *>(QStringLiteral("profileDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("profileVariablesTable"));
        QVERIFY(table);
        dialog->setVariables({{QStringLiteral("groupId"), QStringLiteral("1"), false},
                              {QStringLiteral("apiKey"), secret, true}});
        // The secret value is masked in the table, the plain one shown.
        table->resize(400, 200);
        QCOMPARE(table->rowCount(), 2);
        shot(QStringLiteral("profile-variables"), dialog);
        QSignalSpy accepted(dialog, &QDialog::accepted);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        // The secret in the keychain, its name only in the settings file.
        QTRY_VERIFY(stored(ProfileVariables::secretKey(QStringLiteral("sandbox"),
                                                       QStringLiteral("apiKey"))) ==
                    std::optional<QByteArray>(secret.toUtf8()));
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("groupId"));
        QVERIFY(text.contains("apiKey"));
        QVERIFY2(!text.contains(secret.toUtf8()), text.constData());

        // A restart: a new window on the same settings and keychain.
        build();
        selectAndWait(ServerProfile::sandbox().id);
        m_services->token->useDemoToken();
        const QList<ProfileVariable> kept = m_profiles->variables(QStringLiteral("sandbox"));
        QCOMPARE(kept.size(), 2);
        QVERIFY(kept.at(0) ==
                (ProfileVariable{QStringLiteral("groupId"), QStringLiteral("1"), false}));
        QVERIFY(kept.at(1) == (ProfileVariable{QStringLiteral("apiKey"), QString(), true}));
        child<QAction>("actionEditProfile")->trigger();
        dialog = m_window->findChild<ProfileDialog *>(QStringLiteral("profileDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->variables().size(), 2);
        QVERIFY(dialog->variables().at(1).secret);
        QVERIFY(dialog->variables().at(1).value.isEmpty()); // never read back into the table
        dialog->reject();
        // And the run uses them after the restart.
        dock()->setFolder(m_dir.filePath(QStringLiteral("run")));
        QVERIFY(dock()->selectRequest(QStringLiteral("tries.http"), 0));
        QSignalSpy finished(dock(), &RequestsDock::runFinished);
        QVERIFY(dock()->runSelected());
        QVERIFY(finished.wait(30000));
        QCOMPARE(dock()->summary(), QStringLiteral("1 request, 2 expectations: 2 held, 0 failed."));
    }

    void saveRequestFromACallWritesNoToken()
    {
        sendWith("GET", QStringLiteral("Group/1"), authModeKey(AuthMode::LowercaseBearer));
        const CallRecord call = m_log->record(m_log->rowCount() - 1);
        QCOMPARE(call.auth.scheme, QByteArray("bearer"));
        child<CallLogPane>("callLogPane")->selectCall(call.id);
        const QString path = m_dir.filePath(QStringLiteral("saved/from-call.http"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("saved")));
        Ask::setNextFileName(path);
        child<QAction>("actionSaveCallRequest")->trigger();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("GET Group/1\n"), text.constData());
        QVERIFY(text.contains("Authorization: bearer {{token}}"));
        QVERIFY(!text.contains("eyJ"));
        QVERIFY(!text.contains(m_sandbox->demoToken()));
        // Save request… (Ctrl+S) from the request bar adds to the same file.
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("metadata"));
        Ask::setNextFileName(path);
        child<QAction>("actionSaveRequest")->trigger();
        const RequestFileReader::Result back = RequestFileReader::read(path);
        QVERIFY(back.collection);
        QCOMPARE(back.collection->requests.size(), 2);
        QCOMPARE(back.collection->requests.at(1).url, QStringLiteral("metadata"));
        QCOMPARE(child<QAction>("actionSaveRequest")->shortcut(), QKeySequence(QKeySequence::Save));
    }

    void sendAgainUsesTheCurrentToken()
    {
        sendWith("GET", QStringLiteral("Group/1"), authModeKey(AuthMode::Bearer));
        const CallRecord first = m_log->record(m_log->rowCount() - 1);
        QCOMPARE(first.status, std::optional<int>(200));
        QVERIFY(!m_services->authorizationFor(first).isEmpty());
        // Another token: the call sent again carries it, not the first one's.
        const QByteArray newToken = m_sandbox->mintToken(7200);
        m_services->token->setToken(newToken);
        QVERIFY(m_services->authorizationFor(first).isEmpty());
        child<CallLogPane>("callLogPane")->selectCall(first.id);
        QAction *again = child<QAction>("actionSendAgain");
        QCOMPARE(again->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
        again->trigger();
        const QString purpose = first.purpose + QStringLiteral(" (again)");
        const auto sentAgain = [this, &purpose]() -> std::optional<CallRecord> {
            for (int row = m_log->rowCount() - 1; row >= 0; --row)
                if (m_log->record(row).purpose == purpose)
                    return m_log->record(row);
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sentAgain().has_value(), 15000);
        waitIdle();
        const CallRecord second = *sentAgain();
        QVERIFY(second.id != first.id);
        QCOMPARE(second.url, first.url);
        QCOMPARE(second.method, first.method);
        QCOMPARE(second.status, std::optional<int>(200));
        QCOMPARE(m_services->authorizationFor(second), QByteArray("Bearer ") + newToken);
        // Edit and send: the same request in the request bar, to change.
        const int rows = m_log->rowCount();
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("metadata"));
        child<CallLogPane>("callLogPane")->selectCall(first.id);
        child<QAction>("actionEditCall")->trigger();
        QCOMPARE(child<QLineEdit>("addressEdit")->text(), QStringLiteral("Group/1"));
        QCOMPARE(m_log->rowCount(), rows); // loaded, not sent
    }

    void aPostmanCollectionIsSavedAsHttpFiles()
    {
        // Issue 26.3: a collection opened in the dock, saved as .http files one per folder,
        // listed beside it; saving again asks before replacing; no token in any file.
        const QByteArray collection =
            "{\"info\": {\"name\": \"Vendor\", \"schema\": "
            "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},"
            " \"auth\": {\"type\": \"bearer\", \"bearer\": [{\"key\": \"token\","
            " \"value\": \"{{accessToken}}\", \"type\": \"string\"}]},"
            " \"item\": [{\"name\": \"Groups\", \"item\": ["
            "  {\"name\": \"Read group\", \"request\": {\"method\": \"GET\","
            "   \"url\": \"{{baseUrl}}/Group/1\"}},"
            "  {\"name\": \"Deeper\", \"item\": [{\"name\": \"Search\", \"request\":"
            "   {\"method\": \"GET\", \"url\": {\"raw\": \"{{baseUrl}}/Group?_count=2\"}}}]}"
            " ]},"
            " {\"name\": \"Metadata\", \"request\": {\"method\": \"GET\","
            "  \"url\": \"{{baseUrl}}/metadata\", \"auth\": {\"type\": \"noauth\"}}}]}";
        write(QStringLiteral("postman"), QStringLiteral("vendor.postman_collection.json"),
              collection);
        const QString folder = m_dir.filePath(QStringLiteral("postman"));
        dock()->setFolder(folder);
        QVERIFY(dock()->selectRequest(QStringLiteral("vendor.postman_collection.json"), 0));
        QVERIFY2(dock()->saveSelectedAsHttp(folder), qPrintable(dock()->problem()));
        const QStringList files =
            QDir(folder).entryList({QStringLiteral("*.http")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);
        QVERIFY(files.contains(QStringLiteral("Groups - Deeper.http")));
        for (const QString &name : files) {
            QFile f(QDir(folder).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("eyJ"));
        }
        // Listed beside the collection at once.
        auto *tree = child<QTreeWidget>("requestsTree");
        QTRY_COMPARE(tree->topLevelItemCount(), 4);
        QVERIFY(child<QLabel>("requestsSummaryLabel")->text().contains(QStringLiteral("Saved 3")));
        // Again: asked first; "no" leaves the files as they are.
        QFile deeper(QDir(folder).filePath(QStringLiteral("Groups - Deeper.http")));
        QVERIFY(deeper.open(QIODevice::WriteOnly | QIODevice::Append));
        QVERIFY(deeper.write("# mine\n") > 0);
        deeper.close();
        QVERIFY(dock()->selectRequest(QStringLiteral("vendor.postman_collection.json"), 0));
        Ask::setNextAnswer(false);
        QVERIFY(!dock()->saveSelectedAsHttp(folder));
        QVERIFY(deeper.open(QIODevice::ReadOnly));
        QVERIFY(deeper.readAll().endsWith("# mine\n"));
    }

    void escStopsARun()
    {
        setSandboxVariables({{QStringLiteral("groupId"), QStringLiteral("1"), false}});
        dock()->setFolder(m_dir.filePath(QStringLiteral("run")));
        QSignalSpy finished(dock(), &RequestsDock::runFinished);
        QVERIFY(dock()->runAll());
        QVERIFY(child<QAction>("actionCancel")->isEnabled());
        child<QAction>("actionCancel")->trigger(); // Esc
        QVERIFY(finished.wait(30000));
        QVERIFY(!dock()->isRunning());
        QVERIFY(finished.constFirst().constFirst().value<RunSummary>().requests < 3);
    }
};

QTEST_MAIN(TestRequestsDock)
#include "tst_requestsdock.moc"
