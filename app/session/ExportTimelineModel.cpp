#include "ExportTimelineModel.h"

#include "app/net/FhirClient.h"

#include <QDateTime>

ExportTimelineModel::ExportTimelineModel(QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void ExportTimelineModel::attach(ExportSession *session, FhirClient *client)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    clear();
    if (!session)
        return;
    connect(session, &ExportSession::step, this, &ExportTimelineModel::onStep);
    connect(session, &ExportSession::polled, this, &ExportTimelineModel::onPolled);
    connect(session, &ExportSession::downloadsStarted, this,
            &ExportTimelineModel::onDownloadsStarted);
    connect(session, &ExportSession::fileProgress, this, &ExportTimelineModel::onFileProgress);
    connect(session, &ExportSession::fileFinished, this, &ExportTimelineModel::onFileFinished);
    connect(session, &ExportSession::finished, this, &ExportTimelineModel::onFinished);
    if (client)
        connect(client, &FhirClient::callFinished, this, &ExportTimelineModel::onCall);
}

void ExportTimelineModel::clear()
{
    m_marks.clear();
    m_files.clear();
    m_samples.clear();
    m_fileOfUrl.clear();
    m_fromMs = -1;
    m_lastMs = 0;
    m_bytes = 0;
    m_running = false;
    Q_EMIT changed();
}

qint64 ExportTimelineModel::firstByteMs() const
{
    qint64 first = -1;
    for (const File &f : m_files)
        if (f.startMs >= 0 && (first < 0 || f.startMs < first))
            first = f.startMs;
    return first;
}

qint64 ExportTimelineModel::toMs() const
{
    if (m_fromMs < 0)
        return 0;
    return m_running ? qMax(m_lastMs, m_clock()) : m_lastMs;
}

void ExportTimelineModel::addMark(Mark mark)
{
    if (m_fromMs < 0)
        m_fromMs = mark.atMs;
    // The wait the previous poll asked for is now over: how long it really took.
    if (mark.kind == MarkKind::Poll || mark.kind == MarkKind::PollFailed ||
        mark.kind == MarkKind::Manifest)
        for (auto it = m_marks.rbegin(); it != m_marks.rend(); ++it)
            if (it->kind == MarkKind::Poll || it->kind == MarkKind::KickOff ||
                it->kind == MarkKind::PollFailed) {
                if (it->takenMs < 0)
                    it->takenMs = mark.atMs - it->atMs;
                break;
            }
    m_lastMs = qMax(m_lastMs, mark.atMs);
    m_marks.push_back(std::move(mark));
    Q_EMIT changed();
}

void ExportTimelineModel::onStep(const ExportSession::PollEvent &e)
{
    Mark m;
    m.atMs = m_clock();
    if (e.kind == QLatin1String("cancel")) {
        m.kind = MarkKind::Cancel;
        m.text = tr("Cancelled (the server answered %1)").arg(e.status);
    } else if (e.kind == QLatin1String("kick-off")) {
        m.kind = MarkKind::KickOff;
        m.askedSecs = e.waitSecs;
        m.text = tr("Kick-off accepted (%1)").arg(e.status);
        m_running = true;
    } else {
        m.kind = MarkKind::KickOffFailed;
        m.askedSecs = e.waitSecs;
        m.text = e.kind == QLatin1String("kick-off-later")
                     ? tr("Kick-off refused for now (%1): sent again after %2 s")
                           .arg(e.status)
                           .arg(e.waitSecs)
                     : tr("Kick-off refused (%1)").arg(e.status);
        m_running = e.kind == QLatin1String("kick-off-later");
    }
    addMark(std::move(m));
}

void ExportTimelineModel::onPolled(const ExportSession::PollEvent &e)
{
    m_running = true;
    Mark m;
    m.atMs = m_clock();
    const bool bad = e.kind == QLatin1String("failed") || e.kind == QLatin1String("network") ||
                     e.kind == QLatin1String("transient") ||
                     e.kind == QLatin1String("rate-limited") ||
                     e.kind == QLatin1String("token-refused");
    m.kind = bad ? MarkKind::PollFailed : MarkKind::Poll;
    m.askedSecs = e.kind == QLatin1String("complete") ? -1 : e.waitSecs;
    QString text = tr("Poll: %1 (%2)").arg(e.kind).arg(e.status);
    if (!e.progress.isEmpty())
        text += QStringLiteral(" · ") + e.progress;
    if (m.askedSecs >= 0)
        text += QLatin1Char('\n') +
                tr("Next poll in %n s (%1)", nullptr, int(m.askedSecs)).arg(e.waitReason);
    m.text = text;
    addMark(std::move(m));
}

void ExportTimelineModel::onDownloadsStarted(const ExportSession::Outcome &outcome)
{
    const qint64 at = m_clock();
    Mark m;
    m.atMs = at;
    m.kind = MarkKind::Manifest;
    m.text = tr("Manifest: %n file(s)", nullptr, int(outcome.files.size()));
    m_files.clear();
    m_fileOfUrl.clear();
    m_files.reserve(size_t(outcome.files.size()));
    QHash<QString, int> perType;
    for (const ExportSession::FileResult &f : outcome.files) {
        File file;
        file.name = QStringLiteral("%1 %2").arg(f.type).arg(++perType[f.type]);
        file.url = f.url;
        file.queuedMs = at;
        if (f.expected)
            file.total = *f.expected;
        m_fileOfUrl.insert(f.url.toString(), int(m_files.size()));
        m_files.push_back(std::move(file));
    }
    m_bytes = 0;
    sample(at);
    addMark(std::move(m));
}

