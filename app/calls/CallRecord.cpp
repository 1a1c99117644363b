#include "CallRecord.h"

#include <QFile>

namespace {
const QByteArray *findHeader(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return &h.second;
    }
    return nullptr;
}
} // namespace

QByteArray CallRecord::requestHeader(const QByteArray &name) const
{
    const QByteArray *v = findHeader(requestHeaders, name);
    return v ? *v : QByteArray();
}

bool CallRecord::hasRequestHeader(const QByteArray &name) const
{
    return findHeader(requestHeaders, name) != nullptr;
}

QByteArray CallRecord::responseHeader(const QByteArray &name) const
{
    const QByteArray *v = findHeader(responseHeaders, name);
    return v ? *v : QByteArray();
}

QString CallRecord::contentType() const
{
    return QString::fromLatin1(responseHeader("Content-Type"));
}

bool CallRecord::isWebPageForFhir() const
{
    const QString ct = contentType();
    const QByteArray head = body.trimmed().left(15).toLower();
    const bool html = ct.contains(QLatin1String("html")) || head.startsWith("<!doctype html") ||
                      head.startsWith("<html");
    const QByteArray accept = requestHeader("Accept").toLower();
    return html && !accept.contains("html") && (accept.contains("fhir") || accept.contains("json"));
}

CallRecord::RequestIdFate CallRecord::requestIdFate() const
{
    if (requestIdSent.isEmpty() || !status)
        return RequestIdFate::Unknown;
    if (requestIdReceived == requestIdSent)
        return RequestIdFate::Adopted;
    if (correlationIdReceived == requestIdSent)
        return RequestIdFate::ReturnedAsCorrelation;
    if (!requestIdReceived.isEmpty())
        return RequestIdFate::Replaced;
    return RequestIdFate::Unknown;
}

QByteArray CallRecord::wholeBody() const
{
    if (bodyFile.isEmpty())
        return body;
    QFile f(bodyFile);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : body;
}
