#include "VendorChecks.h"

#include "app/conformance/Judge.h"
#include "app/fhir/OperationOutcome.h"

#include <QDateTime>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using Token = ConformanceRun::Token;
using Probe = ConformanceRun::Probe;
using Match = Judge::Match;

namespace {

const QString kExplicitDeny =
    QStringLiteral("User is not authorized to access this resource with an explicit deny");

Probe probe(const QString &purpose, const QString &path, Token token,
            const QByteArray &method = "GET")
{
    Probe p;
    p.purpose = purpose;
    p.path = path;
    p.token = token;
    p.method = method;
    return p;
}

} // namespace

void VendorChecks::gatewayStep(QList<ConformanceStep> &steps, ConformanceRun &run,
                               const QStringList &ids, const Probe &p,
                               const std::function<QStringList(const CallRecord &)> &judgeVendor)
{
    // One call judged by the vendor page (the first id) and, for a token variant, by the IG's
    // "refused" rule (the second id, if any).
    steps << ConformanceStep{ids, [&run, ids, p, judgeVendor](const std::function<void()> &done) {
                                 run.send(p, [&run, ids, judgeVendor, done](const CallRecord &r) {
                                     run.judge(ids.at(0), judgeVendor(r), {r.id});
                                     if (ids.size() > 1)
                                         run.judge(ids.at(1), Judge::refused(r), {r.id});
                                     done();
                                 });
                             }};
}

// A list of one-call steps, one per documented answer: long, but each entry is a few lines.
QList<ConformanceStep> VendorChecks::steps(ConformanceRun &run)
{
    QList<ConformanceStep> steps = discoverySteps(run);
    const QString group = QStringLiteral("Group/%1").arg(run.options().group);
    const auto unauthorized = [](const CallRecord &r) {
        return Judge::gatewayError(r, 401, "UnauthorizedException", QStringLiteral("message"),
                                   QStringLiteral("Unauthorized"));
    };
    const auto denied = [](const CallRecord &r) {
        return Judge::gatewayError(r, 403, "AccessDeniedException", QStringLiteral("Message"),
                                   kExplicitDeny);
    };
    Probe none = probe(tr("Conformance: read a Group without a token"), group, Token::None);
    none.headers = {{"Content-Type", "application/fhir+json"}};
    gatewayStep(steps, run, {QStringLiteral("vendor.401.no-authorization-header")}, none,
                unauthorized);
    Probe empty = none;
    empty.purpose = tr("Conformance: read a Group with an empty Authorization header");
    empty.token = Token::Empty;
    gatewayStep(steps, run, {QStringLiteral("vendor.401.empty-authorization-header")}, empty,
                unauthorized);
    gatewayStep(steps, run,
                {QStringLiteral("vendor.403.access-denied.invalid-token"),
                 QStringLiteral("auth.token.garbled-refused")},
                probe(tr("Conformance: read a Group with a damaged token"), group, Token::Garbled),
                denied);
    gatewayStep(steps, run,
                {QStringLiteral("vendor.403.access-denied.expired-token"),
                 QStringLiteral("auth.token.expired-refused")},
                probe(tr("Conformance: read a Group with an expired token"), group, Token::Expired),
                denied);
    // The IG's rule alone (scopes are HAPI's business, the vendor page documents no answer).
    steps << ConformanceStep{
        {QStringLiteral("auth.token.under-scoped-read-refused")},
        [&run, group](const std::function<void()> &done) {
            run.send(probe(tr("Conformance: read a Group with a token scoped for Patient only"),
                           group, Token::UnderScoped),
                     [&run, done](const CallRecord &r) {
                         run.judge(QStringLiteral("auth.token.under-scoped-read-refused"),
                                   Judge::refused(r), {r.id});
                         done();
                     });
        }};
    const QString invalid = QStringLiteral("Invalid/123456");
    gatewayStep(steps, run, {QStringLiteral("vendor.403.incomplete-signature.invalid-path")},
                probe(tr("Conformance: a path the gateway does not route"), invalid, Token::Valid),
                [](const CallRecord &r) {
                    return Judge::gatewayError(
                        r, 403, "IncompleteSignatureException", QStringLiteral("message"),
                        QStringLiteral("not a valid key=value pair (missing equal-sign) in "
                                       "Authorization header"),
                        Match::Contains);
                });
    gatewayStep(steps, run, {QStringLiteral("vendor.403.incomplete-signature.malformed-header")},
                probe(tr("Conformance: a token without the Bearer scheme"), invalid, Token::Raw),
                [](const CallRecord &r) {
                    return Judge::gatewayError(
                        r, 403, "IncompleteSignatureException", QStringLiteral("message"),
                        QStringLiteral("Authorization header requires 'Credential' parameter."),
                        Match::Prefix);
                });
    Probe patch = probe(tr("Conformance: a verb the gateway does not route (PATCH)"),
                        QStringLiteral("Group/123456"), Token::Valid, "PATCH");
    patch.body = "[]";
    patch.headers = {{"Content-Type", "application/json-patch+json"}};
    gatewayStep(steps, run, {QStringLiteral("vendor.403.incomplete-signature.unsupported-verb")},
                patch, [](const CallRecord &r) {
                    return Judge::gatewayError(r, 403, "IncompleteSignatureException",
                                               QStringLiteral("message"), QString(),
                                               Match::Contains);
                });
    gatewayStep(steps, run,
                {QStringLiteral("vendor.403.missing-authentication-token.invalid-path")},
                probe(tr("Conformance: an unrouted path without a token"), invalid, Token::None),
                [](const CallRecord &r) {
                    return Judge::gatewayError(r, 403, "MissingAuthenticationTokenException",
                                               QStringLiteral("message"),
                                               QStringLiteral("Missing Authentication Token"));
                });
    steps << hapiSteps(run);
    return steps;
}

