#pragma once

#include "app/session/ExportJob.h"

#include <QObject>

namespace Ui {
class ExportDialog;
} // namespace Ui
class QDialog;
class ServerSession;

// The export window's request: its fields (Group, types, _since, format, filters, POST, …),
// remembered per profile, the types the server's CapabilityStatement lists, and the exact
// request previewed as the job will send it.
class ExportRequestForm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportRequestForm)
public:
    // Fills the fields of `dialog`'s form `ui` (the Group `groupId`, the choices remembered for
    // the job's profile); `journal`: the last export's time for "since the last export".
    ExportRequestForm(QDialog *dialog, Ui::ExportDialog *ui, ExportJob *job, ServerSession *server,
                      ExportJournal *journal, const QString &groupId);

    // What the fields say.
    ExportSession::Request request() const;
    // The choices remembered for the profile (the _since date even while it is off).
    void saveChoices() const;
    // The preview shows the request as the job would send it now.
    void updatePreview();

Q_SIGNALS:
    void changed(); // a field changed (the preview shows it)

private:
    void restoreChoices();
    void showListedTypes();

    QDialog *m_dialog;
    Ui::ExportDialog *m_ui;
    ExportJob *m_job;
    ServerSession *m_server;
    ExportJournal *m_journal;
    QString m_profileId;
};
