#pragma once

#include "app/calls/ApiRequest.h"
#include "app/calls/CallRecord.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>

class CliApp;
class FhirClient;

// fhir-bulk get PATH-OR-URL (and `metadata`, which is `get metadata`): one request, explained:
// status, headers, diagnosis and body. Exit 0 for 2xx, 1 for an HTTP error, 2 for a transport or
// usage error.
class GetCommand
{
    // Its words stay in CliApp's translation context, where they were translated.
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    explicit GetCommand(CliApp &app);
    int run(const QStringList &args);

private:
    // --as and --out checked before anything is sent.
    int checkLocalOptions(const QCommandLineParser &p, const QCommandLineOption &asOpt,
                          const QCommandLineOption &outOpt);
    // Sends `request` and waits: every hop, redirects first.
    QList<CallRecord> send(FhirClient &client, ApiRequest request);
    // The answer converted (`as`: json or xml, empty: not), written to `outPath` (empty: not),
    // printed; the exit code.
    int answer(const QList<CallRecord> &hops, const QString &as, const QString &outPath, bool json);
    // The body of `last` in the format `as`; nullopt (said on stderr) when it cannot be.
    std::optional<QByteArray> convert(const CallRecord &last, const QString &as);
    void printJson(const QList<CallRecord> &hops);
    // One hop as text; `converted`, when given, instead of its body.
    void printHop(const CallRecord &r, const QByteArray *converted);

    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
};
