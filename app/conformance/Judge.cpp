#include "Judge.h"

#include "app/fhir/OperationOutcome.h"

#include <QJsonDocument>

QString Judge::describe(const CallRecord &r)
{
    if (!r.hasResponse())
        return r.transportError.isEmpty() ? tr("no answer")
                                          : tr("no answer (%1)").arg(r.transportError);
    return QString::number(*r.status);
}

QStringList Judge::status(const CallRecord &r, const QList<int> &expected)
{
    if (r.hasResponse() && expected.contains(*r.status))
        return {};
    QStringList want;
    for (int s : expected)
        want << QString::number(s);
    return {tr("answered %1, expected %2").arg(describe(r), want.join(QStringLiteral(" or ")))};
}

QStringList Judge::refused(const CallRecord &r)
{
    return status(r, {401, 403});
}

QString Judge::mediaType(const CallRecord &r)
{
    return r.contentType().section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

QStringList Judge::contentType(const CallRecord &r, const QByteArray &mediaType,
                               const QByteArray &exact)
{
    if (!r.hasResponse())
        return {};
    const QByteArray sent = r.responseHeader("Content-Type");
    if (!exact.isEmpty() ? sent.compare(exact, Qt::CaseInsensitive) != 0
                         : Judge::mediaType(r) != QString::fromLatin1(mediaType))
        return {tr("Content-Type is \"%1\", expected %2")
                    .arg(QString::fromUtf8(sent),
                         QString::fromLatin1(exact.isEmpty() ? mediaType : exact))};
    return {};
}

QStringList Judge::headerIs(const CallRecord &r, const QByteArray &name, const QByteArray &value)
{
    if (!r.hasResponse())
        return {};
    const QByteArray sent = r.responseHeader(name);
    if (sent.isEmpty())
        return {tr("no %1 header, expected \"%2\"")
                    .arg(QString::fromLatin1(name), QString::fromUtf8(value))};
    if (sent != value)
        return {
            tr("%1 is \"%2\", expected \"%3\"")
                .arg(QString::fromLatin1(name), QString::fromUtf8(sent), QString::fromUtf8(value))};
    return {};
}

QStringList Judge::outcomeJson(const CallRecord &r)
{
    if (!r.hasResponse())
        return {};
    QStringList problems;
    const auto outcome = OperationOutcome::fromJson(r.body);
    if (!outcome)
        problems << tr("the body is not an OperationOutcome in JSON");
    else if (outcome->issues.isEmpty())
        problems << tr("the OperationOutcome has no issue");
    problems << contentType(r, "application/fhir+json");
    return problems;
}

QJsonObject Judge::object(const CallRecord &r, QString *problem)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.wholeBody(), &error);
    if (!doc.isObject()) {
        *problem = error.error != QJsonParseError::NoError
                       ? tr("the body is not JSON (%1 at byte %2)")
                             .arg(error.errorString())
                             .arg(error.offset)
                       : tr("the body is not a JSON object");
        return {};
    }
    return doc.object();
}

QStringList Judge::gatewayError(const CallRecord &r, int statusCode, const QByteArray &type,
                                const QString &key, const QString &message, Match match)
{
    QStringList problems = status(r, {statusCode});
    if (!r.hasResponse())
        return problems;
    problems << headerIs(r, "x-amzn-ErrorType", type);
    problems << contentType(r, "application/json");
    QString why;
    const QJsonObject o = object(r, &why);
    if (!why.isEmpty()) {
        problems << why;
    } else {
        const QString got = o.value(key).toString();
        const bool ok = match == Match::Prefix     ? got.startsWith(message)
                        : match == Match::Contains ? got.contains(message)
                                                   : got == message;
        if (!ok)
            problems << tr("the body's \"%1\" is \"%2\", expected \"%3\"").arg(key, got, message);
    }
    return problems;
}

QStringList Judge::firstFew(QStringList problems)
{
    constexpr qsizetype kMax = 5;
    if (problems.size() <= kMax)
        return problems;
    const qsizetype more = problems.size() - kMax;
    problems.resize(kMax);
    problems << tr("and %n more", nullptr, int(more));
    return problems;
}
