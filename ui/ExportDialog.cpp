#include "ExportDialog.h"

#include "app/models/CallLogModel.h"
#include "app/net/Diagnoser.h"
#include "app/net/FhirClient.h"
#include "app/fhir/PatientCompartment.h"
#include "ui/SeverityStyle.h"
#include "ui_ExportDialog.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

ExportDialog::ExportDialog(FhirClient *client, const QString &outputRoot, const QString &groupId,
                           ExportJournal *journal, const QString &profileId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_client(client),
      m_session(new ExportSession(client, outputRoot, this)), m_journal(journal), m_profileId(profileId)
{
    m_ui->setupUi(this);
    m_session->setJournal(journal, profileId);
    connect(m_ui->sinceLastButton, &QPushButton::clicked, this, [this] {
        const QDateTime last = m_journal->lastTransactionTime(m_profileId, m_ui->groupEdit->text().trimmed());
        if (!last.isValid()) {
            m_ui->stateLabel->setText(tr("No finished export of Group %1 on this server yet.").arg(m_ui->groupEdit->text()));
            return;
        }
        m_ui->sinceCheck->setChecked(true);
        m_ui->sinceEdit->setDateTime(last.toLocalTime());
    });
    m_ui->groupEdit->setText(groupId);
    m_ui->previewText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The Patient-compartment types of a Bulk Data Group export.
    for (const QString &type : patientCompartmentExportTypes()) {
        auto *item = new QListWidgetItem(type, m_ui->typesList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (const char *f : {"application/fhir+ndjson", "application/ndjson", "ndjson"})
        m_ui->formatCombo->addItem(QString::fromLatin1(f));
    m_ui->sinceEdit->setDateTime(QDateTime::currentDateTime().addDays(-30));
    m_ui->sinceEdit->setEnabled(false);
    m_ui->timelineTable->setColumnCount(7);
    m_ui->timelineTable->setHorizontalHeaderLabels({tr("Call"), tr("Time"), tr("Status"), tr("What"), tr("X-Progress"),
                                                    tr("Next poll"), tr("Token")});
    m_ui->timelineTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->timelineTable->verticalHeader()->hide();
    m_ui->timelineTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->filesTable->setColumnCount(6);
    m_ui->filesTable->setHorizontalHeaderLabels({tr("Type"), tr("Manifest count"), tr("Lines"), tr("Size"),
                                                 tr("Attempts"), tr("Verification")});
    m_ui->filesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->filesTable->verticalHeader()->hide();
    m_ui->filesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->pollNowButton->setEnabled(false);
    m_ui->cancelExportButton->setEnabled(false);
    m_ui->openFolderButton->setEnabled(false);
    m_ui->progressBar->setRange(0, 100);

    for (QLineEdit *e : {m_ui->groupEdit, m_ui->typeFilterEdit, m_ui->elementsEdit})
        connect(e, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    for (QCheckBox *c : {m_ui->postCheck, m_ui->noCacheCheck, m_ui->lenientCheck, m_ui->sinceCheck})
        connect(c, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_ui->sinceCheck, &QCheckBox::toggled, m_ui->sinceEdit, &QWidget::setEnabled);
    connect(m_ui->sinceEdit, &QDateTimeEdit::dateTimeChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->typesList, &QListWidget::itemChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->startButton, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_ui->pollNowButton, &QPushButton::clicked, m_session, &ExportSession::pollNow);
    connect(m_ui->cancelExportButton, &QPushButton::clicked, m_session, &ExportSession::cancel);
    connect(m_ui->timelineTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        Q_EMIT showCallRequested(m_ui->timelineTable->item(row, 0)->data(Qt::UserRole).toULongLong());
    });
    connect(m_session, &ExportSession::polled, this, &ExportDialog::onPolled);
    connect(m_session, &ExportSession::waiting, this, &ExportDialog::onWaiting);
    connect(m_session, &ExportSession::finished, this, &ExportDialog::onFinished);
    connect(m_session, &ExportSession::fileFinished, this, &ExportDialog::showFile);
    connect(m_session, &ExportSession::message, this, [this](const QString &text) { m_ui->stateLabel->setText(text); });
    connect(m_session, &ExportSession::stateChanged, this, [this](ExportSession::State s) {
        const bool polling = s == ExportSession::State::Polling;
        m_ui->pollNowButton->setEnabled(polling);
        m_ui->cancelExportButton->setEnabled(polling || s == ExportSession::State::Downloading);
        m_ui->startButton->setEnabled(s == ExportSession::State::Done || s == ExportSession::State::Failed
                                      || s == ExportSession::State::Cancelled);
        if (!polling)
            m_countdown.stop();
    });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ExportDialog::tick);
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

ExportSession::Request ExportDialog::request() const
{
    ExportSession::Request r;
    r.groupId = m_ui->groupEdit->text().trimmed();
    for (int i = 0; i < m_ui->typesList->count(); ++i) {
        if (m_ui->typesList->item(i)->checkState() == Qt::Checked)
            r.types << m_ui->typesList->item(i)->text();
    }
    if (m_ui->sinceCheck->isChecked())
        r.since = m_ui->sinceEdit->dateTime().toUTC();
    r.outputFormat = m_ui->formatCombo->currentText();
    r.typeFilter = m_ui->typeFilterEdit->text().trimmed();
    r.elements = m_ui->elementsEdit->text().trimmed();
    r.usePost = m_ui->postCheck->isChecked();
    r.noCache = m_ui->noCacheCheck->isChecked();
    r.lenient = m_ui->lenientCheck->isChecked();
    return r;
}

void ExportDialog::updatePreview()
{
    const ExportSession::Request r = request();
    QStringList lines;
    QUrlQuery q;
    if (!r.types.isEmpty())
        q.addQueryItem(QStringLiteral("_type"), r.types.join(QLatin1Char(',')));
    if (r.since.isValid())
        q.addQueryItem(QStringLiteral("_since"), r.since.toString(Qt::ISODate));
    if (r.outputFormat != QLatin1String("application/fhir+ndjson"))
        q.addQueryItem(QStringLiteral("_outputFormat"), r.outputFormat);
    if (!r.typeFilter.isEmpty())
        q.addQueryItem(QStringLiteral("_typeFilter"), r.typeFilter);
    if (!r.elements.isEmpty())
        q.addQueryItem(QStringLiteral("_elements"), r.elements);
    const QString url = m_client->resolve(QStringLiteral("Group/%1/$export").arg(r.groupId)).toString();
    lines << (r.usePost ? QStringLiteral("POST %1").arg(url)
                        : QStringLiteral("GET %1%2").arg(url, q.isEmpty() ? QString() : QLatin1Char('?') + q.toString()));
    lines << QStringLiteral("Accept: application/fhir+json")
          << QStringLiteral("Prefer: respond-async%1").arg(r.lenient ? QStringLiteral(", handling=lenient") : QString());
    if (r.noCache)
        lines << QStringLiteral("Cache-Control: no-cache");
    if (r.usePost && !q.isEmpty()) {
        QJsonArray parameter;
        for (const auto &item : q.queryItems())
            parameter.append(QJsonObject{{QStringLiteral("name"), item.first}, {QStringLiteral("valueString"), item.second}});
        lines << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                                                             {QStringLiteral("parameter"), parameter}})
                                       .toJson(QJsonDocument::Compact));
    }
    m_ui->previewText->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->startButton->setEnabled(!r.groupId.isEmpty() && m_session->state() != ExportSession::State::Polling
                                  && m_session->state() != ExportSession::State::Downloading);
}

