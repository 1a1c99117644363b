#include "NdjsonIndex.h"

#include "app/fhir/NdjsonScanner.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <algorithm>
#include <cstring>

struct NdjsonIndex::Batch
{
    QList<qint64> starts;
    QList<quint16> types;
    QStringList newTypes;
    QList<LineError> problems;
    qint64 problemCount = 0;
    qint64 indexedEnd = 0;
    qint64 total = 0;
    bool last = false;
    bool endsWithBreak = true; // the last line read ended with a line break
    QString error;
    quint64 run = 0; // which openFile/openBytes it belongs to
};

NdjsonIndex::NdjsonIndex(QObject *parent) : QObject(parent) {}

NdjsonIndex::~NdjsonIndex()
{
    stop();
}

void NdjsonIndex::stop()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
    m_cancel = false;
}

void NdjsonIndex::openFile(const QString &path)
{
    stop();
    m_path = path;
    m_bytes.clear();
    m_reader = std::make_unique<QFile>(path);
    if (!m_reader->open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot open %1: %2").arg(path, m_reader->errorString());
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    auto device = std::make_unique<QFile>(path);
    device->open(QIODevice::ReadOnly);
    start(std::move(device));
}

void NdjsonIndex::openBytes(const QByteArray &bytes)
{
    stop();
    m_path.clear();
    m_reader.reset();
    m_bytes = bytes;
    auto device = std::make_unique<QBuffer>();
    device->setData(bytes);
    device->open(QIODevice::ReadOnly);
    start(std::move(device));
}

void NdjsonIndex::start(std::unique_ptr<QIODevice> device)
{
    m_starts.clear();
    m_types.clear();
    m_typeNames.clear();
    m_typeCounts.clear();
    m_problems.clear();
    m_problemCount = 0;
    m_untyped = 0;
    m_lastEndsWithBreak = true;
    m_indexedEnd = 0;
    m_total = device->size();
    m_finished = false;
    m_error.clear();
    const quint64 run = ++m_run;
    m_worker = std::thread(
        [this, run, dev = std::shared_ptr<QIODevice>(std::move(device))] { scan(run, *dev); });
}

// On the worker: the device read a block at a time, each line's start, type or problem handed
// to the UI thread in batches (the first screen at once, then every 40 ms).
void NdjsonIndex::scan(quint64 run, QIODevice &device)
{
    constexpr qint64 firstChunk = 256 * 1024; // the first screen comes from this
    constexpr qint64 chunk = 4 * 1024 * 1024;
    QHash<QByteArray, quint16> typeIds;
    quint16 nextType = 2;
    qint64 problemCount = 0;
    Batch batch;
    QElapsedTimer sincePost;
    sincePost.start();
    auto post = [this, run, &batch, &sincePost] {
        batch.run = run;
        QMetaObject::invokeMethod(
            this, [this, b = std::move(batch)] { apply(b); }, Qt::QueuedConnection);
        batch = Batch{};
        sincePost.restart();
    };
    NdjsonScanner scanner([&](const NdjsonScanner::Line &line) {
        batch.starts.append(line.offset);
        batch.endsWithBreak = line.hasBreak;
        switch (line.kind) {
        case NdjsonScanner::Kind::Resource: {
            const QByteArray key(line.resourceType.data(), qsizetype(line.resourceType.size()));
            auto it = typeIds.find(key);
            if (it == typeIds.end()) {
                it = typeIds.insert(key, nextType++);
                batch.newTypes.append(QString::fromUtf8(key));
            }
            batch.types.append(it.value());
            break;
        }
        case NdjsonScanner::Kind::Untyped:
            batch.types.append(1);
            break;
        default:
            ++problemCount;
            if (problemCount <= maxListedProblems)
                batch.problems.append({line.number, line.problem});
            batch.types.append(0);
            break;
        }
        return !m_cancel;
    });
    QByteArray block;
    qint64 read = 0;
    bool eof = false;
    while (!eof && !m_cancel) {
        block.resize(read == 0 ? firstChunk : chunk);
        const qint64 n = device.read(block.data(), block.size());
        if (n < 0) {
            batch.error = device.errorString();
            break;
        }
        read += n;
        eof = n == 0 || device.atEnd();
        scanner.feed(block.constData(), n);
        if (eof)
            scanner.finish();
        batch.indexedEnd = scanner.bytesScanned();
        batch.problemCount = problemCount;
        batch.total = qMax(device.size(), read);
        if (sincePost.elapsed() >= 40 || read <= firstChunk || eof)
            post();
    }
    batch.indexedEnd = scanner.bytesScanned();
    batch.problemCount = problemCount;
    batch.total = qMax(device.size(), read);
    batch.last = !m_cancel;
    post();
}

void NdjsonIndex::apply(const Batch &b)
{
    if (b.run != m_run)
        return; // from a file opened before the current one
    const qint64 first = m_starts.size();
    m_starts.append(b.starts);
    for (const QString &t : b.newTypes) {
        m_typeNames.append(t);
        m_typeCounts.append(0);
    }
    m_types.append(b.types);
    for (quint16 t : b.types) {
        if (t >= 2)
            ++m_typeCounts[t - 2];
        else if (t == 1)
            ++m_untyped;
    }
    m_problems.append(b.problems);
    m_problemCount = b.problemCount;
    m_indexedEnd = b.indexedEnd;
    m_total = b.total;
    if (!b.starts.isEmpty())
        m_lastEndsWithBreak = b.endsWithBreak;
    if (!b.error.isEmpty())
        m_error = tr("Reading stopped: %1").arg(b.error);
    if (!b.starts.isEmpty())
        Q_EMIT linesAdded(first, b.starts.size());
    Q_EMIT progress(m_indexedEnd, m_total);
    if (b.last || !b.error.isEmpty()) {
        m_finished = true;
        Q_EMIT finished();
    }
}

qint64 NdjsonIndex::lineLength(qint64 line) const
{
    const qint64 start = m_starts.at(line);
    const qint64 end = line + 1 < m_starts.size() ? m_starts.at(line + 1) : m_indexedEnd;
    const bool lineBreak = line + 1 < m_starts.size() || m_lastEndsWithBreak;
    return qMax<qint64>(0, end - start - (lineBreak ? 1 : 0));
}

QByteArray NdjsonIndex::lineBytes(qint64 line, qint64 maxBytes) const
{
    if (line < 0 || line >= m_starts.size())
        return {};
    const qint64 start = m_starts.at(line);
    qint64 len = (line + 1 < m_starts.size() ? m_starts.at(line + 1) : m_indexedEnd) - start;
    if (maxBytes >= 0)
        len = qMin(len, maxBytes);
    QByteArray bytes;
    if (m_reader) {
        if (m_reader->seek(start))
            bytes = m_reader->read(len);
    } else {
        bytes = m_bytes.mid(start, len);
    }
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

QString NdjsonIndex::resourceType(qint64 line) const
{
    const quint16 t = m_types.at(line);
    return t >= 2 ? m_typeNames.at(t - 2) : QString();
}

QMap<QString, qint64> NdjsonIndex::histogram() const
{
    QMap<QString, qint64> h;
    for (int i = 0; i < m_typeNames.size(); ++i)
        h.insert(m_typeNames.at(i), m_typeCounts.at(i));
    if (m_untyped)
        h.insert(tr("(no resourceType)"), m_untyped);
    return h;
}

qint64 NdjsonIndex::find(const QString &path, const QByteArray &bytes, const QList<qint64> &starts,
                         qint64 end, const QByteArray &needle, qint64 from, bool backward,
                         const std::atomic_bool *cancel)
{
    if (starts.isEmpty() || needle.isEmpty())
        return -1;
    const QByteArray lowered = needle.toLower();
    auto lower = [](char c) { return char(c >= 'A' && c <= 'Z' ? c + 32 : c); };
    // The bytes from `offset` to `stop`, in chunks that overlap by the needle's length; returns
    // the byte offset of the first match, or of the last one when `last`.
    auto scan = [&](qint64 offset, qint64 stop, bool last) -> qint64 {
        constexpr qint64 chunk = 4 * 1024 * 1024;
        QFile file(path);
        if (bytes.isEmpty() && !file.open(QIODevice::ReadOnly))
            return -1;
        qint64 found = -1;
        while (offset < stop && !(cancel && *cancel)) {
            const qint64 len = qMin(chunk + lowered.size() - 1, stop - offset);
            QByteArray block;
            if (bytes.isEmpty()) {
                file.seek(offset);
                block = file.read(len);
            } else {
                block = bytes.mid(offset, len);
            }
            if (block.isEmpty())
                break;
            for (auto it = block.cbegin();;) {
                it = std::search(it, block.cend(), lowered.cbegin(), lowered.cend(),
                                 [&lower](char a, char b) { return lower(a) == b; });
                if (it == block.cend())
                    break;
                found = offset + (it - block.cbegin());
                if (!last)
                    return found;
                ++it;
            }
            offset += chunk;
        }
        return found;
    };
    auto lineOf = [&starts](qint64 offset) {
        return qint64(std::upper_bound(starts.cbegin(), starts.cend(), offset) - starts.cbegin()) -
               1;
    };
    const qint64 next = from + 1 < starts.size() ? starts.at(from + 1) : end;
    qint64 at = -1;
    if (!backward) {
        at = scan(next, end, false);
        if (at < 0)
            at = scan(0, qMin(next, end), false); // wrap around
    } else {
        const qint64 start = from >= 0 && from < starts.size() ? starts.at(from) : end;
        at = scan(0, start, true);
        if (at < 0)
            at = scan(start, end, true); // wrap around
    }
    return at < 0 ? -1 : lineOf(at);
}
