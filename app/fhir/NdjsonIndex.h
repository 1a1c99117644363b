#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <thread>

class QFile;

// An NDJSON file (or bytes in memory) indexed line by line on a worker thread: where each line
// starts, its resourceType, and the lines that are not a JSON object. The file is read in
// chunks and never held whole; lines appear (linesAdded) while the rest is still being read, so
// a view can show the first screen at once. Lines are read back on demand from the file.
class NdjsonIndex final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NdjsonIndex)
public:
    explicit NdjsonIndex(QObject *parent = nullptr);
    ~NdjsonIndex() override; // stops the worker

    void openFile(const QString &path);
    void openBytes(const QByteArray &bytes);

    struct LineError
    {
        qint64 line = 0; // 0-based
        QString message;
    };

    qint64 lineCount() const { return m_starts.size(); }
    qint64 lineLength(qint64 line) const; // without the line break
    // The line's bytes (at most maxBytes of them; -1: all).
    QByteArray lineBytes(qint64 line, qint64 maxBytes = -1) const;
    QString resourceType(qint64 line) const; // empty for a line that is not a JSON object
    bool isProblem(qint64 line) const { return m_types.at(line) == 0; }

    bool isFinished() const { return m_finished; }
    QString error() const { return m_error; } // the file could not be read
    qint64 bytesTotal() const { return m_total; }
    qint64 bytesIndexed() const { return m_indexedEnd; }
    QMap<QString, qint64> histogram() const;
    qint64 problemCount() const { return m_problemCount; }
    const QList<LineError> &problems() const { return m_problems; } // the first 1,000
    QString source() const { return m_path; }
    // The first line after `from` (before it when backward; wrapping around) that contains
    // `needle`, ASCII letters in any case, or -1. Reads the file (or `bytes`) in chunks: call it
    // from a worker thread for a large file, with a snapshot of the line starts.
    static qint64 find(const QString &path, const QByteArray &bytes, const QList<qint64> &starts,
                       qint64 end, const QByteArray &needle, qint64 from, bool backward = false,
                       const std::atomic_bool *cancel = nullptr);
    const QList<qint64> &lineStarts() const { return m_starts; }
    const QByteArray &bytes() const { return m_bytes; }

    static constexpr int maxListedProblems = 1000;

Q_SIGNALS:
    void linesAdded(qint64 first, qint64 count);
    void progress(qint64 bytesIndexed, qint64 bytesTotal);
    void finished();

private:
    struct Batch;
    void start(std::unique_ptr<class QIODevice> device);
    void scan(quint64 run, class QIODevice &device); // on the worker thread
    void apply(const Batch &batch);
    void stop();

    QString m_path;
    QByteArray m_bytes;              // openBytes
    std::unique_ptr<QFile> m_reader; // openFile: reads lines back for the UI
    QList<qint64> m_starts;
    QList<quint16> m_types; // 0: problem, 1: object without resourceType, 2+: m_typeNames
    QStringList m_typeNames;
    QList<qint64> m_typeCounts;
    QList<LineError> m_problems;
    qint64 m_problemCount = 0;
    qint64 m_untyped = 0;
    bool m_lastEndsWithBreak = true;
    qint64 m_indexedEnd = 0;
    qint64 m_total = 0;
    bool m_finished = false;
    QString m_error;
    quint64 m_run = 0;
    std::atomic_bool m_cancel{false};
    std::thread m_worker;
};
