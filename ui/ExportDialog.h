#pragma once

#include "app/net/ExportSession.h"

#include <QDialog>
#include <QTimer>
#include <memory>

namespace Ui { class ExportDialog; }
class FhirClient;

// A Group export run visibly: parameters with the exact request previewed, then a timeline of
// every poll (status, X-Progress, the wait and which hint chose it, the token fingerprint), a
// countdown with "poll now", the manifest and each file with its verification.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    ExportDialog(FhirClient *client, const QString &outputRoot, const QString &groupId,
                 ExportJournal *journal, const QString &profileId, QWidget *parent = nullptr);
    // Continues a journaled job (after a restart) instead of starting a new one.
    void resume(const ExportJournal::Entry &entry);
    ~ExportDialog() override;

    ExportSession::Request request() const;
    ExportSession *session() const { return m_session; }

Q_SIGNALS:
    void showCallRequested(quint64 callId);

private:
    void updatePreview();
    void start();
    void onPolled(const ExportSession::PollEvent &e);
    void onWaiting(qint64 seconds, const QString &reason);
    void onFinished(const ExportSession::Outcome &outcome);
    void showFile(int index, const ExportSession::FileResult &f);
    void tick();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    FhirClient *m_client;
    ExportSession *m_session;
    QTimer m_countdown;
    QDateTime m_nextPoll;
    QString m_waitReason;
    ExportJournal *m_journal;
    QString m_profileId;
};
