#include "HopOutcome_p.h"

#include "app/net/CutOffCheck.h"
#include "app/net/ResponseBody_p.h"

#include <QNetworkRequest>

QString HopOutcome::transportCode(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("transport.dns");
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("transport.refused");
    case QNetworkReply::TimeoutError:
        return QStringLiteral("transport.timeout");
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        return e == QNetworkReply::SslHandshakeFailedError ? QStringLiteral("transport.tls")
                                                           : QStringLiteral("transport.error");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return QStringLiteral("transport.closed");
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("transport.cancelled");
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return QStringLiteral("transport.bad-url");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return QStringLiteral("transport.proxy");
    default:
        return QStringLiteral("transport.error");
    }
}

QString HopOutcome::proxyProblem(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QStringLiteral("auth-required");
    case QNetworkReply::ProxyConnectionRefusedError:
        return QStringLiteral("refused");
    case QNetworkReply::ProxyNotFoundError:
        return QStringLiteral("not-found");
    case QNetworkReply::ProxyTimeoutError:
        return QStringLiteral("timeout");
    case QNetworkReply::ProxyConnectionClosedError:
        return QStringLiteral("closed");
    case QNetworkReply::UnknownProxyError:
        return QStringLiteral("other");
    default:
        return {};
    }
}

void HopOutcome::read(const QNetworkReply &reply, const Ending &ending, const ResponseBody &body,
                      CallRecord &record)
{
    readAnswer(reply, record);
    QString message = ending.stopMessage;
    classifyTransport(reply, ending, record, &message);
    // The body is complete only when the bytes on the wire match Content-Length and a
    // compressed stream reached its end marker (Qt reports either fault as a success).
    if (record.transportErrorCode.isEmpty() && record.status && ending.method != "HEAD" &&
        record.status != 204 && record.status != 304)
        checkComplete(body, record, &message);
    if (!record.transportErrorCode.isEmpty()) {
        record.transportError = !message.isEmpty() ? message
                                : ending.timedOut  ? tr("No data for %1 ms").arg(ending.timeoutMs)
                                                   : reply.errorString();
        record.cancelled = ending.cancelled;
    }
}

void HopOutcome::readAnswer(const QNetworkReply &reply, CallRecord &record)
{
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    record.status = status.toInt();
    record.reasonPhrase = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    for (const auto &pair : reply.rawHeaderPairs())
        record.responseHeaders.append(pair);
    record.requestIdReceived = record.responseHeader("X-Request-ID");
    record.correlationIdReceived = record.responseHeader("X-Correlation-Id");
}

void HopOutcome::classifyTransport(const QNetworkReply &reply, const Ending &ending,
                                   CallRecord &record, QString *message)
{
    const bool answered = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    // An HTTP error status is not a transport error, though Qt reports both through error():
    // codes below 200 are network and proxy failures, the rest describe the HTTP answer.
    const QNetworkReply::NetworkError err = reply.error();
    if (!ending.stopCode.isEmpty())
        record.transportErrorCode = ending.stopCode;
    else if (ending.timedOut)
        record.transportErrorCode = QStringLiteral("transport.timeout");
    else if (ending.cancelled)
        record.transportErrorCode = QStringLiteral("transport.cancelled");
    else if (err != QNetworkReply::NoError && (!answered || int(err) < 200))
        record.transportErrorCode = transportCode(err);
    record.proxyProblem = proxyProblem(err);
    // Through a proxy, the connection refused or the host not found is the proxy's (Qt says
    // so for tunnels only): the server was never reached.
    if (!record.proxy.isEmpty() && !answered &&
        (err == QNetworkReply::ConnectionRefusedError || err == QNetworkReply::HostNotFoundError)) {
        record.transportErrorCode = QStringLiteral("transport.proxy");
        record.proxyProblem = err == QNetworkReply::ConnectionRefusedError
                                  ? QStringLiteral("refused")
                                  : QStringLiteral("not-found");
    }
    // Qt sends a request again on a new connection when the first closed without an answer; a
    // server that crashed refuses that second connection, and "nothing is listening there"
    // would hide what happened first: the server took the request and closed without answering.
    if (record.transportErrorCode == QLatin1String("transport.refused") && ending.requestSent &&
        !answered) {
        record.transportErrorCode = QStringLiteral("transport.closed");
        *message = tr("The server closed the connection without an answer after it received "
                      "the request; sent again, it found nothing listening there (%1): the "
                      "server stopped or crashed meanwhile.")
                       .arg(reply.errorString());
    }
}

void HopOutcome::checkComplete(const ResponseBody &body, CallRecord &record, QString *message)
{
    const qint64 wireBytes = body.wireBytes();
    const bool chunked = record.responseHeader("Transfer-Encoding").toLower().contains("chunked");
    bool ok = false;
    const qint64 length = record.responseHeader("Content-Length").trimmed().toLongLong(&ok);
    if (ok && length != wireBytes) {
        record.transportErrorCode = QStringLiteral("transport.incomplete");
        *message = tr("The body ended after %1 of the %2 bytes its Content-Length announced.")
                       .arg(wireBytes)
                       .arg(length);
    } else if (body.decodingIncomplete()) {
        record.transportErrorCode = QStringLiteral("transport.incomplete");
        *message =
            tr("The compressed body (Content-Encoding: %1) ended before the end of its stream, "
               "after %2 bytes.")
                .arg(QString::fromLatin1(record.responseHeader("Content-Encoding")))
                .arg(wireBytes);
    } else if (wireBytes == 0 && chunked &&
               CutOffCheck::emptyIsBroken(*record.status, record.contentType())) {
        // Qt 6.4 reads an unreadable chunk size ("zz") as the last chunk: an empty body
        // where the server declared a document that cannot be empty (README, "Limit").
        record.transportErrorCode = QStringLiteral("transport.bad-encoding");
        *message = tr("The chunked body ended before its first byte, but it is declared "
                      "as %1, which cannot be empty: the chunk framing is broken (an "
                      "unreadable chunk size ends the body for Qt) or the server sent "
                      "an empty document.")
                       .arg(record.contentType());
    } else if (chunked && !body.savesToFile() && record.bodyFile.isEmpty()) {
        // Qt may report a chunked body whose connection closed early as complete: where the
        // content shows the cut, it is said.
        QString why;
        if (CutOffCheck::looksCutOff(record.body, record.contentType(), &why)) {
            record.transportErrorCode = QStringLiteral("transport.incomplete");
            *message = tr("The chunked body looks cut off: %1 (after %2 bytes).")
                           .arg(why)
                           .arg(record.bodySize);
        }
    }
}
