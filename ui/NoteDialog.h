#pragma once

#include "app/calls/CallRecord.h"

#include <QDialog>

class QPlainTextEdit;

// Writes the analyst's note on one call: what was found, a ticket number, "Preview only". Opened
// with open(); Save (Ctrl+Return) accepts and note() is the text as typed (the window cleans it
// with CallNote::clean before keeping it). An empty note removes it.
class NoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDialog)
public:
    explicit NoteDialog(const CallRecord &call, QWidget *parent = nullptr);

    QString note() const;
    void setNote(const QString &text); // tests and the window fill it in
    quint64 callId() const { return m_callId; }

private:
    QPlainTextEdit *m_edit;
    quint64 m_callId;
};
