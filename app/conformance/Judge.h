#pragma once

#include "app/calls/CallRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// What a check found wrong with one answer, in words: each function returns the problems
// (empty: as expected). Pure functions on records, shared by the check sets.
class Judge
{
    Q_DECLARE_TR_FUNCTIONS(Judge)
public:
    // The status is one of `expected` (and the call got an answer at all).
    static QStringList status(const CallRecord &r, const QList<int> &expected);
    // A refusal: 401 or 403.
    static QStringList refused(const CallRecord &r);
    // The media type (parameters aside) is `mediaType`; `exact`: the whole header is.
    static QStringList contentType(const CallRecord &r, const QByteArray &mediaType,
                                   const QByteArray &exact = {});
    static QStringList headerIs(const CallRecord &r, const QByteArray &name,
                                const QByteArray &value);
    // The body is an OperationOutcome in JSON with at least one issue, sent as
    // application/fhir+json.
    static QStringList outcomeJson(const CallRecord &r);
    enum class Match { Exact, Prefix, Contains };
    // API Gateway's documented error: the status, x-amzn-ErrorType, application/json and a body
    // whose `key` is `message` (or starts with it, or contains it).
    static QStringList gatewayError(const CallRecord &r, int status, const QByteArray &type,
                                    const QString &key, const QString &message,
                                    Match match = Match::Exact);
    // The body as one JSON object (empty and *problem set when it is not).
    static QJsonObject object(const CallRecord &r, QString *problem);
    static QString mediaType(const CallRecord &r);
    static QString describe(const CallRecord &r); // "403 Forbidden" or the transport error
    // A problem list kept readable: the first few, then how many more.
    static QStringList firstFew(QStringList problems);
};
