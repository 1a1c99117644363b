#include "OperationOutcome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace {

QString detailsText(const QJsonObject &details)
{
    const QString text = details.value(QLatin1String("text")).toString();
    if (!text.isEmpty())
        return text;
    const QJsonArray codings = details.value(QLatin1String("coding")).toArray();
    for (const QJsonValue &c : codings) {
        const QJsonObject coding = c.toObject();
        const QString display = coding.value(QLatin1String("display")).toString();
        if (!display.isEmpty())
            return display;
        const QString code = coding.value(QLatin1String("code")).toString();
        if (!code.isEmpty())
            return code;
    }
    return {};
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray arr = v.toArray();
    for (const QJsonValue &e : arr)
        out << e.toString();
    return out;
}

int severityRank(const QString &s)
{
    if (s == QLatin1String("fatal"))
        return 4;
    if (s == QLatin1String("error"))
        return 3;
    if (s == QLatin1String("warning"))
        return 2;
    if (s == QLatin1String("information"))
        return 1;
    return 0;
}

} // namespace

std::optional<OperationOutcome> OperationOutcome::fromJson(const QByteArray &body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("resourceType")).toString() != QLatin1String("OperationOutcome"))
        return std::nullopt;
    OperationOutcome out;
    const QJsonArray issues = root.value(QLatin1String("issue")).toArray();
    for (const QJsonValue &v : issues) {
        const QJsonObject o = v.toObject();
        OutcomeIssue issue;
        issue.severity = o.value(QLatin1String("severity")).toString();
        issue.code = o.value(QLatin1String("code")).toString();
        issue.diagnostics = o.value(QLatin1String("diagnostics")).toString();
        issue.details = detailsText(o.value(QLatin1String("details")).toObject());
        issue.expression = stringList(o.value(QLatin1String("expression")));
        issue.location = stringList(o.value(QLatin1String("location")));
        out.issues << issue;
    }
    return out;
}

std::optional<OperationOutcome> OperationOutcome::fromXml(const QByteArray &body)
{
    // FHIR XML keeps primitive values in a `value` attribute: <code value="processing"/>.
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement())
        return std::nullopt;
    if (xml.name() != QLatin1String("OperationOutcome"))
        return std::nullopt;
    OperationOutcome out;
    OutcomeIssue *current = nullptr;
    QString detailsDisplay;
    QString detailsCode;
    QStringList path; // element names below <issue>
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            const QString value = xml.attributes().value(QLatin1String("value")).toString();
            if (path.isEmpty() && name == QLatin1String("issue")) {
                out.issues.append(OutcomeIssue{});
                current = &out.issues.last();
                detailsDisplay.clear();
                detailsCode.clear();
            } else if (current && path.size() == 1) {
                if (name == QLatin1String("severity"))
                    current->severity = value;
                else if (name == QLatin1String("code"))
                    current->code = value;
                else if (name == QLatin1String("diagnostics"))
                    current->diagnostics = value;
                else if (name == QLatin1String("expression"))
                    current->expression << value;
                else if (name == QLatin1String("location"))
                    current->location << value;
            } else if (current && path.size() >= 2 && path.at(1) == QLatin1String("details")) {
                if (path.size() == 2 && name == QLatin1String("text"))
                    current->details = value;
                else if (name == QLatin1String("display") && detailsDisplay.isEmpty())
                    detailsDisplay = value;
                else if (name == QLatin1String("code") && detailsCode.isEmpty())
                    detailsCode = value;
            }
            path << name;
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
            if (path.size() == 0 && current && xml.name() == QLatin1String("issue")) {
                if (current->details.isEmpty())
                    current->details = detailsDisplay.isEmpty() ? detailsCode : detailsDisplay;
                current = nullptr;
            }
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return out;
}

std::optional<OperationOutcome> OperationOutcome::parse(const QByteArray &body)
{
    // Every answer passes through here: a scan for the name is cheap, parsing a large Group or
    // Bundle (to find it is no OperationOutcome) would stall the window.
    if (!body.contains("OperationOutcome"))
        return std::nullopt;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{'))
        return fromJson(trimmed);
    if (trimmed.startsWith('<'))
        return fromXml(trimmed);
    return std::nullopt;
}

QString OperationOutcome::worstSeverity() const
{
    QString worst;
    for (const OutcomeIssue &i : issues) {
        if (severityRank(i.severity) > severityRank(worst))
            worst = i.severity;
    }
    return worst;
}

bool OperationOutcome::hasTransientIssue() const
{
    for (const OutcomeIssue &i : issues) {
        if (i.code == QLatin1String("transient"))
            return true;
    }
    return false;
}
