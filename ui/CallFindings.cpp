#include "CallFindings.h"

#include "app/calls/CallNote.h"
#include "app/models/CallLogModel.h"
#include "app/models/StoredCalls.h"
#include "app/session/TokenSession.h"
#include "app/session/Workspace.h"
#include "app/support/Logging.h"
#include "app/tokens/TokenLint.h"
#include "ui/CallDetailPane.h"
#include "ui/CallLogPane.h"
#include "ui/CompareDialog.h"
#include "ui/HistoryPane.h"
#include "ui/NoteDialog.h"
#include "ui/ReportDialog.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QWidget>

CallFindings::CallFindings(Workspace *workspace, CallLogPane *log, CallDetailPane *detail,
                           QWidget *window)
    : QObject(window), m_workspace(workspace), m_log(log), m_detail(detail), m_window(window),
      m_noteAction(new QAction(tr("&Note on the selected call…"), this)),
      m_compareAction(new QAction(tr("Co&mpare two calls…"), this)),
      m_reportAction(new QAction(tr("Re&port on the selected calls…"), this))
{
    m_noteAction->setObjectName(QStringLiteral("actionNote"));
    m_noteAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    m_noteAction->setToolTip(tr("Write down what you found next to the call: kept in the "
                                "history, searchable, in HAR files and reports"));
    m_compareAction->setObjectName(QStringLiteral("actionCompare"));
    m_compareAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    m_compareAction->setToolTip(tr("Two selected calls side by side: status, diagnosis, "
                                   "headers and bodies as structure, the differences first"));
    m_reportAction->setObjectName(QStringLiteral("actionReport"));
    m_reportAction->setToolTip(tr("The selected calls as Markdown for a ticket or as one HTML "
                                  "file, with their notes, never the token"));
    connect(m_noteAction, &QAction::triggered, this,
            [this] { editSelectedNote(historyHasFocus()); });
    connect(m_compareAction, &QAction::triggered, this,
            [this] { compareSelected(historyHasFocus()); });
    connect(m_reportAction, &QAction::triggered, this,
            [this] { reportSelected(historyHasFocus()); });
    connect(m_detail, &CallDetailPane::noteRequested, this,
            [this](const CallRecord &call) { editNote(call); });
    fillMenu(m_log->contextMenu(), false);
}

QList<QAction *> CallFindings::actions() const
{
    return {m_noteAction, m_compareAction, m_reportAction};
}

void CallFindings::setHistoryPane(HistoryPane *history)
{
    m_history = history;
    fillMenu(history->contextMenu(), true);
}

void CallFindings::fillMenu(QMenu *menu, bool fromHistory)
{
    // Additive: other actions may share the menu.
    if (!menu->isEmpty())
        menu->addSeparator();
    connect(menu->addAction(tr("Note…")), &QAction::triggered, this,
            [this, fromHistory] { editSelectedNote(fromHistory); });
    connect(menu->addAction(tr("Compare the two selected calls…")), &QAction::triggered, this,
            [this, fromHistory] { compareSelected(fromHistory); });
    connect(menu->addAction(tr("Report on the selected calls…")), &QAction::triggered, this,
            [this, fromHistory] { reportSelected(fromHistory); });
}

bool CallFindings::historyHasFocus() const
{
    const QWidget *focus = QApplication::focusWidget();
    return m_history && focus && m_history->isAncestorOf(focus) &&
           !m_history->selectedRows().isEmpty();
}

void CallFindings::editSelectedNote(bool fromHistory)
{
    if (fromHistory && m_history) {
        const QList<qint64> rows = m_history->selectedRows();
        const QList<CallRecord> calls = m_history->selectedCalls();
        if (rows.size() != 1 || calls.size() != 1) {
            Q_EMIT statusMessage(tr("Select one call in the History to write its note."), 6000);
            return;
        }
        editNote(calls.first(), rows.first());
        return;
    }
    const auto call = m_detail->currentCall() ? m_detail->currentCall() : m_log->selectedCall();
    if (!call) {
        Q_EMIT statusMessage(tr("Select a call in the log to write its note."), 6000);
        return;
    }
    editNote(*call);
}

void CallFindings::editNote(const CallRecord &call, qint64 storedRow)
{
    auto *dialog = new NoteDialog(call, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, storedRow] { applyNote(dialog->callId(), storedRow, dialog->note()); });
    dialog->open();
}

QString CallFindings::applyNote(quint64 callId, qint64 storedRow, const QString &text)
{
    const QString note = CallNote::clean(text, TokenLint::tokenAlone(m_workspace->token->token()));
    StoredCalls stored(m_workspace->history, m_workspace->historyWriter);
    QString why;
    const bool kept = stored.setNote(callId, storedRow, note, &why);
    m_log->model()->setNote(callId, note);
    m_detail->setNote(callId, note);
    if (m_history) {
        if (storedRow > 0)
            m_history->model()->setNote(storedRow, note);
        else
            m_history->model()->setNoteOfCall(callId, note);
    }
    qCInfo(lcUi) << "note on call" << callId << (kept ? "stored" : "not stored") << note.size()
                 << "chars";
    if (!why.isEmpty())
        Q_EMIT statusMessage(why, 15000);
    else if (!kept)
        Q_EMIT statusMessage(tr("Note kept on call #%1 in the log only: the call is not in the "
                                "history (imported, or the history is off). Export it as HAR "
                                "to keep it.")
                                 .arg(callId),
                             12000);
    else
        Q_EMIT statusMessage(note.isEmpty() ? tr("Removed the note of call #%1.").arg(callId)
                                            : tr("Kept the note on call #%1.").arg(callId),
                             6000);
    return note;
}

void CallFindings::compareSelected(bool fromHistory)
{
    compare(fromHistory && m_history ? m_history->selectedCalls() : m_log->selectedCalls());
}

void CallFindings::compare(const QList<CallRecord> &calls)
{
    if (calls.size() != 2) {
        Q_EMIT statusMessage(tr("Select two calls (Ctrl+click) in the log or the History to "
                                "compare them; %n selected.",
                                nullptr, int(calls.size())),
                             8000);
        return;
    }
    auto *dialog = new CompareDialog(calls.at(0), calls.at(1), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompareDialog::statusMessage, this,
            [this](const QString &text) { Q_EMIT statusMessage(text, 6000); });
    dialog->show();
}

void CallFindings::reportSelected(bool fromHistory)
{
    if (fromHistory && m_history) {
        report(m_history->selectedCalls(), tr("the History"));
        return;
    }
    QList<CallRecord> calls = m_log->selectedCalls();
    if (calls.isEmpty())
        calls = m_log->shownCalls();
    report(calls, tr("the call log"));
}

void CallFindings::report(const QList<CallRecord> &calls, const QString &source)
{
    if (calls.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the calls for the report in the log or the History."),
                             6000);
        return;
    }
    auto *dialog = new ReportDialog(calls, source, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportDialog::statusMessage, this, &CallFindings::statusMessage);
    dialog->show();
}
