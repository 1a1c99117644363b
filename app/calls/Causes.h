#pragma once

#include "app/calls/CallRecord.h"

#include <QCoreApplication>
#include <QStringList>

// The ranked causes of a refused or misrouted request, from the evidence on its record (the
// Authorization header as it was sent, the token's claims, the method and path), never from the
// redacted text. Gateway-specific words only for answers that came from the gateway.
class Causes
{
    Q_DECLARE_TR_FUNCTIONS(Causes)
public:
    // Causes for a record whose diagnosis code is `code` (empty for a request that succeeded).
    static QList<Cause> find(const CallRecord &record, const QString &code);
    static QStringList allCodes();
    static QString describe(const QString &code);
    // The methods the vendor's gateway routes: reads (GET), the $export kick-off (GET or POST)
    // and the cancel of an export (DELETE). Every text about routed methods names them from
    // here; routedMethodsText() says them in a sentence ("GET, POST and DELETE").
    static QList<QByteArray> routedMethods();
    static QString routedMethodsText();

private:
    static void addRoute(const CallRecord &r, QList<Cause> &out);
    static bool addClient(const CallRecord &r, QList<Cause> &out);
    static void addHeader(const CallRecord &r, QList<Cause> &out);
    static void addToken(const CallRecord &r, QList<Cause> &out, bool fromGateway);
    static void addTls(const CallRecord &r, QList<Cause> &out);
    // Causes of a failed proxy, a stall behind one, or its HTML page in the server's place;
    // true when they are the whole story.
    static bool addProxy(const CallRecord &r, const QString &code, QList<Cause> &out);
};
