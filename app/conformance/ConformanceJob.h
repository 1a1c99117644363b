#pragma once

#include "app/calls/ServerProfile.h"
#include "app/conformance/ConformanceReport.h"
#include "app/conformance/ConformanceRun.h"
#include "app/session/Job.h"

#include <QList>
#include <memory>

class FhirClient;
class ProfileConnector;
class QNetworkAccessManager;
class Workspace;

// A conformance run as a session job (Tools → Check this server…, the Jobs dock): it belongs to
// the workspace's Jobs, not to the window that started it, so closing that window leaves the run
// going and listed, and the window shows it again from the Jobs dock. It sends through the
// session: a connection of its own to its profile, made by the session's ProfileConnector (base
// URL, trust, proxy), with the token the session has for it (the token bar's for the current
// profile, the keychain's for another), its calls recorded in the workspace's log and history.
// Quitting asks about the exports it has out.
class ConformanceJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConformanceJob)
public:
    ConformanceJob(Workspace *workspace, const ServerProfile &profile, QObject *parent = nullptr);
    ~ConformanceJob() override;

    ServerProfile profile() const { return m_profile; }
    // Starts the whole run of `options` (its token is filled in here when empty: the profile's
    // from the keychain, the Sandbox's own tokens). False when nothing can start: `problem`.
    bool start(const ConformanceOptions &options, QString *problem = nullptr);
    // Runs the check `id` again with the last options and the profile's token as it is now; its
    // new result replaces the old one.
    bool runAgain(const QString &id);
    // Stops after the call under way; the exports the run started are still cancelled (DELETE)
    // before runFinished().
    void cancel();
    bool isRunning() const { return m_run && m_run->isRunning(); }
    bool isAgain() const { return m_again; }
    // The token is being read (from the keychain) before the run starts.
    bool isStarting() const
    {
        return m_starting;
    } // the run under way (or last) was one check again
    // Exports the run started that are not cancelled yet.
    int exportsOut() const { return m_run ? m_run->exportsOut() : 0; }
    // Every check judged so far (a check run again replaces its result).
    const QList<CheckResult> &results() const { return m_results; }
    // The checks the whole run was asked for, in the catalogue's order.
    QStringList checkIds() const { return m_ids; }
    // The checks the run under way (or last) was asked for, and how many it judged.
    int expected() const { return m_expected; }
    int done() const { return m_done; }
    const ConformanceReport::Header &header() const { return m_header; }
    const ConformanceOptions &options() const { return m_options; }
    QString transportProblem() const;
    // The base URL the run sends to (empty before its connection is made).
    QUrl baseUrl() const;
    QString activity() const { return m_activity; }

    QString kind() const override;
    QString title() const override;
    Status status() const override;
    int percent() const override;
    QString detail() const override;

Q_SIGNALS:
    void checkFinished(const CheckResult &result);
    void activityChanged(const QString &what);
    void runFinished();

private:
    FhirClient *connection(QString *problem);
    void withToken(const std::function<void(const QByteArray &)> &then);
    // `options` with the key of the profile's private_key_jwt client (the Sandbox's demo one).
    void withClientKey(ConformanceOptions options,
                       const std::function<void(const ConformanceOptions &)> &then);
    void startRun(const ConformanceOptions &options, bool again);
    void onFinished();
    void setActivity(const QString &what);

    Workspace *m_workspace;
    ServerProfile m_profile;
    QNetworkAccessManager *m_nam = nullptr;
    FhirClient *m_client = nullptr;
    ProfileConnector *m_connector = nullptr;
    bool m_waitsForProxy = false; // the own connection's proxy password is read
    std::unique_ptr<ConformanceRun> m_run;
    ConformanceOptions m_options;
    ConformanceReport::Header m_header;
    QList<CheckResult> m_results;
    QStringList m_ids;
    int m_expected = 0;
    int m_done = 0; // checks judged by the run under way
    bool m_again = false;
    bool m_starting = false; // waiting for the token or the proxy password
    bool m_cancelled = false;
    QString m_activity;
};
