#include "CallDiff.h"

#include "app/fhir/BodyText.h"
#include "app/fhir/FhirConvert.h"
#include "app/support/Format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Row = CallComparison::Row;

Row makeRow(const QString &section, const QString &key, const QString &left, const QString &right,
            bool expected = false)
{
    Row r{section, key, left, right, Row::Kind::Same, false};
    if (left != right) {
        r.kind = left.isEmpty()    ? Row::Kind::Added
                 : right.isEmpty() ? Row::Kind::Removed
                                   : Row::Kind::Changed;
        r.expected = expected;
    }
    return r;
}

QString statusText(const CallRecord &r)
{
    if (!r.status)
        return CallDiff::tr("no answer (%1)").arg(r.transportErrorCode);
    return QStringLiteral("%1 %2")
        .arg(*r.status)
        .arg(QString::fromLatin1(r.reasonPhrase))
        .trimmed();
}

QString label(const CallRecord &r)
{
    QString text =
        QStringLiteral("#%1 %2 %3").arg(r.id).arg(QString::fromLatin1(r.method), r.url.toString());
    if (!r.profile.isEmpty())
        text += QStringLiteral(" (%1)").arg(r.profile);
    return text;
}

// Headers by name, case-insensitive, in their first order; a repeated header is one value.
QList<QPair<QString, QString>> merged(const HeaderList &headers)
{
    QList<QPair<QString, QString>> out;
    for (const auto &h : headers) {
        const QString name = QString::fromLatin1(h.first);
        const QString value = QString::fromLatin1(h.second);
        auto it = std::find_if(out.begin(), out.end(), [&](const auto &o) {
            return o.first.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (it == out.end())
            out.append({name, value});
        else
            it->second += QStringLiteral(", ") + value;
    }
    return out;
}

bool differsAlways(const QString &header)
{
    static const QStringList names = {QStringLiteral("date"),
                                      QStringLiteral("x-request-id"),
                                      QStringLiteral("x-correlation-id"),
                                      QStringLiteral("x-amzn-requestid"),
                                      QStringLiteral("x-amz-apigw-id"),
                                      QStringLiteral("x-amzn-trace-id"),
                                      QStringLiteral("x-amzn-remapped-date")};
    return names.contains(header.toLower());
}

void compareHeaders(const QString &section, const HeaderList &left, const HeaderList &right,
                    QList<Row> &rows)
{
    const auto a = merged(left);
    const auto b = merged(right);
    const auto find = [](const QList<QPair<QString, QString>> &list, const QString &name) {
        for (const auto &h : list)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return std::optional<QString>(h.second);
        return std::optional<QString>();
    };
    for (const auto &h : a) {
        const auto other = find(b, h.first);
        Row r =
            makeRow(section, h.first, h.second, other.value_or(QString()), differsAlways(h.first));
        if (!other)
            r.kind = Row::Kind::Removed; // an empty value that the other call lacks
        rows.append(r);
    }
    for (const auto &h : b) {
        if (!find(a, h.first)) {
            Row r = makeRow(section, h.first, QString(), h.second, differsAlways(h.first));
            r.kind = Row::Kind::Added;
            rows.append(r);
        }
    }
}

struct Structure
{
    std::optional<QJsonValue> json;
    QString kind;    // "JSON", "XML", …
    QString problem; // why it has no structure
};

Structure structureOf(const QByteArray &bytes, const QString &contentType)
{
    Structure s;
    const BodyText::Kind kind = BodyText::detect(bytes, contentType);
    s.kind = BodyText::kindName(kind);
    QByteArray json = bytes;
    if (kind == BodyText::Kind::Xml) {
        const FhirConvert::Result converted = FhirConvert::xmlToJson(bytes);
        if (!converted.ok()) {
            s.problem = CallDiff::tr("the XML body is not FHIR XML (%1)").arg(converted.error);
            return s;
        }
        json = converted.text;
    } else if (kind != BodyText::Kind::Json) {
        s.problem = CallDiff::tr("a %1 body has no structure to compare").arg(s.kind);
        return s;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        s.problem = CallDiff::tr("the JSON body does not parse (%1)").arg(error.errorString());
        return s;
    }
    s.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return s;
}

} // namespace

void CallDiff::compareBodies(const CallRecord &left, const CallRecord &right, const Limits &limits,
                             CallComparison &out)
{
    const QString section = tr("Body");
    out.rows.append(
        makeRow(section, tr("size"), Format::size(left.bodySize), Format::size(right.bodySize)));
    if (left.bodySize > limits.maxBodyBytes || right.bodySize > limits.maxBodyBytes) {
        out.notCompared << tr("The bodies were compared by size only: one is larger than %1.")
                               .arg(Format::size(limits.maxBodyBytes));
        return;
    }
    const QByteArray a = left.wholeBody();
    const QByteArray b = right.wholeBody();
    if (a == b) {
        out.rows.append(makeRow(section, tr("content"), tr("identical"), tr("identical")));
        return;
    }
    const Structure sa = structureOf(a, left.contentType());
    const Structure sb = structureOf(b, right.contentType());
    if (!sa.json || !sb.json) {
        out.rows.append(
            makeRow(section, tr("content"), tr("%1, %2").arg(sa.kind, Format::size(a.size())),
                    tr("%1, %2, different bytes").arg(sb.kind, Format::size(b.size()))));
        out.notCompared << tr("The bodies were compared as bytes only: %1.")
                               .arg(!sa.json ? sa.problem : sb.problem);
        return;
    }
    const JsonDiff::Result diff = JsonDiff::compare(*sa.json, *sb.json, limits.json);
    if (diff.changes.isEmpty()) // the same document, written differently (or as JSON and XML)
        out.rows.append(Row{section, QStringLiteral("$"),
                            tr("the same structure (%1)").arg(sa.kind),
                            tr("the same structure (%1)").arg(sb.kind), Row::Kind::Same, false});
    for (const JsonDiff::Change &c : diff.changes) {
        Row r{section, c.path, c.left, c.right, Row::Kind::Changed, false};
        if (c.kind == JsonDiff::Change::Kind::Added)
            r.kind = Row::Kind::Added;
        else if (c.kind == JsonDiff::Change::Kind::Removed)
            r.kind = Row::Kind::Removed;
        out.rows.append(r);
    }
    if (diff.stoppedAtNodes)
        out.notCompared << tr("The bodies hold more than %n value(s): the rest was not compared.",
                              nullptr, limits.json.maxNodes);
    if (diff.stoppedAtChanges)
        out.notCompared << tr("The bodies differ in more than %n place(s): only the first are "
                              "listed.",
                              nullptr, limits.json.maxChanges);
}

CallComparison CallDiff::compare(const CallRecord &left, const CallRecord &right,
                                 const Limits &limits)
{
    CallComparison out;
    out.leftLabel = label(left);
    out.rightLabel = label(right);
    const QString request = tr("Request");
    out.rows.append(makeRow(request, tr("method"), QString::fromLatin1(left.method),
                            QString::fromLatin1(right.method)));
    out.rows.append(makeRow(request, tr("URL"), left.url.toString(), right.url.toString()));
    const QString answer = tr("Answer");
    out.rows.append(makeRow(answer, tr("status"), statusText(left), statusText(right)));
    out.rows.append(makeRow(answer, tr("diagnosis"), left.diagnosis.code, right.diagnosis.code));
    const QString causes = tr("Cause");
    QStringList codes;
    for (const Cause &c : left.diagnosis.causes + right.diagnosis.causes)
        if (!codes.contains(c.code))
            codes << c.code;
    for (const QString &code : std::as_const(codes)) {
        const auto has = [&](const CallRecord &r) {
            return std::any_of(r.diagnosis.causes.cbegin(), r.diagnosis.causes.cend(),
                               [&](const Cause &c) { return c.code == code; });
        };
        out.rows.append(makeRow(causes, code, has(left) ? tr("likely") : QString(),
                                has(right) ? tr("likely") : QString()));
    }
    out.rows.append(makeRow(tr("Timing"), tr("time taken"), tr("%1 ms").arg(left.elapsedMs),
                            tr("%1 ms").arg(right.elapsedMs), true));
    compareHeaders(tr("Request header"), left.requestHeaders, right.requestHeaders, out.rows);
    compareHeaders(tr("Response header"), left.responseHeaders, right.responseHeaders, out.rows);
    if (left.status || right.status)
        compareBodies(left, right, limits, out);
    // Differences first, then those any two calls have, then what is the same.
    std::stable_sort(out.rows.begin(), out.rows.end(), [](const Row &a, const Row &b) {
        const auto rank = [](const Row &r) { return !r.differs() ? 2 : r.expected ? 1 : 0; };
        return rank(a) < rank(b);
    });
    return out;
}

QString CallDiff::text(const CallComparison &c)
{
    QStringList lines;
    const int expected = int(std::count_if(c.rows.cbegin(), c.rows.cend(),
                                           [](const Row &r) { return r.differs() && r.expected; }));
    lines << tr("Left:  %1").arg(c.leftLabel) << tr("Right: %1").arg(c.rightLabel)
          << tr("%n difference(s).", nullptr, c.differences());
    if (expected > 0)
        lines << tr("%n more that any two calls have (ids, dates, time taken), marked ~.", nullptr,
                    expected);
    for (const Row &r : c.rows) {
        const QChar mark = r.differs() && r.expected      ? QLatin1Char('~')
                           : r.kind == Row::Kind::Added   ? QLatin1Char('+')
                           : r.kind == Row::Kind::Removed ? QLatin1Char('-')
                           : r.kind == Row::Kind::Changed ? QChar(0x2260)
                                                          : QLatin1Char('=');
        const QString absent = tr("(absent)");
        lines << QStringLiteral("%1 %2 %3: %4 | %5")
                     .arg(mark)
                     .arg(r.section, r.key, r.left.isEmpty() ? absent : r.left,
                          r.right.isEmpty() ? absent : r.right);
    }
    for (const QString &n : c.notCompared)
        lines << tr("Not compared: %1").arg(n);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
