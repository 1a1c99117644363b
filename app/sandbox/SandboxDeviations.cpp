#include "SandboxDeviations.h"

const QStringList &SandboxDeviations::names()
{
    static const QStringList all = {
        QStringLiteral("no-transaction-time"), QStringLiteral("no-requires-access-token"),
        QStringLiteral("no-error-array"),      QStringLiteral("wrong-resource-type"),
        QStringLiteral("files-as-text-plain"), QStringLiteral("ignore-delete"),
        QStringLiteral("ignore-type"),         QStringLiteral("401-without-error-type")};
    return all;
}

QString SandboxDeviations::describe(const QString &name)
{
    if (name == QLatin1String("no-transaction-time"))
        return tr("The manifest has no transactionTime");
    if (name == QLatin1String("no-requires-access-token"))
        return tr("The manifest has no requiresAccessToken");
    if (name == QLatin1String("no-error-array"))
        return tr("The manifest has no error array");
    if (name == QLatin1String("wrong-resource-type"))
        return tr("A file's first line is of another resourceType than the manifest says");
    if (name == QLatin1String("files-as-text-plain"))
        return tr("Export files are served as text/plain");
    if (name == QLatin1String("ignore-delete"))
        return tr("DELETE answers 202 but the export goes on (unknown exports too)");
    if (name == QLatin1String("ignore-type"))
        return tr("The kick-off ignores _type: every resource type is exported");
    if (name == QLatin1String("401-without-error-type"))
        return tr("401 Unauthorized comes without x-amzn-ErrorType");
    return name;
}
