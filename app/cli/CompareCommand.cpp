// fhir-bulk compare: two calls of HAR files side by side.
#include "CompareCommand.h"

#include "app/cli/CliApp.h"
#include "app/cli/CliOptions.h"
#include "app/history/Har.h"
#include "app/workbench/CallDiff.h"
#include "app/workbench/RequestFileReader.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

CompareCommand::CompareCommand(CliApp &app) : m_app(app), m_out(app.m_out), m_err(app.m_err) {}

int CompareCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("har"),
                            tr("One HAR file (two of its calls) or two (a call of each)."),
                            QStringLiteral("A.har [B.har]"));
    const QCommandLineOption leftOpt(QStringLiteral("left"),
                                     tr("Which call of the first file, from 1 (default: its "
                                        "last; with one file, the first)."),
                                     QStringLiteral("n"));
    const QCommandLineOption rightOpt(QStringLiteral("right"),
                                      tr("Which call of the second file, from 1 (default: its "
                                         "last)."),
                                      QStringLiteral("n"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    p.addOptions({leftOpt, rightOpt, jsonOpt});
    if (m_app.showHelp(p, args, QStringLiteral("compare"),
                       tr("Two calls side by side: status, diagnosis and causes, time taken, "
                          "request and response headers, and the bodies compared as JSON paths "
                          "(FHIR XML converted first), differences first. Exit 0 when they "
                          "differ only where any two calls do, 1 when they differ.")))
        return CliApp::ExitOk;
    const QStringList files = p.parse(args) ? p.positionalArguments() : QStringList();
    if (files.isEmpty() || files.size() > 2) {
        if (!p.errorText().isEmpty())
            m_err << p.errorText() << '\n';
        return m_app.usage();
    }
    QList<QList<CallRecord>> calls;
    if (!readCalls(files, &calls))
        return CliApp::ExitUsage;
    const QList<CallRecord> &a = calls.constFirst();
    const QList<CallRecord> &b = calls.constLast();
    const auto pick = [&](const QCommandLineOption &option, const QList<CallRecord> &list,
                          qint64 fallback) -> std::optional<qint64> {
        if (!p.isSet(option))
            return fallback;
        return CliOptions::number(p, option, 1, list.size(), m_err);
    };
    const bool one = files.size() == 1;
    const auto left = pick(leftOpt, a, one ? 1 : a.size());
    const auto right = pick(rightOpt, b, b.size());
    if (!left || !right)
        return CliApp::ExitUsage;
    if (one && *left == *right) {
        m_err << tr("Both sides are call %1 of %2: give --left and --right (the file holds %n "
                    "call(s)).",
                    nullptr, int(a.size()))
                     .arg(*left)
                     .arg(QFileInfo(files.first()).fileName())
              << '\n';
        return CliApp::ExitUsage;
    }
    const CallComparison c = CallDiff::compare(a.at(*left - 1), b.at(*right - 1));
    if (p.isSet(jsonOpt))
        printJson(c);
    else
        m_out << CallDiff::text(c);
    m_out.flush();
    return c.differences() == 0 ? CliApp::ExitOk : CliApp::ExitHttpError;
}

bool CompareCommand::readCalls(const QStringList &files, QList<QList<CallRecord>> *calls)
{
    for (const QString &path : files) {
        QString error;
        const auto bytes = RequestFileReader::readBytes(path, &error, 512LL * 1024 * 1024);
        const auto har = bytes ? Har::read(*bytes, &error) : std::nullopt;
        if (!har || har->records.isEmpty()) {
            m_err << QStringLiteral("%1: %2").arg(path, har ? tr("it holds no call") : error)
                  << '\n';
            return false;
        }
        calls->append(har->records);
    }
    return true;
}

void CompareCommand::printJson(const CallComparison &c)
{
    static const char *kinds[] = {"same", "changed", "added", "removed"};
    QJsonArray rows;
    for (const CallComparison::Row &r : c.rows)
        rows.append(QJsonObject{{QStringLiteral("section"), r.section},
                                {QStringLiteral("key"), r.key},
                                {QStringLiteral("left"), r.left},
                                {QStringLiteral("right"), r.right},
                                {QStringLiteral("kind"), QLatin1String(kinds[int(r.kind)])},
                                {QStringLiteral("expected"), r.expected}});
    m_out << QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{QStringLiteral("left"), c.leftLabel},
                        {QStringLiteral("right"), c.rightLabel},
                        {QStringLiteral("differences"), c.differences()},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("notCompared"), QJsonArray::fromStringList(c.notCompared)}})
            .toJson(QJsonDocument::Indented));
}
