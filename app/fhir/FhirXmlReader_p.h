#pragma once

// Private to app/fhir: an implementation header, included by app/fhir sources only (not part of
// the layer's interface; nothing outside app/fhir may include it).

// Part of FhirConvert (JSON<->XML by the R4 rules): XML to JSON: FHIR XML read into the tree, with
// each element's cardinality from the table. Included by FhirConvert.cpp only.
#include "app/fhir/FhirJsonTree_p.h"
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <QCoreApplication>
#include <QScopeGuard>
#include <QXmlStreamReader>

namespace FhirConvertDetail {

// ---- XML to JSON ----------------------------------------------------------------------------

class XmlIn
{
public:
    explicit XmlIn(const QByteArray &xml) : m_r(xml) {}
    QString error;

    bool document(JNode *root)
    {
        if (!m_r.readNextStartElement())
            return fail(FhirConvert::tr("no root element (%1)").arg(m_r.errorString()));
        if (m_r.namespaceUri() != kFhirNs)
            return fail(
                FhirConvert::tr("the root element is not in the FHIR namespace (%1)").arg(kFhirNs));
        if (!resource(root, QString()))
            return false;
        return true;
    }

private:
    bool fail(const QString &what)
    {
        if (error.isEmpty())
            error =
                m_r.hasError()
                    ? FhirConvert::tr("line %1: %2").arg(m_r.lineNumber()).arg(m_r.errorString())
                    : FhirConvert::tr("line %1: %2").arg(m_r.lineNumber()).arg(what);
        return false;
    }

    bool resource(JNode *out, const QString &path)
    {
        const QString type = m_r.name().toString();
        if (!table().isResource(type))
            return fail(FhirConvert::tr("%1 is not an R4 resource type").arg(type));
        out->kind = JNode::Object;
        JNode rt;
        rt.kind = JNode::String;
        rt.text = type;
        out->members.append({QStringLiteral("resourceType"), rt});
        return children(out, type, path.isEmpty() ? type : path + QLatin1Char('/') + type, true);
    }

    static void set(JNode *obj, const QString &key, JNode value, bool many, qsizetype index)
    {
        for (auto &m : obj->members) {
            if (m.first == key) {
                if (many) {
                    while (m.second.items.size() < index)
                        m.second.items.append(JNode{});
                    m.second.items.append(std::move(value));
                } else {
                    m.second = std::move(value);
                }
                return;
            }
        }
        if (many) {
            JNode array;
            array.kind = JNode::Array;
            for (qsizetype i = 0; i < index; ++i)
                array.items.append(JNode{});
            array.items.append(std::move(value));
            obj->members.append({key, std::move(array)});
        } else {
            obj->members.append({key, std::move(value)});
        }
    }

