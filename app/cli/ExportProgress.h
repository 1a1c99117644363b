#pragma once

#include "app/calls/TransferStats.h"
#include "app/net/ExportSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

// What fhir-bulk export says while it runs: the progress line on stderr (redrawn in place on a
// terminal and cleared before any other line, or printed every ten seconds otherwise), and on
// the log stream the server's messages, each poll and each file.
class ExportProgress
{
    // Its words stay in CliApp's translation context, where they were translated.
    Q_DECLARE_TR_FUNCTIONS(CliApp)
    Q_DISABLE_COPY_MOVE(ExportProgress)
public:
    ExportProgress(QTextStream &err, bool errIsTerminal);

    // Where the messages go: stderr when stdout carries JSON, else stdout.
    void setLog(QTextStream *log) { m_log = log; }
    // The session's progress and messages, from now until it finishes.
    void follow(ExportSession &session);
    // One line on the log stream, the progress line cleared first.
    void say(const QString &line);
    // No progress line any more (an interruption is said next).
    void stop();
    void clear();

private:
    void printProgress();
    void printPoll(const ExportSession::PollEvent &e);
    void printFile(int index, const ExportSession::FileResult &f);

    QTextStream &m_err;
    bool m_errIsTerminal = false;
    QTextStream *m_log = nullptr;
    TransferStats m_stats;
    QElapsedTimer m_clock;
    QTimer m_timer;
    bool m_shown = false;
};
