#include "ResponseBody_p.h"

#include "app/net/ContentDecoder.h"
#include "app/support/Format.h"
#include "app/support/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <cerrno>

namespace {
// A body preview kept in memory when the body spills to a file.
constexpr qint64 kPreviewBytes = 256 * 1024;

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}
} // namespace

ResponseBody::ResponseBody(const ApiRequest &request, QString spoolDir, Hooks hooks)
    : m_request(request), m_spoolDir(std::move(spoolDir)), m_hooks(std::move(hooks))
{
}

ResponseBody::~ResponseBody() = default;

void ResponseBody::begin(CallRecord *record, const QByteArray &sentSecret, bool decodeHere)
{
    m_record = record;
    m_redactor = Redaction::StreamRedactor(sentSecret);
    m_spool.reset();
    m_saving = false;
    m_stopped = false;
    m_decodeHere = decodeHere;
    m_decoder.reset();
    m_encodingChecked = false;
    m_wireBytes = 0;
}

bool ResponseBody::decodingIncomplete() const
{
    return m_decoder && !m_decoder->complete();
}

void ResponseBody::stop(const QString &code, const QString &message)
{
    m_stopped = true;
    m_hooks.stop(code, message);
}

bool ResponseBody::writeOut(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    errno = 0;
    const qint64 n = m_spool->write(bytes);
    if (n == bytes.size())
        return true;
    // errno, not QFile's errorString(): after a short write QFile has no error of its own to
    // say ("Unknown error"), while errno holds the reason the next write stopped.
    const int error = errno ? errno : EIO;
    const bool full = error == ENOSPC || error == EDQUOT;
    const QString &file = m_record->bodyFile;
    if (full)
        stop(QStringLiteral("io.disk-full"),
             (error == EDQUOT ? tr("The disk quota is used up: %1 could not be written further "
                                   "after %2. What arrived before is kept.")
                              : tr("The disk is full: %1 could not be written further after "
                                   "%2. What arrived before is kept."))
                 .arg(file, Format::size(m_spool->size())));
    else
        stop(QStringLiteral("io.write"),
             tr("Cannot write %1: %2").arg(file, PrivateFile::describe(error)));
    return false;
}

bool ResponseBody::openSaveFile(const QNetworkReply *reply)
{
    const int status = statusOf(reply);
    qint64 offset = 0;
    if (status == 206) {
        // Content-Range: bytes FIRST-LAST/COMPLETE (RFC 9110 14.4). The bytes must continue the
        // file exactly where it stops, or the file would get a gap or a repeated part.
        const QByteArray range = reply->rawHeader("Content-Range").trimmed();
        const qint64 have = m_request.appendToFile ? QFileInfo(m_request.saveTo).size() : 0;
        bool ok = range.startsWith("bytes ");
        const qint64 first =
            ok ? range.mid(6, range.indexOf('-') - 6).trimmed().toLongLong(&ok) : -1;
        if (!ok || first != have) {
            stop(QStringLiteral("transport.range-mismatch"),
                 tr("The server answered the resume with bytes from %1 (Content-Range: %2), "
                    "but the file "
                    "stops at byte %3: these bytes cannot be appended.")
                     .arg(ok ? QString::number(first) : tr("an unreadable position"),
                          range.isEmpty() ? tr("none") : QString::fromLatin1(range))
                     .arg(have));
            return false;
        }
        offset = have;
    }
    // A 200 to a Range request is the whole file again (the server ignores ranges): start over.
    const bool append = status == 206 && offset > 0;
    // A partial file is opened only as PrivateFile::openPartial allows: created exclusively, or
    // continued when it is a regular file of ours, never through a link.
    QString why;
    const int fd = PrivateFile::openPartial(m_request.saveTo, append, &why);
    m_spool = std::make_unique<QFile>();
    // Unbuffered: every write's result is known at once, and a failure is the write's own.
    if (fd < 0 || !m_spool->open(fd,
                                 QIODevice::WriteOnly | QIODevice::Unbuffered |
                                     (append ? QIODevice::Append : QIODevice::NotOpen),
                                 QFileDevice::AutoCloseHandle)) {
        if (fd >= 0)
            why = m_spool->errorString(); // the QFile closes the descriptor as it goes
        m_spool.reset();
        stop(QStringLiteral("io.write"), tr("Cannot write %1: %2").arg(m_request.saveTo, why));
        return false;
    }
    m_record->bodyFile = m_request.saveTo;
    m_saving = true;
    m_hooks.saving(offset);
    return true;
}

