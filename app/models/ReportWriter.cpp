#include "ReportWriter.h"

#include "app/models/RecordFormatter.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace {

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                       : ReportWriter::tr("unknown time");
}

// Markdown text outside code: characters that would format are escaped.
QString md(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("([\\\\`*_{}\\[\\]<>#|!])"));
    QString out = text;
    out.replace(special, QStringLiteral("\\\\1"));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out;
}

// A fenced block that its content cannot close: one backtick more than the longest run in it.
QString fence(const QString &content, const QString &language = {})
{
    int longest = 0;
    int run = 0;
    for (const QChar c : content) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString marks(qMax(3, longest + 1), QLatin1Char('`'));
    QString body = content;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return marks + language + QLatin1Char('\n') + body + marks + QLatin1Char('\n');
}

QString heading(const ReportEntry &e, int number)
{
    const CallRecord &r = e.record;
    QString head = QStringLiteral("%1. ").arg(number);
    if (!e.name.isEmpty())
        head += e.name + QStringLiteral(": ");
    return head +
           QStringLiteral("%1 %2 → %3")
               .arg(QString::fromLatin1(r.method), r.url.toString(), RecordFormatter::status(r));
}

QString mark(bool held)
{
    return held ? ReportWriter::tr("✔ held") : ReportWriter::tr("✘ failed");
}

QString h(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

std::optional<ReportWriter::Format> ReportWriter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    return std::nullopt;
}

QByteArray ReportWriter::write(const Report &report, Format format)
{
    return (format == Format::Html ? html(report) : markdown(report)).toUtf8();
}

QString ReportWriter::markdownCall(const ReportEntry &e, int number)
{
    const CallRecord &r = e.record;
    QString out = QStringLiteral("## %1\n\n").arg(md(heading(e, number)));
    out += QStringLiteral("- **%1** %2 · %3 · %4\n")
               .arg(tr("Status:"), md(RecordFormatter::status(r)), tr("%1 ms").arg(r.elapsedMs),
                    utc(r.started));
    out += QStringLiteral("- **%1** `%2` · %3\n")
               .arg(tr("Diagnosis:"), r.diagnosis.code, md(r.diagnosis.summary));
    for (int i = 0; i < r.diagnosis.causes.size(); ++i) {
        const Cause &c = r.diagnosis.causes.at(i);
        out += QStringLiteral("  %1. `%2` %3  \n     %4\n")
                   .arg(i + 1)
                   .arg(c.code, md(c.summary), md(tr("Evidence: %1").arg(c.evidence)));
    }
    for (const RecordFormatter::Id &id : RecordFormatter::ids(r))
        out += QStringLiteral("- **%1:** `%2`%3\n")
                   .arg(md(id.name), id.value,
                        id.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(md(id.note)));
    if (!e.file.isEmpty())
        out += QStringLiteral("- **%1** %2\n").arg(tr("From:"), md(e.file));
    if (!e.note.isEmpty())
        out += QStringLiteral("- **%1** %2\n").arg(tr("Note:"), md(e.note));
    for (const QString &s : e.skippedScripts)
        out += QStringLiteral("- **%1** %2\n").arg(tr("Not run:"), md(s));
    for (const QString &n : e.notices)
        out += QStringLiteral("- %1\n").arg(md(n));
    out += QStringLiteral("\n**%1**\n\n").arg(tr("Request"));
    out += fence(RecordFormatter::requestText(r), QStringLiteral("http"));
    out += QStringLiteral("\n**%1**\n\n").arg(tr("Response"));
    out += fence(RecordFormatter::responseHead(r), QStringLiteral("http"));
    const RecordFormatter::Excerpt body = RecordFormatter::bodyExcerpt(r, kBodyExcerptChars);
    if (!body.text.isEmpty()) {
        out +=
            QStringLiteral("\n**%1**\n\n").arg(body.cut ? tr("Body (the beginning)") : tr("Body"));
        out += body.binary ? body.text + QLatin1Char('\n') : fence(body.text);
    }
    return out + QLatin1Char('\n');
}

QString ReportWriter::markdown(const Report &report)
{
    QString out = QStringLiteral("# %1\n\n")
                      .arg(md(report.title.isEmpty() ? tr("Calls to the FHIR API") : report.title));
    out += tr("%1 · written %2 by FHIR Bulk Explorer · %n call(s), headers redacted", nullptr,
              int(report.entries.size()))
               .arg(md(report.source), utc(report.created)) +
           QStringLiteral("\n\n");
    if (report.isRun) {
        out += QStringLiteral("## %1\n\n%2\n\n")
                   .arg(tr("Expectations"), md(report.summary().sentence()));
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
                   .arg(tr("Request"), tr("Expectation"), tr("Result"), tr("Detail"));
        for (const ReportEntry &e : report.entries) {
            for (const ExpectationResult &c : e.checks)
                out += QStringLiteral("| %1 | `%2` | %3 | %4 |\n")
                           .arg(md(e.name), c.expectation.text(), mark(c.held), md(c.sentence));
        }
        out += QLatin1Char('\n');
    }
    for (int i = 0; i < report.entries.size(); ++i)
        out += markdownCall(report.entries.at(i), i + 1);
    return out;
}

