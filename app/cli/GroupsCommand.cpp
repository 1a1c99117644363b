// fhir-bulk groups: Group search, page by page.
#include "GroupsCommand.h"

#include "app/cli/CliApp.h"
#include "app/cli/CliJson.h"
#include "app/support/Format.h"

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
#include "app/models/HeadersModel.h"
#include "app/net/ExportSession.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/GroupsBrowser.h"
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

GroupsCommand::GroupsCommand(CliApp &app) : m_app(app), m_out(app.m_out), m_err(app.m_err) {}

int GroupsCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    const TargetOptions targetOpts;
    const QCommandLineOption countOpt(QStringLiteral("count"), tr("Groups per page (_count)."),
                                      QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption maxOpt(QStringLiteral("max"), tr("Stop after this many groups."),
                                    QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    targetOpts.addTo(p);
    p.addOptions({countOpt, maxOpt, jsonOpt});
    if (m_app.showHelp(p, args, QStringLiteral("groups"),
                       tr("Group search, page by page along the Bundle's next links.")))
        return CliApp::ExitOk;
    if (!p.parse(args)) {
        m_err << p.errorText() << '\n';
        return m_app.usage();
    }
    const auto count = CliOptions::number(p, countOpt, 1, 1000, m_err);
    const auto maxGroups =
        count ? CliOptions::number(p, maxOpt, 1, 10'000'000, m_err) : std::nullopt;
    if (!maxGroups)
        return CliApp::ExitUsage;
    ProfileConnection connection;
    if (const int rc = m_app.openTarget(p, targetOpts, &connection); rc != CliApp::ExitOk)
        return rc;
    FhirClient &client = connection.client;
    // Group search, page by page along the Bundle's next links: the same browser as the
    // window's Groups pane.
    GroupsBrowser browser(&client);
    QList<GroupInfo> groups;
    const qint64 max = *maxGroups;
    int pages = 0;
    QString problem;
    int status = 200;
    QEventLoop loop;
    QObject::connect(&browser, &GroupsBrowser::pageRead, &loop,
                     [&](const GroupsBrowser::Page &page) {
                         ++pages;
                         groups << page.groups;
                         if (page.next.isEmpty() || groups.size() >= max)
                             loop.quit();
                         else
                             browser.searchPage(page.next.toString());
                     });
    QObject::connect(&browser, &GroupsBrowser::searchFailed, &loop,
                     [&](const QString &why, int httpStatus) {
                         problem = why;
                         status = httpStatus;
                         loop.quit();
                     });
    browser.searchPage(GroupsBrowser::firstPage(*count));
    loop.exec();
    if (groups.size() > max)
        groups.resize(max);
    if (!problem.isEmpty() && groups.isEmpty() &&
        (status == 400 || status == 403 || status == 404 || status == 405 || status == 501))
        problem +=
            QLatin1Char('\n') +
            tr("This server may not allow Group search (the vendor documents only Group read): "
               "read a Group by id with `fhir-bulk get Group/ID`.");
    if (p.isSet(jsonOpt)) {
        QJsonArray list;
        for (const GroupInfo &g : std::as_const(groups))
            list.append(g.toJson());
        QJsonObject o{{QStringLiteral("groups"), list}, {QStringLiteral("pages"), pages}};
        if (!problem.isEmpty())
            o.insert(QStringLiteral("problem"), problem);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        printGroups(groups, pages);
        if (!problem.isEmpty())
            m_err << problem << '\n';
    }
    m_out.flush();
    return problem.isEmpty() ? CliApp::ExitOk : CliApp::ExitHttpError;
}

void GroupsCommand::printGroups(const QList<GroupInfo> &groups, int pages)
{
    for (const GroupInfo &g : groups) {
        // A Group may give its size as `quantity` only, listing no members (the SMART
        // reference server's do): its size is the quantity then, not 0.
        QString size = tr("%n member(s)", nullptr, int(g.members));
        if (g.quantity && g.members == 0 && *g.quantity > 0)
            size = tr("%n member(s) (quantity; no member list)", nullptr, int(*g.quantity));
        else if (g.quantity && *g.quantity != g.members)
            size = tr("%1 listed, quantity %2").arg(size).arg(*g.quantity);
        m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(g.id, g.name.isEmpty() ? tr("(no name)") : g.name, g.type,
                          g.actual ? (*g.actual ? tr("actual") : tr("descriptive")) : QString(),
                          size)
              << '\n';
    }
    m_out << tr("%n group(s) in %1 page(s)", nullptr, int(groups.size())).arg(pages) << '\n';
}
