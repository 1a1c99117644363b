#pragma once

#include "app/conformance/CheckSet.h"
#include "app/fhir/BulkManifest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <memory>

// The slow checks (opt-in): an export waited for until complete, its manifest and every file
// judged, then one with _type; and the passive checks over every answer of the run.
class FileChecks final : public CheckSet
{
    Q_DECLARE_TR_FUNCTIONS(FileChecks)
public:
    QList<ConformanceStep> steps(ConformanceRun &run) override;

    // A file read: its call and, per line, the resourceType ("" for a line that is no JSON
    // object), for the manifest's item `index`.
    struct FileRead
    {
        int index = 0;
        CallRecord call;
        QStringList types;
        int badLine = 0; // the first line that is not a JSON object (1-based), 0: none
    };
    static FileRead readLines(int index, const CallRecord &call);

private:
    struct Export
    {
        CallRecord manifestCall;
        QJsonObject manifest;
        std::optional<BulkManifest> parsed;
        QList<FileRead> files;
        QUrl location;
        QList<quint64> calls;
    };
    using ExportDone = std::function<void(std::shared_ptr<Export>, const QString &problem)>;
    static void completeExport(ConformanceRun &run, const QString &query, const ExportDone &done);
    static void download(ConformanceRun &run, const std::shared_ptr<Export> &x, int index,
                         const std::function<void()> &done);
    static void judgeManifest(ConformanceRun &run, const Export &x);
    static void judgeFiles(ConformanceRun &run, const Export &x);
    static void skipAll(ConformanceRun &run, const QStringList &ids, const QString &why,
                        const QList<quint64> &calls);
    static ConformanceStep passiveStep(ConformanceRun &run);
};
