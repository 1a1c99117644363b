#include "ConformanceHtml.h"

#include "app/conformance/Catalogue.h"

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString calls(const QList<quint64> &ids)
{
    QStringList out;
    for (quint64 c : ids)
        out << QLatin1Char('#') + QString::number(c);
    return out.join(QStringLiteral(", "));
}

QString outcomeCell(const CheckResult &r)
{
    return QStringLiteral("<td class=\"%1\">%2&nbsp;%3</td>")
        .arg(CheckResult::outcomeKey(r.outcome), CheckResult::outcomeSymbol(r.outcome),
             esc(r.outcomeName()));
}

QString clauseCell(const std::optional<Check> &check)
{
    if (!check)
        return QStringLiteral("<td></td>");
    if (check->clauseUrl.startsWith(QLatin1String("https://")))
        return QStringLiteral("<td><a href=\"%1\">%2</a></td>")
            .arg(esc(check->clauseUrl), esc(check->clauseTitle));
    return QStringLiteral("<td>%1</td>").arg(esc(check->clauseTitle));
}

const char *const kStyle =
    "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
    "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
    "th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}"
    "th{background:#f0f0f0}code{font-size:95%}"
    "td.pass{color:#17612b}td.fail{color:#a4141d;font-weight:bold}"
    "td.warning{color:#8a5a00;font-weight:bold}td.info{color:#1d4f8a}"
    "td.not-applicable,td.skipped{color:#555}"
    "tr.changed td{background:#fff6d8}";

} // namespace

// One page: header, summary, one table per set, the comparison. Long because HTML is verbose;
// each part is a few lines.
QByteArray ConformanceHtml::page(const QList<CheckResult> &results,
                                 const ConformanceReport::Header &header,
                                 const Comparison *comparison)
{
    const QString title = tr("Conformance of %1").arg(header.server);
    QString h = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                               "<title>%1</title><style>%2</style></head><body>\n")
                    .arg(esc(title), QLatin1String(kStyle));
    h += QStringLiteral("<h1>%1</h1>\n<p>%2<br>%3<br>%4</p>\n")
             .arg(esc(title), esc(tr("Profile: %1").arg(header.profile)),
                  esc(tr("Took %1 s").arg(header.elapsedMs / 1000.0, 0, 'f', 1)),
                  esc(ConformanceReport::summary(results)));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(tr("✔ pass, ✘ fail (a SHALL), ⚠ warning (a SHOULD), ℹ info (a MAY), – not "
                         "applicable, ⏭ skipped. The call numbers are those of the explorer's "
                         "log, history and HAR.")));
    const QString head = QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                                        "<th>%5</th><th>%6</th></tr>\n")
                             .arg(esc(tr("Result")), esc(tr("Check")), esc(tr("Weight")),
                                  esc(tr("Clause")), esc(tr("What was found")), esc(tr("Calls")));
    const QList<CheckResult> all = Catalogue::ordered(results);
    for (const QString &set : Catalogue::sets()) {
        QString rows;
        for (const CheckResult &r : all) {
            const auto check = Catalogue::find(r.id);
            if (!check || check->set != set)
                continue;
            rows += QStringLiteral("<tr>%1<td><code>%2</code></td><td>%3</td>%4<td>%5</td>"
                                   "<td>%6</td></tr>\n")
                        .arg(outcomeCell(r), esc(r.id), Check::weightKey(check->weight),
                             clauseCell(check), esc(r.reason), calls(r.calls));
        }
        if (!rows.isEmpty())
            h += QStringLiteral("<h2>%1</h2>\n<table>\n%2%3</table>\n")
                     .arg(esc(Catalogue::setTitle(set)), head, rows);
    }
    if (comparison) {
        h += QStringLiteral("<h2>%1</h2>\n<p>%2<br>%3</p>\n<table>\n")
                 .arg(esc(tr("Compared with an earlier run")), esc(comparison->earlier),
                      esc(RunComparison::summary(comparison->rows)));
        h += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                 .arg(esc(tr("Check")), esc(tr("Earlier run")), esc(tr("This run")),
                      esc(tr("What changed")));
        for (const RunComparison::Row &row : comparison->rows) {
            const auto side = [](const std::optional<CheckResult> &r) {
                return r ? outcomeCell(*r) : QStringLiteral("<td>–</td>");
            };
            h += QStringLiteral("<tr%1><td><code>%2</code></td>%3%4<td>%5</td></tr>\n")
                     .arg(row.changed() ? QStringLiteral(" class=\"changed\"") : QString(),
                          esc(row.id), side(row.before), side(row.after), esc(row.change()));
        }
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}
