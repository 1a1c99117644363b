#include "SandboxDeviations.h"

const QStringList &SandboxDeviations::names()
{
    static const QStringList all = {QStringLiteral("no-transaction-time"),
                                    QStringLiteral("no-requires-access-token"),
                                    QStringLiteral("no-error-array"),
                                    QStringLiteral("wrong-resource-type"),
                                    QStringLiteral("files-as-text-plain"),
                                    QStringLiteral("ignore-delete"),
                                    QStringLiteral("ignore-type"),
                                    QStringLiteral("401-without-error-type"),
                                    QStringLiteral("ignore-repeated-parameters"),
                                    QStringLiteral("ignore-type-filter"),
                                    QStringLiteral("ignore-since"),
                                    QStringLiteral("duplicate-version"),
                                    QStringLiteral("unknown-file-200"),
                                    QStringLiteral("error-file-not-outcome"),
                                    QStringLiteral("token-errors-without-code"),
                                    QStringLiteral("delete-without-token"),
                                    QStringLiteral("ignore-export-scope"),
                                    QStringLiteral("advertise-other-levels"),
                                    QStringLiteral("token-without-expires-in"),
                                    QStringLiteral("accept-replayed-jti"),
                                    QStringLiteral("accept-wrong-aud"),
                                    QStringLiteral("accept-long-exp"),
                                    QStringLiteral("deleted-not-transaction"),
                                    QStringLiteral("deleted-also-in-output"),
                                    QStringLiteral("deleted-omitted")};
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
    if (name == QLatin1String("ignore-repeated-parameters"))
        return tr("A repeated kick-off parameter keeps only its last value");
    if (name == QLatin1String("ignore-type-filter"))
        return tr("The kick-off ignores _typeFilter");
    if (name == QLatin1String("ignore-since"))
        return tr("The kick-off ignores _since: resources of any date are exported");
    if (name == QLatin1String("duplicate-version"))
        return tr("A file holds two versions of one resource");
    if (name == QLatin1String("unknown-file-200"))
        return tr("A file URL that does not exist answers 200 with an empty body");
    if (name == QLatin1String("error-file-not-outcome"))
        return tr("The manifest's error files hold resources that are not OperationOutcomes");
    if (name == QLatin1String("token-errors-without-code"))
        return tr("The token endpoint's errors come without the OAuth 2.0 error code");
    if (name == QLatin1String("delete-without-token"))
        return tr("An export is cancelled by a DELETE without a token");
    if (name == QLatin1String("ignore-export-scope"))
        return tr("The kick-off ignores the token's scope: any type is exported");
    if (name == QLatin1String("advertise-other-levels"))
        return tr("The CapabilityStatement offers Patient-level and system-level $export, which "
                  "are refused");
    if (name == QLatin1String("token-without-expires-in"))
        return tr("The token endpoint grants tokens without expires_in");
    if (name == QLatin1String("accept-replayed-jti"))
        return tr("The token endpoint takes a client assertion whose jti was used before");
    if (name == QLatin1String("accept-wrong-aud"))
        return tr("The token endpoint takes a client assertion made for another token URL (aud)");
    if (name == QLatin1String("accept-long-exp"))
        return tr("The token endpoint takes a client assertion valid for longer than 5 minutes");
    if (name == QLatin1String("deleted-not-transaction"))
        return tr("The manifest's deleted files hold batch Bundles, not transaction Bundles "
                  "(with the deletions option)");
    if (name == QLatin1String("deleted-also-in-output"))
        return tr("Deleted resources are still exported in the output files (with the deletions "
                  "option)");
    if (name == QLatin1String("deleted-omitted"))
        return tr("The manifest never lists deleted resources, even with _since (with the "
                  "deletions option)");
    return name;
}
