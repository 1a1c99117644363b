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
        QStringList ids;          // per line, "Type/id" ("" without an id)
        QStringList lastUpdated;  // per line, meta.lastUpdated ("" without one)
        QList<QJsonObject> lines; // the JSON objects (kept only when asked: keepLines)
        int badLine = 0;          // the first line that is not a JSON object (1-based), 0: none
    };
    static FileRead readLines(int index, const CallRecord &call, bool keepLines = false);

    // An export waited for until complete and every output file read (for the check sets
    // that judge what a kick-off's parameters did to the files).
    struct Export
    {
        CallRecord kickoffCall;
        CallRecord manifestCall;
        QJsonObject manifest;
        std::optional<BulkManifest> parsed;
        QList<FileRead> files;
        QUrl location;
        QList<quint64> calls;
    };
    using ExportDone = std::function<void(std::shared_ptr<Export>, const QString &problem)>;
    // `problem` says why the export did not complete (empty: x->files holds every file).
    static void completeExport(ConformanceRun &run, const QString &query, const ExportDone &done,
                               const ConformanceRun::Probe &changes = ConformanceRun::Probe(),
                               bool keepLines = false);

    // The token a file request carries: the manifest's requiresAccessToken (absent: wanted).
    static ConformanceRun::Token fileToken(const Export &x);
    // Cancels the export (when it has a status URL), then `done`.
    static void cancelThen(ConformanceRun &run, const Export &x, const std::function<void()> &done);

private:
    static void download(ConformanceRun &run, const std::shared_ptr<Export> &x, int index,
                         bool keepLines, const std::function<void()> &done);
    static void judgeManifest(ConformanceRun &run, const Export &x);
    static void judgeFiles(ConformanceRun &run, const Export &x);
    static void skipAll(ConformanceRun &run, const QStringList &ids, const QString &why,
                        const QList<quint64> &calls);
    static ConformanceStep passiveStep(ConformanceRun &run);
};