// Two steps (the statement, SMART discovery), each judging a whole document.
QList<ConformanceStep> VendorChecks::discoverySteps(ConformanceRun &run)
{
    QList<ConformanceStep> steps;
    steps << ConformanceStep{
        {QStringLiteral("vendor.metadata.formats"),
         QStringLiteral("ig.kickoff.capability-declares-bulk")},
        [&run](const std::function<void()> &done) {
            Probe p = probe(tr("Conformance: read the CapabilityStatement"),
                            QStringLiteral("metadata"), Token::None);
            run.send(p, [&run, done](const CallRecord &r) {
                QStringList problems = Judge::status(r, {200});
                QString why;
                const QJsonObject cs = r.status == 200 ? Judge::object(r, &why) : QJsonObject();
                if (!why.isEmpty())
                    problems << why;
                QStringList bulk = problems;
                if (problems.isEmpty()) {
                    if (cs.value(QLatin1String("resourceType")).toString() !=
                        QLatin1String("CapabilityStatement"))
                        problems << tr("the body is not a CapabilityStatement");
                    if (cs.value(QLatin1String("fhirVersion")).toString() != QLatin1String("4.0.1"))
                        problems << tr("fhirVersion is \"%1\", expected 4.0.1")
                                        .arg(cs.value(QLatin1String("fhirVersion")).toString());
                    const QVariantList formats =
                        cs.value(QLatin1String("format")).toArray().toVariantList();
                    for (const char *f :
                         {"application/fhir+json", "application/fhir+xml", "json", "xml"})
                        if (!formats.contains(QString::fromLatin1(f)))
                            problems << tr("format does not list %1").arg(QLatin1String(f));
                    const QVariantList inst =
                        cs.value(QLatin1String("instantiates")).toArray().toVariantList();
                    if (!inst.contains(QStringLiteral(
                            "http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data")))
                        bulk << tr("instantiates does not name the Bulk Data CapabilityStatement");
                    bool groupExport = false;
                    for (const QJsonValue &rest : cs.value(QLatin1String("rest")).toArray())
                        for (const QJsonValue &res :
                             rest.toObject().value(QLatin1String("resource")).toArray())
                            if (res.toObject().value(QLatin1String("type")).toString() ==
                                QLatin1String("Group"))
                                for (const QJsonValue &op :
                                     res.toObject().value(QLatin1String("operation")).toArray())
                                    groupExport =
                                        groupExport ||
                                        op.toObject().value(QLatin1String("name")).toString() ==
                                            QLatin1String("export");
                    if (!groupExport)
                        bulk << tr("Group declares no export operation");
                }
                run.judge(QStringLiteral("vendor.metadata.formats"), problems, {r.id});
                run.judge(QStringLiteral("ig.kickoff.capability-declares-bulk"), bulk, {r.id});
                done();
            });
        }};
    steps << ConformanceStep{
        {QStringLiteral("auth.smart-config.served"),
         QStringLiteral("auth.smart-config.required-fields")},
        [&run](const std::function<void()> &done) {
            Probe p = probe(tr("Conformance: read the SMART configuration"),
                            QStringLiteral(".well-known/smart-configuration"), Token::None);
            p.headers = {{"Accept", "application/json"}};
            run.send(p, [&run, done](const CallRecord &r) {
                QStringList served = Judge::status(r, {200});
                served << Judge::contentType(r, "application/json");
                QString why;
                const QJsonObject cfg = r.status == 200 ? Judge::object(r, &why) : QJsonObject();
                if (!why.isEmpty())
                    served << why;
                run.judge(QStringLiteral("auth.smart-config.served"), served, {r.id});
                if (!served.isEmpty()) {
                    run.setResult(QStringLiteral("auth.smart-config.required-fields"),
                                  CheckResult::Outcome::NotApplicable,
                                  tr("no SMART configuration was served"), {r.id});
                    done();
                    return;
                }
                QStringList fields;
                const QUrl tokenUrl(cfg.value(QLatin1String("token_endpoint")).toString());
                if (!tokenUrl.isValid() || tokenUrl.isRelative())
                    fields << tr("token_endpoint is missing or not an absolute URL");
                if (!cfg.value(QLatin1String("grant_types_supported"))
                         .toArray()
                         .contains(QStringLiteral("client_credentials")))
                    fields << tr("grant_types_supported does not list client_credentials");
                if (!cfg.value(QLatin1String("capabilities")).isArray())
                    fields << tr("capabilities is missing");
                run.judge(QStringLiteral("auth.smart-config.required-fields"), fields, {r.id});
                done();
            });
        }};
    return steps;
}

