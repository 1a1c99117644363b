#pragma once

// Private to app/fhir: an implementation header, included by app/fhir sources only (not part of
// the layer's interface; nothing outside app/fhir may include it).

// Part of FhirConvert (JSON<->XML by the R4 rules): a JSON tree that keeps each number as written,
// built with simdjson and written back as text. Included by FhirConvert.cpp only.
#include "app/fhir/FhirElementTable_p.h"
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <QCoreApplication>
#include <memory>
#include <simdjson.h>
#include <string_view>

namespace FhirConvertDetail {

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

inline QString fromView(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// One token of a narrative's XHTML, copied from `r` to `w` inside the div; false with `error`
// set when it cannot be. An element's namespace declarations are left to the writer, which
// declares what it uses: copied as well, a prefix the writer chose (`n1`) was declared twice on
// the same element, which no XML reader accepts, and each round trip added one more. The writer
// puts a namespace name in its declaration as it is, unescaped (Qt 6.4), so a name that holds
// `&`, `<`, `"` or a line break (which reading normalises) cannot be written.
inline bool writableNamespace(QStringView ns, QString *error)
{
    static const QRegularExpression unwritable(QStringLiteral("[&<\"\\t\\n\\r]"));
    if (!ns.toString().contains(unwritable))
        return true;
    *error = FhirConvert::tr("the narrative uses the namespace name \"%1\", which holds a "
                             "character that cannot be written to XML here")
                 .arg(ns);
    return false;
}

// The attributes of the element `r` is at (the div's too).
inline bool copyXhtmlAttributes(QXmlStreamWriter &w, const QXmlStreamReader &r, QString *error)
{
    for (const QXmlStreamAttribute &a : r.attributes()) {
        if (!writableNamespace(a.namespaceUri(), error))
            return false;
        w.writeAttribute(a);
    }
    return true;
}

inline bool copyXhtmlToken(QXmlStreamWriter &w, const QXmlStreamReader &r, QString *error)
{
    if (!r.isStartElement()) {
        w.writeCurrentToken(r);
        return true;
    }
    if (!writableNamespace(r.namespaceUri(), error))
        return false;
    w.writeStartElement(r.namespaceUri().toString(), r.name().toString());
    return copyXhtmlAttributes(w, r, error);
}

// RFC 8259's number, the whole text.
inline bool isJsonNumber(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    return number.match(text).hasMatch();
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
        // The JSON number grammar decides, as in the XML reader and the viewer: RFC 8259 allows
        // numbers no double holds (1e400), which simdjson will not read as one. The text is
        // kept as written either way.
        out->kind = JNode::Number;
        // The token carries the white space after it: JSON's four kinds only (QString::trimmed
        // also takes \v and \f, so `0\v` passed for a number).
        std::string_view token = value.raw_json_token();
        while (!token.empty() &&
               std::string_view(" \t\n\r").find(token.back()) != std::string_view::npos)
            token.remove_suffix(1);
        out->text = fromView(token);
        if (!isJsonNumber(out->text)) {
            *error = FhirConvert::tr("the JSON has a malformed number");
            return false;
        }
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
    case simdjson::ondemand::json_type::null: {
        out->kind = JNode::Null;
        bool isNull = false; // false for a word that only starts like null (`nul`, `nullx`)
        if (value.is_null().get(isNull) || !isNull) {
            *error = FhirConvert::tr("the JSON is malformed");
            return false;
        }
        return true;
    }
    }
    return false;
}

// ---- JSON text with exact numbers -----------------------------------------------------------

inline void writeString(QByteArray &out, const QString &s)
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

inline void writeJson(QByteArray &out, const JNode &n, int indent)
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

} // namespace FhirConvertDetail
