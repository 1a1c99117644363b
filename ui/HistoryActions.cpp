#include "HistoryActions.h"

#include "app/models/CallLogModel.h"
#include "app/session/Workspace.h"
#include "app/support/Logging.h"
#include "app/support/PrivateFile.h"
#include "ui/Ask.h"
#include "ui/CallLogPane.h"
#include "ui/SupportBundleDialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
constexpr qint64 kMaxHarBytes = 1024LL * 1024 * 1024; // a HAR is read whole: 1 GiB at most
}

HistoryActions::HistoryActions(Workspace *workspace, CallLogPane *log, QWidget *window)
    : QObject(window), m_workspace(workspace), m_log(log), m_window(window)
{
}

StoredCalls HistoryActions::stored() const
{
    return StoredCalls(m_workspace->history, m_workspace->historyWriter);
}

QString HistoryActions::historyProblem() const
{
    return stored().problem();
}

QList<CallRecord> HistoryActions::callsToShare(QString *which) const
{
    QList<CallRecord> calls = m_log->selectedCalls();
    *which = tr("the %n selected call(s)", nullptr, int(calls.size()));
    if (calls.size() < 2) {
        calls = m_log->shownCalls();
        *which = tr("the %n call(s) the log shows", nullptr, int(calls.size()));
    }
    return calls;
}

void HistoryActions::createSupportBundle(const SupportBundle::Context &context)
{
    QString which;
    const QList<CallRecord> calls = callsToShare(&which);
    if (calls.isEmpty()) {
        Q_EMIT statusMessage(tr("There are no calls for a support bundle yet."), 6000);
        return;
    }
    auto *dialog = new SupportBundleDialog(calls, context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, which] {
        Q_EMIT statusMessage(tr("Saved the support bundle with %1 to %2.")
                                 .arg(which, QDir::toNativeSeparators(dialog->savedTo())),
                             15000);
    });
    dialog->open();
}

void HistoryActions::exportHar()
{
    QString which;
    writeHar(callsToShare(&which), which);
}

void HistoryActions::exportStored(const HistoryStore::Filter &filter)
{
    const QList<CallRecord> calls = stored().records(filter, 5000);
    writeHar(calls, tr("the %n stored call(s) the filter selects", nullptr, int(calls.size())));
}

void HistoryActions::showStoredCall(qint64 storedRow)
{
    auto record = stored().loadRow(storedRow);
    if (!record) {
        Q_EMIT statusMessage(tr("That call is no longer in the history."), 8000);
        return;
    }
    CallLogModel *log = m_log->model();
    const int existing = log->rowOfId(record->id);
    if (existing < 0 || log->record(existing).started != record->started) {
        // Not in the log, or its number is taken there by another call (a second explorer
        // ran at the same time): it comes in, under a number of its own if need be.
        if (existing >= 0)
            record->id = CallLogModel::newId();
        log->append(*record);
    }
    m_log->selectCall(record->id);
}

void HistoryActions::writeHar(const QList<CallRecord> &calls, const QString &which)
{
    if (calls.isEmpty()) {
        Q_EMIT statusMessage(tr("There are no calls to export."), 6000);
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("fhir-calls-%1.har")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path = Ask::saveFileName(m_window, tr("Export %1 as HAR").arg(which), suggested,
                                           tr("HTTP Archive (*.har)"));
    if (path.isEmpty())
        return;
    const QByteArray har = StoredCalls::har(calls);
    QString why; // private (0600), complete or not there, only over a regular file
    if (!PrivateFile::writeWhole(path, har, &why)) {
        Q_EMIT statusMessage(
            tr("The HAR could not be written to %1: %2").arg(QDir::toNativeSeparators(path), why),
            15000);
        return;
    }
    qCInfo(lcUi) << "HAR written:" << calls.size() << "calls";
    Q_EMIT statusMessage(tr("Wrote %1 to %2, redacted (no token, secret or key).")
                             .arg(which, QDir::toNativeSeparators(path)),
                         12000);
}

void HistoryActions::importHar()
{
    const QString path = Ask::openFileName(m_window, tr("Import a HAR file"),
                                           tr("HTTP Archive (*.har *.json);;All files (*)"));
    if (!path.isEmpty())
        importHarFile(path);
}

bool HistoryActions::importHarFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT statusMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), 12000);
        return false;
    }
    if (file.size() > kMaxHarBytes) {
        Q_EMIT statusMessage(tr("%1 is larger than 1 GiB: too large to import.").arg(path), 12000);
        return false;
    }
    QString error;
    const auto result = StoredCalls::readHar(file.readAll(), &error);
    if (!result) {
        Q_EMIT statusMessage(tr("%1: %2").arg(QFileInfo(path).fileName(), error), 15000);
        return false;
    }
    // Numbers of their own in this log, and marked as imported in the Server column.
    const QString from = tr("HAR %1").arg(QFileInfo(path).fileName());
    quint64 first = 0;
    for (CallRecord r : result->records) {
        r.id = CallLogModel::newId();
        r.profile = r.profile.isEmpty() ? from : tr("%1 (%2)").arg(r.profile, from);
        r.bodyFile.clear();
        m_log->model()->append(r);
        if (!first)
            first = r.id;
    }
    if (first)
        m_log->selectCall(first);
    QString text = tr("Imported %n call(s) from %1.", nullptr, int(result->records.size()))
                       .arg(QFileInfo(path).fileName());
    if (result->redactedHeaders > 0)
        text += QLatin1Char(' ') +
                tr("%n secret header value(s) (Authorization, Cookie…) were in clear in the "
                   "file; they are redacted here, as the explorer's own calls are.",
                   nullptr, result->redactedHeaders);
    Q_EMIT statusMessage(text, 20000);
    return true;
}

void HistoryActions::clearHistory(const QString &profileName)
{
    StoredCalls history = stored();
    if (!history.isOpen()) {
        Q_EMIT statusMessage(tr("There is no stored history to clear (%1).")
                                 .arg(history.notOpenReason().isEmpty() ? tr("it is not open")
                                                                        : history.notOpenReason()),
                             10000);
        return;
    }
    const int choice =
        Ask::choose(m_window, tr("Clear history"),
                    tr("Remove stored calls from %1? The call log of this session is not changed.")
                        .arg(QDir::toNativeSeparators(history.path())),
                    {tr("Only \"%1\"").arg(profileName), tr("All servers")});
    if (choice < 0)
        return;
    // The calls still being written go in first: calls made before Clear do not come back after it.
    const int removed = history.clear(choice == 0 ? profileName : QString());
    Q_EMIT statusMessage(tr("Removed %n stored call(s).", nullptr, removed), 10000);
}