bool ResponseBody::openSpillFile()
{
    // A large answer goes to a private file (0600, in the client's 0700 folder), with the
    // token we sent redacted as it is written: the file never holds it in clear.
    if (!QDir().mkpath(m_spoolDir)) {
        stop(QStringLiteral("io.write"),
             tr("Cannot create the folder %1 for a large answer.").arg(m_spoolDir));
        return false;
    }
    m_spool = std::make_unique<QFile>(
        QDir(m_spoolDir).filePath(QStringLiteral("call-%1.body").arg(m_record->id)));
    if (!m_spool->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        stop(QStringLiteral("io.write"),
             tr("Cannot write %1: %2").arg(m_spool->fileName(), m_spool->errorString()));
        m_spool.reset();
        return false;
    }
    m_record->bodyFile = m_spool->fileName();
    if (!writeOut(m_redactor.feed(m_record->body)))
        return false;
    m_record->body.truncate(kPreviewBytes);
    return true;
}

void ResponseBody::append(const QByteArray &wire, const QNetworkReply *reply)
{
    if (wire.isEmpty() || m_stopped)
        return;
    m_wireBytes += wire.size();
    if (!m_encodingChecked && reply) {
        m_encodingChecked = true;
        if (m_decodeHere)
            m_decoder = ContentDecoder::forEncoding(reply->rawHeader("Content-Encoding"));
    }
    if (!m_decoder) {
        appendDecoded(wire, reply);
        return;
    }
    // Decoded in bounded pieces, each written (and handed to the verifier) before the next.
    const bool fed = m_decoder->feed(wire, [this, reply](const QByteArray &piece) {
        appendDecoded(piece, reply);
        return !m_stopped;
    });
    if (!fed && !m_stopped)
        stop(QStringLiteral("transport.bad-encoding"), m_decoder->error());
}

void ResponseBody::appendDecoded(const QByteArray &chunk, const QNetworkReply *reply)
{
    CallRecord &record = *m_record;
    record.bodySize += chunk.size();
    if (!m_spool && !m_request.saveTo.isEmpty() && reply) {
        const int status = statusOf(reply);
        if (status >= 200 && status < 300 && !openSaveFile(reply))
            return;
    }
    if (m_saving) {
        if (!writeOut(chunk))
            return;
        if (record.body.size() < kPreviewBytes)
            record.body += chunk.left(kPreviewBytes - record.body.size());
        m_hooks.written(chunk);
        return;
    }
    if (!m_spool && record.body.size() + chunk.size() <= m_request.bodyMemoryCap) {
        record.body += chunk;
        return;
    }
    if (!m_spool && !openSpillFile())
        return;
    if (!writeOut(m_redactor.feed(chunk)))
        return;
    if (record.body.size() < kPreviewBytes)
        record.body += chunk.left(kPreviewBytes - record.body.size());
}

QString ResponseBody::finish(bool flushSpill)
{
    if (!m_spool)
        return {};
    if (!m_saving && flushSpill)
        writeOut(m_redactor.finish());
    // Unbuffered writes have all reached the system; close() reports what is left to say.
    m_spool->close();
    if (m_spool->error() == QFileDevice::NoError)
        return {};
    return tr("Cannot write %1: %2").arg(m_record->bodyFile, m_spool->errorString());
}
