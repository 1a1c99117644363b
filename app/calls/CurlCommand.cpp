#include "CurlCommand.h"

#include <QStringList>

namespace {
QString shellQuote(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}
} // namespace

QString curlCommand(const CallRecord &r, const QByteArray &authorizationInClear)
{
    QStringList parts{QStringLiteral("curl -i")};
    if (r.method != "GET")
        parts << QStringLiteral("-X %1").arg(QString::fromLatin1(r.method));
    parts << shellQuote(r.url.toString(QUrl::FullyEncoded));
    for (const auto &h : r.requestHeaders) {
        QByteArray value = h.second;
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0 &&
            !authorizationInClear.isEmpty())
            value = authorizationInClear;
        // curl drops a header given as "Name:"; "Name;" sends it with an empty value.
        const QString header = value.isEmpty() ? QString::fromLatin1(h.first) + QLatin1Char(';')
                                               : QString::fromLatin1(h.first + ": " + value);
        parts << QStringLiteral("-H %1").arg(shellQuote(header));
    }
    if (!r.requestBody.isEmpty())
        parts
            << QStringLiteral("--data-binary %1").arg(shellQuote(QString::fromUtf8(r.requestBody)));
    return parts.join(QStringLiteral(" \\\n  "));
}
