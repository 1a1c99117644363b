#include "ConformanceReport.h"

#include "app/conformance/Catalogue.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

namespace {

QString callList(const QList<quint64> &calls)
{
    QStringList ids;
    for (quint64 c : calls)
        ids << QLatin1Char('#') + QString::number(c);
    return ids.join(QStringLiteral(", "));
}

int countOf(const QList<CheckResult> &results, CheckResult::Outcome o)
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [o](const CheckResult &r) { return r.outcome == o; }));
}

} // namespace

QString ConformanceReport::summary(const QList<CheckResult> &results)
{
    using O = CheckResult::Outcome;
    return tr("%n check(s): %1 passed, %2 failed, %3 warnings, %4 info, %5 not applicable, %6 "
              "skipped",
              nullptr, int(results.size()))
        .arg(countOf(results, O::Pass))
        .arg(countOf(results, O::Fail))
        .arg(countOf(results, O::Warning))
        .arg(countOf(results, O::Info))
        .arg(countOf(results, O::NotApplicable))
        .arg(countOf(results, O::Skipped));
}

QString ConformanceReport::text(const QList<CheckResult> &results, const Header &header)
{
    QString out =
        tr("Conformance of %1 (%2)").arg(header.server, header.profile) + QLatin1Char('\n');
    QString set;
    for (const CheckResult &r : Catalogue::ordered(results)) {
        const auto check = Catalogue::find(r.id);
        if (check && check->set != set) {
            set = check->set;
            out += QLatin1Char('\n') + set + QLatin1Char('\n');
        }
        out += QStringLiteral("  %1 %2 [%3]")
                   .arg(CheckResult::outcomeSymbol(r.outcome), r.id,
                        check ? Check::weightKey(check->weight) : QString());
        if (!r.calls.isEmpty())
            out += QLatin1Char(' ') + tr("calls %1").arg(callList(r.calls));
        out += QLatin1Char('\n');
        if (!r.reason.isEmpty())
            out += QStringLiteral("      %1: %2\n").arg(r.outcomeName(), r.reason);
        if (check && r.outcome == CheckResult::Outcome::Fail)
            out += QStringLiteral("      %1 %2\n").arg(check->clauseTitle, check->clauseUrl);
    }
    out += QLatin1Char('\n') + summary(results) + QLatin1Char('\n');
    return out;
}

QJsonObject ConformanceReport::json(const QList<CheckResult> &results, const Header &header)
{
    QJsonArray checks;
    for (const CheckResult &r : Catalogue::ordered(results)) {
        const auto check = Catalogue::find(r.id);
        QJsonArray calls;
        for (quint64 c : r.calls)
            calls.append(qint64(c));
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("result"), CheckResult::outcomeKey(r.outcome)},
                      {QStringLiteral("reason"), r.reason},
                      {QStringLiteral("calls"), calls}};
        if (check) {
            o.insert(QStringLiteral("set"), check->set);
            o.insert(QStringLiteral("weight"), Check::weightKey(check->weight));
            o.insert(QStringLiteral("clause"), check->clauseTitle);
            o.insert(QStringLiteral("clauseUrl"), check->clauseUrl);
        }
        checks.append(o);
    }
    using O = CheckResult::Outcome;
    return {{QStringLiteral("server"), header.server},
            {QStringLiteral("profile"), header.profile},
            {QStringLiteral("elapsedMs"), header.elapsedMs},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("passed"), countOf(results, O::Pass)},
            {QStringLiteral("failed"), countOf(results, O::Fail)},
            {QStringLiteral("warnings"), countOf(results, O::Warning)},
            {QStringLiteral("info"), countOf(results, O::Info)},
            {QStringLiteral("notApplicable"), countOf(results, O::NotApplicable)},
            {QStringLiteral("skipped"), countOf(results, O::Skipped)}};
}

