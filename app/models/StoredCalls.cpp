#include "StoredCalls.h"

#include "app/history/HistoryWriter.h"

#include <QCoreApplication>

StoredCalls::StoredCalls(HistoryStore *store, HistoryWriter *writer)
    : m_store(store), m_writer(writer)
{
}

QString StoredCalls::problem() const
{
    return m_store && m_store->state() == HistoryStore::State::MemoryOnly ? m_store->problem()
                                                                          : QString();
}

bool StoredCalls::isOpen() const
{
    return m_store && m_store->isOpen();
}

QString StoredCalls::path() const
{
    return m_store ? m_store->path() : QString();
}

QString StoredCalls::notOpenReason() const
{
    return m_store ? m_store->problem() : QString();
}

QList<CallRecord> StoredCalls::records(const HistoryStore::Filter &filter, int limit) const
{
    return m_store ? m_store->records(filter, limit) : QList<CallRecord>();
}

std::optional<CallRecord> StoredCalls::loadRow(qint64 storedRow) const
{
    return m_store ? m_store->loadRow(storedRow) : std::nullopt;
}

int StoredCalls::clear(const QString &profile)
{
    if (!m_store)
        return 0;
    if (m_writer)
        m_writer->flush();
    return m_store->clear(profile);
}

bool StoredCalls::setNote(quint64 callId, qint64 storedRow, const QString &note, QString *why)
{
    if (!m_store || !m_store->isOpen())
        return false;
    if (m_writer)
        m_writer->flush();
    return storedRow > 0 ? m_store->setNoteOfRow(storedRow, note, why)
                         : m_store->setNote(callId, note, why);
}

QByteArray StoredCalls::har(const QList<CallRecord> &calls)
{
    Har::Options options;
    options.creatorVersion = QCoreApplication::applicationVersion();
    return Har::write(calls, options);
}

std::optional<Har::ReadResult> StoredCalls::readHar(const QByteArray &bytes, QString *error)
{
    return Har::read(bytes, error);
}
