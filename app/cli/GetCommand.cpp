// fhir-bulk get: one request, explained.
#include "GetCommand.h"

#include "app/cli/CliApp.h"
#include "app/cli/CliJson.h"
#include "app/support/Format.h"
#include "app/support/PrivateFile.h"

#include "app/support/Logging.h"

#include "app/auth/KeychainSecretBackend.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenRenewal.h"
#include "app/auth/TokenStore.h"
#include "app/calls/Diagnoser.h"
#include "app/calls/HeaderCheck.h"
#include "app/calls/Redaction.h"
#include "app/calls/ServerProfile.h"
#include "app/calls/TransferStats.h"
#include "app/cli/CliOptions.h"
#include "app/fhir/BodyText.h"
#include "app/fhir/FhirConvert.h"
#include "app/fhir/GroupInfo.h"
#include "app/models/CallLogModel.h"
#include "app/models/RecordFormatter.h"
#include "app/net/ExportSession.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/TokenHealthCheck.h"
#include "app/session/TokenRequestSettings.h"
#include "app/tokens/TokenLint.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

namespace {
// --out: what arrived is never lost. When the conversion fails, the file gets the body as sent;
// an incomplete body goes to FILE.part, not to FILE. The bytes go to a private temporary file
// beside FILE first (PrivateFile), which gets the final name by a rename, and only over a
// regular file; a device or a FIFO is written to as a stream.
int writeOut(QTextStream &err, const QString &target, const QByteArray &bytes, bool complete,
             bool conversionFailed, const CallRecord &last)
{
    PrivateFile out(target);
    if (!out.open() || !out.write(bytes)) {
        err << CliApp::tr("Cannot write %1: %2").arg(target, out.errorString()) << '\n';
        return CliApp::ExitUsage;
    }
    const QString part = target + QStringLiteral(".part");
    if (!complete) {
        if (out.isStream()) {
            out.commit();
            err << CliApp::tr(
                       "The answer is incomplete (%1): the %2 that arrived were written to %3.")
                       .arg(last.transportErrorCode, Format::size(bytes.size()), target)
                << '\n';
            return CliApp::ExitOk;
        }
        const QString where = out.keepAs(part) ? part : out.tempName();
        err << CliApp::tr(
                   "The answer is incomplete (%1): the %2 that arrived are in %3, not in %4.")
                   .arg(last.transportErrorCode, Format::size(bytes.size()), where, target)
            << '\n';
        return CliApp::ExitOk;
    }
    if (!out.commit()) {
        if (out.isStream()) {
            err << CliApp::tr("Cannot write %1: %2").arg(target, out.errorString()) << '\n';
            return CliApp::ExitUsage;
        }
        out.keep();
        err << CliApp::tr("Cannot write %1 (%2): the body is in %3.")
                   .arg(target, out.errorString(), out.tempName())
            << '\n';
        return CliApp::ExitUsage;
    }
    err << CliApp::tr("Wrote %1 to %2%3")
               .arg(Format::size(bytes.size()), target,
                    conversionFailed ? CliApp::tr(" (as received)") : QString())
        << '\n';
    // No secret at rest: a token the server quoted back is written as its placeholder, so the
    // file is not byte for byte what arrived, and that is said.
    if (last.bodyRedacted && bytes.contains("<redacted"))
        err << CliApp::tr(
                   "Note: the server quoted the token back; in %1 it is replaced by its length "
                   "and fingerprint (a token is never written to disk), so the file differs from "
                   "the answer as received.")
                   .arg(target)
            << '\n';
    return CliApp::ExitOk;
}

} // namespace

GetCommand::GetCommand(CliApp &app) : m_app(app), m_out(app.m_out), m_err(app.m_err) {}

int GetCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("target"), tr("Path (Group/1) or full URL"));
    const TargetOptions targetOpts;
    const QCommandLineOption methodOpt(QStringLiteral("method"), tr("HTTP method."),
                                       QStringLiteral("method"), QStringLiteral("GET"));
    const QCommandLineOption acceptOpt(QStringLiteral("accept"), tr("Format to ask for."),
                                       QStringLiteral("format"),
                                       QStringLiteral("application/fhir+json"));
    const QCommandLineOption ctOpt(
        QStringLiteral("content-type"),
        tr("Send the format as Content-Type too, as the vendor examples do."));
    const QCommandLineOption fmtOpt(QStringLiteral("format-param"), tr("Add _format to the URL."));
    const QCommandLineOption ridOpt(QStringLiteral("request-id"), tr("X-Request-ID to send."),
                                    QStringLiteral("id"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        tr("Timeout without data, in ms."), QStringLiteral("ms"),
                                        QStringLiteral("30000"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption asOpt(QStringLiteral("as"),
                                   tr("Convert the FHIR body locally to json or xml."),
                                   QStringLiteral("json|xml"));
    const QCommandLineOption outOpt(
        QStringLiteral("out"),
        tr("Write the body (converted with --as) to this file, private (0600): it gets its name "
           "when the answer is complete, and only a regular file is replaced. A device or a FIFO "
           "(/dev/null, a named pipe), or a link to one (/dev/stdout), is written to as a stream; "
           "any other symbolic link, a folder or a disk device is refused."),
        QStringLiteral("file"));
    targetOpts.addTo(p);
    p.addOptions({methodOpt, acceptOpt, ctOpt, fmtOpt, ridOpt, timeoutOpt, jsonOpt, asOpt, outOpt});
    if (m_app.showHelp(
            p, args, QStringLiteral("get"),
            tr("One request to the FHIR API, explained: the request and response headers "
               "(redacted), the diagnosis with its likely causes, the body.")))
        return CliApp::ExitOk;
    if (!p.parse(args) || p.positionalArguments().size() != 1) {
        if (!p.errorText().isEmpty())
            m_err << p.errorText() << '\n';
        return m_app.usage();
    }
    if (const int rc = checkLocalOptions(p, asOpt, outOpt); rc != CliApp::ExitOk)
        return rc;
    const auto timeoutMs = CliOptions::number(p, timeoutOpt, 1, 24LL * 3600 * 1000, m_err);
    if (!timeoutMs)
        return CliApp::ExitUsage;
    ProfileConnection target;
    if (const int rc = m_app.openTarget(p, targetOpts, &target); rc != CliApp::ExitOk)
        return rc;
    CliOptions::quitOnSignals();
    FhirClient &client = target.client;
    FormatOptions format;
    format.mimeType = p.value(acceptOpt).toLatin1();
    format.alsoContentType = p.isSet(ctOpt);
    format.formatParameter = p.isSet(fmtOpt);
    client.setFormat(format);
    client.setTimeoutMs(int(*timeoutMs));
    ApiRequest request = client.prepare(tr("Send request"), p.value(methodOpt).toLatin1(),
                                        p.positionalArguments().constFirst());
    request.requestId = p.value(ridOpt).toLatin1();
    const QList<CallRecord> hops = send(client, std::move(request));
    if (CliOptions::interrupted()) {
        m_err << tr("Interrupted.") << '\n';
        return CliApp::ExitInterrupted;
    }
    if (hops.isEmpty())
        return CliApp::ExitUsage;
    return answer(hops, p.isSet(asOpt) ? p.value(asOpt).toLower() : QString(), p.value(outOpt),
                  p.isSet(jsonOpt));
}

int GetCommand::checkLocalOptions(const QCommandLineParser &p, const QCommandLineOption &asOpt,
                                  const QCommandLineOption &outOpt)
{
    const QString as = p.value(asOpt).toLower();
    if (p.isSet(asOpt) && as != QLatin1String("json") && as != QLatin1String("xml")) {
        m_err << tr("--as takes json or xml, not %1").arg(p.value(asOpt)) << '\n';
        return CliApp::ExitUsage;
    }
    // What --out names is looked at before anything is sent: a link is never written through.
    if (p.isSet(outOpt)) {
        if (const QString why = PrivateFile::refusal(p.value(outOpt)); !why.isEmpty()) {
            m_err << QStringLiteral("--out %1: %2").arg(p.value(outOpt), why) << '\n';
            return CliApp::ExitUsage;
        }
    }
    return CliApp::ExitOk;
}

QList<CallRecord> GetCommand::send(FhirClient &client, ApiRequest request)
{
    QList<CallRecord> hops;
    QEventLoop loop;
    ApiCall *call = client.send(std::move(request));
    QObject::connect(&client, &FhirClient::callFinished, &loop,
                     [&hops](const CallRecord &r) { hops << r; });
    QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return hops;
}

int GetCommand::answer(const QList<CallRecord> &hops, const QString &as, const QString &outPath,
                       bool json)
{
    const CallRecord &last = hops.constLast();
    // An answer that did not arrive whole (cut, stalled, not written) is never passed off as
    // the body: no --out file but FILE.part, and exit 2.
    const bool complete = last.status && last.transportErrorCode.isEmpty();
    const QByteArray body = last.wholeBody();
    std::optional<QByteArray> converted;
    bool conversionFailed = false;
    if (!as.isEmpty() && complete && !body.isEmpty()) {
        converted = convert(last, as);
        conversionFailed = !converted;
    }
    if (!outPath.isEmpty() && last.status) {
        if (const int rc = writeOut(m_err, outPath, converted.value_or(body), complete,
                                    conversionFailed, last);
            rc != CliApp::ExitOk)
            return rc;
    }
    if (json) {
        printJson(hops);
    } else {
        for (const CallRecord &r : std::as_const(hops))
            printHop(r, &r == &last && converted && outPath.isEmpty() ? &*converted : nullptr);
    }
    m_out.flush();
    if (!complete)
        return CliApp::ExitUsage;
    if (conversionFailed)
        return CliApp::ExitHttpError;
    // A web page where FHIR was asked for (a proxy's login page) is no answer a script can use.
    if (last.diagnosis.code == QLatin1String("http.not-fhir"))
        return CliApp::ExitHttpError;
    return (*last.status >= 200 && *last.status < 300) ? CliApp::ExitOk : CliApp::ExitHttpError;
}

std::optional<QByteArray> GetCommand::convert(const CallRecord &last, const QString &as)
{
    // --as: the body in the other FHIR format, converted here (JSON<->XML by the R4 rules).
    const QByteArray body = last.wholeBody();
    const BodyText::Kind kind = BodyText::detect(body, last.contentType());
    FhirConvert::Result r;
    if (kind == BodyText::Kind::Json)
        r = as == QLatin1String("xml")
                ? FhirConvert::jsonToXml(body)
                : FhirConvert::Result{BodyText::pretty(body, last.contentType()).text.toUtf8(), {}};
    else if (kind == BodyText::Kind::Xml)
        r = as == QLatin1String("json")
                ? FhirConvert::xmlToJson(body)
                : FhirConvert::Result{BodyText::pretty(body, last.contentType()).text.toUtf8(), {}};
    else
        r.error = tr("the body is %1, not FHIR JSON or XML").arg(BodyText::kindName(kind));
    if (r.ok())
        return r.text;
    m_err << tr("Not converted: %1").arg(r.error) << '\n';
    return std::nullopt;
}

void GetCommand::printJson(const QList<CallRecord> &hops)
{
    QJsonObject o = CliJson::record(hops.constLast());
    if (hops.size() > 1) {
        QJsonArray redirects;
        for (int i = 0; i + 1 < hops.size(); ++i)
            redirects.append(CliJson::record(hops.at(i)));
        o.insert(QStringLiteral("redirects"), redirects);
    }
    m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void GetCommand::printHop(const CallRecord &r, const QByteArray *converted)
{
    for (const QString &line : RecordFormatter::requestLines(r))
        m_out << "> " << line << '\n';
    if (r.status) {
        m_out << "< HTTP " << RecordFormatter::status(r) << "  ("
              << tr("%1 ms, %2").arg(r.elapsedMs).arg(Format::size(r.bodySize)) << ")\n";
        for (const auto &h : r.responseHeaders)
            m_out << "< " << h.first << ": " << h.second << '\n';
    }
    m_out << '\n'
          << tr("Diagnosis: %1").arg(r.diagnosis.code) << '\n'
          << "  " << r.diagnosis.summary << '\n';
    if (!r.diagnosis.detail.isEmpty())
        m_out << "  "
              << QString(r.diagnosis.detail).replace(QLatin1Char('\n'), QStringLiteral("\n  "))
              << '\n';
    if (!r.diagnosis.causes.isEmpty())
        m_out << tr("Likely causes, most likely first:") << '\n'
              << QStringLiteral("  ")
              << RecordFormatter::causes(r).replace(QLatin1Char('\n'), QStringLiteral("\n  "))
              << '\n';
    if (!r.requestIdSent.isEmpty())
        m_out << tr("X-Request-ID sent: %1; %2.")
                     .arg(QString::fromLatin1(r.requestIdSent), RecordFormatter::requestIdFate(r))
              << '\n';
    if (converted) {
        m_out << '\n' << QString::fromUtf8(*converted) << '\n';
    } else if (r.status && r.bodySize > 0) {
        const BodyText::Pretty pretty = BodyText::pretty(r.body, r.contentType());
        m_out << '\n' << pretty.text << '\n';
        if (!pretty.error.isEmpty())
            m_out << tr("Note: %1").arg(pretty.error) << '\n';
        if (!r.bodyFile.isEmpty())
            m_out << tr("The whole body (%1) is in %2").arg(Format::size(r.bodySize), r.bodyFile)
                  << '\n';
    }
    m_out << '\n';
}
