#include "SandboxGateway.h"

#include "app/sandbox/SandboxState.h"
#include "app/sandbox/SandboxTokens.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Resource types the gateway routes to HAPI (the Patient compartment plus Group and Binary).
const QStringList kRoutedTypes = {QStringLiteral("Group"),
                                  QStringLiteral("Binary"),
                                  QStringLiteral("Patient"),
                                  QStringLiteral("Encounter"),
                                  QStringLiteral("Condition"),
                                  QStringLiteral("Observation"),
                                  QStringLiteral("MedicationRequest"),
                                  QStringLiteral("AllergyIntolerance"),
                                  QStringLiteral("Immunization"),
                                  QStringLiteral("DocumentReference"),
                                  QStringLiteral("Procedure"),
                                  QStringLiteral("CarePlan")};

// A path of one or two segments below the base, or SandboxRoute::None.
SandboxRoute resourceRoute(const QStringList &seg)
{
    if (seg.size() == 1)
        return seg[0] == QLatin1String("Group")    ? SandboxRoute::GroupSearch
               : seg[0] == QLatin1String("Binary") ? SandboxRoute::BinarySearch
                                                   : SandboxRoute::None;
    if (seg.size() == 2) {
        if (seg[0] == QLatin1String("Group"))
            return SandboxRoute::GroupRead;
        if (seg[0] == QLatin1String("Binary"))
            return SandboxRoute::BinaryRead;
        if (seg[0] == QLatin1String("AllergyIntolerance"))
            return SandboxRoute::NotImplementedRead;
        return SandboxRoute::CompartmentRead;
    }
    if (seg.size() == 3 && seg[0] == QLatin1String("Group") && seg[2] == QLatin1String("$export"))
        return SandboxRoute::GroupExport;
    if (seg.size() == 3 && seg[0] == QLatin1String("Binary") &&
        seg[2] == QLatin1String("$binary-access-read"))
        return SandboxRoute::BinaryAccess;
    return SandboxRoute::None;
}

} // namespace

SandboxGateway::SandboxGateway(const SandboxState &state, const SandboxTokens &tokens)
    : m_state(state), m_tokens(tokens)
{
}

SandboxRoute SandboxGateway::route(const SandboxRequest &req, QStringList *segments)
{
    if (req.path == QLatin1String(kTokenPath))
        return SandboxRoute::Token;
    if (req.path == QLatin1String("/_sandbox/clients"))
        return SandboxRoute::RegisterClient;
    if (req.path == QLatin1String("/_sandbox/scenario"))
        return SandboxRoute::Scenario;
    const QString base = QLatin1String(kBasePath);
    // HAPI's paging links point at the base: [base]?_getpages=<search>&_getpagesoffset=N
    if ((req.path == base || req.path == base + QLatin1Char('/')) &&
        req.query.hasQueryItem(QStringLiteral("_getpages")))
        return SandboxRoute::GroupSearch;
    if (!req.path.startsWith(base + QLatin1Char('/')))
        return SandboxRoute::None;
    QStringList seg = req.path.mid(base.size() + 1).split(QLatin1Char('/'));
    if (!seg.isEmpty() && seg.last().isEmpty())
        seg.removeLast();
    *segments = seg;
    if (seg.size() == 1 && seg[0] == QLatin1String("metadata"))
        return SandboxRoute::Metadata;
    if (seg.size() == 2 && seg[0] == QLatin1String(".well-known") &&
        seg[1] == QLatin1String("smart-configuration"))
        return SandboxRoute::SmartConfig;
    if (seg.size() == 1 && seg[0] == QLatin1String("$export-poll-status"))
        return SandboxRoute::ExportStatus;
    if ((seg.size() == 1 && seg[0] == QLatin1String("$export")) ||
        (seg.size() == 2 && seg[0] == QLatin1String("Patient") &&
         seg[1] == QLatin1String("$export")))
        return SandboxRoute::OtherExport;
    if (seg.isEmpty() || !kRoutedTypes.contains(seg[0]))
        return SandboxRoute::None;
    return resourceRoute(seg);
}

bool SandboxGateway::methodAllowed(SandboxRoute route, const QByteArray &method)
{
    switch (route) {
    case SandboxRoute::None:
        return false;
    case SandboxRoute::GroupExport:
    case SandboxRoute::OtherExport:
        return method == "GET" || method == "POST";
    case SandboxRoute::ExportStatus:
        return method == "GET" || method == "DELETE";
    case SandboxRoute::Token:
    case SandboxRoute::RegisterClient:
        return method == "POST";
    case SandboxRoute::Scenario:
        return method == "POST" || method == "GET";
    default:
        return method == "GET";
    }
}