namespace {

// HAPI's own answers: the status, its Content-Type, an OperationOutcome and X-Request-ID.
QStringList hapiOutcome(const CallRecord &r, int status, const QString &diagnosticsPrefix = {})
{
    QStringList problems = Judge::status(r, {status});
    if (!r.hasResponse())
        return problems;
    problems << Judge::contentType(r, {}, "application/fhir+json;charset=UTF-8");
    const auto outcome = OperationOutcome::fromJson(r.body);
    if (!outcome || outcome->issues.isEmpty()) {
        problems << Judge::tr("the body is not an OperationOutcome with an issue");
    } else {
        const OutcomeIssue &issue = outcome->issues.constFirst();
        if (issue.severity.isEmpty() || issue.code.isEmpty() || issue.diagnostics.isEmpty())
            problems << Judge::tr("the first issue lacks severity, code or diagnostics");
        if (!diagnosticsPrefix.isEmpty() && !issue.diagnostics.startsWith(diagnosticsPrefix))
            problems << Judge::tr("diagnostics is \"%1\", expected \"%2…\"")
                            .arg(issue.diagnostics, diagnosticsPrefix);
    }
    if (!r.hasResponseHeader("X-Request-ID"))
        problems << Judge::tr("no X-Request-ID header");
    return problems;
}

} // namespace

