#include "ExportDialog.h"

#include "app/calls/Diagnoser.h"
#include "app/session/ExportJob.h"
#include "app/support/AppSettings.h"
#include "ui/Ask.h"
#include "ui/ExportFilesPanel.h"
#include "ui/ExportRequestForm.h"
#include "ui/ExportTimeline.h"
#include "ui/ExportTimelinePage.h"
#include "ui/SeverityStyle.h"
#include "ui_ExportDialog.h"

#include <QHeaderView>
#include <QSettings>

ExportDialog::ExportDialog(ExportJob *job, ServerSession *session, ExportJournal *journal,
                           const QString &groupId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_job(job),
      m_session(job->session())
{
    m_ui->setupUi(this);
    m_form = new ExportRequestForm(this, m_ui.get(), job, session, journal, groupId);
    connect(m_form, &ExportRequestForm::changed, this, &ExportDialog::updateStart);
    setUpTimeline();
    m_filesPanel = new ExportFilesPanel(this, m_ui.get(), m_session);
    connect(m_filesPanel, &ExportFilesPanel::expiresChanged, this, &ExportDialog::updateExpires);
    // The same job as a picture, live, from the job's own model (it stays with the job).
    m_picture = new ExportTimelinePage(job->timeline(), m_ui->exportTabs);
    m_picture->setObjectName(QStringLiteral("pictureTab"));
    m_ui->exportTabs->insertTab(1, m_picture, tr("&Bars over time"));
    connect(m_picture->timeline(), &ExportTimeline::fileActivated, this,
            [this](int file) { m_ui->filesTable->selectRow(file); });
    setUpButtons();
    connectSession();
    setUpTimers();
    updateStart();
}

void ExportDialog::setUpTimeline()
{
    QTableWidget *table = m_ui->timelineTable;
    table->setColumnCount(7);
    table->setHorizontalHeaderLabels({tr("Call"), tr("Time"), tr("Status"), tr("What"),
                                      tr("X-Progress"), tr("Next poll"), tr("Token")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Empty too: each column as wide as its title (German titles are longer).
    table->resizeColumnsToContents();
    connect(table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        Q_EMIT showCallRequested(
            m_ui->timelineTable->item(row, 0)->data(Qt::UserRole).toULongLong());
    });
}

void ExportDialog::setUpButtons()
{
    m_ui->pollNowButton->setEnabled(false);
    m_ui->cancelExportButton->setEnabled(false);
    m_ui->progressBar->setRange(0, 100);
    m_ui->expiresLabel->hide();
    QSettings settings;
    m_ui->parallelSpin->setValue(settings.value(QStringLiteral("export/parallel"), 2).toInt());
    m_session->setParallel(m_ui->parallelSpin->value());
    m_session->setMaxWaitSecs(AppSettings::exportMaxWaitHours() * 3600);
    m_session->setTokenToOtherOrigins(AppSettings::tokenToStatusOrigin());
    m_ui->keepWaitingButton->hide();
    connect(m_ui->keepWaitingButton, &QPushButton::clicked, this, [this] {
        // The wait limit was reached and the user chose to go on: the same job, polled again.
        m_ui->keepWaitingButton->hide();
        m_ui->stateLabel->setStyleSheet(QString());
        m_session->resume(m_session->statusUrlForResume(), m_ui->groupEdit->text());
    });
    connect(m_ui->parallelSpin, &QSpinBox::valueChanged, this, [this](int n) {
        QSettings().setValue(QStringLiteral("export/parallel"), n);
        m_session->setParallel(n); // files not started yet follow the new value
    });
    connect(m_ui->startButton, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_ui->pollNowButton, &QPushButton::clicked, m_session, &ExportSession::pollNow);
    connect(m_ui->cancelExportButton, &QPushButton::clicked, this, &ExportDialog::askCancel);
}

void ExportDialog::connectSession()
{
    connect(m_session, &ExportSession::polled, this, &ExportDialog::onPolled);
    connect(m_session, &ExportSession::step, this, &ExportDialog::onPolled);
    connect(m_session, &ExportSession::waiting, this, &ExportDialog::onWaiting);
    connect(m_session, &ExportSession::finished, this, &ExportDialog::onFinished);
    connect(m_session, &ExportSession::message, this,
            [this](const QString &text) { m_ui->stateLabel->setText(text); });
    connect(m_session, &ExportSession::stateChanged, this, &ExportDialog::onStateChanged);
}

void ExportDialog::onStateChanged(ExportSession::State s)
{
    const bool polling = s == ExportSession::State::Polling;
    m_ui->pollNowButton->setEnabled(polling);
    m_ui->cancelExportButton->setEnabled(polling || s == ExportSession::State::Downloading);
    m_ui->startButton->setEnabled(
        s == ExportSession::State::Done || s == ExportSession::State::Failed ||
        s == ExportSession::State::Cancelled || s == ExportSession::State::Stopped);
    if (!polling)
        m_countdown.stop();
    if (s == ExportSession::State::Downloading)
        m_progressTimer.start();
    else
        m_progressTimer.stop();
    updateTokenWarning();
}

void ExportDialog::setUpTimers()
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ExportDialog::tick);
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &ExportDialog::showProgress);
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        updateTokenWarning();
        updateExpires();
    });
    m_clockTimer.start();
}

