#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <optional>

// The completion manifest of a Bulk Data export (HL7 Bulk Data IG, "Response - Complete
// Status"). Fields HAPI sometimes omits are reported in `missing`, not treated as fatal.
struct BulkManifest
{
    Q_DECLARE_TR_FUNCTIONS(BulkManifest)
public:
    struct File
    {
        QString type;
        QUrl url;
        std::optional<qint64> count;
    };

    QDateTime transactionTime;
    QString request;
    std::optional<bool> requiresAccessToken;
    QList<File> output;
    QList<File> error;
    QList<File> deleted;  // Bundles of deleted resources (the IG's `deleted`)
    QByteArray extension; // the `extension` object, compact JSON, as sent
    QStringList missing; // required fields that were absent ("request", "requiresAccessToken", ...)

    static std::optional<BulkManifest> parse(const QByteArray &json, QString *error);
    // The IG says the token SHALL be sent when requiresAccessToken is true; absent means true
    // in practice (HAPI omits it and wants the token).
    bool sendToken() const { return requiresAccessToken.value_or(true); }
};
