#pragma once

#include "app/net/ApiRequest.h"
#include "app/net/CallRecord.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

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

Q_SIGNALS:
    void hopFinished(const CallRecord &record);
    void finished(const CallRecord &record);
    void progress(qint64 received, qint64 total);

private:
    void sendHop();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void appendBody(const QByteArray &chunk);
    CallRecord buildRecordSkeleton(const QNetworkRequest &req, bool withAuth);

    QNetworkAccessManager *m_nam;
    ApiRequest m_request;
    QString m_spoolDir;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    CallRecord m_record;
    std::unique_ptr<QFile> m_spool;
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
};
