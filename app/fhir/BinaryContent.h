#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A FHIR Binary resource taken apart: contentType, securityContext and the decoded `data`, with
// plain words for what is wrong (not a Binary, `data` that is not base64, content that does not
// match its contentType). Also what the content is, for choosing a viewer.
struct BinaryContent
{
    Q_DECLARE_TR_FUNCTIONS(BinaryContent)
public:
    enum class Kind { Json, Xml, Ndjson, Text, Image, Pdf, Other };

    QString id;
    QString contentType;
    QString securityContext;
    QByteArray content; // decoded
    QString rawData;    // `data` as sent, its first MiB, when it cannot be decoded
    QString error;      // why there is no content
    QString warning;    // content that does not match its contentType
    Kind kind = Kind::Other;

    // A Binary resource in JSON or XML (converted by FhirConvert).
    static BinaryContent fromResource(const QByteArray &body);
    // Raw bytes with a content type (a raw Binary read, a local file).
    static BinaryContent fromBytes(const QByteArray &bytes, const QString &contentType);
    static Kind kindOf(const QString &contentType, const QByteArray &bytes);
};
