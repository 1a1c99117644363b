// The export window's Files tab: one row per manifest file with its progress and verification,
// the overall progress line, and the manifest summary.
#include "ExportDialog.h"
#include "app/support/Format.h"

#include "app/support/AppSettings.h"

#include "app/calls/Diagnoser.h"
#include "app/fhir/BodyText.h"
#include "app/fhir/CapabilityStatement.h"
#include "app/fhir/PatientCompartment.h"
#include "app/models/CallLogModel.h"
#include "app/session/ServerSession.h"
#include "ui/BinaryViewer.h"
#include "ui/SeverityStyle.h"
#include "ui_ExportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>

#include "app/models/ExportFilesModel.h"

void ExportDialog::onDownloadsStarted(const ExportSession::Outcome &outcome)
{
    m_folder = outcome.folder;
    m_expires = outcome.expires;
    updateExpires();
    m_stats.reset(int(outcome.files.size()));
    // Every row at once (a manifest may list 10,000 files: the model holds them in a few MB),
    // the column widths measured on the first rows.
    m_files->setFiles(outcome.files);
    m_ui->filesTable->resizeColumnsToContents();
    showManifest(outcome);
    m_ui->openFolderButton->setEnabled(!outcome.folder.isEmpty());
    m_ui->openManifestButton->setEnabled(!outcome.folder.isEmpty());
    disconnect(m_ui->openFolderButton, nullptr, this, nullptr);
    connect(m_ui->openFolderButton, &QPushButton::clicked, this,
            [folder = outcome.folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    m_ui->exportTabs->setCurrentWidget(m_ui->filesTab);
    m_ui->progressBar->setValue(0);
}

void ExportDialog::showFile(int index, const ExportSession::FileResult &f)
{
    const bool done = f.verified || !f.problem.isEmpty();
    int percent = 0;
    if (done) {
        m_stats.finish(index, f.bytes, m_clock.elapsed());
        percent = m_stats.file(index, m_clock.elapsed()).percent();
    }
    m_files->finishFile(index, f, percent);
    if (m_ui->filesTable->currentIndex().row() == index)
        m_ui->viewFileButton->setEnabled(!f.path.isEmpty());
    // The overall line follows on the progress timer; a column widens when this row needs it.
    // (Resizing to the contents per file measured every row each time: 6 s of frozen window for
    // 1,000 files.)
    widenColumnsFor(index);
}

void ExportDialog::widenColumnsFor(int row)
{
    QTableView *t = m_ui->filesTable;
    for (int c = 0; c < ExportFilesModel::VerificationColumn; ++c) {
        const int needed = t->sizeHintForIndex(t->model()->index(row, c)).width() + 8;
        if (needed > t->columnWidth(c))
            t->setColumnWidth(c, needed);
    }
}

void ExportDialog::showProgress()
{
    // A few times a second, whatever the number of chunks: the window stays responsive.
    const qint64 now = m_clock.elapsed();
    for (int i = 0; i < m_stats.count() && i < m_files->rowCount(); ++i) {
        const TransferStats::Figures f = m_stats.file(i, now);
        if (f.finished || f.received == 0)
            continue;
        m_files->setProgress(i, TransferStats::describe(f), f.percent());
    }
    m_files->progressShown();
    const TransferStats::Figures all = m_stats.overall(now);
    if (m_session->state() != ExportSession::State::Downloading)
        return;
    m_ui->progressBar->setValue(qMax(0, all.percent()));
    if (m_session->awaitingToken()) {
        m_ui->stateLabel->setText(
            tr("Waiting for a new token: the server no longer accepts this one (%1 of %2 files "
               "done). Get a new token or paste one: the downloads go on with it.")
                .arg(m_stats.finishedCount())
                .arg(m_stats.count()));
        return;
    }
    m_ui->stateLabel->setText(tr("Downloading: %1 of %2 files done · %3")
                                  .arg(m_stats.finishedCount())
                                  .arg(m_stats.count())
                                  .arg(TransferStats::describe(all)));
}

void ExportDialog::showManifest(const ExportSession::Outcome &o)
{
    if (!o.manifest)
        return;
    const BulkManifest &m = *o.manifest;
    auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value);
    };
    auto absent = [this] { return QStringLiteral("<i>%1</i>").arg(tr("absent").toHtmlEscaped()); };
    QString html = QStringLiteral("<table>");
    html += row(QStringLiteral("transactionTime"),
                m.transactionTime.isValid()
                    ? m.transactionTime.toString(Qt::ISODateWithMs).toHtmlEscaped()
                    : absent());
    html +=
        row(QStringLiteral("request"), m.request.isEmpty() ? absent() : m.request.toHtmlEscaped());
    html += row(QStringLiteral("requiresAccessToken"),
                m.requiresAccessToken
                    ? (*m.requiresAccessToken ? QStringLiteral("true") : QStringLiteral("false"))
                    : absent() + QStringLiteral(" — ") +
                          tr("the token is sent (HAPI omits the field)").toHtmlEscaped());
    html += row(QStringLiteral("output"),
                tr("%n file(s)", nullptr, int(m.output.size())).toHtmlEscaped());
    html += row(QStringLiteral("error"),
                tr("%n file(s)", nullptr, int(m.error.size())).toHtmlEscaped());
    if (!m.deleted.isEmpty())
        html += row(QStringLiteral("deleted"),
                    tr("%n file(s)", nullptr, int(m.deleted.size())).toHtmlEscaped());
    if (!m.extension.isEmpty())
        html += row(
            QStringLiteral("extension"),
            QStringLiteral("<code>%1</code>").arg(QString::fromUtf8(m.extension).toHtmlEscaped()));
    if (!m.missing.isEmpty())
        html +=
            row(tr("Missing"), QStringLiteral("%1 %2").arg(
                                   SeverityStyle::mark(Diagnosis::Severity::Warning),
                                   tr("%1 — required by the Bulk Data IG; HAPI omits some of them.")
                                       .arg(m.missing.join(QStringLiteral(", ")))
                                       .toHtmlEscaped()));
    if (!o.serverMessages.isEmpty()) {
        QStringList lines;
        for (const auto &m : o.serverMessages)
            lines << QStringLiteral("%1 %2× [%3/%4] %5")
                         .arg(SeverityStyle::mark(m.severity == QLatin1String("information")
                                                      ? Diagnosis::Severity::Info
                                                      : Diagnosis::Severity::Warning))
                         .arg(m.count)
                         .arg(m.severity.toHtmlEscaped(), m.code.toHtmlEscaped(),
                              m.text.toHtmlEscaped());
        html += row(tr("Error files say"), lines.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");
    m_ui->manifestLabel->setText(html);
}
