#include "FileChecks.h"

#include "app/conformance/Judge.h"
#include "app/fhir/OperationOutcome.h"

#include <QJsonArray>
#include <QJsonDocument>

using Token = ConformanceRun::Token;
using Probe = ConformanceRun::Probe;
using Done = std::function<void()>;

namespace {

const QStringList kMainIds = {QStringLiteral("ig.status.complete-200-json"),
                              QStringLiteral("ig.status.expires-header"),
                              QStringLiteral("ig.manifest.transaction-time"),
                              QStringLiteral("ig.manifest.request"),
                              QStringLiteral("ig.manifest.requires-access-token"),
                              QStringLiteral("ig.manifest.output-array"),
                              QStringLiteral("ig.manifest.output-url-absolute"),
                              QStringLiteral("ig.manifest.error-array"),
                              QStringLiteral("ig.manifest.count-number"),
                              QStringLiteral("ig.files.status-200"),
                              QStringLiteral("ig.files.content-type"),
                              QStringLiteral("ig.files.ndjson-parses"),
                              QStringLiteral("ig.files.resource-type-matches"),
                              QStringLiteral("ig.files.count-matches"),
                              QStringLiteral("ig.files.token-rule"),
                              QStringLiteral("ig.cancel.delete-completed")};

bool absoluteHttp(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

FileChecks::FileRead FileChecks::readLines(int index, const CallRecord &call, bool keepLines)
{
    FileRead f;
    f.index = index;
    f.call = call;
    if (call.status != 200)
        return f; // an error's body is not the file's content
    const QByteArray body = call.wholeBody();
    int line = 0;
    for (const QByteArray &text : body.split('\n')) {
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        if (!doc.isObject()) {
            if (f.badLine == 0)
                f.badLine = line;
            f.types << QString();
            f.ids << QString();
            f.lastUpdated << QString();
            continue;
        }
        const QJsonObject o = doc.object();
        const QString type = o.value(QLatin1String("resourceType")).toString();
        const QString id = o.value(QLatin1String("id")).toString();
        f.types << type;
        f.ids << (id.isEmpty() ? QString() : type + QLatin1Char('/') + id);
        f.lastUpdated << o.value(QLatin1String("meta"))
                             .toObject()
                             .value(QLatin1String("lastUpdated"))
                             .toString();
        if (keepLines)
            f.lines << o;
    }
    return f;
}

void FileChecks::skipAll(ConformanceRun &run, const QStringList &ids, const QString &why,
                         const QList<quint64> &calls)
{
    for (const QString &id : ids)
        run.setResult(id, CheckResult::Outcome::Skipped, why, calls);
}

void FileChecks::completeExport(ConformanceRun &run, const QString &query, const ExportDone &done,
                                const Probe &changes, bool keepLines)
{
    auto x = std::make_shared<Export>();
    run.kickoff(
        query,
        [&run, x, done, keepLines](const CallRecord &k) {
            x->calls << k.id;
            x->kickoffCall = k;
            x->location = QUrl(QString::fromUtf8(k.responseHeader("Content-Location")));
            if (k.status != 202 || !absoluteHttp(x->location)) {
                done(x, tr("the kick-off answered %1 without an absolute Content-Location")
                            .arg(Judge::describe(k)));
                return;
            }
            run.waitForExport(x->location, [&run, x, done, keepLines](const CallRecord &last,
                                                                      bool timedOut) {
                x->calls << last.id;
                x->manifestCall = last;
                if (timedOut) {
                    const QByteArray progress = last.responseHeader("X-Progress");
                    done(x, tr("the export was still running when the maximum wait ran out%1")
                                .arg(progress.isEmpty() ? QString()
                                                        : tr(" (last X-Progress: %1)")
                                                              .arg(QString::fromUtf8(progress))));
                    return;
                }
                if (last.status == 202 && run.isCancelled()) {
                    done(x, tr("the run was stopped while the export was still running"));
                    return;
                }
                if (last.status != 200) {
                    done(x, tr("the export did not complete: the status answered %1")
                                .arg(Judge::describe(last)));
                    return;
                }
                QString why;
                x->manifest = Judge::object(last, &why);
                QString parseProblem;
                x->parsed = BulkManifest::parse(last.wholeBody(), &parseProblem);
                download(run, x, 0, keepLines, [x, done] { done(x, {}); });
            });
        },
        changes);
}

void FileChecks::download(ConformanceRun &run, const std::shared_ptr<Export> &x, int index,
                          bool keepLines, const Done &done)
{
    const QJsonArray output = x->manifest.value(QLatin1String("output")).toArray();
    if (index >= output.size()) {
        done();
        return;
    }
    const QUrl url(output.at(index).toObject().value(QLatin1String("url")).toString());
    if (!absoluteHttp(url)) {
        download(run, x, index + 1, keepLines, done);
        return;
    }
    Probe p;
    p.purpose = tr("Conformance: download an export file");
    p.path = url.toString();
    p.headers = {{"Accept", "application/fhir+ndjson"}};
    // The token goes along iff the manifest says so (absent: HAPI's practice, it is wanted).
    const QJsonValue needsToken = x->manifest.value(QLatin1String("requiresAccessToken"));
    p.token = needsToken.isBool() && !needsToken.toBool() ? Token::None : Token::Valid;
    run.send(p, [&run, x, index, keepLines, done](const CallRecord &r) {
        x->files << readLines(index, r, keepLines);
        download(run, x, index + 1, keepLines, done);
    });
}

// Two exports waited for and judged, then the passive step; the calls chain one after another,
// which keeps each step in one place although it runs long.
QList<ConformanceStep> FileChecks::steps(ConformanceRun &run)
{
    QList<ConformanceStep> steps;
    steps << ConformanceStep{
        kMainIds, [&run](const Done &done) {
            completeExport(
                run, {}, [&run, done](const std::shared_ptr<Export> &x, const QString &problem) {
                    if (!problem.isEmpty()) {
                        if (x->manifestCall.hasResponse() && x->manifestCall.status != 202)
                            run.judge(QStringLiteral("ig.status.complete-200-json"), {problem},
                                      x->calls);
                        skipAll(run, kMainIds, problem, x->calls);
                        done();
                        return;
                    }
                    judgeManifest(run, *x);
                    judgeFiles(run, *x);
                    // The token rule: the first file without a token.
                    const QJsonArray output = x->manifest.value(QLatin1String("output")).toArray();
                    const QUrl first(
                        output.isEmpty()
                            ? QString()
                            : output.at(0).toObject().value(QLatin1String("url")).toString());
                    const auto finish = [&run, x, done] {
                        // The completed export's DELETE: the IG's "done with the files" signal
                        // (MAY).
                        run.cancelExport(x->location, [&run, x, done](const CallRecord &del) {
                            Probe poll;
                            poll.purpose =
                                tr("Conformance: poll the completed export after its DELETE");
                            poll.path = x->location.toString();
                            poll.headers = {{"Accept", "application/json"}};
                            run.send(poll, [&run, del, done](const CallRecord &g) {
                                const QString id = QStringLiteral("ig.cancel.delete-completed");
                                if (del.status != 202)
                                    run.setResult(id, CheckResult::Outcome::Info,
                                                  tr("the DELETE of a completed export answered %1")
                                                      .arg(Judge::describe(del)),
                                                  {del.id, g.id});
                                else if (const QStringList p = g.status == 404
                                                                   ? Judge::outcomeJson(g)
                                                                   : Judge::status(g, {404});
                                         !p.isEmpty())
                                    // The MAY was taken, so the SHALL after a DELETE applies.
                                    run.setResult(id, CheckResult::Outcome::Fail,
                                                  tr("the DELETE was accepted, but then: %1")
                                                      .arg(p.join(QStringLiteral(", "))),
                                                  {del.id, g.id});
                                else
                                    run.judge(id, {}, {del.id, g.id},
                                              tr("accepted as the client's 'done' signal"));
                                done();
                            });
                        });
                    };
                    if (!absoluteHttp(first)) {
                        run.setResult(QStringLiteral("ig.files.token-rule"),
                                      CheckResult::Outcome::NotApplicable,
                                      tr("the manifest lists no file"), x->calls);
                        finish();
                        return;
                    }
                    Probe p;
                    p.purpose = tr("Conformance: download an export file without a token");
                    p.path = first.toString();
                    p.headers = {{"Accept", "application/fhir+ndjson"}};
                    p.token = Token::None;
                    run.send(p, [&run, x, finish](const CallRecord &r) {
                        const QJsonValue needsToken =
                            x->manifest.value(QLatin1String("requiresAccessToken"));
                        const bool needed = !needsToken.isBool() || needsToken.toBool();
                        run.judge(QStringLiteral("ig.files.token-rule"),
                                  needed ? Judge::refused(r) : Judge::status(r, {200}), {r.id});
                        finish();
                    });
                });
        }};
    steps << ConformanceStep{
        {QStringLiteral("ig.kickoff.type-applied")}, [&run](const Done &done) {
            completeExport(
                run, QStringLiteral("?_type=Patient"),
                [&run, done](const std::shared_ptr<Export> &x, const QString &problem) {
                    const QString id = QStringLiteral("ig.kickoff.type-applied");
                    if (!problem.isEmpty()) {
                        run.setResult(id, CheckResult::Outcome::Skipped, problem, x->calls);
                        done();
                        return;
                    }
                    QStringList problems;
                    QList<quint64> calls = x->calls;
                    for (const QJsonValue &o : x->manifest.value(QLatin1String("output")).toArray())
                        if (const QString t = o.toObject().value(QLatin1String("type")).toString();
                            t != QLatin1String("Patient"))
                            problems << tr("the manifest lists a %1 file").arg(t);
                    int foreign = 0;
                    for (const FileRead &f : x->files) {
                        calls << f.call.id;
                        foreign += int(
                            std::count_if(f.types.cbegin(), f.types.cend(), [](const QString &t) {
                                return t != QLatin1String("Patient");
                            }));
                    }
                    if (foreign > 0)
                        problems << tr("%n line(s) are not a Patient", nullptr, foreign);
                    run.judge(id, problems, calls);
                    run.cancelExport(x->location, [done](const CallRecord &) { done(); });
                });
        }};
    steps << passiveStep(run);
    return steps;
}

// Every field of the manifest the IG requires, one check each (a list; long on purpose).
void FileChecks::judgeManifest(ConformanceRun &run, const Export &x)
{
    const CallRecord &m = x.manifestCall;
    const QList<quint64> calls = {m.id};
    QStringList complete = Judge::status(m, {200});
    complete << Judge::contentType(m, "application/json");
    QString why;
    Judge::object(m, &why);
    if (!why.isEmpty())
        complete << why;
    run.judge(QStringLiteral("ig.status.complete-200-json"), complete, calls);
    run.judge(QStringLiteral("ig.status.expires-header"),
              m.hasResponseHeader("Expires") ? QStringList() : QStringList{tr("no Expires header")},
              calls);
    const QJsonObject &o = x.manifest;
    const QJsonValue tt = o.value(QLatin1String("transactionTime"));
    QStringList time;
    if (!tt.isString())
        time << tr("transactionTime is missing");
    else if (!QDateTime::fromString(tt.toString(), Qt::ISODateWithMs).isValid() ||
             !tt.toString().contains(QLatin1Char('T')))
        time << tr("transactionTime \"%1\" is not a FHIR instant").arg(tt.toString());
    run.judge(QStringLiteral("ig.manifest.transaction-time"), time, calls);
    QStringList request;
    const QJsonValue req = o.value(QLatin1String("request"));
    if (!req.isString() || req.toString().isEmpty())
        request << tr("request is missing");
    else if (!req.toString().contains(QLatin1String("$export")))
        request << tr("request \"%1\" is not the kick-off URL").arg(req.toString());
    run.judge(QStringLiteral("ig.manifest.request"), request, calls);
    run.judge(QStringLiteral("ig.manifest.requires-access-token"),
              o.value(QLatin1String("requiresAccessToken")).isBool()
                  ? QStringList()
                  : QStringList{tr("requiresAccessToken is missing or not a boolean")},
              calls);
    QStringList output, urls, counts;
    if (!o.value(QLatin1String("output")).isArray())
        output << tr("output is missing or not an array");
    const auto items = [&o](const char *key) { return o.value(QLatin1String(key)).toArray(); };
    for (const char *key : {"output", "error"}) {
        for (const QJsonValue &v : items(key)) {
            const QJsonObject item = v.toObject();
            const QString url = item.value(QLatin1String("url")).toString();
            // An item without a url is output-array's finding; here only the urls there are.
            if (item.value(QLatin1String("url")).isString() && !absoluteHttp(QUrl(url)))
                urls << tr("%1 url \"%2\" is not absolute").arg(QLatin1String(key), url);
            if (qstrcmp(key, "output") != 0)
                continue;
            if (!item.value(QLatin1String("type")).isString() ||
                !item.value(QLatin1String("url")).isString())
                output << tr("an output item lacks a string type or url");
            const QJsonValue count = item.value(QLatin1String("count"));
            if (!count.isUndefined() && (!count.isDouble() || count.toDouble() < 0 ||
                                         count.toDouble() != double(count.toInteger())))
                counts << tr("count of %1 is not a non-negative integer")
                              .arg(item.value(QLatin1String("type")).toString());
        }
    }
    run.judge(QStringLiteral("ig.manifest.output-array"), output, calls);
    run.judge(QStringLiteral("ig.manifest.output-url-absolute"), urls, calls);
    run.judge(QStringLiteral("ig.manifest.error-array"),
              o.value(QLatin1String("error")).isArray()
                  ? QStringList()
                  : QStringList{tr("error is missing or not an array (an empty one is expected)")},
              calls);
    run.judge(QStringLiteral("ig.manifest.count-number"), counts, calls);
}

void FileChecks::judgeFiles(ConformanceRun &run, const Export &x)
{
    const QJsonArray output = x.manifest.value(QLatin1String("output")).toArray();
    QStringList status, types, parses, matches, counts;
    QList<quint64> calls;
    bool anyCount = false;
    for (const FileRead &f : x.files) {
        calls << f.call.id;
        const QJsonObject item = output.at(f.index).toObject();
        const QString type = item.value(QLatin1String("type")).toString();
        const QString name = QStringLiteral("%1 (%2)").arg(type, f.call.url.toString());
        if (const QStringList p = Judge::status(f.call, {200}); !p.isEmpty()) {
            status << QStringLiteral("%1: %2").arg(name, p.join(QStringLiteral(", ")));
            continue;
        }
        if (f.call.cancelled || !f.call.transportErrorCode.isEmpty())
            status << tr("%1: the body did not arrive whole (%2)").arg(name, f.call.transportError);
        if (const QStringList p = Judge::contentType(f.call, "application/fhir+ndjson");
            !p.isEmpty())
            types << QStringLiteral("%1: %2").arg(name, p.join(QStringLiteral(", ")));
        if (f.badLine > 0)
            parses << tr("%1: line %2 is not a JSON object").arg(name).arg(f.badLine);
        const auto foreign =
            std::count_if(f.types.cbegin(), f.types.cend(),
                          [&type](const QString &t) { return !t.isEmpty() && t != type; });
        if (foreign > 0)
            matches
                << tr("%1: %n line(s) of another resourceType", nullptr, int(foreign)).arg(name);
        const QJsonValue count = item.value(QLatin1String("count"));
        if (count.isDouble()) {
            anyCount = true;
            if (count.toInteger() != f.types.size())
                counts << tr("%1: count %2, but %3 lines")
                              .arg(name)
                              .arg(count.toInteger())
                              .arg(f.types.size());
        }
    }
    if (x.files.isEmpty()) {
        for (const char *id :
             {"ig.files.status-200", "ig.files.content-type", "ig.files.ndjson-parses",
              "ig.files.resource-type-matches", "ig.files.count-matches"})
            run.setResult(QLatin1String(id), CheckResult::Outcome::NotApplicable,
                          tr("the manifest lists no file"), {x.manifestCall.id});
        return;
    }
    run.judge(QStringLiteral("ig.files.status-200"), status, calls);
    run.judge(QStringLiteral("ig.files.content-type"), types, calls);
    run.judge(QStringLiteral("ig.files.ndjson-parses"), parses, calls);
    run.judge(QStringLiteral("ig.files.resource-type-matches"), matches, calls);
    if (anyCount)
        run.judge(QStringLiteral("ig.files.count-matches"), counts, calls);
    else
        run.setResult(QStringLiteral("ig.files.count-matches"), CheckResult::Outcome::NotApplicable,
                      tr("the manifest gives no count"), calls);
}

ConformanceStep FileChecks::passiveStep(ConformanceRun &run)
{
    // Judged on every answer the run met: no call of its own.
    return {
        {QStringLiteral("vendor.500.operation-outcome"), QStringLiteral("ig.status.retry-after"),
         QStringLiteral("ig.status.x-progress-short")},
        [&run](const Done &done) {
            QStringList errors, retry, progress;
            QList<quint64> errorCalls, retryCalls, progressCalls;
            for (const CallRecord &r : run.seen()) {
                if (r.status == 500) {
                    errorCalls << r.id;
                    QStringList p = Judge::contentType(r, "application/fhir+json");
                    const auto outcome = OperationOutcome::fromJson(r.body);
                    if (!outcome || outcome->issues.isEmpty() ||
                        outcome->issues.constFirst().diagnostics.isEmpty())
                        p << tr("no OperationOutcome with diagnostics");
                    if (!p.isEmpty())
                        errors << tr("call %1: %2").arg(r.id).arg(p.join(QStringLiteral(", ")));
                }
                const bool statusPoll = r.method == "GET" && run.isStatusUrl(r.url);
                if ((r.status == 202 && statusPoll) || r.status == 429) {
                    retryCalls << r.id;
                    if (!r.hasResponseHeader("Retry-After"))
                        retry << (r.hasResponseHeader("X-RetryAfter")
                                      ? tr("call %1: X-RetryAfter (the vendor sample's header), "
                                           "no Retry-After")
                                            .arg(r.id)
                                      : tr("call %1: no Retry-After").arg(r.id));
                }
                if (r.status == 202 && statusPoll && r.hasResponseHeader("X-Progress")) {
                    progressCalls << r.id;
                    if (r.responseHeader("X-Progress").size() >= 100)
                        progress << tr("call %1: X-Progress has %2 characters")
                                        .arg(r.id)
                                        .arg(r.responseHeader("X-Progress").size());
                }
            }
            const auto judgeOrNa = [&run](const char *id, const QStringList &problems,
                                          const QList<quint64> &calls, const QString &none) {
                if (calls.isEmpty())
                    run.setResult(QLatin1String(id), CheckResult::Outcome::NotApplicable, none);
                else
                    run.judge(QLatin1String(id), problems, calls);
            };
            judgeOrNa("vendor.500.operation-outcome", errors, errorCalls,
                      tr("no 500 answer during the run"));
            judgeOrNa("ig.status.retry-after", retry, retryCalls,
                      tr("no in-progress or 429 status answer during the run"));
            judgeOrNa("ig.status.x-progress-short", progress, progressCalls,
                      tr("no X-Progress header during the run"));
            done();
        }};
}

ConformanceRun::Token FileChecks::fileToken(const Export &x)
{
    const QJsonValue needs = x.manifest.value(QLatin1String("requiresAccessToken"));
    return needs.isBool() && !needs.toBool() ? Token::None : Token::Valid;
}

void FileChecks::cancelThen(ConformanceRun &run, const Export &x, const Done &done)
{
    if (!absoluteHttp(x.location)) {
        done();
        return;
    }
    run.cancelExport(x.location, [done](const CallRecord &) { done(); });
}
