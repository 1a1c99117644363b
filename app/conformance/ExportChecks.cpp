#include "ExportChecks.h"

#include "app/conformance/Judge.h"
#include "app/fhir/OperationOutcome.h"

#include <QDateTime>
#include <QSet>

using Token = ConformanceRun::Token;
using Probe = ConformanceRun::Probe;
using Done = std::function<void()>;

namespace {

QUrl locationOf(const CallRecord &r)
{
    return QUrl(QString::fromUtf8(r.responseHeader("Content-Location")));
}

bool absoluteHttp(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// A kick-off that should answer 202: its problems, and its export cancelled at once.
void accepted(ConformanceRun &run, const QString &query,
              const std::function<void(const QStringList &, const QList<quint64> &)> &then,
              const Probe &changes = Probe())
{
    run.kickoff(
        query,
        [&run, then](const CallRecord &r) {
            QStringList problems = Judge::status(r, {202});
            const QUrl location = locationOf(r);
            if (r.status == 202 && !absoluteHttp(location))
                problems << ExportChecks::tr("no absolute Content-Location to poll");
            if (r.status != 202 || !absoluteHttp(location)) {
                then(problems, {r.id});
                return;
            }
            run.cancelExport(location, [then, r, problems](const CallRecord &del) {
                then(problems, {r.id, del.id});
            });
        },
        changes);
}

// A kick-off that should be refused with an OperationOutcome; a 202 is cancelled. `onAccepted`
// names what a 202 means for the check (empty: the check fails).
void refusedWithOutcome(ConformanceRun &run, const QString &path, const QString &query,
                        const std::function<void(const CallRecord &r, QList<quint64> calls)> &then)
{
    Probe p;
    p.path = path.isEmpty() ? QString() : path + query;
    run.kickoff(
        query,
        [&run, then](const CallRecord &r) {
            const QUrl location = locationOf(r);
            if (r.status == 202 && absoluteHttp(location))
                run.cancelExport(location, [then, r](const CallRecord &del) {
                    then(r, {r.id, del.id});
                });
            else
                then(r, {r.id});
        },
        p);
}

QStringList errorOutcome(const CallRecord &r)
{
    if (r.hasResponse() && *r.status >= 400)
        return Judge::outcomeJson(r);
    return {ExportChecks::tr("answered %1, expected a 4xx or 5xx error").arg(Judge::describe(r))};
}

} // namespace

QUrl ExportChecks::alteredJob(const QUrl &statusUrl)
{
    QString text = statusUrl.toString();
    int end = int(text.size());
    while (end > 0 && !QChar(text.at(end - 1)).isLetterOrNumber())
        --end;
    int changed = 0;
    for (int i = end - 1; i >= 0 && changed < 4; --i) {
        const QChar c = text.at(i);
        if (!(c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'))))
            break;
        text[i] = c == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        ++changed;
    }
    if (changed == 0)
        text.insert(end, QStringLiteral("fbx0"));
    return QUrl(text);
}

QList<ConformanceStep> ExportChecks::steps(ConformanceRun &run)
{
    QList<ConformanceStep> steps = kickoffSteps(run);
    steps << probeSteps(run) << cancelTokenStep(run);
    return steps;
}

// A list of kick-off steps (each a call or two and its cancel): long as a whole.
QList<ConformanceStep> ExportChecks::kickoffSteps(ConformanceRun &run)
{
    QList<ConformanceStep> steps;
    const QList<QPair<const char *, const char *>> formats = {
        {"ig.kickoff.output-format.fhir-ndjson", "application%2Ffhir%2Bndjson"},
        {"ig.kickoff.output-format.application-ndjson", "application%2Fndjson"},
        {"ig.kickoff.output-format.ndjson", "ndjson"}};
    for (const auto &f : formats) {
        const QString id = QLatin1String(f.first);
        const QString query = QStringLiteral("?_outputFormat=") + QLatin1String(f.second);
        steps << ConformanceStep{{id}, [&run, id, query](const Done &done) {
                                     accepted(run, query,
                                              [&run, id, done](const QStringList &problems,
                                                               const QList<quint64> &calls) {
                                                  run.judge(id, problems, calls);
                                                  done();
                                              });
                                 }};
    }
    steps << ConformanceStep{
        {QStringLiteral("ig.kickoff.since-accepted")}, [&run](const Done &done) {
            // The second instant has a '+' that must arrive as one (sent encoded as %2B).
            const QString first = QStringLiteral("?_since=2020-01-01T00%3A00%3A00Z");
            const QString second = QStringLiteral("?_since=2020-01-01T00%3A00%3A00.000%2B01%3A00");
            accepted(
                run, first, [&run, second, done](const QStringList &p1, const QList<quint64> &c1) {
                    accepted(
                        run, second,
                        [&run, p1, c1, done](const QStringList &p2, const QList<quint64> &c2) {
                            QStringList problems;
                            for (const QString &p : p1)
                                problems << QStringLiteral("_since=2020-01-01T00:00:00Z: ") + p;
                            for (const QString &p : p2)
                                problems
                                    << QStringLiteral("_since=2020-01-01T00:00:00.000+01:00: ") + p;
                            run.judge(QStringLiteral("ig.kickoff.since-accepted"), problems,
                                      c1 + c2);
                            done();
                        });
                });
        }};
    steps << ConformanceStep{
        {QStringLiteral("ig.kickoff.post-parameters")}, [&run](const Done &done) {
            Probe p;
            p.purpose = tr("Conformance: export kick-off with POST and Parameters");
            p.method = "POST";
            p.body =
                R"({"resourceType":"Parameters","parameter":[{"name":"_type","valueString":"Patient"}]})";
            p.headers = {{"Content-Type", "application/fhir+json"}};
            run.kickoff(
                {},
                [&run, done](const CallRecord &r) {
                    const QString id = QStringLiteral("ig.kickoff.post-parameters");
                    const QUrl location = locationOf(r);
                    if (r.status == 202 && absoluteHttp(location)) {
                        run.cancelExport(location, [&run, id, r, done](const CallRecord &del) {
                            run.judge(id, {}, {r.id, del.id}, tr("POST kick-off supported"));
                            done();
                        });
                        return;
                    }
                    if (errorOutcome(r).isEmpty())
                        run.setResult(id, CheckResult::Outcome::Info,
                                      tr("POST kick-off not supported (refused with %1 and an "
                                         "OperationOutcome)")
                                          .arg(*r.status),
                                      {r.id});
                    else
                        run.setResult(id, CheckResult::Outcome::Fail,
                                      errorOutcome(r).join(QStringLiteral("; ")), {r.id});
                    done();
                },
                p);
        }};
    steps << ConformanceStep{
        {QStringLiteral("ig.kickoff.error-operationoutcome")}, [&run](const Done &done) {
            refusedWithOutcome(
                run, {}, QStringLiteral("?_outputFormat=text%2Fcsv"),
                [&run, done](const CallRecord &r, const QList<quint64> &calls) {
                    const QString id = QStringLiteral("ig.kickoff.error-operationoutcome");
                    if (r.status == 202)
                        run.setResult(id, CheckResult::Outcome::NotApplicable,
                                      tr("the server accepts _outputFormat=text/csv"), calls);
                    else
                        run.judge(id, errorOutcome(r), calls);
                    done();
                });
        }};
    steps << ConformanceStep{
        {QStringLiteral("ig.kickoff.unknown-group-404")}, [&run](const Done &done) {
            const QString path = QStringLiteral("Group/fbx-no-such-group-%1/$export")
                                     .arg(QDateTime::currentMSecsSinceEpoch());
            refusedWithOutcome(
                run, path, {}, [&run, done](const CallRecord &r, const QList<quint64> &calls) {
                    QStringList problems = errorOutcome(r);
                    if (r.hasResponse() && (*r.status < 400 || *r.status >= 500))
                        problems << tr("answered %1, expected a 4xx").arg(*r.status);
                    run.judge(QStringLiteral("ig.kickoff.unknown-group-404"), problems, calls);
                    done();
                });
        }};
    steps << ConformanceStep{
        {QStringLiteral("ig.kickoff.unsupported-refused-with-outcome")}, [&run](const Done &done) {
            const QString id = QStringLiteral("ig.kickoff.unsupported-refused-with-outcome");
            const QStringList queries = {
                QStringLiteral("?_type=Practitioner"),
                QStringLiteral("?_type=Patient&_typeFilter=Patient%3Ffbx-unknown-param%3D1"),
                QStringLiteral("?includeAssociatedData=LatestProvenanceResources")};
            struct State
            {
                QStringList warnings, failures;
                QList<quint64> calls;
                qsizetype next = 0;
            };
            auto state = std::make_shared<State>();
            auto step = std::make_shared<std::function<void()>>();
            // The step holds itself weakly; the call under way holds it strongly.
            const std::weak_ptr<std::function<void()>> self = step;
            *step = [&run, id, queries, state, self, done] {
                if (state->next == queries.size()) {
                    if (!state->failures.isEmpty())
                        run.setResult(
                            id, CheckResult::Outcome::Fail,
                            (state->failures + state->warnings).join(QStringLiteral("; ")),
                            state->calls);
                    else
                        run.judge(id, state->warnings, state->calls);
                    done();
                    return;
                }
                const QString query = queries.at(state->next++);
                refusedWithOutcome(run, {}, query,
                                   [state, step = self.lock(), query](const CallRecord &r,
                                                                      const QList<quint64> &calls) {
                                       state->calls << calls;
                                       if (r.status == 202)
                                           state->warnings
                                               << tr("%1 was accepted (202)").arg(query);
                                       else if (const QStringList e = errorOutcome(r); !e.isEmpty())
                                           state->failures << QStringLiteral("%1: %2").arg(
                                               query, e.join(QStringLiteral(", ")));
                                       (*step)();
                                   });
            };
            (*step)();
        }};
    steps << ConformanceStep{
        {QStringLiteral("auth.token.none-refused")}, [&run](const Done &done) {
            Probe p;
            p.purpose = tr("Conformance: export kick-off without a token");
            p.token = Token::None;
            run.kickoff(
                {},
                [&run, done](const CallRecord &r) {
                    const QUrl location = locationOf(r);
                    const auto judge = [&run, r, done](const QList<quint64> &calls) {
                        run.judge(QStringLiteral("auth.token.none-refused"), Judge::refused(r),
                                  calls);
                        done();
                    };
                    if (r.status == 202 && absoluteHttp(location))
                        run.cancelExport(location, [judge, r](const CallRecord &del) {
                            judge({r.id, del.id});
                        });
                    else
                        judge({r.id});
                },
                p);
        }};
    return steps;
}

QList<ConformanceStep> ExportChecks::probeSteps(ConformanceRun &run)
{
    // One export (X0) carries the kick-off, status and cancel checks: kicked off, polled once,
    // polled without and with a damaged token, asked for a job that does not exist, cancelled,
    // then polled again.
    const QStringList ids = {QStringLiteral("ig.kickoff.group-get-202"),
                             QStringLiteral("ig.kickoff.content-location-absolute"),
                             QStringLiteral("ig.status.in-progress-202"),
                             QStringLiteral("ig.status.requires-token"),
                             QStringLiteral("ig.status.error-operationoutcome"),
                             QStringLiteral("ig.cancel.delete-unknown-error"),
                             QStringLiteral("ig.cancel.delete-202"),
                             QStringLiteral("ig.cancel.poll-after-delete-404")};
    return {ConformanceStep{
        ids, [this, &run](const Done &done) {
            run.kickoff({}, [this, &run, done](const CallRecord &k) {
                const QUrl location = locationOf(k);
                QStringList kick = Judge::status(k, {202});
                if (k.status == 202 && location.isEmpty())
                    kick << tr("no Content-Location header");
                if (!location.isEmpty() && m_locations.contains(location.toString()))
                    kick << tr("Content-Location %1 was handed out before in this run (a reused "
                               "job: "
                               "Cache-Control: no-cache ignored)")
                                .arg(location.toString());
                m_locations.insert(location.toString());
                run.judge(QStringLiteral("ig.kickoff.group-get-202"), kick, {k.id});
                if (k.status != 202 || location.isEmpty()) {
                    done();
                    return;
                }
                run.judge(
                    QStringLiteral("ig.kickoff.content-location-absolute"),
                    absoluteHttp(location)
                        ? QStringList()
                        : QStringList{tr("Content-Location \"%1\" is not an absolute http(s) URL")
                                          .arg(location.toString())},
                    {k.id});
                if (!absoluteHttp(location)) {
                    done();
                    return;
                }
                Probe poll;
                poll.purpose = tr("Conformance: poll export status");
                poll.path = location.toString();
                poll.headers = {{"Accept", "application/json"}};
                run.send(poll, [this, &run, poll, location, done](const CallRecord &p1) {
                    const QString inProgress = QStringLiteral("ig.status.in-progress-202");
                    if (p1.status == 200)
                        run.setResult(inProgress, CheckResult::Outcome::NotApplicable,
                                      tr("the export was complete at the first poll (too fast to "
                                         "observe)"),
                                      {p1.id});
                    else
                        run.judge(inProgress, Judge::status(p1, {202}), {p1.id});
                    Probe none = poll;
                    none.purpose = tr("Conformance: poll export status without a token");
                    none.token = Token::None;
                    run.send(none, [this, &run, poll, location, done](const CallRecord &a) {
                        Probe garbled = poll;
                        garbled.purpose =
                            tr("Conformance: poll export status with a damaged token");
                        garbled.token = Token::Garbled;
                        run.send(garbled,
                                 [this, &run, poll, location, a, done](const CallRecord &b) {
                                     QStringList problems;
                                     for (const CallRecord &r : {a, b})
                                         if (const QStringList p = Judge::refused(r); !p.isEmpty())
                                             problems << QStringLiteral("%1: %2").arg(
                                                 r.authorizationMode, p.join(QStringLiteral(", ")));
                                     run.judge(QStringLiteral("ig.status.requires-token"), problems,
                                               {a.id, b.id});
                                     cancelAndRepoll(run, poll, location, done);
                                 });
                    });
                });
            });
        }}};
}

void ExportChecks::cancelAndRepoll(ConformanceRun &run, const Probe &poll, const QUrl &location,
                                   const Done &done)
{
    Probe unknown = poll;
    unknown.purpose = tr("Conformance: poll an export that does not exist");
    unknown.path = alteredJob(location).toString();
    run.send(unknown, [&run, poll, unknown, location, done](const CallRecord &u) {
        QStringList problems;
        if (!u.hasResponse() || *u.status < 400) {
            problems << tr("answered %1, expected a 4xx or 5xx error").arg(Judge::describe(u));
        } else {
            // An OperationOutcome comes as FHIR JSON; another body is allowed from a non-FHIR
            // layer (the gateway), and said.
            if (OperationOutcome::fromJson(u.body))
                problems << Judge::contentType(u, "application/fhir+json");
        }
        run.judge(QStringLiteral("ig.status.error-operationoutcome"), problems, {u.id},
                  OperationOutcome::fromJson(u.body) ? QString()
                                                     : tr("the error body is not an "
                                                          "OperationOutcome"));
        Probe del = unknown;
        del.purpose = tr("Conformance: cancel an export that does not exist");
        del.method = "DELETE";
        run.send(del, [&run, poll, location, done](const CallRecord &d) {
            run.judge(QStringLiteral("ig.cancel.delete-unknown-error"), errorOutcome(d), {d.id});
            run.cancelExport(location, [&run, poll, done](const CallRecord &c) {
                run.judge(QStringLiteral("ig.cancel.delete-202"), Judge::status(c, {202}), {c.id});
                Probe after = poll;
                after.purpose = tr("Conformance: poll the cancelled export");
                run.send(after, [&run, c, done](const CallRecord &g) {
                    QStringList problems = Judge::status(g, {404});
                    if (g.status == 404)
                        problems << Judge::outcomeJson(g);
                    run.judge(QStringLiteral("ig.cancel.poll-after-delete-404"), problems,
                              {c.id, g.id});
                    done();
                });
            });
        });
    });
}

ConformanceStep ExportChecks::cancelTokenStep(ConformanceRun &run)
{
    // DELETE without a token must be refused like the kick-off; then the export is cancelled
    // with the token.
    return {{QStringLiteral("ig.cancel.requires-token")}, [&run](const Done &done) {
                run.kickoff({}, [&run, done](const CallRecord &k) {
                    const QUrl location(QString::fromUtf8(k.responseHeader("Content-Location")));
                    if (k.status != 202 || !absoluteHttp(location)) {
                        run.setResult(QStringLiteral("ig.cancel.requires-token"),
                                      CheckResult::Outcome::Skipped,
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
                                             run.judge(QStringLiteral("ig.cancel.requires-token"),
                                                       problems, {k.id, r.id, c.id});
                                             done();
                                         });
                    });
                });
            }};
}
