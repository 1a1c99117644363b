#pragma once

#include "app/sandbox/ExportFilters.h"
#include "app/sandbox/SandboxRequest.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>

// The parameters of a Group $export kick-off, read as HAPI 5.7.6 reads them: from the query
// (GET) or a Parameters resource (POST); unsupported parameters and types refused by name, or
// dropped and listed in `ignored` under Prefer: handling=lenient.
struct SandboxKickOff
{
    QStringList types;
    QDateTime since;
    QString format;
    ExportFilters filters;
    QStringList ignored; // what lenient handling dropped: said in the manifest's error file
    // A repeated parameter's last value replaces the others (the deviation switch
    // ignore-repeated-parameters); otherwise they are read as one comma-separated value.
    bool lastValueWins = false;

    // False, with HAPI's diagnostics in *error (a 400), when the kick-off is refused.
    bool read(const SandboxRequest &req, QString *error);
    // Identical kick-offs share a job, as HAPI's do: this is what makes them identical.
    QString key(const QString &groupId) const;

private:
    bool readParams(const SandboxRequest &req, QMap<QString, QString> *params,
                    QString *error) const;
    bool readTypes(const QString &typeList, bool lenient, QString *error);
};
