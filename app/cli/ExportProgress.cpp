#include "ExportProgress.h"

#include "app/calls/Diagnoser.h"
#include "app/support/Format.h"

ExportProgress::ExportProgress(QTextStream &err, bool errIsTerminal)
    : m_err(err), m_errIsTerminal(errIsTerminal)
{
}

void ExportProgress::follow(ExportSession &session)
{
    m_clock.start();
    m_timer.setInterval(m_errIsTerminal ? 250 : 10000);
    QObject::connect(&m_timer, &QTimer::timeout, &session, [this] { printProgress(); });
    QObject::connect(&session, &ExportSession::downloadsStarted, &session,
                     [this](const ExportSession::Outcome &o) {
                         m_stats.reset(int(o.files.size()));
                         m_timer.start();
                     });
    QObject::connect(&session, &ExportSession::fileProgress, &session,
                     [this](int index, qint64 got, qint64 total) {
                         m_stats.update(index, got, total, m_clock.elapsed());
                     });
    QObject::connect(&session, &ExportSession::fileFinished, &session,
                     [this](int index, const ExportSession::FileResult &f) {
                         m_stats.finish(index, f.bytes, m_clock.elapsed());
                     });
    QObject::connect(&session, &ExportSession::finished, &session, [this] { stop(); });
    QObject::connect(
        &session, &ExportSession::message, &session, [this, &session](const QString &text) {
            // The final word comes last, after the server's messages (printed at the
            // end).
            const auto state = session.state();
            if (state == ExportSession::State::Done || state == ExportSession::State::Failed ||
                state == ExportSession::State::Cancelled)
                return;
            say(text);
        });
    QObject::connect(&session, &ExportSession::polled, &session,
                     [this](const ExportSession::PollEvent &e) { printPoll(e); });
    QObject::connect(
        &session, &ExportSession::fileFinished, &session,
        [this](int index, const ExportSession::FileResult &f) { printFile(index, f); });
}

void ExportProgress::say(const QString &line)
{
    clear();
    *m_log << line << '\n';
    m_log->flush();
}

void ExportProgress::stop()
{
    m_timer.stop();
    clear();
}

void ExportProgress::printProgress()
{
    const auto all = m_stats.overall(m_clock.elapsed());
    const QString line = tr("Downloading: %1 of %2 files done · %3")
                             .arg(m_stats.finishedCount())
                             .arg(m_stats.count())
                             .arg(TransferStats::describe(all));
    if (m_errIsTerminal) {
        m_err << "\r\x1b[K" << line;
        m_shown = true;
    } else {
        m_err << line << '\n';
    }
    m_err.flush();
}

void ExportProgress::clear()
{
    if (!m_shown)
        return;
    m_err << "\r\x1b[K";
    m_err.flush();
    m_shown = false;
}

void ExportProgress::printPoll(const ExportSession::PollEvent &e)
{
    QTextStream &log = *m_log;
    clear();
    log << tr("poll #%1: %2 %3")
               .arg(e.callId)
               .arg(e.status ? QString::number(e.status) : tr("no answer"), e.kind);
    if (!e.progress.isEmpty())
        log << QStringLiteral(" (%1)").arg(e.progress);
    if (e.waitSecs >= 0)
        log << QStringLiteral("; ")
            << tr("next in %1 (%2)").arg(Diagnoser::humanDuration(e.waitSecs), e.waitReason);
    log << '\n';
    log.flush();
}

void ExportProgress::printFile(int index, const ExportSession::FileResult &f)
{
    QTextStream &log = *m_log;
    clear();
    log << tr("file %1 %2: %3 lines, %4 — %5")
               .arg(index + 1)
               .arg(f.type)
               .arg(f.lines)
               .arg(Format::size(f.bytes),
                    f.verified
                        ? (f.note.isEmpty() ? tr("verified") : tr("verified (%1)").arg(f.note))
                        : f.problem)
        << '\n';
    if (!f.rejectedPath.isEmpty())
        log << "  " << tr("kept as %1 (not under its final name)").arg(f.rejectedPath) << '\n';
    log.flush();
}
