#include "LenientChecks.h"

#include "app/conformance/Judge.h"

#include <QJsonArray>
#include <algorithm>

using Probe = ConformanceRun::Probe;
using Done = std::function<void()>;
using Export = FileChecks::Export;
using ExportPtr = std::shared_ptr<Export>;

namespace {

const QString kLenient = QStringLiteral("ig.kickoff.lenient-handling");
const QString kErrorFiles = QStringLiteral("ig.files.error-files-outcome");

bool absoluteHttp(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// The error files of a manifest, read one after another: every item is of type
// OperationOutcome and every line of its file is one.
struct ErrorFiles
{
    QStringList problems;
    QList<quint64> calls;
};
void readErrorFiles(ConformanceRun &run, const ExportPtr &x, int index,
                    const std::shared_ptr<ErrorFiles> &state, const Done &done)
{
    const QJsonArray errors = x->manifest.value(QLatin1String("error")).toArray();
    if (index >= errors.size()) {
        done();
        return;
    }
    const QJsonObject item = errors.at(index).toObject();
    const QString type = item.value(QLatin1String("type")).toString();
    const QUrl url(item.value(QLatin1String("url")).toString());
    if (type != QLatin1String("OperationOutcome"))
        state->problems << LenientChecks::tr("error item %1 has type \"%2\", not OperationOutcome")
                               .arg(index + 1)
                               .arg(type);
    if (!absoluteHttp(url)) {
        readErrorFiles(run, x, index + 1, state, done);
        return;
    }
    Probe p;
    p.purpose = LenientChecks::tr("Conformance: download an error file of the manifest");
    p.path = url.toString();
    p.headers = {{"Accept", "application/fhir+ndjson"}};
    p.token = FileChecks::fileToken(*x);
    run.send(p, [&run, x, index, state, done](const CallRecord &r) {
        state->calls << r.id;
        if (const QStringList s = Judge::status(r, {200}); !s.isEmpty()) {
            state->problems << QStringLiteral("%1: %2").arg(r.url.toString(),
                                                            s.join(QStringLiteral(", ")));
        } else {
            const FileChecks::FileRead f = FileChecks::readLines(index, r);
            const auto other =
                std::count_if(f.types.cbegin(), f.types.cend(), [](const QString &t) {
                    return t != QLatin1String("OperationOutcome");
                });
            if (other > 0)
                state->problems << LenientChecks::tr("%1: %n line(s) are not an OperationOutcome",
                                                     nullptr, int(other))
                                       .arg(r.url.toString());
        }
        readErrorFiles(run, x, index + 1, state, done);
    });
}

} // namespace

QList<ConformanceStep> LenientChecks::steps(ConformanceRun &run)
{
    // An unsupported parameter under Prefer: handling=lenient: processed (MAY) or refused with
    // an OperationOutcome; when processed and the slow checks run, the partial success's error
    // files are read.
    return {ConformanceStep{
        {kLenient, kErrorFiles}, [&run](const Done &done) {
            Probe lenient;
            lenient.purpose = tr("Conformance: export kick-off with handling=lenient");
            lenient.headers = {{"Prefer", "respond-async, handling=lenient"}};
            const QString query = QStringLiteral("?_type=Patient&fbx-conform-unsupported=1");
            const auto judgeKickoff = [&run](const CallRecord &k) {
                if (k.status == 202) {
                    run.judge(kLenient, {}, {k.id}, tr("the unsupported parameter was ignored"));
                } else if (k.hasResponse() && *k.status >= 400 && Judge::outcomeJson(k).isEmpty()) {
                    run.setResult(kLenient, CheckResult::Outcome::Info,
                                  tr("refused with %1 and an OperationOutcome: lenient "
                                     "handling not offered")
                                      .arg(*k.status),
                                  {k.id});
                } else {
                    QStringList problems = Judge::outcomeJson(k);
                    if (!k.hasResponse() || *k.status < 400)
                        problems = {tr("answered %1").arg(Judge::describe(k))};
                    run.setResult(kLenient, CheckResult::Outcome::Fail,
                                  problems.join(QStringLiteral("; ")), {k.id});
                }
            };
            if (!run.options().includeSlow) {
                run.kickoff(
                    query,
                    [&run, judgeKickoff, done](const CallRecord &k) {
                        judgeKickoff(k);
                        Export x;
                        x.location = QUrl(QString::fromUtf8(k.responseHeader("Content-Location")));
                        if (k.status == 202)
                            FileChecks::cancelThen(run, x, done);
                        else
                            done();
                    },
                    lenient);
                return;
            }
            FileChecks::completeExport(
                run, query,
                [&run, judgeKickoff, done](const ExportPtr &x, const QString &problem) {
                    judgeKickoff(x->kickoffCall);
                    if (x->kickoffCall.status != 202) {
                        run.setResult(kErrorFiles, CheckResult::Outcome::NotApplicable,
                                      tr("the lenient kick-off was refused"), x->calls);
                        done();
                        return;
                    }
                    if (!problem.isEmpty()) {
                        run.setResult(kErrorFiles, CheckResult::Outcome::Skipped, problem,
                                      x->calls);
                        FileChecks::cancelThen(run, *x, done);
                        return;
                    }
                    judgeErrorFiles(run, x,
                                    [&run, x, done] { FileChecks::cancelThen(run, *x, done); });
                },
                lenient);
        }}};
}

void LenientChecks::judgeErrorFiles(ConformanceRun &run, const ExportPtr &x, const Done &done)
{
    const QJsonValue errors = x->manifest.value(QLatin1String("error"));
    if (!errors.isArray() || errors.toArray().isEmpty()) {
        run.setResult(kErrorFiles, CheckResult::Outcome::NotApplicable,
                      tr("the manifest lists no error file (nothing to report)"), x->calls);
        done();
        return;
    }
    auto state = std::make_shared<ErrorFiles>();
    state->calls = x->calls;
    readErrorFiles(run, x, 0, state, [&run, state, done] {
        run.judge(kErrorFiles, Judge::firstFew(state->problems), state->calls);
        done();
    });
}