QByteArray ConformanceReport::junit(const QList<CheckResult> &results, const Header &header)
{
    using O = CheckResult::Outcome;
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"),
                     QStringLiteral("fhir-bulk conform %1").arg(header.server));
    w.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
    w.writeAttribute(QStringLiteral("failures"), QString::number(countOf(results, O::Fail)));
    w.writeAttribute(QStringLiteral("time"), QString::number(header.elapsedMs / 1000.0, 'f', 3));
    for (const QString &set : Catalogue::sets()) {
        QList<CheckResult> mine;
        for (const CheckResult &r : results) {
            const auto check = Catalogue::find(r.id);
            if (check && check->set == set)
                mine << r;
        }
        if (mine.isEmpty())
            continue;
        w.writeStartElement(QStringLiteral("testsuite"));
        w.writeAttribute(QStringLiteral("name"), set);
        w.writeAttribute(QStringLiteral("tests"), QString::number(mine.size()));
        w.writeAttribute(QStringLiteral("failures"), QString::number(countOf(mine, O::Fail)));
        w.writeAttribute(
            QStringLiteral("skipped"),
            QString::number(countOf(mine, O::Skipped) + countOf(mine, O::NotApplicable)));
        for (const CheckResult &r : std::as_const(mine)) {
            const auto check = Catalogue::find(r.id);
            w.writeStartElement(QStringLiteral("testcase"));
            w.writeAttribute(QStringLiteral("classname"), QStringLiteral("conform.") + set);
            w.writeAttribute(QStringLiteral("name"), r.id);
            const QString message = r.reason.isEmpty() ? r.outcomeName() : r.reason;
            if (r.outcome == O::Fail) {
                w.writeStartElement(QStringLiteral("failure"));
                w.writeAttribute(QStringLiteral("message"), message);
                w.writeCharacters(QStringLiteral("%1\n%2\n%3")
                                      .arg(check ? check->clauseTitle : QString(),
                                           check ? check->clauseUrl : QString(),
                                           tr("calls %1").arg(callList(r.calls))));
                w.writeEndElement();
            } else if (r.outcome == O::Skipped || r.outcome == O::NotApplicable) {
                w.writeStartElement(QStringLiteral("skipped"));
                w.writeAttribute(QStringLiteral("message"), message);
                w.writeEndElement();
            } else {
                w.writeTextElement(
                    QStringLiteral("system-out"),
                    QStringLiteral("%1: %2 (%3)")
                        .arg(r.outcomeName(), message, tr("calls %1").arg(callList(r.calls))));
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

std::optional<QList<CheckResult>> ConformanceReport::fromJson(const QJsonObject &o, Header *header,
                                                              QString *problem)
{
    const QJsonValue checks = o.value(QLatin1String("checks"));
    if (!checks.isArray()) {
        *problem = tr("it is not a saved conformance run (no \"checks\" list)");
        return std::nullopt;
    }
    QList<CheckResult> results;
    for (const QJsonValue &v : checks.toArray()) {
        const QJsonObject c = v.toObject();
        const auto outcome =
            CheckResult::outcomeFromKey(c.value(QLatin1String("result")).toString());
        CheckResult r;
        r.id = c.value(QLatin1String("id")).toString();
        if (r.id.isEmpty() || !outcome) {
            *problem = tr("check %1 of the saved run has no id or an unknown result")
                           .arg(results.size() + 1);
            return std::nullopt;
        }
        r.outcome = *outcome;
        r.reason = c.value(QLatin1String("reason")).toString();
        for (const QJsonValue &call : c.value(QLatin1String("calls")).toArray())
            if (call.toInteger() > 0)
                r.calls << quint64(call.toInteger());
        results << r;
    }
    if (header) {
        header->server = o.value(QLatin1String("server")).toString();
        header->profile = o.value(QLatin1String("profile")).toString();
        header->elapsedMs = o.value(QLatin1String("elapsedMs")).toInteger();
    }
    return results;
}
