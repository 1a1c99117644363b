#include "CallSearch.h"

#include <QStringList>

QString CallSearch::text(const CallRecord &r)
{
    QStringList fields{r.purpose,
                       r.profile,
                       QString::fromLatin1(r.method),
                       r.url.toString(),
                       r.status ? QString::number(*r.status) : QString(),
                       r.diagnosis.code,
                       r.diagnosis.summary,
                       QString::fromLatin1(r.requestIdSent),
                       QString::fromLatin1(r.requestIdReceived),
                       QString::fromLatin1(r.correlationIdReceived),
                       QString::fromLatin1(r.responseHeader("x-amzn-RequestId")),
                       r.note};
    for (const Cause &c : r.diagnosis.causes)
        fields << c.code;
    fields.removeAll(QString());
    return fields.join(QLatin1Char('\n')).toCaseFolded();
}

QString CallSearch::needle(const QString &filterText)
{
    return filterText.trimmed().toCaseFolded();
}

bool CallSearch::matches(const QString &haystack, const QString &filterText)
{
    const QString n = needle(filterText);
    return n.isEmpty() || haystack.contains(n);
}

QString CallSearch::likePattern(const QString &filterText)
{
    QString n = needle(filterText);
    n.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + n + QLatin1Char('%');
}
