#include "ContentDecoder.h"

#include <QCoreApplication>
#include <zlib.h>

struct ContentDecoder::Stream
{
    z_stream z{};
};

std::unique_ptr<ContentDecoder> ContentDecoder::forEncoding(const QByteArray &contentEncoding)
{
    const QByteArray e = contentEncoding.trimmed().toLower();
    if (e != "gzip" && e != "x-gzip" && e != "deflate")
        return nullptr;
    std::unique_ptr<ContentDecoder> d(new ContentDecoder);
    // 15 + 32: a zlib or a gzip header, detected from the first bytes.
    if (inflateInit2(&d->m_stream->z, 15 + 32) != Z_OK)
        return nullptr;
    return d;
}

ContentDecoder::ContentDecoder() : m_stream(std::make_unique<Stream>()) {}

ContentDecoder::~ContentDecoder()
{
    inflateEnd(&m_stream->z);
}

bool ContentDecoder::feed(const QByteArray &in, const Piece &piece)
{
    if (!m_error.isEmpty())
        return false;
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    // zlib writes straight into the piece handed on: no copy between the two.
    QByteArray out;
    const auto inflateInto = [&]() {
        out.resize(pieceBytes);
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(pieceBytes);
        const int rc = inflate(&z, Z_NO_FLUSH);
        out.truncate(pieceBytes - qsizetype(z.avail_out));
        return rc;
    };
    while (z.avail_in > 0) {
        if (m_complete) {
            // Another gzip member follows (RFC 1952 2.2): decode it too.
            if (inflateReset(&z) != Z_OK)
                break;
            m_complete = false;
        }
        const int rc = inflateInto();
        if (!out.isEmpty() && !piece(out))
            return false;
        if (rc == Z_STREAM_END) {
            m_complete = true;
            continue;
        }
        if (rc == Z_BUF_ERROR && z.avail_in == 0)
            break;
        if (rc != Z_OK) {
            m_error = QCoreApplication::translate("ContentDecoder",
                                                  "The compressed body is corrupt (%1).")
                          .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error"));
            return false;
        }
    }
    // Output the stream still holds (the input ended exactly at a full piece).
    while (!m_complete) {
        const int rc = inflateInto();
        if (!out.isEmpty() && !piece(out))
            return false;
        if (rc == Z_STREAM_END)
            m_complete = true;
        if (out.isEmpty() || rc != Z_OK)
            break;
    }
    return true;
}
