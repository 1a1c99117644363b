#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>

// Decodes a gzip or deflate Content-Encoding as the body arrives (zlib). The explorer decodes
// bodies itself instead of letting Qt do it, because Qt drops Content-Length for a decoded body
// and reports a compressed stream that was cut short as a success: here the announced length
// is checked against the bytes on the wire, and the end of the compressed stream must be seen.
class ContentDecoder
{
public:
    // gzip, x-gzip and deflate (RFC 9110 8.4.1); nullptr for identity or an unknown coding.
    static std::unique_ptr<ContentDecoder> forEncoding(const QByteArray &contentEncoding);
    ~ContentDecoder();
    ContentDecoder(const ContentDecoder &) = delete;
    ContentDecoder &operator=(const ContentDecoder &) = delete;

    // Decodes `in` and hands the decoded bytes to `piece` in pieces of at most `pieceBytes`
    // (NDJSON compresses about 16:1: one 1 MiB read would otherwise be 16 MiB at once). False
    // when the stream is corrupt (error()) or `piece` returned false (it stopped the body).
    using Piece = std::function<bool(const QByteArray &)>;
    bool feed(const QByteArray &in, const Piece &piece);
    static constexpr qsizetype pieceBytes = 256 * 1024;
    // The compressed stream reached its end marker: the body is complete.
    bool complete() const { return m_complete; }
    QString error() const { return m_error; }

private:
    ContentDecoder();
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    bool m_complete = false;
    QString m_error;
};
