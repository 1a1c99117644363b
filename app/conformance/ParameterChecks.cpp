#include "ParameterChecks.h"

#include "app/conformance/Judge.h"
#include "app/fhir/OperationOutcome.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

using Token = ConformanceRun::Token;
using Probe = ConformanceRun::Probe;
using Done = std::function<void()>;
using Export = FileChecks::Export;
using ExportPtr = std::shared_ptr<Export>;

namespace {

const QString kVersions = QStringLiteral("ig.files.latest-version-only");
const QString kFileError = QStringLiteral("ig.files.unknown-file-error");
const QString kTypeRepeated = QStringLiteral("ig.kickoff.type-repeated");
const QString kFilter = QStringLiteral("ig.kickoff.typefilter-applied");
const QString kFilterRepeated = QStringLiteral("ig.kickoff.typefilter-repeated");
const QString kSince = QStringLiteral("ig.kickoff.since-applied");
const QString kLenient = QStringLiteral("ig.kickoff.lenient-handling");
const QString kErrorFiles = QStringLiteral("ig.files.error-files-outcome");
const QString kCancelToken = QStringLiteral("ig.cancel.requires-token");

bool absoluteHttp(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// The files' calls and the export's own: the evidence of a check on an export.
QList<quint64> callsOf(const Export &x)
{
    QList<quint64> calls = x.calls;
    for (const FileChecks::FileRead &f : x.files)
        calls << f.call.id;
    return calls;
}

QSet<QString> outputTypes(const Export &x)
{
    QSet<QString> types;
    for (const QJsonValue &o : x.manifest.value(QLatin1String("output")).toArray())
        types.insert(o.toObject().value(QLatin1String("type")).toString());
    return types;
}

QSet<QString> lineTypes(const Export &x)
{
    QSet<QString> types;
    for (const FileChecks::FileRead &f : x.files)
        for (const QString &t : f.types)
            if (!t.isEmpty())
                types.insert(t);
    return types;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

// A problem list kept readable: the first few, then how many more.
QStringList firstFew(QStringList problems)
{
    constexpr qsizetype kMax = 5;
    if (problems.size() <= kMax)
        return problems;
    const qsizetype more = problems.size() - kMax;
    problems.resize(kMax);
    problems << ParameterChecks::tr("and %n more", nullptr, int(more));
    return problems;
}

// The token a file request carries: the manifest's requiresAccessToken (absent: wanted).
Token fileToken(const Export &x)
{
    const QJsonValue needs = x.manifest.value(QLatin1String("requiresAccessToken"));
    return needs.isBool() && !needs.toBool() ? Token::None : Token::Valid;
}

// The kick-off of an export that did not complete was refused (rather than timing out).
bool refused(const Export &x)
{
    return x.kickoffCall.hasResponse() && *x.kickoffCall.status >= 400;
}

// A check on an export that did not complete: a refused kick-off fails it (the server would not
// take the parameters it must take), anything else skips it with the reason.
void notCompleted(ConformanceRun &run, const QString &id, const Export &x, const QString &problem)
{
    if (refused(x))
        run.judge(id, {problem}, x.calls);
    else
        run.setResult(id, CheckResult::Outcome::Skipped, problem, x.calls);
}

void cancelThen(ConformanceRun &run, const Export &x, const Done &done)
{
    if (!absoluteHttp(x.location)) {
        done();
        return;
    }
    run.cancelExport(x.location, [done](const CallRecord &) { done(); });
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
        state->problems << ParameterChecks::tr(
                               "error item %1 has type \"%2\", not OperationOutcome")
                               .arg(index + 1)
                               .arg(type);
    if (!absoluteHttp(url)) {
        readErrorFiles(run, x, index + 1, state, done);
        return;
    }
    Probe p;
    p.purpose = ParameterChecks::tr("Conformance: download an error file of the manifest");
    p.path = url.toString();
    p.headers = {{"Accept", "application/fhir+ndjson"}};
    p.token = fileToken(*x);
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
                state->problems << ParameterChecks::tr("%1: %n line(s) are not an OperationOutcome",
                                                       nullptr, int(other))
                                       .arg(r.url.toString());
        }
        readErrorFiles(run, x, index + 1, state, done);
    });
}

} // namespace

