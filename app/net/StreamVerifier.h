#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QThreadPool;

// Verifies one export file while it downloads: the download hands over each chunk it wrote
// (push), and a pool task checks the lines with the NdjsonScanner: each a JSON object of the
// file's resourceType. Nothing polls the file, so the result cannot depend on timing. Bytes
// that were on disk before (a resumed download) are read from the file first.
//
// The pool task runs only while there is work; push() never waits for it and holds no more than
// `highWater` bytes: a check that falls that far behind reads the bytes written meanwhile back
// from the file (they are on disk before push() is called), so the download never waits for it.
// Pausing the download instead did not bound memory: Qt 6.4 goes on reading a paused reply's
// socket and handed over 17 MB at once.
class StreamVerifier
{
    Q_DECLARE_TR_FUNCTIONS(StreamVerifier)
public:
    struct Result
    {
        qint64 lines = 0;
        QString problem; // empty: every line is a resource of the expected type
        bool ok() const { return problem.isEmpty(); }
    };
    struct Callbacks
    {
        std::function<void(const Result &)> done; // on a pool thread, once (not after cancel())
    };

    // `type` empty: any resourceType. The first `prefixBytes` of `path` are checked first.
    StreamVerifier(QThreadPool *pool, QString type, QString path, qint64 prefixBytes,
                   Callbacks callbacks);
    ~StreamVerifier(); // cancels; the pool task ends on its own
    StreamVerifier(const StreamVerifier &) = delete;
    StreamVerifier &operator=(const StreamVerifier &) = delete;

    // `chunk` is already written to `path`, after the bytes pushed before it.
    void push(const QByteArray &chunk);
    void finish(); // every byte was pushed
    void cancel();
    qint64 queuedBytes() const;

    static constexpr qint64 highWater = 4 * 1024 * 1024; // per file: 4 in parallel, 16 MiB

    // The same check over a whole file, synchronously.
    static Result verifyFile(const QString &path, const QString &type);

private:
    struct State;
    std::shared_ptr<State> m_state;
    QThreadPool *m_pool;
    void schedule();
};