void ExportDialog::showProgress()
{
    const TransferStats::Figures all = m_filesPanel->showProgress();
    if (m_session->state() != ExportSession::State::Downloading)
        return;
    m_ui->progressBar->setValue(qMax(0, all.percent()));
    const TransferStats &stats = m_filesPanel->stats();
    if (m_session->awaitingToken()) {
        m_ui->stateLabel->setText(
            tr("Waiting for a new token: the server no longer accepts this one (%1 of %2 files "
               "done). Get a new token or paste one: the downloads go on with it.")
                .arg(stats.finishedCount())
                .arg(stats.count()));
        return;
    }
    m_ui->stateLabel->setText(tr("Downloading: %1 of %2 files done · %3")
                                  .arg(stats.finishedCount())
                                  .arg(stats.count())
                                  .arg(TransferStats::describe(all)));
}

bool ExportDialog::running() const
{
    const auto s = m_session->state();
    return s == ExportSession::State::KickingOff || s == ExportSession::State::Polling ||
           s == ExportSession::State::Downloading;
}

void ExportDialog::setTokenRenewable(bool renewable)
{
    m_renewable = renewable;
    updateTokenWarning();
}

void ExportDialog::updateTokenWarning()
{
    // Long polls and downloads outlive short tokens (300 s is usual): say so before it happens.
    const QDateTime exp = m_job->tokenExpiresAt();
    if (!running() || !exp.isValid()) {
        m_ui->tokenWarningLabel->hide();
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(exp);
    constexpr qint64 kAhead = 600;
    Diagnosis::Severity sev = Diagnosis::Severity::Warning;
    QString text;
    if (left <= 0) {
        sev = Diagnosis::Severity::Error;
        // The server refuses it from now on: the export waits (ExportSession::awaitingToken).
        text = m_renewable ? tr("The access token expired %1 ago and has not been renewed yet: the "
                                "export waits for the new one.")
                                 .arg(Diagnoser::humanDuration(-left))
                           : tr("The access token expired %1 ago: the server refuses it, so the "
                                "export waits. Get a new token (Get token… in the main window) or "
                                "paste one; the export goes on with it.")
                                 .arg(Diagnoser::humanDuration(-left));
    } else if (left <= kAhead && !m_renewable) {
        text = tr("The access token expires in %1 and this profile cannot renew it by itself: get "
                  "a new token "
                  "(Get token… in the main window) or paste one before then, or the remaining "
                  "calls will be refused.")
                   .arg(Diagnoser::humanDuration(left));
    } else if (left <= kAhead) {
        sev = Diagnosis::Severity::Ok;
        text = tr("The access token expires in %1; it will be renewed before then.")
                   .arg(Diagnoser::humanDuration(left));
    } else {
        m_ui->tokenWarningLabel->hide();
        return;
    }
    m_ui->tokenWarningLabel->setText(QStringLiteral("%1 %2").arg(SeverityStyle::mark(sev), text));
    m_ui->tokenWarningLabel->setStyleSheet(SeverityStyle::cardStyleSheet(sev));
    m_ui->tokenWarningLabel->show();
}

void ExportDialog::updateExpires()
{
    const QDateTime expires = m_filesPanel->expires();
    if (!expires.isValid()) {
        m_ui->expiresLabel->hide();
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(expires);
    const QString when = QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat);
    Diagnosis::Severity sev = Diagnosis::Severity::Ok;
    QString text;
    if (left <= 0) {
        sev = Diagnosis::Severity::Error;
        text = tr("The files expired %1 ago (Expires: %2): downloads not finished yet may fail; "
                  "start a new export for them.")
                   .arg(Diagnoser::humanDuration(-left), when);
    } else {
        sev = left < 300 ? Diagnosis::Severity::Warning : Diagnosis::Severity::Ok;
        text = tr("The server keeps the files until %1 (Expires header): %2 left.")
                   .arg(when, Diagnoser::humanDuration(left));
    }
    m_ui->expiresLabel->setText(QStringLiteral("%1 %2").arg(SeverityStyle::mark(sev), text));
    m_ui->expiresLabel->show();
}

ExportDialog::~ExportDialog()
{
    m_form->saveChoices();
}

ExportSession::Request ExportDialog::request() const
{
    return m_form->request();
}

void ExportDialog::updateStart()
{
    m_ui->startButton->setEnabled(!m_form->request().groupId.isEmpty() && !running());
}

void ExportDialog::resume(const ExportJournal::Entry &entry, const QString &goneReason)
{
    m_ui->groupEdit->setText(entry.groupId);
    m_ui->previewText->setPlainText(entry.request);
    m_ui->startButton->setEnabled(false);
    m_job->resume(entry, goneReason);
}

void ExportDialog::askCancel()
{
    const bool polling = m_session->state() == ExportSession::State::Polling;
    const QString text =
        polling ? tr("The server goes on with this export until it is cancelled there. Cancel "
                     "it on the server (a DELETE on its status URL), or only stop watching it "
                     "here and resume it later (Request → Resume unfinished export)?")
                : tr("The files are being downloaded. Stop the downloads for good, or stop "
                     "watching here and resume them later (Request → Resume unfinished "
                     "export)? Files already downloaded are kept either way.");
    const int choice = Ask::choose(
        this, tr("Cancel the export"), text,
        {polling ? tr("Cancel on the server") : tr("Stop the downloads"), tr("Stop watching")});
    if (choice == 0)
        m_job->cancelOnServer();
    else if (choice == 1)
        m_job->stopWatching();
}

void ExportDialog::start()
{
    m_ui->timelineTable->setRowCount(0);
    m_filesPanel->clear(); // no files, no Expires
    m_ui->stateLabel->setStyleSheet(QString());
    m_ui->progressBar->setValue(0);
    m_ui->startButton->setEnabled(false);
    m_ui->exportTabs->setCurrentWidget(m_ui->timelineTab);
    m_form->saveChoices();
    m_job->start(request());
}

void ExportDialog::onPolled(const ExportSession::PollEvent &e)
{
    m_ui->timelineEmptyLabel->hide();
    const int row = m_ui->timelineTable->rowCount();
    m_ui->timelineTable->insertRow(row);
    auto *call = new QTableWidgetItem(QStringLiteral("#%1").arg(e.callId));
    call->setData(Qt::UserRole, QVariant::fromValue(e.callId));
    call->setToolTip(tr("Double-click to show this call in the log"));
    m_ui->timelineTable->setItem(row, 0, call);
    m_ui->timelineTable->setItem(
        row, 1, new QTableWidgetItem(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    m_ui->timelineTable->setItem(
        row, 2, new QTableWidgetItem(e.status ? QString::number(e.status) : tr("no answer")));
    const bool cancelAccepted = e.status == 202 || e.status == 200;
    const QString what =
        e.kind == QLatin1String("kick-off") ? tr("kick-off accepted: polling the status URL")
        : e.kind == QLatin1String("kick-off-failed") ? tr("kick-off refused: no export started")
        : e.kind == QLatin1String("kick-off-later")
            ? tr("kick-off answered 429: starting again when the server asked")
        : e.kind == QLatin1String("token-refused") ? tr("the token ran out: refused")
        : e.kind == QLatin1String("cancel")
            ? (cancelAccepted ? tr("cancel (DELETE): the server accepted it")
                              : tr("cancel (DELETE): not confirmed by the server"))
        : e.kind == QLatin1String("in-progress")  ? tr("export running")
        : e.kind == QLatin1String("rate-limited") ? tr("429: polled too soon, waiting as asked")
        : e.kind == QLatin1String("transient")    ? tr("transient server error, retrying")
        : e.kind == QLatin1String("network")  ? tr("the status check failed (network), retrying")
        : e.kind == QLatin1String("complete") ? tr("complete: manifest received")
                                              : tr("failed");
    auto *whatItem = new QTableWidgetItem(what);
    const Diagnosis::Severity sev =
        e.kind == QLatin1String("failed") || e.kind == QLatin1String("kick-off-failed")
            ? Diagnosis::Severity::Error
        : e.kind == QLatin1String("in-progress") || e.kind == QLatin1String("complete") ||
                e.kind == QLatin1String("kick-off") ||
                (e.kind == QLatin1String("cancel") && cancelAccepted)
            ? Diagnosis::Severity::Ok
            : Diagnosis::Severity::Warning;
    whatItem->setIcon(SeverityStyle::icon(sev));
    m_ui->timelineTable->setItem(row, 3, whatItem);
    m_ui->timelineTable->setItem(row, 4, new QTableWidgetItem(e.progress));
    m_ui->timelineTable->setItem(
        row, 5,
        new QTableWidgetItem(
            e.waitSecs >= 0 ? tr("%1 — %2").arg(Diagnoser::humanDuration(e.waitSecs), e.waitReason)
                            : QString()));
    m_ui->timelineTable->setItem(
        row, 6,
        new QTableWidgetItem(e.tokenWithheld ? tr("not sent (status URL on another host)")
                                             : e.tokenFingerprint));
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
    m_ui->stateLabel->setText(
        tr("Waiting for the export: next poll in %1 (%2). \"Poll now\" asks at once.")
            .arg(Diagnoser::humanDuration(left), m_waitReason));
}

void ExportDialog::onFinished(const ExportSession::Outcome &o)
{
    m_countdown.stop();
    const Diagnosis::Severity sev =
        o.state == ExportSession::State::Done && o.serverMessageCount() > 0
            ? Diagnosis::Severity::Warning
        : o.state == ExportSession::State::Done ? Diagnosis::Severity::Ok
        : o.state == ExportSession::State::Cancelled || o.state == ExportSession::State::Stopped
            ? Diagnosis::Severity::Warning
            : Diagnosis::Severity::Error;
    m_ui->stateLabel->setText(QStringLiteral("%1 %2").arg(SeverityStyle::mark(sev), o.message));
    m_ui->stateLabel->setStyleSheet(SeverityStyle::cardStyleSheet(sev));
    m_filesPanel->showManifest(o);
    if (o.manifest)
        m_ui->exportTabs->setCurrentWidget(m_ui->filesTab);
    if (o.state == ExportSession::State::Done)
        m_ui->progressBar->setValue(100);
    // Past the wait limit the job may still finish on the server: the user decides.
    m_ui->keepWaitingButton->setVisible(o.gaveUpWaiting);
    m_progressTimer.stop();
    showProgress();
    updateTokenWarning();
    m_form->updatePreview();
}