QString ReportWriter::htmlExpectations(const Report &report)
{
    QString out = QStringLiteral("<section><h2>%1</h2><p>%2</p><table><thead><tr><th>%3</th>"
                                 "<th>%4</th><th>%5</th><th>%6</th></tr></thead><tbody>")
                      .arg(h(tr("Expectations")), h(report.summary().sentence()), h(tr("Request")),
                           h(tr("Expectation")), h(tr("Result")), h(tr("Detail")));
    for (const ReportEntry &e : report.entries) {
        for (const ExpectationResult &c : e.checks)
            out += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td class=\"%3\">%4"
                                  "</td><td>%5</td></tr>")
                       .arg(h(e.name), h(c.expectation.text()),
                            c.held ? QStringLiteral("ok") : QStringLiteral("fail"), h(mark(c.held)),
                            h(c.sentence));
    }
    return out + QStringLiteral("</tbody></table></section>\n");
}

QString ReportWriter::htmlCall(const ReportEntry &e, int number)
{
    const CallRecord &r = e.record;
    const auto row = [](const QString &name, const QString &valueHtml) {
        return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(h(name), valueHtml);
    };
    QString out = QStringLiteral("<section class=\"call\"><h2>%1</h2><table class=\"facts\">")
                      .arg(h(heading(e, number)));
    out +=
        row(tr("Status"),
            h(QStringLiteral("%1 · %2 · %3")
                  .arg(RecordFormatter::status(r), tr("%1 ms").arg(r.elapsedMs), utc(r.started))));
    out +=
        row(tr("Diagnosis"),
            QStringLiteral("<code>%1</code> %2").arg(h(r.diagnosis.code), h(r.diagnosis.summary)));
    if (!r.diagnosis.causes.isEmpty()) {
        QString list = QStringLiteral("<ol>");
        for (const Cause &c : r.diagnosis.causes)
            list += QStringLiteral("<li><code>%1</code> %2<br><span class=\"evidence\">%3</span>"
                                   "</li>")
                        .arg(h(c.code), h(c.summary), h(tr("Evidence: %1").arg(c.evidence)));
        out += row(tr("Likely causes"), list + QStringLiteral("</ol>"));
    }
    for (const RecordFormatter::Id &id : RecordFormatter::ids(r))
        out += row(id.name, QStringLiteral("<code>%1</code>%2")
                                .arg(h(id.value), id.note.isEmpty()
                                                      ? QString()
                                                      : QStringLiteral(" (%1)").arg(h(id.note))));
    if (!e.file.isEmpty())
        out += row(tr("From"), h(e.file));
    if (!e.note.isEmpty())
        out += row(tr("Note"), h(e.note));
    for (const QString &s : e.skippedScripts)
        out += row(tr("Not run"), h(s));
    for (const QString &n : e.notices)
        out += row(tr("Notice"), h(n));
    out += QStringLiteral("</table><h3>%1</h3><pre>%2</pre><h3>%3</h3><pre>%4</pre>")
               .arg(h(tr("Request")), h(RecordFormatter::requestText(r)), h(tr("Response")),
                    h(RecordFormatter::responseHead(r)));
    const RecordFormatter::Excerpt body = RecordFormatter::bodyExcerpt(r, kBodyExcerptChars);
    if (!body.text.isEmpty())
        out += QStringLiteral("<h3>%1</h3><pre>%2</pre>")
                   .arg(h(body.cut ? tr("Body (the beginning)") : tr("Body")), h(body.text));
    return out + QStringLiteral("</section>\n");
}

QString ReportWriter::html(const Report &report)
{
    const QString title = report.title.isEmpty() ? tr("Calls to the FHIR API") : report.title;
    // Colours for light and dark viewers alike; nothing is fetched, nothing runs.
    static const QString style = QStringLiteral(
        "body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;"
        "color:#1d1d1f;background:#fff}h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;"
        "border-bottom:1px solid #ccc;padding-bottom:.2em;overflow-wrap:anywhere}"
        "h3{font-size:1em}table{border-collapse:collapse;margin:.5em 0}th,td{text-align:left;"
        "vertical-align:top;padding:.25em .6em;border:1px solid #ccc}table.facts th{width:12em}"
        "pre{background:#f4f4f6;padding:.6em;overflow-x:auto;white-space:pre-wrap;"
        "overflow-wrap:anywhere}code{font-family:ui-monospace,monospace}.ok{color:#176b2c}"
        ".fail{color:#b3261e;font-weight:bold}.evidence{color:#555}.meta{color:#555}"
        "@media (prefers-color-scheme:dark){body{color:#e8e8ea;background:#1c1c1e}"
        "pre{background:#2a2a2e}th,td{border-color:#555}.ok{color:#7ed38f}.fail{color:#ff8a80}"
        ".evidence,.meta{color:#aaa}}");
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                       "style-src 'unsafe-inline'\"><meta name=\"viewport\" "
                       "content=\"width=device-width, initial-scale=1\"><title>%2</title>"
                       "<style>%3</style></head><body>\n<h1>%2</h1><p class=\"meta\">%4</p>\n")
            .arg(h(tr("en", "the language of this translation, as an HTML lang code")), h(title),
                 style,
                 h(tr("%1 · written %2 by FHIR Bulk Explorer · %n call(s), headers "
                      "redacted",
                      nullptr, int(report.entries.size()))
                       .arg(report.source, utc(report.created))));
    if (report.isRun)
        out += htmlExpectations(report);
    for (int i = 0; i < report.entries.size(); ++i)
        out += htmlCall(report.entries.at(i), i + 1);
    return out + QStringLiteral("</body></html>\n");
}
