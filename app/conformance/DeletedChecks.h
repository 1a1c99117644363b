#pragma once

#include "app/conformance/FileChecks.h"

#include <QCoreApplication>
#include <memory>

// The manifest's `deleted` (Bulk Data IG 2.0): judged on the export with _since that
// ParameterChecks makes for ig.kickoff.since-applied (no export of its own). Its files are read
// whole: every line a transaction Bundle of DELETE entries, none of them also in the output.
class DeletedChecks
{
    Q_DECLARE_TR_FUNCTIONS(DeletedChecks)
public:
    static const QString kDeleted;   // ig.manifest.deleted (SHALL, when `deleted` is present)
    static const QString kWithSince; // ig.manifest.deleted-with-since (SHOULD)

    // Judges both on `x`, the completed export kicked off with `since` (its output files read),
    // then `done`. Downloads the deleted files first.
    static void judge(ConformanceRun &run, const std::shared_ptr<FileChecks::Export> &x,
                      const QString &since, const std::function<void()> &done);

    // The "Type/id" a deleted file's entry's request.url names ("" when it names none): a
    // relative "Patient/1", or an absolute URL or one with _history, cut to its type and id.
    static QString referenceOf(const QString &requestUrl);

private:
    struct Read; // what the deleted files held, and what was wrong with them
    static void download(ConformanceRun &run, const std::shared_ptr<FileChecks::Export> &x,
                         const std::shared_ptr<Read> &read, int index,
                         const std::function<void()> &done);
    static void judgeLines(const FileChecks::FileRead &f, const QString &name, Read &read);
    static void finish(ConformanceRun &run, const FileChecks::Export &x, const Read &read,
                       const QString &since);
};
