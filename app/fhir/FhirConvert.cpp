#include "FhirConvert.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <simdjson.h>

#include <memory>

namespace {

const QString kFhirNs = QStringLiteral("http://hl7.org/fhir");
const QString kXhtmlNs = QStringLiteral("http://www.w3.org/1999/xhtml");

// ---- the element table ---------------------------------------------------------------------

struct ElementDef
{
    QString name; // "gender", or "value[x]" for a choice
    QString base; // the name without "[x]"
    bool many = false;
    bool choice = false;
    QStringList types;
};

struct TypeDef
{
    QString kind; // resource, complex-type, primitive-type, backbone
    QList<ElementDef> elements;
};

struct Table
{
    QHash<QString, TypeDef> types;
    QString error;

    Table()
    {
        QFile f(QStringLiteral(":/fhir/r4-elements.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("the FHIR element table is missing from the build");
            return;
        }
        const QJsonObject all =
            QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("types")).toObject();
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QJsonObject t = it.value().toObject();
            TypeDef def;
            def.kind = t.value(QLatin1String("kind")).toString();
            for (const QJsonValue &e : t.value(QLatin1String("elements")).toArray()) {
                const QJsonArray a = e.toArray();
                ElementDef el;
                el.name = a.at(0).toString();
                el.many = a.at(1).toInt() != 0;
                for (const QJsonValue &type : a.at(2).toArray())
                    el.types << type.toString();
                el.choice = el.name.endsWith(QLatin1String("[x]"));
                el.base = el.choice ? el.name.chopped(3) : el.name;
                def.elements << el;
            }
            types.insert(it.key(), def);
        }
    }

    const TypeDef *find(const QString &name) const
    {
        const auto it = types.constFind(name);
        return it == types.constEnd() ? nullptr : &*it;
    }
    bool isPrimitive(const QString &type) const
    {
        const TypeDef *t = find(type);
        return t && t->kind == QLatin1String("primitive-type");
    }
    bool isResource(const QString &type) const
    {
        const TypeDef *t = find(type);
        return t && t->kind == QLatin1String("resource") && type != QLatin1String("Resource") &&
               type != QLatin1String("DomainResource");
    }
};

const Table &table()
{
    static const Table t;
    return t;
}

QString upperFirst(const QString &s)
{
    return s.isEmpty() ? s : s.at(0).toUpper() + s.mid(1);
}

bool isNumberType(const QString &type)
{
    return type == QLatin1String("integer") || type == QLatin1String("decimal") ||
           type == QLatin1String("positiveInt") || type == QLatin1String("unsignedInt") ||
           type == QLatin1String("integer64");
}

// For an element name found in data ("valueQuantity"), its definition and its type.
const ElementDef *match(const TypeDef &def, const QString &name, QString *type)
{
    for (const ElementDef &el : def.elements) {
        if (!el.choice) {
            if (el.name == name) {
                *type = el.types.value(0);
                return &el;
            }
            continue;
        }
        if (!name.startsWith(el.base) || name.size() == el.base.size())
            continue;
        const QString suffix = name.mid(el.base.size());
        for (const QString &t : el.types) {
            if (upperFirst(t) == suffix) {
                *type = t;
                return &el;
            }
        }
    }
    return nullptr;
}

// ---- a JSON tree that keeps number text --------------------------------------------------

struct JNode
{
    enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
    QString text; // string value, number as written, "true"/"false"
    QList<std::pair<QString, JNode>> members;
    QList<JNode> items;

    const JNode *member(const QString &key) const
    {
        for (const auto &m : members) {
            if (m.first == key)
                return &m.second;
        }
        return nullptr;
    }
};

