#include "CliJson.h"

#include "app/history/RecordJson.h"

#include "app/support/Logging.h"

#include <QJsonArray>
#include <QJsonObject>

namespace CliJson {

namespace {

QJsonObject headersObject(const HeaderList &headers)
{
    QJsonObject o;
    for (const auto &h : headers) {
        const QString name = QString::fromLatin1(h.first);
        const QString value = QString::fromLatin1(h.second);
        o.insert(name, o.contains(name) ? o.value(name).toString() + QStringLiteral(", ") + value
                                        : value);
    }
    return o;
}

} // namespace

QJsonObject record(const CallRecord &r)
{
    QJsonArray causes;
    for (const Cause &c : r.diagnosis.causes)
        causes.append(QJsonObject{{QStringLiteral("code"), c.code},
                                  {QStringLiteral("summary"), c.summary},
                                  {QStringLiteral("evidence"), c.evidence}});
    QJsonArray issues;
    if (r.outcome) {
        for (const OutcomeIssue &i : r.outcome->issues)
            issues.append(QJsonObject{
                {QStringLiteral("severity"), i.severity},
                {QStringLiteral("code"), i.code},
                {QStringLiteral("diagnostics"), i.diagnostics},
                {QStringLiteral("details"), i.details},
                {QStringLiteral("expression"), QJsonArray::fromStringList(i.expression)},
                {QStringLiteral("location"), QJsonArray::fromStringList(i.location)}});
    }
    QJsonObject o{
        {QStringLiteral("method"), QString::fromLatin1(r.method)},
        {QStringLiteral("url"), r.url.toString()},
        {QStringLiteral("status"), r.status ? QJsonValue(*r.status) : QJsonValue()},
        {QStringLiteral("diagnosis"), QJsonObject{{QStringLiteral("code"), r.diagnosis.code},
                                                  {QStringLiteral("summary"), r.diagnosis.summary},
                                                  {QStringLiteral("detail"), r.diagnosis.detail},
                                                  {QStringLiteral("causes"), causes}}},
        {QStringLiteral("authorization"), r.auth.shape()},
        {QStringLiteral("requestIdSent"), QString::fromLatin1(r.requestIdSent)},
        {QStringLiteral("requestId"), QString::fromLatin1(r.requestIdReceived)},
        {QStringLiteral("correlationId"), QString::fromLatin1(r.correlationIdReceived)},
        {QStringLiteral("requestHeaders"), headersObject(r.requestHeaders)},
        {QStringLiteral("headers"), headersObject(r.responseHeaders)},
        {QStringLiteral("outcome"), issues},
        {QStringLiteral("elapsedMs"), r.elapsedMs},
        {QStringLiteral("bodySize"), r.bodySize},
        {QStringLiteral("transportError"), r.transportError}};
    if (r.gatewayError)
        o.insert(QStringLiteral("gatewayErrorType"), r.gatewayError->errorType);
    if (!r.tokenFingerprint.isEmpty())
        o.insert(QStringLiteral("tokenFingerprint"), r.tokenFingerprint);
    if (!r.bodyFile.isEmpty())
        o.insert(QStringLiteral("bodyFile"), r.bodyFile);
    if (!r.peerChain.isEmpty())
        o.insert(QStringLiteral("certificates"), RecordJson::chainToJson(r.peerChain));
    // The proxy the call went through (absent: direct) and what chose it.
    if (!r.proxy.isEmpty())
        o.insert(QStringLiteral("proxy"), r.proxy);
    if (!r.proxySetting.isEmpty())
        o.insert(QStringLiteral("proxySetting"), r.proxySetting);
    if (!r.tlsProblems.isEmpty())
        o.insert(QStringLiteral("tlsProblems"), QJsonArray::fromStringList(r.tlsProblems));
    return o;
}

} // namespace CliJson
