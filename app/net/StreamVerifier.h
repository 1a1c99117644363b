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
// The pool task runs only while there is work; push() never blocks. queuedBytes() lets the
// download pause when the check falls behind, and `drained` says when to go on.
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
        std::function<void()> drained;            // on a pool thread, after queuedBytes() fell low
    };

    // `type` empty: any resourceType. The first `prefixBytes` of `path` are checked first.
    StreamVerifier(QThreadPool *pool, QString type, QString path, qint64 prefixBytes,
                   Callbacks callbacks);
    ~StreamVerifier(); // cancels; the pool task ends on its own
    StreamVerifier(const StreamVerifier &) = delete;
    StreamVerifier &operator=(const StreamVerifier &) = delete;

    void push(const QByteArray &chunk);
    void finish(); // every byte was pushed
    void cancel();
    qint64 queuedBytes() const;

    static constexpr qint64 highWater = 4 * 1024 * 1024; // per file: 4 in parallel, 16 MiB
    static constexpr qint64 lowWater = 1 * 1024 * 1024;

    // The same check over a whole file, synchronously.
    static Result verifyFile(const QString &path, const QString &type);

private:
    struct State;
    std::shared_ptr<State> m_state;
    QThreadPool *m_pool;
    void schedule();
};
