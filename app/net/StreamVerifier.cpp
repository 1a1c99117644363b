#include "StreamVerifier.h"

#include "app/fhir/NdjsonScanner.h"

#include <QFile>
#include <QFileInfo>
#include <QThreadPool>

#include <atomic>
#include <deque>
#include <mutex>

struct StreamVerifier::State
{
    State(QString t, QString p, qint64 prefix, Callbacks c)
        : type(t.toStdString()), typeName(std::move(t)), path(std::move(p)), prefixBytes(prefix),
          callbacks(std::move(c)),
          scanner([this](const NdjsonScanner::Line &line) { return check(line); })
    {
    }

    bool check(const NdjsonScanner::Line &line)
    {
        switch (line.kind) {
        case NdjsonScanner::Kind::Empty:
            return true; // a blank line holds no resource: not counted, not an error
        case NdjsonScanner::Kind::NotJson:
        case NdjsonScanner::Kind::NotObject:
            result.problem = tr("line %1: %2").arg(line.number + 1).arg(line.problem);
            return false;
        case NdjsonScanner::Kind::Untyped:
            if (!type.empty()) {
                result.problem = tr("line %1 has no resourceType; it should be a %2")
                                     .arg(line.number + 1)
                                     .arg(typeName);
                return false;
            }
            break;
        case NdjsonScanner::Kind::Resource:
            if (!type.empty() && line.resourceType != type) {
                result.problem = tr("line %1 is a %2, not a %3")
                                     .arg(line.number + 1)
                                     .arg(QString::fromUtf8(line.resourceType.data(),
                                                            qsizetype(line.resourceType.size())),
                                          typeName);
                return false;
            }
            break;
        }
        ++result.lines;
        return true;
    }

    // Checks bytes [from, to) of the file: those on disk before this attempt, and those the
    // download wrote while the check was behind.
    bool scanFile(qint64 from, qint64 to)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(from)) {
            result.problem = tr("cannot read %1: %2").arg(path, f.errorString());
            return false;
        }
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (qint64 left = to - from; left > 0 && !cancelled;) {
            const qint64 n = f.read(block.data(), qMin<qint64>(left, block.size()));
            if (n <= 0) {
                result.problem =
                    n < 0
                        ? tr("cannot read %1: %2").arg(path, f.errorString())
                        : tr("%1 ended after %2 of its %3 bytes").arg(path).arg(to - left).arg(to);
                return false;
            }
            if (!scanner.feed(block.constData(), n))
                return false;
            left -= n;
        }
        return true;
    }

    const std::string type;
    const QString typeName;
    const QString path;
    const qint64 prefixBytes;
    const Callbacks callbacks;
    NdjsonScanner scanner;
    Result result; // touched by the running task only

    mutable std::mutex mutex; // guards what follows
    std::deque<QByteArray> queue;
    qint64 queued = 0;
    qint64 taken = 0;    // the file's bytes queued or checked so far
    qint64 onDisk = 0;   // the file's bytes known to be written
    bool behind = false; // the bytes from `taken` to `onDisk` are read from the file
    bool running = false;
    bool finishing = false;
    bool reported = false;
    bool stopped = false; // a problem was found: later bytes need no check
    std::atomic<bool> cancelled{false};
};

StreamVerifier::StreamVerifier(QThreadPool *pool, QString type, QString path, qint64 prefixBytes,
                               Callbacks callbacks)
    : m_state(std::make_shared<State>(std::move(type), std::move(path), prefixBytes,
                                      std::move(callbacks))),
      m_pool(pool)
{
    std::lock_guard lock(m_state->mutex);
    m_state->onDisk = prefixBytes;
    m_state->behind = prefixBytes > 0;
    m_state->running = true;
    schedule();
}

StreamVerifier::~StreamVerifier()
{
    cancel();
}

void StreamVerifier::cancel()
{
    m_state->cancelled = true;
    std::lock_guard lock(m_state->mutex);
    m_state->queue.clear();
    m_state->queued = 0;
}

qint64 StreamVerifier::queuedBytes() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->queued;
}

void StreamVerifier::push(const QByteArray &chunk)
{
    std::lock_guard lock(m_state->mutex);
    if (m_state->cancelled || m_state->stopped || m_state->finishing || chunk.isEmpty())
        return;
    m_state->onDisk += chunk.size();
    // Too far behind: this chunk and those after it are read back from the file later (the
    // page cache still has them), so memory stays bounded and the download never waits.
    if (!m_state->behind && m_state->queued + chunk.size() > highWater)
        m_state->behind = true;
    if (!m_state->behind) {
        m_state->queue.push_back(chunk); // shares the bytes, no copy
        m_state->queued += chunk.size();
        m_state->taken += chunk.size();
    }
    if (!m_state->running) {
        m_state->running = true;
        schedule();
    }
}

void StreamVerifier::finish()
{
    std::lock_guard lock(m_state->mutex);
    m_state->finishing = true;
    if (!m_state->running) {
        m_state->running = true;
        schedule();
    }
}

void StreamVerifier::schedule()
{
    // Called with the mutex held and `running` just set: exactly one task drains at a time.
    std::shared_ptr<State> s = m_state;
    m_pool->start([s] {
        auto report = [&s] {
            if (!s->cancelled && s->callbacks.done)
                s->callbacks.done(s->result);
        };
        for (;;) {
            std::unique_lock lock(s->mutex);
            if (s->cancelled) {
                s->running = false;
                return;
            }
            if (s->stopped && !s->reported) {
                // A problem: reported at once (the download still ends before the file is judged).
                s->reported = true;
                s->running = false;
                lock.unlock();
                report();
                return;
            }
            bool ok = true;
            if (!s->queue.empty()) {
                const QByteArray chunk = std::move(s->queue.front());
                s->queue.pop_front();
                s->queued -= chunk.size();
                lock.unlock();
                ok = s->scanner.feed(chunk.constData(), chunk.size());
            } else if (s->behind && s->taken < s->onDisk) {
                const qint64 from = s->taken, to = s->onDisk;
                s->taken = to;
                lock.unlock();
                ok = s->scanFile(from, to);
            } else if (s->behind) {
                s->behind = false; // caught up: chunks are queued again
                continue;
            } else {
                const bool last = s->finishing && !s->reported && !s->stopped;
                if (last)
                    s->reported = true;
                s->running = false;
                lock.unlock();
                if (last) {
                    s->scanner.finish();
                    report();
                }
                return;
            }
            if (!ok) {
                std::lock_guard relock(s->mutex);
                s->stopped = true;
                s->queue.clear();
                s->queued = 0;
            }
        }
    });
}

StreamVerifier::Result StreamVerifier::verifyFile(const QString &path, const QString &type)
{
    State s(type, path, 0, {});
    if (s.scanFile(0, QFileInfo(path).size()))
        s.scanner.finish();
    return s.result;
}
