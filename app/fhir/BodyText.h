#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>

class QXmlStreamReader;

// Turns a response body into text for people: detects its kind and pretty-prints JSON and XML.
class BodyText
{
    Q_DECLARE_TR_FUNCTIONS(BodyText)
public:
    enum class Kind { Empty, Json, Xml, Html, Text, Binary };

    static Kind detect(const QByteArray &body, const QString &contentType);

    struct Pretty
    {
        Kind kind = Kind::Empty;
        QString text;  // pretty text (or the raw text when it could not be formatted)
        QString error; // why it could not be formatted ("JSON error at offset 12: ...")
    };
    // JSON keeps its exact tokens (numbers such as 1.50 stay 1.50): only whitespace changes.
    static Pretty pretty(const QByteArray &body, const QString &contentType);

    // XML re-indented (prefixes, namespace declarations and the XML declaration kept). The hook
    // sees each start element, text and end element with the pretty-text line it lands on.
    using XmlTokenHook = std::function<void(const QXmlStreamReader &reader, qint32 line)>;
    static QString indentXml(const QByteArray &xml, QString *error, const XmlTokenHook &hook = {});

    static QString kindName(Kind kind);
    // A hex dump of the first bytes, for bodies that are not text.
    static QString hexDump(const QByteArray &body, int maxBytes = 4096);
};
