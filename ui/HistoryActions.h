#pragma once

#include "app/models/HistoryModel.h"
#include "app/models/StoredCalls.h"
#include "app/models/SupportBundle.h"

#include <QObject>
#include <QString>

class CallLogPane;
class Workspace;
class QWidget;

// What the File menu does with calls: export them as HAR (the selected ones, or all the log
// shows), import a HAR into the call log, and clear the stored history (all of it, or one
// profile's). The files are written through QSaveFile: complete, or not there at all.
class HistoryActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryActions)
public:
    HistoryActions(Workspace *workspace, CallLogPane *log, QWidget *window);

    void exportHar();
    void importHar();
    bool importHarFile(const QString &path); // false: not read (statusMessage says why)
    void clearHistory(const QString &profileName);
    // A stored call in the call log (added when it is not there), selected.
    void showStoredCall(qint64 storedRow);
    // The calls a history filter selects (the newest 5,000 at most) as HAR.
    void exportStored(const HistoryStore::Filter &filter);
    // The preview of a support bundle for the selected calls (or all the log shows).
    void createSupportBundle(const SupportBundle::Context &context);
    // The banner text when the history cannot be used (empty: it can).
    QString historyProblem() const;

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    // The selected calls when more than one is selected, else all the log shows; `which` says so.
    QList<CallRecord> callsToShare(QString *which) const;
    void writeHar(const QList<CallRecord> &calls, const QString &which);
    StoredCalls stored() const;

    Workspace *m_workspace;
    CallLogPane *m_log;
    QWidget *m_window;
};
