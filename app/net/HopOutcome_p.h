#pragma once

#include "app/calls/CallRecord.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

class ResponseBody;

// What one hop's answer came to, read off the finished reply into its record (ApiCall's, for
// its own use): the status and headers, which transport fault if any and in the user's words,
// and whether the body arrived whole (Qt reports a short or cut-off body as a success).
class HopOutcome final
{
    Q_DECLARE_TR_FUNCTIONS(HopOutcome)
public:
    // How the hop ended on this side.
    struct Ending
    {
        QString stopCode; // this side stopped the exchange (a write failed, ...)
        QString stopMessage;
        bool timedOut = false;
        bool cancelled = false;
        bool requestSent = false; // Qt sent the request on a connection (it may resend it)
        int timeoutMs = 0;
        QByteArray method;
    };

    // Fills the record's status, headers and transport error from `reply` and `ending`.
    static void read(const QNetworkReply &reply, const Ending &ending, const ResponseBody &body,
                     CallRecord &record);
    static QString transportCode(QNetworkReply::NetworkError e);
    // Which way a proxy failed, for its cause (proxy.<problem>); empty for other errors.
    static QString proxyProblem(QNetworkReply::NetworkError e);

private:
    static void readAnswer(const QNetworkReply &reply, CallRecord &record);
    static void classifyTransport(const QNetworkReply &reply, const Ending &ending,
                                  CallRecord &record, QString *message);
    static void checkComplete(const ResponseBody &body, CallRecord &record, QString *message);
};