QUrl ParameterChecks::alteredFile(const QUrl &fileUrl)
{
    QStringList segments = fileUrl.path().split(QLatin1Char('/'));
    bool changed = false;
    for (qsizetype i = segments.size() - 1; i >= 0 && !changed; --i) {
        QString &s = segments[i];
        for (qsizetype c = 0; c < s.size(); ++c) {
            if (s.at(c).isDigit()) {
                s[c] = s.at(c) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
                changed = true;
                break;
            }
        }
    }
    if (!changed && !segments.isEmpty())
        segments.last() += QStringLiteral("fbx0");
    QUrl url = fileUrl;
    url.setPath(segments.join(QLatin1Char('/')));
    return url;
}

QList<ConformanceStep> ParameterChecks::steps(ConformanceRun &run)
{
    QList<ConformanceStep> steps = {groundTruthStep(run), typeRepeatedStep(run),
                                    typeFilterStep(run), sinceStep(run)};
    // These four compare with the export without parameters: whichever of them runs first
    // makes it (a run with --only may select any of them).
    for (ConformanceStep &step : steps) {
        const auto inner = step.run;
        step.run = [this, &run, inner](const Done &done) {
            withGroundTruth(run, [inner, done] { inner(done); });
        };
    }
    steps << lenientStep(run) << cancelTokenStep(run);
    return steps;
}

void ParameterChecks::withGroundTruth(ConformanceRun &run, const Done &then)
{
    if (m_full || !m_fullProblem.isEmpty()) {
        then();
        return;
    }
    FileChecks::completeExport(
        run, {},
        [this, then](const ExportPtr &x, const QString &problem) {
            if (problem.isEmpty())
                m_full = x;
            else
                m_fullProblem = problem;
            then();
        },
        Probe(), true);
}

bool ParameterChecks::needsGroundTruth(ConformanceRun &run, const QStringList &ids) const
{
    if (m_full)
        return false;
    for (const QString &id : ids)
        run.setResult(id, CheckResult::Outcome::Skipped,
                      m_fullProblem.isEmpty()
                          ? tr("needs the export without parameters, which was not run")
                          : tr("needs the export without parameters: %1").arg(m_fullProblem));
    return true;
}

ConformanceStep ParameterChecks::groundTruthStep(ConformanceRun &run)
{
    // The export without parameters: one version per resource, a missing file refused; kept
    // for the steps after it.
    return {
        {kVersions, kFileError}, [this, &run](const Done &done) {
            if (needsGroundTruth(run, {kVersions, kFileError})) {
                done();
                return;
            }
            const ExportPtr x = m_full;
            QHash<QString, int> seen;
            QStringList twice;
            for (const FileChecks::FileRead &f : x->files)
                for (const QString &id : f.ids)
                    if (!id.isEmpty() && ++seen[id] == 2)
                        twice << tr("%1 is in the files more than once").arg(id);
            if (x->files.isEmpty())
                run.setResult(kVersions, CheckResult::Outcome::NotApplicable,
                              tr("the manifest lists no file"), x->calls);
            else
                run.judge(kVersions, firstFew(twice), callsOf(*x));
            const QJsonArray output = x->manifest.value(QLatin1String("output")).toArray();
            const QUrl first(output.isEmpty()
                                 ? QString()
                                 : output.at(0).toObject().value(QLatin1String("url")).toString());
            if (!absoluteHttp(first)) {
                run.setResult(kFileError, CheckResult::Outcome::NotApplicable,
                              tr("the manifest lists no file"), x->calls);
                cancelThen(run, *x, done);
                return;
            }
            Probe p;
            p.purpose = tr("Conformance: download a file that does not exist");
            p.path = alteredFile(first).toString();
            p.headers = {{"Accept", "application/fhir+ndjson"}};
            p.token = fileToken(*x);
            run.send(p, [&run, x, done](const CallRecord &r) {
                QStringList problems;
                if (!r.hasResponse() || *r.status < 400)
                    problems
                        << tr("answered %1, expected a 4xx or 5xx error").arg(Judge::describe(r));
                run.judge(kFileError, problems, {r.id});
                cancelThen(run, *x, done);
            });
        }};
}