bool SandboxGateway::needsNoToken(SandboxRoute route)
{
    return route == SandboxRoute::Token || route == SandboxRoute::RegisterClient ||
           route == SandboxRoute::Scenario || route == SandboxRoute::Metadata ||
           route == SandboxRoute::SmartConfig;
}

std::optional<SandboxResponse> SandboxGateway::refuse(const SandboxRequest &req, SandboxRoute route,
                                                      const QStringList &segments,
                                                      const SandboxAnswer &answer) const
{
    // API Gateway limits the request line and headers to 10,240 bytes together.
    qsizetype headerBytes = req.path.size() + req.query.toString().size();
    for (const auto &h : req.headers)
        headerBytes += h.first.size() + h.second.size() + 4;
    if (headerBytes > 10240)
        return VendorResponses::headersTooLarge();

    const QByteArray auth = req.header("Authorization");
    const bool hasAuth = req.hasHeader("Authorization") && !auth.trimmed().isEmpty();
    // 1. No route for this path and method.
    if (!methodAllowed(route, req.method)) {
        if (!hasAuth)
            return VendorResponses::missingAuthenticationToken();
        return VendorResponses::incompleteSignature(auth);
    }
    // 2. Routes that need no authorization.
    if (needsNoToken(route))
        return std::nullopt;
    // Deviation delete-without-token: the status route's DELETE goes through unchecked.
    if (route == SandboxRoute::ExportStatus && req.method == "DELETE" &&
        m_state.scenario.deviates("delete-without-token"))
        return std::nullopt;
    // Scenario openReads: Group reads are not checked at all (a token, good or bad, is ignored).
    if (m_state.scenario.openReads &&
        (route == SandboxRoute::GroupSearch || route == SandboxRoute::GroupRead))
        return std::nullopt;
    // 3. The gateway's authorizer.
    if (!hasAuth) {
        SandboxResponse r = VendorResponses::unauthorized();
        if (m_state.scenario.deviates("401-without-error-type"))
            r.headers.removeIf([](const auto &h) {
                return h.first.compare("x-amzn-ErrorType", Qt::CaseInsensitive) == 0;
            });
        return r;
    }
    if (!auth.startsWith("Bearer ") || !m_tokens.tokenValid(auth.mid(7)))
        return VendorResponses::accessDenied();
    // 4. HAPI, which checks the token's scopes against what is read.
    return refuseScope(req, route, segments, answer);
}

std::optional<SandboxResponse> SandboxGateway::refuseScope(const SandboxRequest &req,
                                                           SandboxRoute route,
                                                           const QStringList &segments,
                                                           const SandboxAnswer &answer) const
{
    const QByteArray auth = req.header("Authorization");
    const auto payload = QByteArray::fromBase64Encoding(auth.mid(7).split('.').value(1),
                                                        QByteArray::Base64UrlEncoding);
    const QString scope = QJsonDocument::fromJson(payload ? *payload : QByteArray())
                              .object()
                              .value(QLatin1String("scope"))
                              .toString();
    if (route == SandboxRoute::GroupExport && m_state.scenario.deviates("ignore-export-scope"))
        return std::nullopt;
    QStringList needed;
    if (route == SandboxRoute::GroupRead || route == SandboxRoute::GroupSearch ||
        route == SandboxRoute::GroupExport)
        needed << QStringLiteral("Group");
    else if (route == SandboxRoute::BinaryRead || route == SandboxRoute::BinarySearch ||
             route == SandboxRoute::BinaryAccess)
        needed << QStringLiteral("Binary");
    else if (!segments.isEmpty() && kRoutedTypes.contains(segments.first()))
        needed << segments.first();
    if (route == SandboxRoute::GroupExport) {
        const QStringList types = req.query.queryItemValue(QStringLiteral("_type"))
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
        needed << (types.isEmpty() ? QStringList{QStringLiteral("Patient")} : types);
    }
    for (const QString &type : std::as_const(needed)) {
        if (!SandboxTokens::scopeAllows(scope, type))
            return answer.outcome(
                403, QStringLiteral("error"), QStringLiteral("forbidden"),
                QStringLiteral("Insufficient scope: '%1' does not allow reading %2")
                    .arg(scope, type));
    }
    return std::nullopt;
}
