#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One issue of a FHIR R4 OperationOutcome (http://hl7.org/fhir/R4/operationoutcome.html).
struct OutcomeIssue
{
    QString severity; // fatal | error | warning | information
    QString code;     // IssueType code, e.g. "processing", "transient"
    QString diagnostics;
    QString details; // details.text, or the first coding's display/code
    QStringList expression;
    QStringList location;

    bool operator==(const OutcomeIssue &o) const
    {
        return severity == o.severity && code == o.code && diagnostics == o.diagnostics &&
               details == o.details && expression == o.expression && location == o.location;
    }
};

struct OperationOutcome
{
    QList<OutcomeIssue> issues;

    // Parses FHIR JSON. Returns nothing when the body is not an OperationOutcome.
    static std::optional<OperationOutcome> fromJson(const QByteArray &body);
    // Parses FHIR XML (namespace http://hl7.org/fhir). Returns nothing when it is not one.
    static std::optional<OperationOutcome> fromXml(const QByteArray &body);
    // Tries the format the body looks like (first non-space byte '{' or '<').
    static std::optional<OperationOutcome> parse(const QByteArray &body);

    // The most severe issue's severity ("fatal" > "error" > "warning" > "information").
    QString worstSeverity() const;
    bool hasTransientIssue() const;
};
