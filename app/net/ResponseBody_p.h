#pragma once

#include "app/calls/ApiRequest.h"
#include "app/calls/CallRecord.h"
#include "app/calls/Redaction.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

class ContentDecoder;
class QFile;
class QNetworkReply;

// Where one hop's answer goes as its bytes arrive (ApiCall's, for its own use). Decoded
// (gzip/deflate) here when ApiCall asked for the encoding itself, then kept in memory, spilled to
// a private file with the token redacted, or written to the file the request names (a download,
// checked byte for byte: every write's result, a resume's Content-Range). begin() starts it
// afresh for each hop.
class ResponseBody final
{
    Q_DECLARE_TR_FUNCTIONS(ResponseBody)
    Q_DISABLE_COPY_MOVE(ResponseBody)
public:
    struct Hooks
    {
        // This side must stop the exchange (a write failed, the encoding is broken, ...).
        std::function<void(const QString &code, const QString &message)> stop;
        // The download's file is open; the body's bytes follow the `offset` bytes in it.
        std::function<void(qint64 offset)> saving;
        // These bytes were written to the download's file, in order.
        std::function<void(const QByteArray &chunk)> written;
    };

    ResponseBody(const ApiRequest &request, QString spoolDir, Hooks hooks);
    ~ResponseBody();

    // A new hop: the record the body goes into, the token sent on it (redacted from a spilled
    // body) and whether a gzip/deflate answer is decoded here.
    void begin(CallRecord *record, const QByteArray &sentSecret, bool decodeHere);
    // The answer's bytes as they came off the wire; `reply` (its status and headers) says where
    // they go. Nothing is taken once this body has stopped the exchange.
    void append(const QByteArray &wire, const QNetworkReply *reply);
    // The answer is over: the rest of a spilled body written (when `flushSpill`), the file
    // closed. Returns what the close reported as failed, in the user's words, or nothing.
    QString finish(bool flushSpill);

    qint64 wireBytes() const { return m_wireBytes; }                // before decoding
    bool savesToFile() const { return m_saving; }                   // the request's own file
    bool redactedSomething() const { return m_redactor.changed(); } // in the spilled body
    // A compressed body whose stream did not reach its end marker.
    bool decodingIncomplete() const;

private:
    void appendDecoded(const QByteArray &chunk, const QNetworkReply *reply);
    bool openSaveFile(const QNetworkReply *reply);
    bool openSpillFile();
    bool writeOut(const QByteArray &bytes);
    void stop(const QString &code, const QString &message);

    const ApiRequest &m_request;
    QString m_spoolDir;
    Hooks m_hooks;
    CallRecord *m_record = nullptr;
    std::unique_ptr<QFile> m_spool; // the download's file, or the spill file of a large body
    bool m_saving = false;          // m_spool is the download's file
    bool m_stopped = false;         // this body stopped the exchange
    Redaction::StreamRedactor m_redactor;
    bool m_decodeHere = false; // ApiCall asked for gzip/deflate itself, so it is decoded here
    bool m_encodingChecked = false;
    std::unique_ptr<ContentDecoder> m_decoder;
    qint64 m_wireBytes = 0;
};
