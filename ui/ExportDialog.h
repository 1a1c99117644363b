#pragma once

#include "app/session/ExportJob.h"

#include <QDialog>
#include <QTimer>
#include <memory>

namespace Ui {
class ExportDialog;
}
class ExportFilesPanel;
class ExportRequestForm;
class ExportTimelinePage;
class ServerSession;

// A Group export run visibly, a view of one ExportJob: parameters with the exact request
// previewed (ExportRequestForm), then a timeline of every poll (status, X-Progress, the wait and
// which hint chose it, the token fingerprint), a countdown with "poll now", the manifest and each
// file with its verification (ExportFilesPanel). Closing it (or Esc) only hides it: the job goes on
// (ui/JobsController).
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    ExportDialog(ExportJob *job, ServerSession *session, ExportJournal *journal,
                 const QString &groupId, QWidget *parent = nullptr);
    // Continues a journaled job (after a restart) instead of starting a new one; `goneReason`:
    // see ExportJob::resume.
    void resume(const ExportJournal::Entry &entry, const QString &goneReason = {});
    ~ExportDialog() override;

    ExportSession::Request request() const;
    ExportJob *job() const { return m_job; }
    ExportSession *session() const { return m_session; }
    ExportTimelinePage *picture() const { return m_picture; }
    // Whether the window will renew the token before it expires (a token obtained with Get
    // token in this session); if not, the dialog warns ahead of expiry.
    void setTokenRenewable(bool renewable);

Q_SIGNALS:
    void showCallRequested(quint64 callId);

private:
    // The constructor's parts: the timeline of polls, the buttons under them, the session's
    // signals, the timers.
    void setUpTimeline();
    void setUpButtons();
    void connectSession();
    void setUpTimers();
    // Start is offered for a Group while nothing runs.
    void updateStart();
    void start();
    // The Cancel button: cancel on the server (DELETE) or only stop watching (asked).
    void askCancel();
    void onPolled(const ExportSession::PollEvent &e);
    void onStateChanged(ExportSession::State state);
    void onWaiting(qint64 seconds, const QString &reason);
    void onFinished(const ExportSession::Outcome &outcome);
    void showProgress();
    void tick();
    void updateTokenWarning();
    void updateExpires();
    bool running() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    ExportRequestForm *m_form = nullptr; // the request's fields and its preview
    ExportJob *m_job;
    ExportSession *m_session;
    QTimer m_countdown;  // the next poll
    QTimer m_clockTimer; // token and Expires countdowns, once a second while the dialog is open
    QTimer m_progressTimer;
    ExportFilesPanel *m_filesPanel = nullptr; // the Files tab
    ExportTimelinePage *m_picture = nullptr;  // the "Bars over time" tab
    bool m_renewable = false;
    QDateTime m_nextPoll;
    QString m_waitReason;
};
