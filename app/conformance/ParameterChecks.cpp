#include "ParameterChecks.h"

#include "app/conformance/DeletedChecks.h"
#include "app/conformance/Judge.h"

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
                run.judge(kVersions, Judge::firstFew(twice), callsOf(*x));
            const QJsonArray output = x->manifest.value(QLatin1String("output")).toArray();
            const QUrl first(output.isEmpty()
                                 ? QString()
                                 : output.at(0).toObject().value(QLatin1String("url")).toString());
            if (!absoluteHttp(first)) {
                run.setResult(kFileError, CheckResult::Outcome::NotApplicable,
                              tr("the manifest lists no file"), x->calls);
                FileChecks::cancelThen(run, *x, done);
                return;
            }
            Probe p;
            p.purpose = tr("Conformance: download a file that does not exist");
            p.path = alteredFile(first).toString();
            p.headers = {{"Accept", "application/fhir+ndjson"}};
            p.token = FileChecks::fileToken(*x);
            run.send(p, [&run, x, done](const CallRecord &r) {
                QStringList problems;
                if (!r.hasResponse() || *r.status < 400)
                    problems
                        << tr("answered %1, expected a 4xx or 5xx error").arg(Judge::describe(r));
                run.judge(kFileError, problems, {r.id});
                FileChecks::cancelThen(run, *x, done);
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
                            FileChecks::cancelThen(run, *x, done);
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
                        FileChecks::cancelThen(run, *x, done);
                    });
            }};
}

// Three exports chained (none, one filter, two filters) and judged together: the chain keeps the
// step in one place although it runs long.
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
                        FileChecks::cancelThen(run, *x, done);
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
                    FileChecks::cancelThen(run, *x, [&run, once, eitherGender, done] {
                        FileChecks::completeExport(
                            run, once + QStringLiteral("&_typeFilter=Patient%3Fgender%3Dmale"),
                            [&run, eitherGender, done](const ExportPtr &y, const QString &why) {
                                if (!why.isEmpty()) {
                                    notCompleted(run, kFilterRepeated, *y, why);
                                    FileChecks::cancelThen(run, *y, done);
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
                                FileChecks::cancelThen(run, *y, done);
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
    // The same export carries the manifest's `deleted` checks (DeletedChecks).
    return {{kSince, DeletedChecks::kDeleted, DeletedChecks::kWithSince},
            [this, &run](const Done &done) {
                if (needsGroundTruth(
                        run, {kSince, DeletedChecks::kDeleted, DeletedChecks::kWithSince})) {
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
                            FileChecks::cancelThen(run, *x, done);
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
                        DeletedChecks::judge(run, x, median.second, [&run, x, done] {
                            FileChecks::cancelThen(run, *x, done);
                        });
                    });
            }};
}