// HAPI's documented answers and the reads: a list of short steps, long as a whole.
QList<ConformanceStep> VendorChecks::hapiSteps(ConformanceRun &run)
{
    QList<ConformanceStep> steps;
    const QString group = QStringLiteral("Group/%1").arg(run.options().group);
    steps << ConformanceStep{
        {QStringLiteral("vendor.400.operation-outcome"),
         QStringLiteral("ig.kickoff.prefer-missing")},
        [&run](const std::function<void()> &done) {
            Probe p;
            p.purpose = tr("Conformance: export kick-off without Prefer");
            p.headers = {{"Prefer", QByteArray()}};
            run.kickoff(
                {},
                [&run, done](const CallRecord &r) {
                    const auto judgeBoth = [&run, r, done](QList<quint64> calls) {
                        QStringList vendor = hapiOutcome(r, 400);
                        if (r.hasResponse() &&
                            !r.responseHeader("X-Powered-By").startsWith("HAPI FHIR"))
                            vendor << tr("X-Powered-By does not start with \"HAPI FHIR\"");
                        run.judge(QStringLiteral("vendor.400.operation-outcome"), vendor, calls);
                        const QString prefer = QStringLiteral("ig.kickoff.prefer-missing");
                        if (r.status == 202)
                            run.setResult(
                                prefer, CheckResult::Outcome::Info,
                                tr("processed as if respond-async had been sent (allowed)"), calls);
                        else if (r.hasResponse() && *r.status >= 400 &&
                                 Judge::outcomeJson(r).isEmpty())
                            run.judge(prefer, {}, calls,
                                      tr("refused with %1 and an OperationOutcome").arg(*r.status));
                        else
                            run.setResult(
                                prefer, CheckResult::Outcome::Fail,
                                tr("answered %1 without an OperationOutcome in JSON (an error "
                                   "SHALL be one)")
                                    .arg(Judge::describe(r)),
                                calls);
                        done();
                    };
                    const QUrl location(QString::fromUtf8(r.responseHeader("Content-Location")));
                    if (r.status == 202 && location.isValid() && !location.isRelative())
                        run.cancelExport(location, [judgeBoth, r](const CallRecord &del) {
                            judgeBoth({r.id, del.id});
                        });
                    else
                        judgeBoth({r.id});
                },
                p);
        }};
    const auto single = [&run, &steps](const char *id, const Probe &p,
                                       std::function<QStringList(const CallRecord &)> check) {
        const QString checkId = QLatin1String(id);
        steps << ConformanceStep{{checkId},
                                 [&run, checkId, p, check](const std::function<void()> &done) {
                                     run.send(p, [&run, checkId, check, done](const CallRecord &r) {
                                         run.judge(checkId, check(r), {r.id});
                                         done();
                                     });
                                 }};
    };
    single("vendor.404.hapi-0436",
           probe(tr("Conformance: read a Patient that does not exist"),
                 QStringLiteral("Patient/123456"), Token::Valid),
           [](const CallRecord &r) {
               return hapiOutcome(
                   r, 404, QStringLiteral("HAPI-0436: Resource Patient/123456 is not known"));
           });
    single(
        "vendor.501.not-implemented",
        probe(tr("Conformance: read an AllergyIntolerance (not implemented)"),
              QStringLiteral("AllergyIntolerance/1"), Token::Valid),
        [](const CallRecord &r) {
            QStringList problems = hapiOutcome(r, 501, QStringLiteral("Failed to call GetAllergy"));
            if (r.status == 404)
                problems.prepend(tr("AllergyIntolerance read is implemented now (404, not 501)"));
            return problems;
        });
    Probe uuid =
        probe(tr("Conformance: read a Group with a UUID as X-Request-ID"), group, Token::Valid);
    uuid.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    single("vendor.request-id.uuid-echoed", uuid, [](const CallRecord &r) {
        const auto fate = r.requestIdFate();
        if (fate == CallRecord::RequestIdFate::Adopted ||
            fate == CallRecord::RequestIdFate::ReturnedAsCorrelation)
            return QStringList();
        return QStringList{tr("the X-Request-ID sent came back neither as X-Request-ID nor as "
                              "X-Correlation-Id (%1)")
                               .arg(Judge::describe(r))};
    });
    Probe other = uuid;
    other.purpose = tr("Conformance: read a Group with a non-UUID X-Request-ID");
    other.requestId = "fbx-conform-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    single("vendor.request-id.non-uuid-correlated", other, [](const CallRecord &r) {
        if (r.hasResponse() &&
            (r.correlationIdReceived == r.requestIdSent || r.requestIdReceived == r.requestIdSent))
            return QStringList();
        return QStringList{tr("the X-Request-ID sent came back neither in X-Correlation-Id nor as "
                              "X-Request-ID (%1)")
                               .arg(Judge::describe(r))};
    });
    Probe read =
        probe(tr("Conformance: read a Group as the vendor's example does"), group, Token::Valid);
    read.noAccept = true;
    read.headers = {{"Content-Type", "application/fhir+json"}};
    const QString groupId = run.options().group;
    single("vendor.read.group", read, [groupId](const CallRecord &r) {
        QStringList problems = Judge::status(r, {200});
        problems << Judge::contentType(r, {}, "application/fhir+json;charset=UTF-8");
        QString why;
        const QJsonObject o = r.status == 200 ? Judge::object(r, &why) : QJsonObject();
        if (!why.isEmpty())
            problems << why;
        else if (r.status == 200 &&
                 (o.value(QLatin1String("resourceType")).toString() != QLatin1String("Group") ||
                  o.value(QLatin1String("id")).toString() != groupId))
            problems << tr("the body is not Group %1").arg(groupId);
        return problems;
    });
    steps << ConformanceStep{
        {QStringLiteral("vendor.format.xml")},
        [&run, group, groupId](const std::function<void()> &done) {
            const auto xmlGroup = [groupId](const CallRecord &r) {
                QStringList problems = Judge::status(r, {200});
                problems << Judge::contentType(r, "application/fhir+xml");
                const QByteArray body = r.body;
                if (r.status == 200 &&
                    (!body.contains("<Group") || !body.contains("xmlns=\"http://hl7.org/fhir\"") ||
                     !body.contains("<id value=\"" + groupId.toUtf8() + "\"")))
                    problems << tr("the body is not Group %1 in FHIR XML").arg(groupId);
                return problems;
            };
            Probe accept =
                probe(tr("Conformance: read a Group as FHIR XML (Accept)"), group, Token::Valid);
            accept.headers = {{"Accept", "application/fhir+xml"}};
            run.send(accept, [&run, group, xmlGroup, done](const CallRecord &a) {
                Probe format = probe(tr("Conformance: read a Group as FHIR XML (_format)"),
                                     group + QStringLiteral("?_format=xml"), Token::Valid);
                run.send(format, [&run, a, xmlGroup, done](const CallRecord &b) {
                    run.judge(QStringLiteral("vendor.format.xml"), xmlGroup(a) + xmlGroup(b),
                              {a.id, b.id});
                    done();
                });
            });
        }};
    steps << ConformanceStep{
        {QStringLiteral("ig.kickoff.group-read-search")},
        [&run, group](const std::function<void()> &done) {
            run.send(probe(tr("Conformance: read the Group"), group, Token::Valid),
                     [&run, done](const CallRecord &a) {
                         run.send(probe(tr("Conformance: search Groups"),
                                        QStringLiteral("Group?_count=1"), Token::Valid),
                                  [&run, a, done](const CallRecord &b) {
                                      QStringList problems = Judge::status(a, {200});
                                      problems << Judge::status(b, {200});
                                      QString why;
                                      const QJsonObject bundle =
                                          b.status == 200 ? Judge::object(b, &why) : QJsonObject();
                                      if (b.status == 200 &&
                                          bundle.value(QLatin1String("type")).toString() !=
                                              QLatin1String("searchset"))
                                          problems
                                              << tr("the search answer is not a searchset Bundle");
                                      run.judge(QStringLiteral("ig.kickoff.group-read-search"),
                                                problems, {a.id, b.id});
                                      done();
                                  });
                     });
        }};
    return steps;
}
