#include "BodyText.h"

#include "app/fhir/ContentOutline.h"

#include <QXmlStreamReader>

namespace {

bool looksBinary(const QByteArray &body)
{
    const qsizetype n = qMin<qsizetype>(body.size(), 4096);
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(body.at(i));
        if (c == 0 || (c < 0x09) || (c > 0x0d && c < 0x20 && c != 0x1b))
            return true;
    }
    return false;
}

QString escapeXml(QStringView s, bool attribute)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        switch (c.unicode()) {
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '"':
            if (attribute) {
                out += QLatin1String("&quot;");
                break;
            }
            Q_FALLTHROUGH();
        default:
            out += c;
        }
    }
    return out;
}

// The XML declaration as the document had it, or nothing where it had none.
QString declaration(const QXmlStreamReader &reader)
{
    if (reader.documentVersion().isEmpty())
        return {};
    QString out = QStringLiteral("<?xml version=\"%1\"").arg(reader.documentVersion());
    if (!reader.documentEncoding().isEmpty())
        out += QStringLiteral(" encoding=\"%1\"").arg(reader.documentEncoding());
    return out + QLatin1String("?>");
}

// "<name" with its namespace declarations and attributes, as written; ">" or "/>" to follow.
QString startTag(const QXmlStreamReader &reader)
{
    QString out = QLatin1Char('<') + reader.qualifiedName().toString();
    for (const auto &ns : reader.namespaceDeclarations()) {
        out += ns.prefix().isEmpty() ? QStringLiteral(" xmlns=\"")
                                     : QStringLiteral(" xmlns:%1=\"").arg(ns.prefix());
        out += escapeXml(ns.namespaceUri(), true) + QLatin1Char('"');
    }
    for (const auto &a : reader.attributes())
        out += QLatin1Char(' ') + a.qualifiedName().toString() + QStringLiteral("=\"") +
               escapeXml(a.value(), true) + QLatin1Char('"');
    return out;
}

} // namespace

// Re-indents XML read by QXmlStreamReader, keeping prefixes, namespace declarations and the
// (absence of an) XML declaration exactly as they were. Long as one switch over the token kinds,
// each case a few lines, read in one place.
QString BodyText::indentXml(const QByteArray &xml, QString *error, const XmlTokenHook &hook)
{
    QXmlStreamReader reader(xml);
    QString out;
    int depth = 0;
    qint32 line = 0;
    bool openTag = false;    // "<name ..." written, ">" or "/>" still to come
    bool textInside = false; // the current element holds text: keep its end tag on the line
    auto indent = [&out, &line](int d) {
        if (!out.isEmpty()) {
            out += QLatin1Char('\n');
            ++line;
        }
        out += QString(d * 2, QLatin1Char(' '));
    };
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::Characters && reader.isWhitespace())
            continue;
        if (hook && token == QXmlStreamReader::EndElement)
            hook(reader, line);
        if (openTag && token != QXmlStreamReader::EndElement) {
            out += QLatin1Char('>');
            openTag = false;
        }
        switch (token) {
        case QXmlStreamReader::StartDocument:
            out += declaration(reader);
            break;
        case QXmlStreamReader::StartElement:
            indent(depth++);
            if (hook)
                hook(reader, line);
            out += startTag(reader);
            openTag = true;
            textInside = false;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            if (openTag) {
                out += QLatin1String("/>");
                openTag = false;
            } else {
                if (!textInside)
                    indent(depth);
                out += QLatin1String("</");
                out += reader.qualifiedName();
                out += QLatin1Char('>');
            }
            textInside = false;
            break;
        case QXmlStreamReader::Characters:
            if (hook)
                hook(reader, line);
            out += reader.isCDATA() ? QStringLiteral("<![CDATA[%1]]>").arg(reader.text())
                                    : escapeXml(reader.text(), false);
            textInside = true;
            break;
        case QXmlStreamReader::Comment:
            indent(depth);
            out += QStringLiteral("<!--%1-->").arg(reader.text());
            break;
        case QXmlStreamReader::ProcessingInstruction:
            indent(depth);
            out +=
                QStringLiteral("<?%1 %2?>")
                    .arg(reader.processingInstructionTarget(), reader.processingInstructionData());
            break;
        case QXmlStreamReader::DTD:
            indent(depth);
            out += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        *error = BodyText::tr("Not well-formed XML at line %1, column %2: %3")
                     .arg(reader.lineNumber())
                     .arg(reader.columnNumber())
                     .arg(reader.errorString());
        return {};
    }
    return out;
}

BodyText::Kind BodyText::detect(const QByteArray &body, const QString &contentType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return Kind::Empty;
    const QString ct = contentType.toLower();
    if (ct.contains(QLatin1String("html")))
        return Kind::Html;
    if (ct.contains(QLatin1String("json")) || trimmed.startsWith('{') || trimmed.startsWith('['))
        return Kind::Json;
    if (ct.contains(QLatin1String("xml")))
        return Kind::Xml;
    if (trimmed.startsWith('<')) {
        const QByteArray head = trimmed.left(512).toLower();
        if (head.contains("<!doctype html") || head.contains("<html"))
            return Kind::Html;
        return Kind::Xml;
    }
    if (looksBinary(body))
        return Kind::Binary;
    return Kind::Text;
}

BodyText::Pretty BodyText::pretty(const QByteArray &body, const QString &contentType)
{
    Pretty p;
    p.kind = detect(body, contentType);
    switch (p.kind) {
    case Kind::Empty:
        return p;
    case Kind::Json: {
        // simdjson reads it; every token keeps its exact text, only whitespace changes.
        const auto outline = ContentOutline::build(body, ContentOutline::Format::Json);
        if (!outline->isValid()) {
            p.error = outline->error();
            p.text = QString::fromUtf8(body);
            return p;
        }
        p.text = QString::fromUtf8(outline->prettyText());
        return p;
    }
    case Kind::Xml: {
        QString error;
        p.text = indentXml(body, &error);
        if (!error.isEmpty()) {
            p.error = error;
            p.text = QString::fromUtf8(body);
        }
        return p;
    }
    case Kind::Binary:
        p.text = hexDump(body);
        return p;
    case Kind::Html:
    case Kind::Text:
        p.text = QString::fromUtf8(body);
        return p;
    }
    return p;
}

QString BodyText::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return tr("empty");
    case Kind::Json:
        return tr("JSON");
    case Kind::Xml:
        return tr("XML");
    case Kind::Html:
        return tr("HTML");
    case Kind::Text:
        return tr("text");
    case Kind::Binary:
        return tr("binary");
    }
    return {};
}

QString BodyText::hexDump(const QByteArray &body, int maxBytes)
{
    QString out;
    const int n = int(qMin<qsizetype>(body.size(), maxBytes));
    for (int off = 0; off < n; off += 16) {
        QString hex, ascii;
        for (int i = off; i < off + 16; ++i) {
            if (i < n) {
                const uchar c = uchar(body.at(i));
                hex += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                ascii += (c >= 0x20 && c < 0x7f) ? QLatin1Char(char(c)) : QLatin1Char('.');
            } else {
                hex += QStringLiteral("   ");
            }
        }
        out += QStringLiteral("%1  %2 %3\n").arg(off, 8, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    if (body.size() > n)
        out += tr("... %n more bytes", nullptr, int(body.size() - n));
    return out;
}