ConformanceStep ParameterChecks::typeRepeatedStep(ConformanceRun &run)
{
    return {{kTypeRepeated}, [this, &run](const Done &done) {
                if (needsGroundTruth(run, {kTypeRepeated})) {
                    done();
                    return;
                }
                // What a correct server exports: Patient and Observation as far as it has them.
                const QSet<QString> expected =
                    outputTypes(*m_full) &
                    QSet<QString>{QStringLiteral("Patient"), QStringLiteral("Observation")};
                if (expected.isEmpty()) {
                    run.setResult(kTypeRepeated, CheckResult::Outcome::NotApplicable,
                                  tr("the export without _type has neither Patient nor "
                                     "Observation files"),
                                  m_full->calls);
                    done();
                    return;
                }
                FileChecks::completeExport(
                    run, QStringLiteral("?_type=Patient&_type=Observation"),
                    [&run, expected, done](const ExportPtr &x, const QString &problem) {
                        if (!problem.isEmpty()) {
                            notCompleted(run, kTypeRepeated, *x, problem);
                            cancelThen(run, *x, done);
                            return;
                        }
                        const QSet<QString> got = outputTypes(*x) | lineTypes(*x);
                        QStringList problems;
                        for (const QString &t : sorted(got - expected))
                            problems << tr("%1 was exported, but not asked for").arg(t);
                        for (const QString &t : sorted(expected - got))
                            problems << tr("no %1, although the export without _type has it (only "
                                           "one of the repeated values applied?)")
                                            .arg(t);
                        run.judge(kTypeRepeated, problems, callsOf(*x));
                        cancelThen(run, *x, done);
                    });
            }};
}

ConformanceStep ParameterChecks::typeFilterStep(ConformanceRun &run)
{
    // _typeFilter=Patient?gender=female, then repeated with Patient?gender=male (an OR): the
    // Patients of the export without parameters say which ids each must hold.
    return {
        {kFilter, kFilterRepeated}, [this, &run](const Done &done) {
            if (needsGroundTruth(run, {kFilter, kFilterRepeated})) {
                done();
                return;
            }
            QSet<QString> eitherGender;
            for (const FileChecks::FileRead &f : m_full->files)
                for (const QJsonObject &o : f.lines) {
                    const QString g = o.value(QLatin1String("gender")).toString();
                    if (o.value(QLatin1String("resourceType")).toString() ==
                            QLatin1String("Patient") &&
                        (g == QLatin1String("female") || g == QLatin1String("male")))
                        eitherGender.insert(o.value(QLatin1String("id")).toString());
                }
            const QString once =
                QStringLiteral("?_type=Patient&_typeFilter=Patient%3Fgender%3Dfemale");
            FileChecks::completeExport(
                run, once,
                [&run, once, eitherGender, done](const ExportPtr &x, const QString &problem) {
                    if (!problem.isEmpty()) {
                        // _typeFilter is optional for a server; refusing it is allowed.
                        for (const QString &id : {kFilter, kFilterRepeated})
                            if (refused(*x))
                                run.setResult(id, CheckResult::Outcome::NotApplicable,
                                              tr("the server refuses _typeFilter (%1)")
                                                  .arg(Judge::describe(x->kickoffCall)),
                                              x->calls);
                            else
                                run.setResult(id, CheckResult::Outcome::Skipped, problem, x->calls);
                        cancelThen(run, *x, done);
                        return;
                    }
                    // Only the Patients: whether other types come is _type's business.
                    int wrong = 0;
                    for (const FileChecks::FileRead &f : x->files)
                        for (const QJsonObject &o : f.lines)
                            wrong += o.value(QLatin1String("resourceType")).toString() ==
                                         QLatin1String("Patient") &&
                                     o.value(QLatin1String("gender")).toString() !=
                                         QLatin1String("female");
                    run.judge(kFilter,
                              wrong > 0
                                  ? QStringList{tr("%n Patient(s) are not female", nullptr, wrong)}
                                  : QStringList(),
                              callsOf(*x));
                    cancelThen(run, *x, [&run, once, eitherGender, done] {
                        FileChecks::completeExport(
                            run, once + QStringLiteral("&_typeFilter=Patient%3Fgender%3Dmale"),
                            [&run, eitherGender, done](const ExportPtr &y, const QString &why) {
                                if (!why.isEmpty()) {
                                    notCompleted(run, kFilterRepeated, *y, why);
                                    cancelThen(run, *y, done);
                                    return;
                                }
                                QSet<QString> got;
                                for (const FileChecks::FileRead &f : y->files)
                                    for (const QJsonObject &o : f.lines)
                                        if (o.value(QLatin1String("resourceType")) ==
                                            QLatin1String("Patient"))
                                            got.insert(o.value(QLatin1String("id")).toString());
                                QStringList problems;
                                if (const auto missing = (eitherGender - got).size())
                                    problems << tr("%n Patient(s) of either filter missing "
                                                   "(only one of the repeated values "
                                                   "applied?)",
                                                   nullptr, int(missing));
                                if (const auto extra = (got - eitherGender).size())
                                    problems << tr("%n Patient(s) matching neither filter", nullptr,
                                                   int(extra));
                                run.judge(kFilterRepeated, problems, callsOf(*y));
                                cancelThen(run, *y, done);
                            },
                            Probe(), true);
                    });
                },
                Probe(), true);
        }};
}

