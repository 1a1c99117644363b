#pragma once

#include "app/calls/ApiRequest.h"
#include "app/calls/CallRecord.h"
#include "app/calls/Redaction.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class ResponseBody;

// One HTTP exchange, redirects included. Each hop produces a CallRecord (emitted by
// hopFinished); `finished` is emitted exactly once with the record of the last hop.
// Redirects are followed here, not by Qt, so that Authorization never crosses origins.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)
public:
    ApiCall(QNetworkAccessManager *nam, ApiRequest request, QString spoolDir,
            QObject *parent = nullptr);
    ~ApiCall() override;

    void start();
    // Stops the exchange; the record says "transport.cancelled" and keeps what arrived.
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }
    // The body as received when the record's copy had secrets redacted (an OAuth token
    // response): for the caller that asked for the token, in its finished() handler only.
    QByteArray secretResponseBody() const { return m_secretBody; }
    const ApiRequest &request() const { return m_request; }
    // Scheme, host and port alike (RFC 6454): where a token may go along.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // Call numbers go on after `id` (the history's last call), so they stay unique across runs.
    static void continueIdsAfter(quint64 id);
    // A call number of its own for a record that did not come from a call (an imported HAR).
    static quint64 takeId();
Q_SIGNALS:
    void hopFinished(const CallRecord &record);
    void finished(const CallRecord &record);
    void progress(qint64 received, qint64 total);
    // Downloads (ApiRequest::saveTo): the file is open and the body's bytes will follow the
    // `offset` bytes already in it (0 when a resume was answered with the whole file).
    void saving(qint64 offset);
    // Downloads: these bytes were written to the file, in order.
    void written(const QByteArray &chunk);

private:
    void sendHop();
    QNetworkRequest buildRequest(bool withAuth);
    bool refuseUnsendable(const QNetworkRequest &req); // says why, as the call's end
    void watchTls();
    void checkHeaders();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void appendBody(const QByteArray &wire);
    void redactSecrets();
    bool followRedirect(); // the next hop is on its way
    void stopWith(const QString &code, const QString &message);
    void finishBeforeSending(const QString &code, const QString &message);
    CallRecord buildRecordSkeleton(const QNetworkRequest &req, bool withAuth);

    QNetworkAccessManager *m_nam;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    CallRecord m_record;
    std::unique_ptr<ResponseBody> m_body; // where the answer's bytes go, hop by hop
    QString m_stopCode; // set when this side stopped the exchange (a write failed, ...)
    QString m_stopMessage;
    bool m_decodeHere = false; // we asked for gzip/deflate ourselves, so we decode
    QUrl m_currentUrl;
    QByteArray m_currentMethod;
    QByteArray m_currentBody;
    QByteArray m_sentSecret; // the token as sent on this hop, to redact echoes of it
    QByteArray m_secretBody;
    QUrl m_origin;
    int m_hop = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_done = false;
    bool m_requestSent = false; // Qt sent the request on a connection (it may resend it)
};
