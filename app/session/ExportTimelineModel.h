#pragma once

#include "app/net/ExportSession.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <vector>

class FhirClient;

// An export as it happens, for its picture (ui/ExportTimeline): the kick-off, each poll (the
// wait the session chose against the wait it took until the next one), the manifest, then per
// file when it was queued, downloading, verifying (all bytes in, the check not done), done or
// rejected, with each failed attempt marked (resumed with Range, or retried from the start),
// and the bytes over time for the throughput. Fed by an ExportSession's signals and, for the
// attempts, by its client's calls. Times are ms since the epoch, from a clock that tests set.
// Each ExportJob holds one, so the picture outlives the export window (and goes into the
// support bundle); a plain QObject, not an item model, so it lives in the session layer.
class ExportTimelineModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportTimelineModel)
public:
    enum class MarkKind { KickOff, KickOffFailed, Poll, PollFailed, Manifest, Cancel, End };
    struct Mark
    {
        qint64 atMs = 0;
        MarkKind kind = MarkKind::Poll;
        qint64 askedSecs = -1; // the wait chosen after this poll
        qint64 takenMs = -1;   // until the next poll (or the manifest), once known
        QString text;          // the text alternative
    };
    enum class FileState { Queued, Downloading, Verifying, Done, Rejected };
    struct Attempt
    {
        qint64 atMs = 0;      // when the attempt failed
        bool resumed = false; // the next one asked for the rest (Range), not the whole file
        QString why;
    };
    struct File
    {
        QString name; // "Patient 1"
        QUrl url;
        qint64 queuedMs = 0;
        qint64 startMs = -1;      // first bytes
        qint64 downloadedMs = -1; // all bytes in; verifying until doneMs
        qint64 doneMs = -1;
        qint64 received = 0;
        qint64 total = -1;
        FileState state = FileState::Queued;
        std::vector<Attempt> failedAttempts;
        QString problem;
    };
    struct Sample
    {
        qint64 atMs = 0;
        qint64 bytes = 0; // every file's bytes so far
    };

    explicit ExportTimelineModel(QObject *parent = nullptr);

    // Follows the session (and its client's calls, for the attempts).
    void attach(ExportSession *session, FhirClient *client);
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void clear();

    // What the session's signals bring (public for replaying a job without a session).
    void onStep(const ExportSession::PollEvent &event);
    void onPolled(const ExportSession::PollEvent &event);
    void onDownloadsStarted(const ExportSession::Outcome &outcome);
    void onFileProgress(int index, qint64 received, qint64 total);
    void onFileFinished(int index, const ExportSession::FileResult &file);
    void onCall(const CallRecord &record);
    void onFinished(const ExportSession::Outcome &outcome);

    const std::vector<Mark> &marks() const { return m_marks; }
    const std::vector<File> &files() const { return m_files; }
    const std::vector<Sample> &samples() const { return m_samples; }
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const; // the last thing that happened (or now, while it runs)
    // When the first bytes of any file came in (-1: none yet): where throughput starts.
    qint64 firstByteMs() const;
    bool running() const { return m_running; }
    qint64 now() const { return m_clock(); }
    static QString describe(const File &file);
    static QString stateName(FileState state);

    // Samples closer than this are merged: the throughput line stays a few thousand points.
    static constexpr qint64 kSampleMs = 250;

Q_SIGNALS:
    void changed();

private:
    void addMark(Mark mark);
    void sample(qint64 at);

    std::function<qint64()> m_clock;
    std::vector<Mark> m_marks;
    std::vector<File> m_files;
    std::vector<Sample> m_samples;
    QHash<QString, int> m_fileOfUrl;
    qint64 m_fromMs = -1;
    qint64 m_lastMs = 0;
    qint64 m_bytes = 0;
    bool m_running = false;
    QPointer<ExportSession> m_session;
};