void ExportDialog::resume(const ExportJournal::Entry &entry)
{
    m_ui->groupEdit->setText(entry.groupId);
    m_ui->previewText->setPlainText(entry.request);
    m_ui->startButton->setEnabled(false);
    m_session->resume(entry.statusUrl, entry.groupId);
}

void ExportDialog::start()
{
    m_ui->timelineTable->setRowCount(0);
    m_ui->filesTable->setRowCount(0);
    m_ui->manifestLabel->clear();
    m_ui->progressBar->setValue(0);
    m_ui->startButton->setEnabled(false);
    m_ui->exportTabs->setCurrentWidget(m_ui->timelineTab);
    m_session->start(request());
}

void ExportDialog::onPolled(const ExportSession::PollEvent &e)
{
    const int row = m_ui->timelineTable->rowCount();
    m_ui->timelineTable->insertRow(row);
    auto *call = new QTableWidgetItem(QStringLiteral("#%1").arg(e.callId));
    call->setData(Qt::UserRole, QVariant::fromValue(e.callId));
    call->setToolTip(tr("Double-click to show this call in the log"));
    m_ui->timelineTable->setItem(row, 0, call);
    m_ui->timelineTable->setItem(row, 1, new QTableWidgetItem(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    m_ui->timelineTable->setItem(row, 2, new QTableWidgetItem(e.status ? QString::number(e.status) : tr("no answer")));
    const QString what = e.kind == QLatin1String("in-progress")    ? tr("export running")
                         : e.kind == QLatin1String("rate-limited") ? tr("429: polled too soon, waiting as asked")
                         : e.kind == QLatin1String("transient")    ? tr("transient server error, retrying")
                         : e.kind == QLatin1String("network")      ? tr("the status check failed (network), retrying")
                         : e.kind == QLatin1String("complete")     ? tr("complete: manifest received")
                                                                   : tr("failed");
    auto *whatItem = new QTableWidgetItem(what);
    const Diagnosis::Severity sev = e.kind == QLatin1String("failed") ? Diagnosis::Severity::Error
                                    : e.kind == QLatin1String("in-progress") || e.kind == QLatin1String("complete")
                                        ? Diagnosis::Severity::Ok
                                        : Diagnosis::Severity::Warning;
    whatItem->setIcon(SeverityStyle::icon(sev));
    m_ui->timelineTable->setItem(row, 3, whatItem);
    m_ui->timelineTable->setItem(row, 4, new QTableWidgetItem(e.progress));
    m_ui->timelineTable->setItem(row, 5, new QTableWidgetItem(
        e.waitSecs >= 0 ? tr("%1 — %2").arg(Diagnoser::humanDuration(e.waitSecs), e.waitReason) : QString()));
    m_ui->timelineTable->setItem(row, 6, new QTableWidgetItem(e.tokenFingerprint));
    m_ui->timelineTable->resizeColumnsToContents();
    m_ui->timelineTable->scrollToBottom();
    if (e.percent >= 0)
        m_ui->progressBar->setValue(e.percent);
    if (e.kind == QLatin1String("complete"))
        m_ui->progressBar->setValue(100);
}

void ExportDialog::onWaiting(qint64 seconds, const QString &reason)
{
    m_nextPoll = QDateTime::currentDateTimeUtc().addSecs(seconds);
    m_waitReason = reason;
    tick();
    m_countdown.start();
}

void ExportDialog::tick()
{
    const qint64 left = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_nextPoll));
    m_ui->stateLabel->setText(tr("Waiting for the export: next poll in %1 (%2). \"Poll now\" asks at once.")
                                  .arg(Diagnoser::humanDuration(left), m_waitReason));
}

