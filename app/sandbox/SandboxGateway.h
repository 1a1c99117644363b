#pragma once

#include "app/sandbox/SandboxRequest.h"

#include <QStringList>
#include <optional>

struct SandboxState;
class SandboxTokens;

// The Sandbox's routes: which part of it answers a request.
enum class SandboxRoute {
    None,
    Metadata,
    SmartConfig,
    GroupSearch,
    GroupRead,
    BinaryRead,
    BinarySearch,
    CompartmentRead,
    NotImplementedRead,
    GroupExport,
    OtherExport, // Patient/$export, $export: levels this server does not offer
    ExportStatus,
    BinaryAccess,
    Token,
    RegisterClient,
    Scenario
};

// AWS API Gateway in front of HAPI, as the vendor's answers show it: its routes, its limit on
// request headers, its authorizer (a valid token of this server), then HAPI's check of the
// token's scopes against what is read. Answers nothing itself when a request may pass.
class SandboxGateway
{
public:
    static constexpr const char *kBasePath = "/uscore/v1/bulk-data";
    static constexpr const char *kTokenPath = "/oauth/token";

    SandboxGateway(const SandboxState &state, const SandboxTokens &tokens);

    // The route of a request; `segments` gets the path below the base, split at '/'.
    static SandboxRoute route(const SandboxRequest &req, QStringList *segments);
    // The gateway's (or HAPI's scope check's) answer when the request may not reach its route.
    std::optional<SandboxResponse> refuse(const SandboxRequest &req, SandboxRoute route,
                                          const QStringList &segments,
                                          const SandboxAnswer &answer) const;

private:
    static bool methodAllowed(SandboxRoute route, const QByteArray &method);
    static bool needsNoToken(SandboxRoute route);
    std::optional<SandboxResponse> refuseScope(const SandboxRequest &req, SandboxRoute route,
                                               const QStringList &segments,
                                               const SandboxAnswer &answer) const;

    const SandboxState &m_state;
    const SandboxTokens &m_tokens;
};
