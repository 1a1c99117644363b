#include "SandboxScenario.h"

#include "app/sandbox/SandboxDeviations.h"

#include <QJsonArray>
#include <QUrl>

#include <QStringList>

QString SandboxScenario::retryAfterKey(RetryAfter r)
{
    switch (r) {
    case RetryAfter::Seconds:
        return QStringLiteral("seconds");
    case RetryAfter::HttpDate:
        return QStringLiteral("http-date");
    case RetryAfter::XRetryAfter:
        return QStringLiteral("x-retryafter");
    case RetryAfter::None:
        return QStringLiteral("none");
    }
    return {};
}

SandboxScenario::RetryAfter SandboxScenario::retryAfterFromKey(const QString &key, bool *ok)
{
    for (RetryAfter r :
         {RetryAfter::Seconds, RetryAfter::HttpDate, RetryAfter::XRetryAfter, RetryAfter::None}) {
        if (retryAfterKey(r) == key) {
            if (ok)
                *ok = true;
            return r;
        }
    }
    if (ok)
        *ok = false;
    return RetryAfter::Seconds;
}

QJsonObject SandboxScenario::toJson() const
{
    return {{QStringLiteral("exportDurationMs"), exportDurationMs},
            {QStringLiteral("retryAfter"), retryAfterKey(retryAfter)},
            {QStringLiteral("retryAfterSecs"), retryAfterSecs},
            {QStringLiteral("tooFast429"), tooFast429},
            {QStringLiteral("transientErrors"), transientErrors},
            {QStringLiteral("failJob"), failJob},
            {QStringLiteral("errorFiles"), errorFiles},
            {QStringLiteral("omitCount"), omitCount},
            {QStringLiteral("fileExpirySecs"), fileExpirySecs},
            {QStringLiteral("dropMidFile"), dropMidFile},
            {QStringLiteral("latencyMs"), latencyMs},
            {QStringLiteral("tokenLifetimeSecs"), tokenLifetimeSecs},
            {QStringLiteral("largeFileMiB"), largeFileMiB},
            {QStringLiteral("largeFiles"), largeFiles},
            {QStringLiteral("smallFiles"), smallFiles},
            {QStringLiteral("smallFileKiB"), smallFileKiB},
            {QStringLiteral("trickleKiBps"), trickleKiBps},
            {QStringLiteral("filesOnOtherOrigin"), filesOnOtherOrigin},
            {QStringLiteral("openReads"), openReads},
            {QStringLiteral("deletions"), deletions},
            {QStringLiteral("fileBaseUrl"), fileBaseUrl},
            {QStringLiteral("deviate"), QJsonArray::fromStringList(deviations)}};
}

// Longer than ~80 lines on purpose: one line per field of the scenario, a flat table that is read
// (and extended) by finding the field's name.
bool SandboxScenario::apply(const QJsonObject &json, QString *error)
{
    SandboxScenario next = *this;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        auto needInt = [&](int &field, int min) {
            if (!v.isDouble() || v.toDouble() < min) {
                *error = QStringLiteral("%1 must be a number >= %2").arg(k).arg(min);
                return false;
            }
            field = int(v.toDouble());
            return true;
        };
        auto needBool = [&](bool &field) {
            if (!v.isBool()) {
                *error = QStringLiteral("%1 must be true or false").arg(k);
                return false;
            }
            field = v.toBool();
            return true;
        };
        bool ok = true;
        if (k == QLatin1String("exportDurationMs"))
            ok = needInt(next.exportDurationMs, 0);
        else if (k == QLatin1String("retryAfterSecs"))
            ok = needInt(next.retryAfterSecs, 0);
        else if (k == QLatin1String("transientErrors"))
            ok = needInt(next.transientErrors, 0);
        else if (k == QLatin1String("fileExpirySecs"))
            ok = needInt(next.fileExpirySecs, 0);
        else if (k == QLatin1String("latencyMs"))
            ok = needInt(next.latencyMs, 0);
        else if (k == QLatin1String("tokenLifetimeSecs"))
            ok = needInt(next.tokenLifetimeSecs, 1);
        else if (k == QLatin1String("largeFileMiB"))
            ok = needInt(next.largeFileMiB, 0);
        else if (k == QLatin1String("largeFiles"))
            ok = needInt(next.largeFiles, 1);
        else if (k == QLatin1String("smallFiles"))
            ok = needInt(next.smallFiles, 0);
        else if (k == QLatin1String("smallFileKiB"))
            ok = needInt(next.smallFileKiB, 1);
        else if (k == QLatin1String("trickleKiBps"))
            ok = needInt(next.trickleKiBps, 0);
        else if (k == QLatin1String("filesOnOtherOrigin"))
            ok = needBool(next.filesOnOtherOrigin);
        else if (k == QLatin1String("openReads"))
            ok = needBool(next.openReads);
        else if (k == QLatin1String("deletions"))
            ok = needBool(next.deletions);
        else if (k == QLatin1String("tooFast429"))
            ok = needBool(next.tooFast429);
        else if (k == QLatin1String("failJob"))
            ok = needBool(next.failJob);
        else if (k == QLatin1String("errorFiles"))
            ok = needBool(next.errorFiles);
        else if (k == QLatin1String("omitCount"))
            ok = needBool(next.omitCount);
        else if (k == QLatin1String("dropMidFile"))
            ok = needBool(next.dropMidFile);
        else if (k == QLatin1String("fileBaseUrl")) {
            const QUrl url(v.toString());
            ok =
                v.isString() && (v.toString().isEmpty() ||
                                 (url.isValid() && url.scheme().startsWith(QLatin1String("http"))));
            if (ok)
                next.fileBaseUrl = v.toString();
            else
                *error = QStringLiteral("fileBaseUrl must be an http(s) URL or empty");
        } else if (k == QLatin1String("deviate")) {
            // A list of names, or one string of comma-separated names; empty: none.
            QStringList names;
            if (v.isArray())
                for (const QJsonValue &n : v.toArray())
                    names << n.toString();
            else
                names = v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &n : names) {
                n = n.trimmed();
                if (!SandboxDeviations::names().contains(n)) {
                    *error = QStringLiteral("deviate: unknown deviation \"%1\" (known: %2)")
                                 .arg(n, SandboxDeviations::names().join(QStringLiteral(", ")));
                    return false;
                }
            }
            names.removeDuplicates();
            next.deviations = names;
        } else if (k == QLatin1String("retryAfter")) {
            next.retryAfter = retryAfterFromKey(v.toString(), &ok);
            if (!ok)
                *error =
                    QStringLiteral("retryAfter is one of seconds, http-date, x-retryafter, none");
        } else {
            *error = QStringLiteral("unknown scenario field %1").arg(k);
            return false;
        }
        if (!ok)
            return false;
    }
    *this = next;
    return true;
}