void ExportTimelineModel::sample(qint64 at)
{
    if (!m_samples.empty() && at - m_samples.back().atMs < kSampleMs && m_samples.size() > 1 &&
        at - m_samples[m_samples.size() - 2].atMs < kSampleMs) {
        m_samples.back() = {at, m_bytes};
        return;
    }
    m_samples.push_back({at, m_bytes});
}

void ExportTimelineModel::onFileProgress(int index, qint64 received, qint64 total)
{
    if (index < 0 || index >= int(m_files.size()))
        return;
    const qint64 at = m_clock();
    File &f = m_files[size_t(index)];
    if (f.startMs < 0)
        f.startMs = at;
    m_bytes += received - f.received;
    f.received = received;
    if (total >= 0)
        f.total = total;
    f.state = FileState::Downloading;
    if (f.total > 0 && received >= f.total) {
        f.state = FileState::Verifying;
        if (f.downloadedMs < 0)
            f.downloadedMs = at;
    }
    m_lastMs = qMax(m_lastMs, at);
    sample(at);
    Q_EMIT changed();
}

void ExportTimelineModel::onCall(const CallRecord &r)
{
    const auto it = m_fileOfUrl.constFind(r.url.toString());
    if (it == m_fileOfUrl.constEnd())
        return;
    File &f = m_files[size_t(*it)];
    if (f.doneMs >= 0)
        return;
    // The attempt before this one failed and this one asks for the rest: that was a resume.
    if (!f.failedAttempts.empty() && r.hasRequestHeader("Range"))
        f.failedAttempts.back().resumed = true;
    const int status = r.status.value_or(0);
    const bool complete = r.transportErrorCode.isEmpty() && (status == 200 || status == 206);
    if (complete)
        return;
    Attempt attempt;
    attempt.atMs = m_clock();
    attempt.why = r.diagnosis.summary.isEmpty() ? r.transportError : r.diagnosis.summary;
    f.failedAttempts.push_back(std::move(attempt));
    m_lastMs = qMax(m_lastMs, f.failedAttempts.back().atMs);
    Q_EMIT changed();
}

void ExportTimelineModel::onFileFinished(int index, const ExportSession::FileResult &result)
{
    if (index < 0 || index >= int(m_files.size()))
        return;
    const qint64 at = m_clock();
    File &f = m_files[size_t(index)];
    if (f.startMs < 0)
        f.startMs = at;
    if (f.downloadedMs < 0)
        f.downloadedMs = at;
    f.doneMs = at;
    f.state = result.verified ? FileState::Done : FileState::Rejected;
    f.problem = result.problem;
    m_bytes += result.bytes - f.received;
    f.received = result.bytes;
    m_lastMs = qMax(m_lastMs, at);
    sample(at);
    Q_EMIT changed();
}

void ExportTimelineModel::onFinished(const ExportSession::Outcome &outcome)
{
    Mark m;
    m.atMs = m_clock();
    m.kind = MarkKind::End;
    m.text = tr("Finished: %1").arg(ExportSession::stateName(outcome.state));
    if (!outcome.message.isEmpty())
        m.text += QLatin1Char('\n') + outcome.message;
    m_running = false;
    addMark(std::move(m));
}

QString ExportTimelineModel::stateName(FileState state)
{
    switch (state) {
    case FileState::Queued:
        return tr("queued");
    case FileState::Downloading:
        return tr("downloading");
    case FileState::Verifying:
        return tr("verifying");
    case FileState::Done:
        return tr("✔ done");
    case FileState::Rejected:
        return tr("✘ rejected");
    }
    return {};
}

QString ExportTimelineModel::describe(const File &f)
{
    const auto clock = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
            QStringLiteral("HH:mm:ss"));
    };
    QString text = QStringLiteral("%1: %2").arg(f.name, stateName(f.state));
    text += QLatin1Char('\n') + tr("Queued %1").arg(clock(f.queuedMs));
    if (f.startMs >= 0)
        text += QLatin1Char('\n') + tr("First bytes %1").arg(clock(f.startMs));
    if (f.doneMs >= 0)
        text += QLatin1Char('\n') + tr("Finished %1").arg(clock(f.doneMs));
    text += QLatin1Char('\n') + (f.total >= 0 ? tr("%1 of %2 bytes").arg(f.received).arg(f.total)
                                              : tr("%1 bytes").arg(f.received));
    for (const Attempt &a : f.failedAttempts)
        text += QLatin1Char('\n') + (a.resumed ? tr("%1: attempt failed (%2), resumed")
                                               : tr("%1: attempt failed (%2), retried"))
                                        .arg(clock(a.atMs), a.why);
    if (!f.problem.isEmpty())
        text += QLatin1Char('\n') + f.problem;
    return text;
}
