#pragma once

#include "app/calls/CallRecord.h"
#include "app/models/ReportWriter.h" // and the Report it writes

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

// A report to hand on, from calls picked in the log or the History: the Markdown previewed (as
// it will be pasted into a ticket), then copied to the clipboard or saved; or saved as one
// self-contained HTML file. Per call what ReportWriter writes, the note included. The calls are
// records, already redacted: the token is never in them, nor in the report. Files are written
// through PrivateFile (owner-only, complete or not there).
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)
public:
    ReportDialog(const QList<CallRecord> &calls, const QString &source, QWidget *parent = nullptr);

    QString markdown() const;
    QString html() const;
    void setTitle(const QString &title);
    // Writes the report to `path` (HTML or Markdown by its extension; HTML for any other).
    // False: `why` says what failed.
    bool saveTo(const QString &path, QString *why) const;

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void preview();
    void save(bool asHtml);
    Report report() const;

    Report m_report;
    QLineEdit *m_title;
    QPlainTextEdit *m_preview;
};
