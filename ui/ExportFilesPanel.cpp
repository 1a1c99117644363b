#include "ExportFilesPanel.h"

#include "app/fhir/BodyText.h"
#include "app/models/ExportFilesModel.h"
#include "ui/BinaryViewer.h"
#include "ui/ExportFilesTable.h"
#include "ui/SeverityStyle.h"
#include "ui_ExportDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ExportFilesPanel::ExportFilesPanel(QDialog *dialog, Ui::ExportDialog *ui, ExportSession *session)
    : QObject(dialog), m_dialog(dialog), m_ui(ui), m_files(new ExportFilesModel(dialog))
{
    m_ui->manifestLabel->setText(
        tr("No files yet. When the server has finished the export, the files its manifest lists "
           "appear here, each downloaded, checked line by line and only then given its name."));
    setUpTable();
    m_ui->openFolderButton->setEnabled(false);
    m_ui->openManifestButton->setEnabled(false);
    connect(m_ui->openManifestButton, &QPushButton::clicked, this, &ExportFilesPanel::openManifest);
    connect(m_ui->filesTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { viewFile(index.row()); });
    connect(m_ui->viewFileButton, &QPushButton::clicked, this,
            [this] { viewFile(m_ui->filesTable->currentIndex().row()); });
    connect(m_ui->filesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_ui->viewFileButton->setEnabled(!m_files->path(current.row()).isEmpty());
            });
    connect(session, &ExportSession::fileFinished, this, &ExportFilesPanel::showFile);
    connect(session, &ExportSession::downloadsStarted, this, &ExportFilesPanel::onDownloadsStarted);
    connect(session, &ExportSession::fileProgress, this,
            [this](int index, qint64 got, qint64 total) {
                m_stats.update(index, got, total,
                               m_clock.elapsed()); // drawn by the progress timer, not per chunk
            });
    m_clock.start();
}

void ExportFilesPanel::setUpTable()
{
    m_files->setVerdictIcons([](bool verified) {
        return QVariant(
            SeverityStyle::icon(verified ? Diagnosis::Severity::Ok : Diagnosis::Severity::Error));
    });
    QTableView *table = m_ui->filesTable;
    table->setModel(m_files);
    table->setItemDelegateForColumn(ExportFilesModel::ProgressColumn,
                                    new ExportFilesTable::ProgressDelegate(table));
    table->horizontalHeader()->setSectionResizeMode(ExportFilesModel::VerificationColumn,
                                                    QHeaderView::Stretch);
    // Column widths from the first rows: measuring 10,000 would hold the window.
    table->horizontalHeader()->setResizeContentsPrecision(200);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Empty too: each column as wide as its title (German titles are longer).
    table->resizeColumnsToContents();
}

void ExportFilesPanel::clear()
{
    m_files->clear();
    m_ui->manifestLabel->setText(
        tr("Waiting for the server to finish the export: its manifest's files appear here then."));
    m_expires = {};
    emit expiresChanged();
}

void ExportFilesPanel::onDownloadsStarted(const ExportSession::Outcome &outcome)
{
    m_folder = outcome.folder;
    m_expires = outcome.expires;
    emit expiresChanged();
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

void ExportFilesPanel::showFile(int index, const ExportSession::FileResult &f)
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

void ExportFilesPanel::widenColumnsFor(int row)
{
    QTableView *t = m_ui->filesTable;
    for (int c = 0; c < ExportFilesModel::VerificationColumn; ++c) {
        const int needed = t->sizeHintForIndex(t->model()->index(row, c)).width() + 8;
        if (needed > t->columnWidth(c))
            t->setColumnWidth(c, needed);
    }
}

TransferStats::Figures ExportFilesPanel::showProgress()
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
    return m_stats.overall(now);
}

void ExportFilesPanel::viewFile(int row)
{
    // A downloaded file (or the part downloaded so far) opens in the content viewer.
    const QString path = m_files->path(row);
    if (path.isEmpty())
        return;
    // The verified file, else the part downloaded so far, else a copy that failed verification.
    QString existing = path;
    for (const QString &suffix : {QStringLiteral(".part"), QStringLiteral(".rejected")}) {
        if (!QFileInfo::exists(existing))
            existing = path + suffix;
    }
    if (!QFileInfo::exists(existing)) {
        m_ui->stateLabel->setText(
            tr("%1 has not been downloaded yet.").arg(QFileInfo(path).fileName()));
        return;
    }
    auto *viewer = new BinaryViewer(existing, m_dialog);
    viewer->setObjectName(QStringLiteral("binaryViewer"));
    viewer->show();
}

void ExportFilesPanel::openManifest()
{
    QFile f(QDir(m_folder).filePath(QStringLiteral("manifest.json")));
    if (!f.open(QIODevice::ReadOnly))
        return;
    auto *view = new QDialog(m_dialog);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(tr("Export manifest — %1").arg(f.fileName()));
    auto *text = new QPlainTextEdit(view);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(BodyText::pretty(f.readAll(), QStringLiteral("application/json")).text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, view);
    connect(buttons, &QDialogButtonBox::rejected, view, &QDialog::reject);
    auto *layout = new QVBoxLayout(view);
    layout->addWidget(text);
    layout->addWidget(buttons);
    view->resize(720, 520);
    view->show();
}
void ExportFilesPanel::showManifest(const ExportSession::Outcome &o)
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
