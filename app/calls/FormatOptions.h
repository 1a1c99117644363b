#pragma once

#include <QByteArray>
#include <QList>

// How FHIR content is asked for. The vendor's examples send the format as Content-Type;
// standard FHIR uses Accept (and optionally _format).
struct FormatOptions
{
    QByteArray mimeType = "application/fhir+json";
    bool alsoContentType = false;
    bool formatParameter = false;

    static QList<QByteArray> choices()
    {
        return {"application/fhir+json", "application/fhir+xml", "application/json",
                "application/xml"};
    }
};
