#include "DeletedChecks.h"

#include "app/conformance/Judge.h"

#include <QJsonArray>
#include <QSet>

using Probe = ConformanceRun::Probe;
using Done = std::function<void()>;
using ExportPtr = std::shared_ptr<FileChecks::Export>;

const QString DeletedChecks::kDeleted = QStringLiteral("ig.manifest.deleted");
const QString DeletedChecks::kWithSince = QStringLiteral("ig.manifest.deleted-with-since");

struct DeletedChecks::Read
{
    QStringList problems;   // ig.manifest.deleted's
    QStringList references; // every "Type/id" the deleted files name, in order
    QList<quint64> calls;
};

namespace {

bool absoluteHttp(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

QString DeletedChecks::referenceOf(const QString &requestUrl)
{
    QString path = QUrl(requestUrl).path();
    if (const qsizetype h = path.indexOf(QLatin1String("/_history")); h >= 0)
        path.truncate(h);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.at(parts.size() - 2).isEmpty() ||
        !parts.at(parts.size() - 2).at(0).isUpper())
        return {};
    return parts.at(parts.size() - 2) + QLatin1Char('/') + parts.last();
}

void DeletedChecks::judge(ConformanceRun &run, const ExportPtr &x, const QString &since,
                          const Done &done)
{
    const QJsonValue deleted = x->manifest.value(QLatin1String("deleted"));
    const QList<quint64> manifestCall = {x->manifestCall.id};
    const QStringList known = run.options().knownDeletions;
    if (deleted.isUndefined() || (deleted.isArray() && deleted.toArray().isEmpty())) {
        run.setResult(kDeleted, CheckResult::Outcome::NotApplicable,
                      deleted.isUndefined()
                          ? tr("the manifest has no deleted: the server lists no deletions "
                               "(HAPI 5.7.6, the vendor's server, does not support them)")
                          : tr("the manifest's deleted is empty: the server lists no deletions"),
                      manifestCall);
        if (known.isEmpty())
            run.setResult(kWithSince, CheckResult::Outcome::NotApplicable,
                          tr("no deletions listed with _since=%1: the server deleted nothing "
                             "since, or does not report deletions; which, cannot be told from "
                             "outside")
                              .arg(since),
                          manifestCall);
        else
            run.judge(kWithSince,
                      {tr("the server deleted %n resource(s) after _since=%1 (%2), but the "
                          "manifest lists no deletions",
                          nullptr, int(known.size()))
                           .arg(since, known.join(QStringLiteral(", ")))},
                      manifestCall);
        done();
        return;
    }
    auto read = std::make_shared<Read>();
    read->calls = x->calls;
    if (!deleted.isArray()) {
        read->problems << tr("deleted is not an array");
        finish(run, *x, *read, since);
        done();
        return;
    }
    download(run, x, read, 0, [&run, x, read, since, done] {
        finish(run, *x, *read, since);
        done();
    });
}

void DeletedChecks::download(ConformanceRun &run, const ExportPtr &x,
                             const std::shared_ptr<Read> &read, int index, const Done &done)
{
    const QJsonArray items = x->manifest.value(QLatin1String("deleted")).toArray();
    if (index >= items.size()) {
        done();
        return;
    }
    const QJsonObject item = items.at(index).toObject();
    const QJsonValue type = item.value(QLatin1String("type"));
    const QString url = item.value(QLatin1String("url")).toString();
    const QString name = tr("deleted item %1").arg(index + 1);
    if (!type.isString() || !item.value(QLatin1String("url")).isString()) {
        read->problems << tr("%1 lacks a string type or url").arg(name);
    } else if (type.toString() != QLatin1String("Bundle")) {
        read->problems << tr("%1 has type %2, expected Bundle").arg(name, type.toString());
    }
    if (!absoluteHttp(QUrl(url))) {
        if (item.value(QLatin1String("url")).isString())
            read->problems << tr("%1: url \"%2\" is not absolute").arg(name, url);
        download(run, x, read, index + 1, done);
        return;
    }
    Probe p;
    p.purpose = tr("Conformance: download a file of deleted resources");
    p.path = url;
    p.headers = {{"Accept", "application/fhir+ndjson"}};
    p.token = FileChecks::fileToken(*x);
    run.send(p, [&run, x, read, index, item, name, done](const CallRecord &r) {
        read->calls << r.id;
        const QString where = QStringLiteral("%1 (%2)").arg(name, r.url.toString());
        if (const QStringList s = Judge::status(r, {200}); !s.isEmpty()) {
            read->problems << QStringLiteral("%1: %2").arg(where, s.join(QStringLiteral(", ")));
        } else {
            const FileChecks::FileRead f = FileChecks::readLines(index, r, true);
            judgeLines(f, where, *read);
            const QJsonValue count = item.value(QLatin1String("count"));
            if (count.isDouble() && count.toInteger() != f.types.size())
                read->problems << tr("%1: count %2, but %3 lines")
                                      .arg(where)
                                      .arg(count.toInteger())
                                      .arg(f.types.size());
        }
        download(run, x, read, index + 1, done);
    });
}

// Every line a transaction Bundle with >= 1 entry, each a DELETE with a url (the IG's three
// SHALLs of a deleted file's lines).
void DeletedChecks::judgeLines(const FileChecks::FileRead &f, const QString &name, Read &read)
{
    if (f.badLine > 0)
        read.problems << tr("%1: line %2 is not a JSON object").arg(name).arg(f.badLine);
    int notTransaction = 0, noEntry = 0, notDelete = 0, noUrl = 0;
    for (const QJsonObject &o : f.lines) {
        if (o.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle") ||
            o.value(QLatin1String("type")).toString() != QLatin1String("transaction"))
            ++notTransaction;
        const QJsonArray entries = o.value(QLatin1String("entry")).toArray();
        noEntry += entries.isEmpty();
        for (const QJsonValue &e : entries) {
            const QJsonObject request = e.toObject().value(QLatin1String("request")).toObject();
            notDelete +=
                request.value(QLatin1String("method")).toString() != QLatin1String("DELETE");
            const QString url = request.value(QLatin1String("url")).toString();
            noUrl += url.isEmpty();
            if (const QString ref = referenceOf(url); !ref.isEmpty())
                read.references << ref;
        }
    }
    if (notTransaction > 0)
        read.problems << tr("%1: %n line(s) not a Bundle of type transaction", nullptr,
                            notTransaction)
                             .arg(name);
    if (noEntry > 0)
        read.problems << tr("%1: %n Bundle(s) without an entry", nullptr, noEntry).arg(name);
    if (notDelete > 0)
        read.problems << tr("%1: %n entry(s) whose request.method is not DELETE", nullptr,
                            notDelete)
                             .arg(name);
    if (noUrl > 0)
        read.problems << tr("%1: %n entry(s) without request.url", nullptr, noUrl).arg(name);
}

void DeletedChecks::finish(ConformanceRun &run, const FileChecks::Export &x, const Read &read,
                           const QString &since)
{
    QStringList problems = read.problems;
    QList<quint64> calls = read.calls;
    // "Resources that appear in the 'deleted' section of an export manifest SHALL NOT appear in
    // the 'output' section of the manifest."
    const QSet<QString> listed(read.references.cbegin(), read.references.cend());
    QStringList alsoOutput;
    for (const FileChecks::FileRead &f : x.files) {
        calls << f.call.id;
        for (const QString &id : f.ids)
            if (!id.isEmpty() && listed.contains(id) && !alsoOutput.contains(id))
                alsoOutput << id;
    }
    if (!alsoOutput.isEmpty())
        problems << tr("%n deleted resource(s) also in the output files: %1", nullptr,
                       int(alsoOutput.size()))
                        .arg(alsoOutput.join(QStringLiteral(", ")));
    run.judge(kDeleted, problems, calls,
              tr("%n deletion(s) listed with _since=%1", nullptr, int(listed.size())).arg(since));
    const QStringList known = run.options().knownDeletions;
    if (known.isEmpty()) {
        run.judge(kWithSince, {}, read.calls,
                  tr("the server lists %n deletion(s) after _since=%1", nullptr, int(listed.size()))
                      .arg(since));
        return;
    }
    QStringList missing;
    for (const QString &k : known)
        if (!listed.contains(k))
            missing << k;
    run.judge(kWithSince,
              missing.isEmpty()
                  ? QStringList()
                  : QStringList{tr("%n resource(s) deleted after _since=%1 not listed: %2", nullptr,
                                   int(missing.size()))
                                    .arg(since, missing.join(QStringLiteral(", ")))},
              read.calls);
}