ConformanceStep ParameterChecks::sinceStep(ConformanceRun &run)
{
    // _since at the median lastUpdated of the export without it: no resource updated before it
    // may come back (Patients aside: a Group export MAY include referenced resources).
    return {{kSince}, [this, &run](const Done &done) {
                if (needsGroundTruth(run, {kSince})) {
                    done();
                    return;
                }
                QList<QPair<QDateTime, QString>> times;
                for (const FileChecks::FileRead &f : m_full->files)
                    for (qsizetype i = 0; i < f.lastUpdated.size(); ++i) {
                        const QDateTime t =
                            QDateTime::fromString(f.lastUpdated.at(i), Qt::ISODateWithMs);
                        if (t.isValid() && f.types.value(i) != QLatin1String("Patient"))
                            times.append({t, f.lastUpdated.at(i)});
                    }
                if (times.size() < 2) {
                    run.setResult(kSince, CheckResult::Outcome::NotApplicable,
                                  tr("the export's resources carry no meta.lastUpdated"),
                                  m_full->calls);
                    done();
                    return;
                }
                std::sort(times.begin(), times.end(),
                          [](const auto &a, const auto &b) { return a.first < b.first; });
                const auto median = times.at(times.size() / 2);
                const QString query =
                    QStringLiteral("?_since=") +
                    QString::fromLatin1(QUrl::toPercentEncoding(median.second, QByteArray(), "+:"));
                FileChecks::completeExport(
                    run, query, [&run, median, done](const ExportPtr &x, const QString &problem) {
                        if (!problem.isEmpty()) {
                            notCompleted(run, kSince, *x, problem);
                            cancelThen(run, *x, done);
                            return;
                        }
                        int older = 0;
                        for (const FileChecks::FileRead &f : x->files)
                            for (qsizetype i = 0; i < f.lastUpdated.size(); ++i) {
                                const QDateTime t =
                                    QDateTime::fromString(f.lastUpdated.at(i), Qt::ISODateWithMs);
                                older += t.isValid() && t < median.first &&
                                         f.types.value(i) != QLatin1String("Patient");
                            }
                        run.judge(kSince,
                                  older > 0 ? QStringList{tr("%n resource(s) last updated before "
                                                             "_since=%1",
                                                             nullptr, older)
                                                              .arg(median.second)}
                                            : QStringList(),
                                  callsOf(*x),
                                  tr("_since=%1 (the median lastUpdated of the export without it)")
                                      .arg(median.second));
                        cancelThen(run, *x, done);
                    });
            }};
}

ConformanceStep ParameterChecks::lenientStep(ConformanceRun &run)
{
    // An unsupported parameter under Prefer: handling=lenient: processed (MAY) or refused with
    // an OperationOutcome; when processed and the slow checks run, the partial success's error
    // files are read.
    return {
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
                            cancelThen(run, x, done);
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
                        cancelThen(run, *x, done);
                        return;
                    }
                    judgeErrorFiles(run, x, [&run, x, done] { cancelThen(run, *x, done); });
                },
                lenient);
        }};
}

void ParameterChecks::judgeErrorFiles(ConformanceRun &run, const ExportPtr &x, const Done &done)
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
        run.judge(kErrorFiles, firstFew(state->problems), state->calls);
        done();
    });
}

ConformanceStep ParameterChecks::cancelTokenStep(ConformanceRun &run)
{
    // DELETE without a token must be refused like the kick-off; then the export is cancelled
    // with the token.
    return {{kCancelToken}, [&run](const Done &done) {
                run.kickoff({}, [&run, done](const CallRecord &k) {
                    const QUrl location(QString::fromUtf8(k.responseHeader("Content-Location")));
                    if (k.status != 202 || !absoluteHttp(location)) {
                        run.setResult(kCancelToken, CheckResult::Outcome::Skipped,
                                      tr("the kick-off answered %1 without an absolute "
                                         "Content-Location")
                                          .arg(Judge::describe(k)),
                                      {k.id});
                        done();
                        return;
                    }
                    Probe del;
                    del.purpose = tr("Conformance: cancel an export without a token");
                    del.method = "DELETE";
                    del.path = location.toString();
                    del.token = Token::None;
                    run.send(del, [&run, k, location, done](const CallRecord &r) {
                        const QStringList problems = Judge::refused(r);
                        run.cancelExport(location,
                                         [&run, k, r, problems, done](const CallRecord &c) {
                                             run.judge(kCancelToken, problems, {k.id, r.id, c.id});
                                             done();
                                         });
                    });
                });
            }};
}