QString fromView(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

template <typename V> bool build(V &&value, JNode *out, QString *error, int depth)
{
    if (depth > 200) {
        *error = FhirConvert::tr("the JSON is nested too deeply");
        return false;
    }
    simdjson::ondemand::json_type type;
    if (value.type().get(type)) {
        *error = FhirConvert::tr("the JSON is malformed");
        return false;
    }
    switch (type) {
    case simdjson::ondemand::json_type::object: {
        out->kind = JNode::Object;
        simdjson::ondemand::object object;
        if (value.get_object().get(object)) {
            *error = FhirConvert::tr("the JSON is malformed");
            return false;
        }
        for (auto field : object) {
            std::string_view key;
            if (field.error() || field.unescaped_key().get(key)) {
                *error = FhirConvert::tr("the JSON is malformed");
                return false;
            }
            JNode child;
            if (!build(field.value(), &child, error, depth + 1))
                return false;
            out->members.append({fromView(key), std::move(child)});
        }
        return true;
    }
    case simdjson::ondemand::json_type::array: {
        out->kind = JNode::Array;
        simdjson::ondemand::array array;
        if (value.get_array().get(array)) {
            *error = FhirConvert::tr("the JSON is malformed");
            return false;
        }
        for (auto element : array) {
            JNode child;
            if (element.error() || !build(element.value(), &child, error, depth + 1)) {
                if (error->isEmpty())
                    *error = FhirConvert::tr("the JSON is malformed");
                return false;
            }
            out->items.append(std::move(child));
        }
        return true;
    }
    case simdjson::ondemand::json_type::number: {
        out->kind = JNode::Number;
        double check = 0;
        if (value.get_double().get(check)) {
            *error = FhirConvert::tr("the JSON has a malformed number");
            return false;
        }
        out->text = fromView(value.raw_json_token()).trimmed();
        return true;
    }
    case simdjson::ondemand::json_type::string: {
        out->kind = JNode::String;
        std::string_view s;
        if (value.get_string().get(s)) {
            *error = FhirConvert::tr("the JSON has a malformed string");
            return false;
        }
        out->text = fromView(s);
        return true;
    }
    case simdjson::ondemand::json_type::boolean: {
        out->kind = JNode::Bool;
        bool b = false;
        if (value.get_bool().get(b)) {
            *error = FhirConvert::tr("the JSON is malformed");
            return false;
        }
        out->text = b ? QStringLiteral("true") : QStringLiteral("false");
        return true;
    }
    case simdjson::ondemand::json_type::null:
        out->kind = JNode::Null;
        return !value.is_null().error();
    }
    return false;
}

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
        // The div is XHTML: copied token by token into the document, in its own namespace, with
        // no indentation added (whitespace is content there).
        QXmlStreamReader r(value->text);
        m_w.setAutoFormatting(false);
        const auto restore = qScopeGuard([this] { m_w.setAutoFormatting(m_pretty); });
        bool started = false;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartDocument() || r.isEndDocument() || r.isDTD())
                continue;
            if (r.isStartElement() && !started) {
                started = true;
                if (r.name() != QLatin1String("div"))
                    return fail(path, FhirConvert::tr("the narrative must be a <div>"));
                m_w.writeDefaultNamespace(kXhtmlNs); // declared on the div, no prefix
                m_w.writeStartElement(kXhtmlNs, QStringLiteral("div"));
                for (const QXmlStreamAttribute &a : r.attributes())
                    m_w.writeAttribute(a);
                continue;
            }
            m_w.writeCurrentToken(r);
        }
        if (r.hasError())
            return fail(
                path,
                FhirConvert::tr("the narrative is not well-formed XHTML: %1").arg(r.errorString()));
        return true;
    }

    QXmlStreamWriter m_w;
    bool m_pretty;
};

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
            static const QRegularExpression number(
                QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
            if (!number.match(text).hasMatch())
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
        for (const QXmlStreamAttribute &a : m_r.attributes())
            w.writeAttribute(a);
        int depth = 1;
        while (depth > 0 && !m_r.atEnd()) {
            m_r.readNext();
            if (m_r.isStartElement())
                ++depth;
            else if (m_r.isEndElement())
                --depth;
            w.writeCurrentToken(m_r);
        }
        if (m_r.hasError())
            return fail(QString());
        return true;
    }

    QXmlStreamReader m_r;
};

// ---- JSON text with exact numbers -----------------------------------------------------------

void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\\u00" +
                       QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

void writeJson(QByteArray &out, const JNode &n, int indent)
{
    const QByteArray pad(indent * 2, ' ');
    const QByteArray inner((indent + 1) * 2, ' ');
    switch (n.kind) {
    case JNode::Null:
        out += "null";
        return;
    case JNode::Bool:
    case JNode::Number:
        out += n.text.toUtf8();
        return;
    case JNode::String:
        writeString(out, n.text);
        return;
    case JNode::Array:
        if (n.items.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < n.items.size(); ++i) {
            out += inner;
            writeJson(out, n.items.at(i), indent + 1);
            out += i + 1 < n.items.size() ? ",\n" : "\n";
        }
        out += pad + ']';
        return;
    case JNode::Object:
        if (n.members.isEmpty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (qsizetype i = 0; i < n.members.size(); ++i) {
            out += inner;
            writeString(out, n.members.at(i).first);
            out += ": ";
            writeJson(out, n.members.at(i).second, indent + 1);
            out += i + 1 < n.members.size() ? ",\n" : "\n";
        }
        out += pad + '}';
        return;
    }
}

} // namespace

bool FhirConvert::isResourceType(const QString &name)
{
    return table().isResource(name);
}

FhirConvert::Result FhirConvert::jsonToXml(const QByteArray &json, bool pretty)
{
    Result result;
    if (!table().error.isEmpty()) {
        result.error = table().error;
        return result;
    }
    simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(json.constData(), size_t(json.size()));
    simdjson::ondemand::document doc;
    if (parser.iterate(padded).get(doc)) {
        result.error = tr("The JSON cannot be read.");
        return result;
    }
    JNode root;
    QString error;
    simdjson::ondemand::value value;
    if (doc.get_value().get(value) || !build(value, &root, &error, 0)) {
        result.error =
            tr("The JSON is not valid: %1").arg(error.isEmpty() ? tr("malformed") : error);
        return result;
    }
    XmlOut out(&result.text, pretty);
    if (!out.document(root)) {
        result.text.clear();
        result.error = tr("Cannot convert to XML: %1").arg(out.error);
    }
    return result;
}

FhirConvert::Result FhirConvert::xmlToJson(const QByteArray &xml)
{
    Result result;
    if (!table().error.isEmpty()) {
        result.error = table().error;
        return result;
    }
    XmlIn in(xml);
    JNode root;
    if (!in.document(&root)) {
        result.error = tr("Cannot convert to JSON: %1").arg(in.error);
        return result;
    }
    writeJson(result.text, root, 0);
    result.text += '\n';
    return result;
}