    bool children(JNode *out, const QString &type, const QString &path, bool isResource)
    {
        const TypeDef *def = table().find(type);
        if (!def)
            return fail(FhirConvert::tr("no definition for %1").arg(type));
        out->kind = JNode::Object;
        if (!isResource) {
            const QXmlStreamAttributes attributes = m_r.attributes();
            if (attributes.hasAttribute(QStringLiteral("id")))
                set(out, QStringLiteral("id"),
                    str(attributes.value(QStringLiteral("id")).toString()), false, 0);
            if (type == QLatin1String("Extension") &&
                attributes.hasAttribute(QStringLiteral("url")))
                set(out, QStringLiteral("url"),
                    str(attributes.value(QStringLiteral("url")).toString()), false, 0);
        }
        QHash<QString, qsizetype> counts; // repetitions of each element so far
        while (m_r.readNextStartElement()) {
            const QString name = m_r.name().toString();
            const QString at = path + QLatin1Char('.') + name;
            if (name == QLatin1String("div") && m_r.namespaceUri() == kXhtmlNs) {
                QString t;
                const ElementDef *el = match(*def, name, &t);
                if (!el)
                    return fail(FhirConvert::tr("<div> is not an element of %1").arg(type));
                JNode div;
                div.kind = JNode::String;
                if (!captureXhtml(&div.text))
                    return false;
                set(out, name, std::move(div), false, 0);
                continue;
            }
            if (m_r.namespaceUri() != kFhirNs)
                return fail(FhirConvert::tr("<%1> is not in the FHIR namespace").arg(name));
            QString elemType;
            const ElementDef *el = match(*def, name, &elemType);
            if (!el)
                return fail(FhirConvert::tr("<%1> is not an element of %2").arg(name, type));
            const qsizetype index = counts.value(name);
            counts[name] = index + 1;
            if (!el->many && index > 0)
                return fail(FhirConvert::tr("<%1> repeats, but %2.%1 allows one").arg(name, type));
            if (table().isPrimitive(elemType)) {
                const QXmlStreamAttributes attributes = m_r.attributes();
                JNode ext;
                ext.kind = JNode::Object;
                if (attributes.hasAttribute(QStringLiteral("id")))
                    ext.members.append({QStringLiteral("id"),
                                        str(attributes.value(QStringLiteral("id")).toString())});
                JNode extensions;
                extensions.kind = JNode::Array;
                while (m_r.readNextStartElement()) {
                    if (m_r.name() != QLatin1String("extension"))
                        return fail(FhirConvert::tr("<%1> may only hold extensions, not <%2>")
                                        .arg(name, m_r.name().toString()));
                    JNode e;
                    if (!children(&e, QStringLiteral("Extension"),
                                  at + QStringLiteral(".extension"), false))
                        return false;
                    extensions.items.append(std::move(e));
                }
                if (m_r.hasError())
                    return fail(QString());
                if (!extensions.items.isEmpty())
                    ext.members.append({QStringLiteral("extension"), std::move(extensions)});
                if (attributes.hasAttribute(QStringLiteral("value"))) {
                    JNode v;
                    if (!primitive(elemType, attributes.value(QStringLiteral("value")).toString(),
                                   &v, at))
                        return false;
                    set(out, name, std::move(v), el->many, index);
                }
                if (!ext.members.isEmpty())
                    set(out, QLatin1Char('_') + name, std::move(ext), el->many, index);
                continue;
            }
            JNode child;
            if (elemType == QLatin1String("Resource")) {
                if (!m_r.readNextStartElement())
                    return fail(FhirConvert::tr("<%1> holds no resource").arg(name));
                if (!resource(&child, at))
                    return false;
                m_r.skipCurrentElement(); // the wrapper's end
            } else if (!children(&child, elemType, at, false)) {
                return false;
            }
            set(out, name, std::move(child), el->many, index);
        }
        if (m_r.hasError())
            return fail(QString());
        // A repeating primitive and its `_name` twin hold the same number of items.
        for (auto &m : out->members) {
            if (!m.first.startsWith(QLatin1Char('_')) || m.second.kind != JNode::Array)
                continue;
            for (auto &v : out->members) {
                if (v.first == m.first.mid(1) && v.second.kind == JNode::Array) {
                    while (v.second.items.size() < m.second.items.size())
                        v.second.items.append(JNode{});
                    while (m.second.items.size() < v.second.items.size())
                        m.second.items.append(JNode{});
                }
            }
        }
        return true;
    }

    static JNode str(const QString &s)
    {
        JNode n;
        n.kind = JNode::String;
        n.text = s;
        return n;
    }

    bool primitive(const QString &type, const QString &text, JNode *out, const QString &path)
    {
        if (type == QLatin1String("boolean")) {
            if (text != QLatin1String("true") && text != QLatin1String("false"))
                return fail(FhirConvert::tr("%1: \"%2\" is not a boolean").arg(path, text));
            out->kind = JNode::Bool;
            out->text = text;
            return true;
        }
        if (isNumberType(type)) {
            // JSON number grammar; the text is kept exactly (1.50 stays 1.50).
            if (!isJsonNumber(text))
                return fail(FhirConvert::tr("%1: \"%2\" is not a number").arg(path, text));
            out->kind = JNode::Number;
            out->text = text;
            return true;
        }
        *out = str(text);
        return true;
    }

    bool captureXhtml(QString *out)
    {
        // The div and everything in it, as XHTML text (the JSON form of a narrative).
        QXmlStreamWriter w(out);
        w.writeDefaultNamespace(kXhtmlNs);
        w.writeStartElement(kXhtmlNs, QStringLiteral("div"));
        QString why;
        if (!copyXhtmlAttributes(w, m_r, &why))
            return fail(why);
        int depth = 1;
        while (depth > 0 && !m_r.atEnd()) {
            m_r.readNext();
            if (m_r.hasError())
                break; // no token to copy: the error is the conversion's (below)
            if (m_r.isStartElement())
                ++depth;
            else if (m_r.isEndElement())
                --depth;
            if (!copyXhtmlToken(w, m_r, &why))
                return fail(why);
        }
        if (m_r.hasError())
            return fail(QString());
        return true;
    }

    QXmlStreamReader m_r;
};

} // namespace FhirConvertDetail
