#pragma once

#include "app/calls/TransferStats.h"
#include "app/session/ExportJob.h"

#include <QElapsedTimer>
#include <QObject>

namespace Ui {
class ExportDialog;
} // namespace Ui
class ExportFilesModel;
class QDialog;

// The export window's Files tab: one row per manifest file with its progress (a bar per row,
// drawn a few times a second, never per chunk) and its verification, a file opened in the
// content viewer, the download folder and the manifest, and the manifest's summary.
class ExportFilesPanel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportFilesPanel)
public:
    // Follows `session`'s files in the Files tab of `dialog` (its form `ui`).
    ExportFilesPanel(QDialog *dialog, Ui::ExportDialog *ui, ExportSession *session);

    // A new export: no files, no figures.
    void clear();
    // The rows' progress drawn now; returns the figures of every file together.
    TransferStats::Figures showProgress();
    const TransferStats &stats() const { return m_stats; }
    // The manifest's fields, what is missing in it, and what the error files say.
    void showManifest(const ExportSession::Outcome &outcome);
    // When the server drops the files (its Expires header); invalid: not said.
    QDateTime expires() const { return m_expires; }

Q_SIGNALS:
    void expiresChanged();

private:
    void setUpTable();
    void onDownloadsStarted(const ExportSession::Outcome &outcome);
    void showFile(int index, const ExportSession::FileResult &f);
    void widenColumnsFor(int row);
    void viewFile(int row);
    void openManifest();

    QDialog *m_dialog;
    Ui::ExportDialog *m_ui;
    ExportFilesModel *m_files;
    TransferStats m_stats;
    QElapsedTimer m_clock;
    QDateTime m_expires;
    QString m_folder;
};
