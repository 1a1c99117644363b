#pragma once

#include "app/calls/CallRecord.h"

#include <QList>
#include <QObject>

class CallDetailPane;
class CallLogPane;
class HistoryPane;
class QAction;
class QMenu;
class QWidget;
class Workspace;

// What an analyst does with calls once they are made (issue 26 points 5, 6, 7 in the window):
// a note on a call (kept in the history, marked in the log, in HAR and reports), two calls side
// by side (CompareDialog), and a report to hand on (ReportDialog). Acts on the calls selected
// in the log, or in the History when its table has the focus; the log's and the History's
// context menus offer the same actions for their own selection. MainWindow puts the actions
// in its menu; the work is here.
class CallFindings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallFindings)
public:
    CallFindings(Workspace *workspace, CallLogPane *log, CallDetailPane *detail, QWidget *window);

    // The History's selection and context menu (the History dock is built after this).
    void setHistoryPane(HistoryPane *history);
    // Note on the selected call… (Ctrl+Shift+N), Compare two calls… (Ctrl+Shift+D), Report on
    // the selected calls…: for a menu of the window.
    QList<QAction *> actions() const;

    // The note editor for `call`; `storedRow` > 0 when it was picked in the History.
    void editNote(const CallRecord &call, qint64 storedRow = 0);
    // Keeps `text` (cleaned: CallNote::clean with the current token) as the note of the call:
    // in the history, the log, the History and the detail pane. Returns the note as kept.
    QString applyNote(quint64 callId, qint64 storedRow, const QString &text);
    // The Compare window for two calls (not modal); a message unless there are two.
    void compare(const QList<CallRecord> &calls);
    // The report dialog for `calls` (not modal).
    void report(const QList<CallRecord> &calls, const QString &source);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    bool historyHasFocus() const;
    void editSelectedNote(bool fromHistory);
    void compareSelected(bool fromHistory);
    void reportSelected(bool fromHistory);
    void fillMenu(QMenu *menu, bool fromHistory);

    Workspace *m_workspace;
    CallLogPane *m_log;
    CallDetailPane *m_detail;
    HistoryPane *m_history = nullptr;
    QWidget *m_window;
    QAction *m_noteAction;
    QAction *m_compareAction;
    QAction *m_reportAction;
};