void ExportDialog::showFile(int index, const ExportSession::FileResult &f)
{
    if (m_ui->filesTable->rowCount() <= index)
        m_ui->filesTable->setRowCount(index + 1);
    m_ui->filesTable->setItem(index, 0, new QTableWidgetItem(f.isError ? tr("%1 (errors)").arg(f.type) : f.type));
    m_ui->filesTable->setItem(index, 1, new QTableWidgetItem(f.expected ? QString::number(*f.expected) : tr("not given")));
    m_ui->filesTable->setItem(index, 2, new QTableWidgetItem(QString::number(f.lines)));
    m_ui->filesTable->setItem(index, 3, new QTableWidgetItem(CallLogModel::formatSize(f.bytes)));
    m_ui->filesTable->setItem(index, 4, new QTableWidgetItem(QString::number(f.attempts)));
    auto *v = new QTableWidgetItem(f.verified ? tr("verified") : f.problem);
    v->setIcon(SeverityStyle::icon(f.verified ? Diagnosis::Severity::Ok : Diagnosis::Severity::Error));
    v->setToolTip(f.path);
    m_ui->filesTable->setItem(index, 5, v);
    m_ui->filesTable->resizeColumnsToContents();
}

void ExportDialog::onFinished(const ExportSession::Outcome &o)
{
    m_countdown.stop();
    const Diagnosis::Severity sev = o.state == ExportSession::State::Done      ? Diagnosis::Severity::Ok
                                    : o.state == ExportSession::State::Cancelled ? Diagnosis::Severity::Warning
                                                                                 : Diagnosis::Severity::Error;
    m_ui->stateLabel->setText(QStringLiteral("%1 %2").arg(SeverityStyle::mark(sev), o.message));
    m_ui->stateLabel->setStyleSheet(SeverityStyle::cardStyleSheet(sev));
    if (o.manifest) {
        const BulkManifest &m = *o.manifest;
        QString text = tr("transactionTime %1 · requiresAccessToken %2 · %n output file(s)", nullptr, int(m.output.size()))
                           .arg(m.transactionTime.toString(Qt::ISODate),
                                m.requiresAccessToken ? (*m.requiresAccessToken ? tr("true") : tr("false")) : tr("absent"));
        if (!m.error.isEmpty())
            text += QStringLiteral(" · ") + tr("%n error file(s)", nullptr, int(m.error.size()));
        if (!m.missing.isEmpty())
            text += QStringLiteral("\n") + tr("Missing from the manifest: %1").arg(m.missing.join(QStringLiteral(", ")));
        if (!o.outcomeMessages.isEmpty())
            text += QStringLiteral("\n") + tr("Error file says: %1").arg(o.outcomeMessages.join(QStringLiteral("; ")));
        m_ui->manifestLabel->setText(text);
        m_ui->exportTabs->setCurrentWidget(m_ui->filesTab);
    }
    m_ui->openFolderButton->setEnabled(!o.folder.isEmpty());
    disconnect(m_ui->openFolderButton, nullptr, this, nullptr);
    connect(m_ui->openFolderButton, &QPushButton::clicked, this, [folder = o.folder] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    updatePreview();
}
