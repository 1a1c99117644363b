#pragma once

#include "app/auth/TokenClient.h"
#include "app/net/ApiRequest.h"
#include "app/net/CallRecord.h"
#include "app/net/ExportJournal.h"
#include "app/net/ServerProfile.h"
#include "app/net/TokenHealthCheck.h"
#include "ui/TokenInspectorDialog.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <optional>

namespace Ui {
struct BinaryContent;
class MainWindow;
} // namespace Ui
class ApiCall;
class CallLogModel;
class FhirClient;
class ProfileStore;
class QProgressBar;
class SandboxHost;
class ServerSession;
class TokenStore;
class TokenHealthCheck;
class QTimer;
class TokenRenewal;
class CapabilityPane;
class GroupsPane;
class QDockWidget;

// The explorer's main window: server and token bar, address bar, call log and call detail.
// It wires the passive panes to each other and to the service layer it is given.
class ContentOpener;
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(FhirClient *client, CallLogModel *log, SandboxHost *sandbox, ProfileStore *profiles,
               TokenStore *tokens, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Sends what the address bar, method, format and authorization controls say.
    void send();
    void cancel();
    void selectProfile(const QString &id);
    ServerProfile currentProfile() const { return m_profile; }
    // A local file in the content viewer (Open…, drag and drop, the command line); NDJSON is
    // indexed from disk, other files are read off the UI thread.
    void openLocalFile(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Example
    {
        QString title;
        QByteArray method;
        QString path;
        AuthMode auth;
        bool needsValidToken;
    };
    static QList<Example> vendorExamples();

    void reloadProfiles(const QString &selectId);
    void onProfileChanged();
    void applyAuthorization();
    bool tokenRenewable() const;
    void previewSelectedBinary();
    void applyCapabilities();
    void tellExportDialogs();
    void armStoredRenewal();
    void showKeychainState();
    void saveToken();
    void showTokenInspector();
    void updateInspector();
    void checkToken();
    void getToken();
    void updateTokenInfo();
    void showHealth(); // the last verdict, with a live countdown
    void onCallFinished(const CallRecord &record);
    void setBusy(bool busy);
    void applyExample(const Example &example);
    void copyCurlWithToken(const CallRecord &record);
    void addProfile();
    void removeProfile();
    void showDiagnosisCodes();
    void showAbout();
    void openExportDialog(const QString &groupId,
                          const std::optional<ExportJournal::Entry> &resume);
    void updateResumeAction();

    std::unique_ptr<Ui::MainWindow> m_ui;
    FhirClient *m_client;
    CallLogModel *m_log;
    SandboxHost *m_sandbox;
    ProfileStore *m_profiles;
    ServerProfile m_profile;
    TokenStore *m_tokens;
    ServerSession *m_server; // the connection the panes share (CapabilityStatement read once)
    QTimer *m_saveToken;
    QTimer *m_tick = new QTimer(this);    // live countdowns
    QTimer *m_recheck = new QTimer(this); // the health check again after the token changed
    std::optional<TokenHealthCheck::Result> m_healthResult;
    bool m_healthPending = false; // a verdict is due for the token as it is now
    TokenInspectorDialog *m_inspector = nullptr;
    ExportJournal m_journal;
    TokenHealthCheck *m_health;
    TokenClient *m_tokenClient;
    TokenRenewal *m_renewal;
    CapabilityPane *m_capabilityPane = nullptr;
    ContentOpener *m_opener = nullptr;
    GroupsPane *m_groupsPane = nullptr;
    QDockWidget *m_groupsDock = nullptr;
    QString m_groupsLoadedFor;
    CallRecord m_selected;               // the call selected in the log
    TokenClient::Request m_renewRequest; // in memory only: it may hold the secret or the key
    QString m_renewProfileId;
    TokenInspectorDialog::Issued m_issued; // the token response of the token obtained last
    QPointer<ApiCall> m_current;
    quint64 m_lastUserCallId = 0;
    QProgressBar *m_progress;
};
