#pragma once

// Private to app/fhir: an implementation header, included by app/fhir sources only (not part of
// the layer's interface; nothing outside app/fhir may include it).

// Part of FhirConvert (JSON<->XML by the R4 rules): JSON to XML: the tree written as FHIR XML in
// the table's element order. Included by FhirConvert.cpp only.
#include "app/fhir/FhirJsonTree_p.h"
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace FhirConvertDetail {

// ---- JSON to XML ----------------------------------------------------------------------------

class XmlOut
{
public:
    XmlOut(QByteArray *buffer, bool pretty) : m_w(buffer), m_pretty(pretty)
    {
        m_w.setAutoFormatting(pretty);
        m_w.setAutoFormattingIndent(2);
    }
    QString error;

    bool document(const JNode &root)
    {
        if (m_pretty)
            m_w.writeStartDocument();
        if (!resource(root, QStringLiteral(""), true))
            return false;
        m_w.writeEndDocument();
        return true;
    }

private:
    bool fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = path.isEmpty() ? what : QStringLiteral("%1: %2").arg(path, what);
        return false;
    }

    bool resource(const JNode &node, const QString &path, bool root = false)
    {
        const JNode *rt = node.member(QStringLiteral("resourceType"));
        if (node.kind != JNode::Object || !rt || rt->kind != JNode::String)
            return fail(path, FhirConvert::tr("a resource needs a resourceType"));
        if (!table().isResource(rt->text))
            return fail(path, FhirConvert::tr("%1 is not an R4 resource type").arg(rt->text));
        m_w.writeStartElement(rt->text);
        if (root)
            m_w.writeDefaultNamespace(kFhirNs);
        if (!children(node, rt->text,
                      path.isEmpty() ? rt->text : path + QLatin1Char('/') + rt->text, true))
            return false;
        m_w.writeEndElement();
        return true;
    }

    bool children(const JNode &node, const QString &type, const QString &path, bool isResource)
    {
        const TypeDef *def = table().find(type);
        if (!def)
            return fail(path, FhirConvert::tr("no definition for %1").arg(type));
        if (node.kind != JNode::Object)
            return fail(path, FhirConvert::tr("an object was expected"));
        // Every member must be an element of the type: nothing is dropped quietly.
        for (const auto &m : node.members) {
            QString name = m.first;
            if (name == QLatin1String("resourceType") && isResource)
                continue;
            if (name == QLatin1String("fhir_comments"))
                continue;
            if (name.startsWith(QLatin1Char('_')))
                name = name.mid(1);
            QString t;
            if (!match(*def, name, &t))
                return fail(path, FhirConvert::tr("%1 is not an element of %2").arg(m.first, type));
        }
        // XML attributes first: the id of an element (not of a resource), an extension's url.
        if (!isResource) {
            if (const JNode *id = node.member(QStringLiteral("id")))
                m_w.writeAttribute(QStringLiteral("id"), id->text);
            if (type == QLatin1String("Extension")) {
                if (const JNode *url = node.member(QStringLiteral("url")))
                    m_w.writeAttribute(QStringLiteral("url"), url->text);
            }
        }
        for (const ElementDef &el : def->elements) {
            if (!isResource &&
                (el.name == QLatin1String("id") ||
                 (type == QLatin1String("Extension") && el.name == QLatin1String("url"))))
                continue;
            QList<std::pair<QString, QString>> present; // (json name, type)
            if (el.choice) {
                for (const QString &t : el.types) {
                    const QString n = el.base + upperFirst(t);
                    if (node.member(n) || node.member(QLatin1Char('_') + n))
                        present.append({n, t});
                }
            } else if (node.member(el.name) || node.member(QLatin1Char('_') + el.name)) {
                present.append({el.name, el.types.value(0)});
            }
            for (const auto &p : present) {
                const JNode *value = node.member(p.first);
                const JNode *ext = node.member(QLatin1Char('_') + p.first);
                const QString at = path + QLatin1Char('.') + p.first;
                if (el.many) {
                    if ((value && value->kind != JNode::Array) ||
                        (ext && ext->kind != JNode::Array))
                        return fail(at, FhirConvert::tr("an array was expected"));
                    const qsizetype n =
                        qMax(value ? value->items.size() : 0, ext ? ext->items.size() : 0);
                    for (qsizetype i = 0; i < n; ++i) {
                        const JNode *v =
                            value && i < value->items.size() ? &value->items.at(i) : nullptr;
                        const JNode *x = ext && i < ext->items.size() ? &ext->items.at(i) : nullptr;
                        if (!element(p.first, p.second, v, x,
                                     QStringLiteral("%1[%2]").arg(at).arg(i)))
                            return false;
                    }
                } else {
                    if ((value && value->kind == JNode::Array) ||
                        (ext && ext->kind == JNode::Array))
                        return fail(at,
                                    FhirConvert::tr("a single value was expected, not an array"));
                    if (!element(p.first, p.second, value, ext, at))
                        return false;
                }
            }
        }
        return true;
    }

    bool element(const QString &name, const QString &type, const JNode *value, const JNode *ext,
                 const QString &path)
    {
        if (value && value->kind == JNode::Null)
            value = nullptr;
        if (ext && ext->kind == JNode::Null)
            ext = nullptr;
        if (!value && !ext)
            return true; // a null that keeps a primitive array aligned
        if (type == QLatin1String("xhtml"))
            return xhtml(value, path);
        if (table().isPrimitive(type)) {
            if (value && (value->kind == JNode::Object || value->kind == JNode::Array))
                return fail(path, FhirConvert::tr("a primitive value was expected"));
            // A boolean or a number must be one in JSON too: as a string (`"value": "#c1"`) it
            // made XML that the reader, rightly, refuses.
            if (value && type == QLatin1String("boolean") && value->kind != JNode::Bool)
                return fail(QString(),
                            FhirConvert::tr("%1: \"%2\" is not a boolean").arg(path, value->text));
            if (value && isNumberType(type) && value->kind != JNode::Number)
                return fail(QString(),
                            FhirConvert::tr("%1: \"%2\" is not a number").arg(path, value->text));
            m_w.writeStartElement(name);
            if (ext && ext->kind == JNode::Object) {
                if (const JNode *id = ext->member(QStringLiteral("id")))
                    m_w.writeAttribute(QStringLiteral("id"), id->text);
            }
            if (value)
                m_w.writeAttribute(QStringLiteral("value"), value->text);
            if (ext && ext->kind == JNode::Object) {
                for (const auto &m : ext->members) {
                    if (m.first != QLatin1String("id") && m.first != QLatin1String("extension"))
                        return fail(
                            path, FhirConvert::tr("_%1 may only hold id and extension").arg(name));
                }
                if (const JNode *extensions = ext->member(QStringLiteral("extension"))) {
                    for (const JNode &e : extensions->items) {
                        if (!element(QStringLiteral("extension"), QStringLiteral("Extension"), &e,
                                     nullptr, path + QStringLiteral(".extension")))
                            return false;
                    }
                }
            }
            m_w.writeEndElement();
            return true;
        }
        if (!value)
            return fail(path, FhirConvert::tr("_%1 belongs to primitive elements only").arg(name));
        m_w.writeStartElement(name);
        if (type == QLatin1String("Resource")) {
            if (!resource(*value, path))
                return false;
        } else if (!children(*value, type, path, false)) {
            return false;
        }
        m_w.writeEndElement();
        return true;
    }

    bool xhtml(const JNode *value, const QString &path)
    {
        if (!value || value->kind != JNode::String)
            return fail(path, FhirConvert::tr("the narrative div must be a string of XHTML"));
        // The div is XHTML: copied token by token, in its own namespace, with no indentation
        // added (whitespace is content there), by a writer of its own whose only default
        // namespace is XHTML. Written by m_w, an element of FHIR's namespace inside the div was
        // put without a prefix, in XHTML's (Qt 6.4 takes the root's default declaration for
        // the namespace's, although the div's shadows it).
        QXmlStreamReader r(value->text);
        QByteArray div;
        QXmlStreamWriter w(&div);
        bool started = false;
        QString why;
        while (!r.atEnd()) {
            r.readNext();
            if (r.hasError())
                break; // no token to copy: the error is the conversion's (below)
            if (r.isStartDocument() || r.isEndDocument() || r.isDTD())
                continue;
            if (r.isStartElement() && !started) {
                started = true;
                if (r.name() != QLatin1String("div"))
                    return fail(path, FhirConvert::tr("the narrative must be a <div>"));
                // Without a namespace it is taken for XHTML; in another, it is not a narrative.
                if (!r.namespaceUri().isEmpty() && r.namespaceUri() != kXhtmlNs)
                    return fail(path, FhirConvert::tr("the narrative's <div> must be in the XHTML "
                                                      "namespace (%1), not in %2")
                                          .arg(kXhtmlNs, r.namespaceUri().toString()));
                w.writeDefaultNamespace(kXhtmlNs); // declared on the div, no prefix
                w.writeStartElement(kXhtmlNs, QStringLiteral("div"));
                if (!copyXhtmlAttributes(w, r, &why))
                    return fail(path, why);
                continue;
            }
            if (!copyXhtmlToken(w, r, &why))
                return fail(path, why);
        }
        if (r.hasError())
            return fail(
                path,
                FhirConvert::tr("the narrative is not well-formed XHTML: %1").arg(r.errorString()));
        // Into the document as it is: the element around it gets its `>` first.
        m_w.setAutoFormatting(false);
        m_w.writeCharacters(QString());
        m_w.device()->write(div);
        m_w.setAutoFormatting(m_pretty);
        return true;
    }

    QXmlStreamWriter m_w;
    bool m_pretty;
};

} // namespace FhirConvertDetail
