#pragma once

// Private to app/fhir: an implementation header, included by app/fhir sources only (not part of
// the layer's interface; nothing outside app/fhir may include it).

// Part of FhirConvert (JSON<->XML by the R4 rules): the element table
// (resources/fhir/r4-elements.json): which elements a type has, in which order, of which type.
// Included by FhirConvert.cpp only.
#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace FhirConvertDetail {

inline const QString kFhirNs = QStringLiteral("http://hl7.org/fhir");
inline const QString kXhtmlNs = QStringLiteral("http://www.w3.org/1999/xhtml");

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

inline const Table &table()
{
    static const Table t;
    return t;
}

inline QString upperFirst(const QString &s)
{
    return s.isEmpty() ? s : s.at(0).toUpper() + s.mid(1);
}

inline bool isNumberType(const QString &type)
{
    return type == QLatin1String("integer") || type == QLatin1String("decimal") ||
           type == QLatin1String("positiveInt") || type == QLatin1String("unsignedInt") ||
           type == QLatin1String("integer64");
}

// For an element name found in data ("valueQuantity"), its definition and its type.
inline const ElementDef *match(const TypeDef &def, const QString &name, QString *type)
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

} // namespace FhirConvertDetail
